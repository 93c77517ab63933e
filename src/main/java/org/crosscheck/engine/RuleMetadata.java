package org.crosscheck.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Severity;

/**
 * Reads and checks the {@code @id}, {@code @severity} and {@code @title} every rule must declare.
 * Kept beside the rule, as PMD does, so an editor changes a rule and its metadata in one place.
 */
final class RuleMetadata {

    static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*");

    private RuleMetadata() {
    }

    /** A rule as Drools reports it: name, file, and its raw metadata map. */
    record Declared(String name, String file, int line, Map<String, Object> metadata) {
    }

    static List<RuleInfo> check(List<Declared> declared, List<Problem> problems) {
        List<RuleInfo> rules = new ArrayList<>();
        Map<String, Declared> seenIds = new HashMap<>();
        for (Declared rule : declared) {
            Location at = new Location(rule.file(), Math.max(1, rule.line()), 1);
            Optional<String> id = text(rule.metadata(), "id");
            Optional<String> severityText = text(rule.metadata(), "severity");
            Optional<String> title = text(rule.metadata(), "title");
            int before = problems.size();
            if (id.isEmpty()) {
                problems.add(new Problem(at, "rule \"" + rule.name() + "\" has no @id",
                        "add @id(\"AREA-WHAT\") after the rule name"));
            } else if (!ID.matcher(id.get()).matches()) {
                problems.add(new Problem(at, "rule \"" + rule.name() + "\" has @id(\"" + id.get()
                        + "\"), which is not an upper-case-hyphenated id", "write it like @id(\"DATE-CONFLICT\")"));
            } else {
                Declared first = seenIds.putIfAbsent(id.get(), rule);
                if (first != null) {
                    problems.add(new Problem(at, "duplicate rule id '" + id.get() + "', also used by rule \""
                            + first.name() + "\" in " + first.file(), "give each rule its own @id"));
                }
            }
            Optional<Severity> severity = severityText.flatMap(Severity::fromLabel);
            if (severityText.isEmpty()) {
                problems.add(new Problem(at, "rule \"" + rule.name() + "\" has no @severity",
                        "add @severity(\"error\"), @severity(\"warning\") or @severity(\"info\")"));
            } else if (severity.isEmpty()) {
                problems.add(new Problem(at, "rule \"" + rule.name() + "\" has @severity(\"" + severityText.get()
                        + "\")", "use one of " + Severity.labels()));
            }
            if (title.isEmpty()) {
                problems.add(new Problem(at, "rule \"" + rule.name() + "\" has no @title",
                        "add @title(\"What the rule finds, in a few words\")"));
            }
            if (problems.size() == before) {
                rules.add(new RuleInfo(id.get(), severity.get(), title.get(), rule.name(), rule.file()));
            }
        }
        return rules;
    }

    /** A metadata value as text; the DRL compiler may hand it back wrapped in quotes. */
    private static Optional<String> text(Map<String, Object> metadata, String key) {
        Object value = metadata.get(key);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).trim();
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
