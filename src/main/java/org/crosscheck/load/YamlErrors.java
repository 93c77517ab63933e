package org.crosscheck.load;

import java.util.Locale;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Turns the YAML parser's exceptions into one-line problems with a hint an editor can act on. */
final class YamlErrors {

    private YamlErrors() {
    }

    static Problem describe(String file, YAMLException e) {
        Location at = Location.ofFile(file);
        String raw = firstLine(e.getMessage());
        // SnakeYAML knows what went wrong and where
        if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            at = new Location(file, marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
            raw = firstLine(marked.getProblem() == null ? raw : marked.getProblem());
        }
        String lower = (raw + " " + e.getMessage()).toLowerCase(Locale.ROOT);
        if (lower.contains("'\\t'") || lower.contains("\\t(tab)") || lower.contains("tab")) {
            return new Problem(at, "a tab character where YAML expects indentation or a value",
                    "indent with spaces, never tabs");
        }
        if (lower.contains("code point") || lower.contains("exceeds the limit")) {
            return new Problem(at, "the file is larger than the " + YamlReader.MAX_CODE_POINTS / (1024 * 1024)
                    + " MB a facts file may be", "split the source into several files");
        }
        return new Problem(at, "malformed YAML: " + raw,
                "check indentation, colons and quoting near this place");
    }

    /** A character YAML forbids, at its line and column: {@code position} counts code points from the start of the text. */
    static Problem disallowedCharacter(String file, String text, int position, int codePoint) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int i = 0; i < text.length() && index < position; i += Character.charCount(text.codePointAt(i)), index++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Problem(new Location(file, line, column), String.format(Locale.ROOT,
                "a control character (U+%04X) that YAML does not allow in a file", codePoint),
                "remove it; inside a quoted value, write it as an escape such as \\t if it is meant");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
