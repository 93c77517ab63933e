package org.crosscheck.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.crosscheck.model.RuleInfo;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.utils.KieHelper;

/**
 * Compiles every {@code *.drl} under the rules directory at run time, so editors change rules
 * without rebuilding crosscheck. Rules are compiled to Drools' executable model and kept in a
 * {@link RuleBaseCache} under a hash of the files, so an unchanged rule set is loaded, not compiled.
 * Compile errors come back as problems at the DRL file's line.
 */
public final class RuleBaseBuilder {

    private static final String KIE_PREFIX = ExecutableModelCompiler.KIE_PREFIX;
    private static final Pattern PARSER_POSITION = Pattern.compile("^(?:\\[ERR \\d+\\] )?Line (\\d+):(\\d+)");

    private final RuleBaseCache cache;
    private final ExecutableModelCompiler compiler;

    /** A builder that keeps compiled rules in memory only, for the life of the process. */
    public RuleBaseBuilder() {
        this((Path) null);
    }

    /** @param cacheDir where compiled rules are kept between runs; null keeps them in memory only */
    public RuleBaseBuilder(Path cacheDir) {
        this(new RuleBaseCache(cacheDir));
    }

    RuleBaseBuilder(RuleBaseCache cache) {
        this(cache, new ExecutableModelCompiler());
    }

    RuleBaseBuilder(RuleBaseCache cache, ExecutableModelCompiler compiler) {
        this.cache = cache;
        this.compiler = compiler;
    }

    /** One rule file: how problems name it, its path inside the rules directory, and its text. */
    private record RuleFile(String display, String relative, String text) {
    }

    public RulesBuild build(Path rulesDir) {
        return build(rulesDir, false).build();
    }

    /**
     * As {@link #build}, compiling the rules whatever the cache holds, and handing back the
     * executable-model jar as well, for a check that loads the rules again in other processes (the
     * Spark job's executors); empty when the rules do not build, with the problems in the build.
     */
    public PortableBuild buildPortable(Path rulesDir) {
        return build(rulesDir, true);
    }

    /** A rules build, and the jar it was loaded from when one was asked for and the rules built. */
    public record PortableBuild(RulesBuild build, Optional<PortableRules> portable) {
    }

    private PortableBuild build(Path rulesDir, boolean portable) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(rulesDir)) {
            problems.add(new Problem(Location.ofPath(rulesDir.toString()), "rules directory not found",
                    "pass --rules DIR with a directory of *.drl files"));
            return new PortableBuild(new RulesBuild(null, problems), Optional.empty());
        }
        List<Path> paths = drlFiles(rulesDir, problems);
        if (paths.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(new Problem(Location.ofPath(rulesDir.toString()), "no rule files (*.drl) in the rules directory",
                        "add rules, or point --rules at the directory that has them"));
            }
            return new PortableBuild(new RulesBuild(null, problems), Optional.empty());
        }
        List<RuleFile> files = new ArrayList<>();
        for (Path path : paths) {
            String display = display(rulesDir, path);
            try {
                byte[] bytes = Files.readAllBytes(path);
                Optional<String> text = org.crosscheck.support.Utf8.decode(bytes);
                if (text.isEmpty()) {
                    var bad = org.crosscheck.support.Utf8.firstInvalid(bytes);
                    problems.add(new Problem(new Location(display, bad.line(), bad.column()), "the rule file is not valid UTF-8",
                            "save it as UTF-8 (most editors: 'Save with encoding')"));
                } else if (text.get().isBlank()) {
                    problems.add(new Problem(Location.ofFile(display), "the rule file is empty",
                            "write rules in it, or delete it"));
                } else {
                    files.add(new RuleFile(display, rulesDir.relativize(path).toString().replace('\\', '/'), text.get()));
                }
            } catch (IOException e) {
                problems.add(new Problem(Location.ofFile(display), "cannot read the rule file: " + e.getMessage(),
                        "check that the file exists and that you may read it"));
            }
        }
        if (!problems.isEmpty()) {
            return new PortableBuild(new RulesBuild(null, problems), Optional.empty());
        }
        Map<String, String> byRelative = new LinkedHashMap<>();
        files.forEach(file -> byRelative.put(file.relative(), file.text()));
        RuleBaseCache.Key key = cache.key(byRelative);
        byte[][] jar = new byte[1][];
        Optional<KieBase> kieBase = (portable ? Optional.<KieBase>empty() : cache.find(key))
                .or(() -> compile(files, byRelative, key, problems, compiled -> jar[0] = compiled));
        if (kieBase.isEmpty()) {
            return new PortableBuild(new RulesBuild(null, problems), Optional.empty());
        }
        List<RuleInfo> rules = RuleMetadata.check(declaredRules(kieBase.get(), files), problems);
        CompiledRules compiled = problems.isEmpty() ? new CompiledRules(kieBase.get(), rules) : null;
        return new PortableBuild(new RulesBuild(compiled, problems),
                portable && compiled != null ? Optional.of(new PortableRules(jar[0], key.source(), rules)) : Optional.empty());
    }

    /** Compiles the rules and keeps them in the cache; or adds why they do not compile to {@code problems}. */
    private Optional<KieBase> compile(List<RuleFile> files, Map<String, String> byRelative, RuleBaseCache.Key key,
            List<Problem> problems, java.util.function.Consumer<byte[]> jarOut) {
        ExecutableModelCompiler.Output output = compiler.compile(byRelative, "rules-" + key.checksum(), key.source());
        if (output.jar() == null) {
            problems.addAll(drlProblems(files));
            if (problems.isEmpty()) {
                // an error only the executable model finds; its messages name the file by relative path
                Map<String, String> displayOf = new HashMap<>();
                files.forEach(file -> displayOf.put(file.relative(), file.display()));
                output.errors().forEach(m -> problems.add(compileProblem(m, path -> displayOf.getOrDefault(path, path))));
            }
            return Optional.empty();
        }
        jarOut.accept(output.jar());
        KieBase built;
        try {
            built = ModelJar.load(output.jar(), key.source());
        } catch (IllegalStateException e) {
            if (!(e.getCause() instanceof java.lang.reflect.InvocationTargetException thrown) || thrown.getCause() == null) {
                throw e;
            }
            // a condition without variables (eval( f() ), say) is evaluated once, as the rules load
            Throwable cause = thrown.getCause();
            String what = cause instanceof StackOverflowError ? "recursed without end (the stack overflowed)"
                    : "threw " + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")");
            problems.add(new Problem(Location.ofFile(files.get(0).display()), "a rule condition that uses no fact " + what
                    + " while the rules were loading", "this is an error in a rule, not in the facts; fix the condition"));
            return Optional.empty();
        }
        cache.store(key, output.jar(), built);
        return Optional.of(built);
    }

    /**
     * The classic DRL compiler's errors: it places parser errors at their line and column, where the
     * executable model's code generator often does not.
     */
    private static List<Problem> drlProblems(List<RuleFile> files) {
        KieHelper helper = new KieHelper();
        files.forEach(file -> helper.addContent(file.text(), KIE_PREFIX + file.display()));
        List<Message> errors = helper.verify().getMessages(Message.Level.ERROR);
        List<Problem> problems = new ArrayList<>();
        for (Message message : errors) {
            // the DRL parser adds this after every syntax error it has already reported
            if (errors.size() > 1 && String.valueOf(message.getText()).contains("Parser returned a null Package")) {
                continue;
            }
            problems.add(compileProblem(message, path -> path));
        }
        return problems;
    }

    private static List<RuleMetadata.Declared> declaredRules(KieBase kieBase, List<RuleFile> files) {
        Map<String, String> textsByFile = new LinkedHashMap<>();
        files.forEach(file -> textsByFile.put(file.display(), file.text()));
        RuleDeclarations declarations = new RuleDeclarations(textsByFile);
        List<RuleMetadata.Declared> declared = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleDeclarations.Declaration at = declarations.of(rule.getName(), pkg.getName());
                declared.add(new RuleMetadata.Declared(rule.getName(), at == null ? "" : at.file(),
                        at == null ? 1 : at.line(), rule.getMetaData()));
            }
        }
        declared.sort(Comparator.comparing(RuleMetadata.Declared::file).thenComparingInt(RuleMetadata.Declared::line)
                .thenComparing(RuleMetadata.Declared::name));
        return declared;
    }

    private static Problem compileProblem(Message message, UnaryOperator<String> display) {
        String file = message.getPath() == null ? "rules" : display.apply(stripPrefix(message.getPath()));
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
