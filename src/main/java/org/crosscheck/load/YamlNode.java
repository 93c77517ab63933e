package org.crosscheck.load;

import java.util.List;
import java.util.Map;
import org.crosscheck.model.Location;

/**
 * A YAML value that remembers where it was written. Jackson's tree model drops locations, and
 * every problem we report must name {@code file:line:column}, so we build this small tree instead.
 */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    Location location();

    /** A word for the node's kind, used in "expected a mapping, found a list". */
    String describe();

    /** A mapping whose entries keep their order and the location of each key. */
    record Mapping(Map<String, Entry> entries, Location location) implements YamlNode {
        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Entry(Location keyLocation, YamlNode value) {
    }

    record Sequence(List<YamlNode> items, Location location) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar; {@code text} is null for YAML null ({@code ~}, empty).
     *
     * @param kind what YAML resolved the plain text to, so "yes" written for a string is still a string
     */
    record Scalar(String text, ScalarKind kind, Location location) implements YamlNode {
        @Override
        public String describe() {
            return switch (kind) {
                case NULL -> "nothing (null)";
                case NUMBER -> "a number";
                case BOOLEAN -> "true/false";
                case STRING -> "text";
            };
        }
    }

    enum ScalarKind {
        STRING,
        NUMBER,
        BOOLEAN,
        NULL
    }
}
