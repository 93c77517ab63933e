package org.crosscheck.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.crosscheck.model.RuleInfo;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.utils.KieHelper;

/**
 * Compiles every {@code *.drl} under the rules directory at run time, so editors change rules
 * without rebuilding crosscheck. Compile errors come back as problems at the DRL file's line.
 */
public final class RuleBaseBuilder {

    private static final String KIE_PREFIX = "src/main/resources/";
    private static final Pattern PARSER_POSITION = Pattern.compile("^(?:\\[ERR \\d+\\] )?Line (\\d+):(\\d+)");

    public RulesBuild build(Path rulesDir) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(rulesDir)) {
            problems.add(new Problem(Location.ofPath(rulesDir.toString()), "rules directory not found",
                    "pass --rules DIR with a directory of *.drl files"));
            return new RulesBuild(null, problems);
        }
        List<Path> files = drlFiles(rulesDir, problems);
        if (files.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(new Problem(Location.ofPath(rulesDir.toString()), "no rule files (*.drl) in the rules directory",
                        "add rules, or point --rules at the directory that has them"));
            }
            return new RulesBuild(null, problems);
        }
        KieHelper helper = new KieHelper();
        Map<String, String> texts = new HashMap<>();
        for (Path file : files) {
            String display = display(rulesDir, file);
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                texts.put(display, text);
                helper.addContent(text, KIE_PREFIX + display);
            } catch (IOException e) {
                problems.add(new Problem(Location.ofFile(display), "cannot read the rule file: " + e.getMessage(), ""));
            }
        }
        if (!problems.isEmpty()) {
            return new RulesBuild(null, problems);
        }
        Results results = helper.verify();
        List<Message> errors = results.getMessages(Message.Level.ERROR);
        for (Message message : errors) {
            // the DRL parser adds this after every syntax error it has already reported
            if (errors.size() > 1 && String.valueOf(message.getText()).contains("Parser returned a null Package")) {
                continue;
            }
            problems.add(compileProblem(message));
        }
        if (!problems.isEmpty()) {
            return new RulesBuild(null, problems);
        }
        KieBase kieBase = helper.build();
        List<RuleInfo> rules = RuleMetadata.check(declaredRules(kieBase, texts), problems);
        return new RulesBuild(problems.isEmpty() ? new CompiledRules(kieBase, rules) : null, problems);
    }

    private static List<RuleMetadata.Declared> declaredRules(KieBase kieBase, Map<String, String> texts) {
        List<RuleMetadata.Declared> declared = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = "";
                int line = 1;
                if (rule instanceof RuleImpl impl && impl.getResource() != null
                        && impl.getResource().getSourcePath() != null) {
                    file = stripPrefix(impl.getResource().getSourcePath());
                    line = declarationLine(texts.getOrDefault(file, ""), rule.getName());
                }
                declared.add(new RuleMetadata.Declared(rule.getName(), file, line, rule.getMetaData()));
            }
        }
        declared.sort(Comparator.comparing(RuleMetadata.Declared::file).thenComparingInt(RuleMetadata.Declared::line)
                .thenComparing(RuleMetadata.Declared::name));
        return declared;
    }

    /** The line of {@code rule "name"} in the DRL text; Drools does not keep it. */
    static int declarationLine(String text, String ruleName) {
        Matcher m = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(?:\"" + Pattern.quote(ruleName) + "\"|'"
                + Pattern.quote(ruleName) + "'|" + Pattern.quote(ruleName) + "\\b)").matcher(text);
        if (!m.find()) {
            return 1;
        }
        return (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
    }

    private static Problem compileProblem(Message message) {
        String file = message.getPath() == null ? "rules" : stripPrefix(message.getPath());
        String text = message.getText() == null ? "unknown error" : message.getText().strip();
        int newline = text.indexOf('\n');
        String firstLine = newline < 0 ? text : text.substring(0, newline).strip();
        int line = message.getLine();
        int column = message.getColumn();
        // parser errors carry their position only in the text: "[ERR 101] Line 7:25 no viable alternative …"
        Matcher position = PARSER_POSITION.matcher(firstLine);
        if (position.find()) {
            line = Integer.parseInt(position.group(1));
            column = Integer.parseInt(position.group(2)) + 1;
            firstLine = firstLine.substring(position.end()).strip();
        }
        Location at = new Location(file, Math.max(1, line), Math.max(1, column));
        return new Problem(at, "rule does not compile: " + firstLine,
                "see the DRL reference; run with --debug for the compiler's full message");
    }

    private static String stripPrefix(String path) {
        return path.startsWith(KIE_PREFIX) ? path.substring(KIE_PREFIX.length()) : path;
    }

    private static List<Path> drlFiles(Path dir, List<Problem> problems) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(Location.ofPath(dir.toString()), "cannot list the rules directory: " + e.getMessage(), ""));
            return List.of();
        }
    }

    private static String display(Path rulesDir, Path file) {
        return rulesDir.resolve(rulesDir.relativize(file)).toString().replace('\\', '/');
    }
}
