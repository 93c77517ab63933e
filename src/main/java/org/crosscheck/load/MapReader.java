package org.crosscheck.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.Location;
import org.crosscheck.support.Suggestions;
import org.crosscheck.model.Problem;
import org.crosscheck.model.RawText;

/**
 * Reads one mapping against its {@link Shape}, adding a problem for every unknown key, missing
 * required key and wrongly typed value instead of stopping at the first. {@link #isClean()}
 * tells the caller whether what it built from this mapping can be trusted.
 */
final class MapReader {

    private final YamlNode.Mapping map;
    private final Shape shape;
    private final String what;
    private final List<Problem> problems;
    private boolean clean = true;

    private MapReader(YamlNode.Mapping map, Shape shape, String what, List<Problem> problems) {
        this.map = map;
        this.shape = shape;
        this.what = what;
        this.problems = problems;
        checkKeys();
    }

    /** A reader for {@code node}, or empty (with a problem) when the node is not a mapping. */
    static Optional<MapReader> of(YamlNode node, Shape shape, String what, List<Problem> problems) {
        if (node instanceof YamlNode.Mapping mapping) {
            return Optional.of(new MapReader(mapping, shape, what, problems));
        }
        problems.add(new Problem(node.location(), what + " must be a mapping of keys, found " + node.describe(),
                "expected keys: " + String.join(", ", shape.allowed())));
        return Optional.empty();
    }

    private void checkKeys() {
        map.entries().forEach((key, entry) -> {
            if (!shape.allowed().contains(key)) {
                fail(entry.keyLocation(), "unknown key '" + key + "' in " + what,
                        Suggestions.hint(key, shape.allowed()));
            }
        });
        for (String key : shape.required()) {
            if (!map.entries().containsKey(key)) {
                fail(map.location(), what + " is missing the required key '" + key + "'",
                        "add '" + key + ":'");
            }
        }
    }

    Location location() {
        return map.location();
    }

    YamlNode.Mapping mapping() {
        return map;
    }

    boolean isClean() {
        return clean;
    }

    void fail(Location at, String message, String hint) {
        problems.add(new Problem(at, message, hint));
        clean = false;
    }

    boolean has(String key) {
        return map.entries().containsKey(key);
    }

    Optional<YamlNode> node(String key) {
        return Optional.ofNullable(map.entries().get(key)).map(YamlNode.Entry::value);
    }

    /** A non-empty scalar as text; numbers and booleans are taken as written ("2024" is a year). */
    Optional<RawText> text(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar scalar && scalar.text() != null && !scalar.text().isBlank()) {
            return Optional.of(new RawText(scalar.text(), scalar.location()));
        }
        fail(node.get().location(), "'" + key + "' in " + what + " must be text, found " + node.get().describe(),
                "write a value after '" + key + ":'");
        return Optional.empty();
    }

    /** An id: lower-case words joined by hyphens, so ids are easy to type and never differ by case. */
    String id(String key) {
        Optional<RawText> text = text(key);
        if (text.isPresent() && !org.crosscheck.support.Ascii.lowerHyphenated(text.get().text())) {
            fail(text.get().location(), "'" + org.crosscheck.support.Ascii.shortened(text.get().text()) + "' is not a valid " + key,
                    "use lower-case words joined by hyphens, e.g. '"
                            + org.crosscheck.support.Ascii.shortened(text.get().text()).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                                    .replaceAll("^-|-$", "") + "'");
            return null;
        }
        return text.map(RawText::text).orElse(null);
    }

    private static final java.util.regex.Pattern CURRENCY = java.util.regex.Pattern.compile("[A-Z]{3}");

    /** An ISO 4217 currency code, as amounts are normalized to. */
    String currency(String key) {
        Optional<RawText> text = text(key);
        if (text.isPresent() && !CURRENCY.matcher(text.get().text()).matches()) {
            fail(text.get().location(), "'" + text.get().text() + "' is not an ISO 4217 currency code",
                    "write three capital letters: KES, USD, CNY, EUR");
            return null;
        }
        return text.map(RawText::text).orElse(null);
    }

    String string(String key) {
        return text(key).map(RawText::text).orElse(null);
    }

    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "on", "y");

    /** A true/false flag, {@code fallback} when absent. */
    boolean flag(String key, boolean fallback) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return fallback;
        }
        if (node.get() instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.ScalarKind.BOOLEAN) {
            // YAML 1.1 booleans: "yes" and "on" are true as much as "true" is (Boolean.parseBoolean
            // would read them as false, and 'enabled: yes' would switch a rule off)
            return TRUE_WORDS.contains(scalar.text().toLowerCase(java.util.Locale.ROOT));
        }
        fail(node.get().location(), "'" + key + "' in " + what + " must be true or false, found "
                + node.get().describe(), "write '" + key + ": true' or '" + key + ": false'");
        return fallback;
    }

    /** A list of text items; a single scalar is not silently promoted to a list. */
    List<String> strings(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Sequence sequence)) {
            fail(node.get().location(), "'" + key + "' in " + what + " must be a list, found " + node.get().describe(),
                    "write it as [a, b] or as lines starting with '- '");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlNode.Scalar scalar && scalar.text() != null && !scalar.text().isBlank()) {
                values.add(scalar.text());
            } else {
                fail(item.location(), "items of '" + key + "' must be text, found " + item.describe(), "");
            }
        }
        return values;
    }

    /** A list of mappings, or empty with a problem. */
    List<YamlNode> items(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YamlNode.Sequence sequence) {
            return sequence.items();
        }
        if (node.get() instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.ScalarKind.NULL) {
            return List.of();
        }
        fail(node.get().location(), "'" + key + "' must be a list, found " + node.get().describe(),
                "start each item with '- '");
        return List.of();
    }

    /** An enum word (lower case in YAML), or {@code fallback} when absent; a wrong word is a problem. */
    <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        Optional<RawText> text = text(key);
        if (text.isEmpty()) {
            return has(key) ? null : fallback;
        }
        List<String> words = java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).toList();
        String typed = text.get().text().trim().toLowerCase(java.util.Locale.ROOT);
        int index = words.indexOf(typed);
        if (index < 0) {
            fail(text.get().location(), "'" + text.get().text() + "' is not a valid " + key,
                    Suggestions.hint(typed, words));
            return null;
        }
        return type.getEnumConstants()[index];
    }
}
