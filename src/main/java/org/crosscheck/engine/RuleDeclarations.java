package org.crosscheck.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each rule is declared, read from the DRL texts in one pass: Drools keeps no rule's
 * declaration line, and the executable model not even its file, yet problems must name both.
 */
final class RuleDeclarations {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^[ \\t]*package[ \\t]+([\\w.]+)");
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");

    /** One {@code rule "name"} line. */
    record Declaration(String file, String packageName, int line) {
    }

    private final Map<String, List<Declaration>> byName = new HashMap<>();

    /** @param textsByFile each rule file's text, by the name problems give the file, in file order */
    RuleDeclarations(Map<String, String> textsByFile) {
        textsByFile.forEach((file, text) -> {
            Matcher pkg = PACKAGE.matcher(text);
            String packageName = pkg.find() ? pkg.group(1) : "";
            Matcher rule = RULE.matcher(text);
            int line = 1;
            int counted = 0;
            while (rule.find()) {
                for (; counted < rule.start(); counted++) {
                    if (text.charAt(counted) == '\n') {
                        line++;
                    }
                }
                String name = rule.group(1) != null ? rule.group(1) : rule.group(2) != null ? rule.group(2) : rule.group(3);
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(new Declaration(file, packageName, line));
            }
        });
    }

    /** The declaration of the rule in that package (rule names may repeat across packages), else its first; null if none. */
    Declaration of(String ruleName, String packageName) {
        List<Declaration> found = byName.getOrDefault(ruleName, List.of());
        return found.stream().filter(d -> d.packageName().equals(packageName)).findFirst()
                .orElse(found.isEmpty() ? null : found.get(0));
    }
}
