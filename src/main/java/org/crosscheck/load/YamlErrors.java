package org.crosscheck.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns the YAML parser's exceptions into one-line problems with a hint an editor can act on. */
final class YamlErrors {

    private YamlErrors() {
    }

    static Problem describe(String file, JsonProcessingException e) {
        var where = e.getLocation();
        Location at = where == null
                ? Location.ofFile(file)
                : new Location(file, Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr()));
        String raw = firstLine(e.getOriginalMessage());
        // SnakeYAML knows what went wrong and where; Jackson's own message only says what it was doing
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            at = new Location(file, marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
            raw = firstLine(marked.getProblem() == null ? raw : marked.getProblem());
        }
        String lower = (raw + " " + e.getOriginalMessage()).toLowerCase(Locale.ROOT);
        if (lower.contains("'\\t'") || lower.contains("\\t(tab)") || lower.contains("tab")) {
            return new Problem(at, "a tab character where YAML expects indentation or a value",
                    "indent with spaces, never tabs");
        }
        if (lower.contains("duplicate")) {
            return new Problem(at, "duplicate key in a mapping: " + raw,
                    "each key may appear once per mapping; merge or rename the entries");
        }
        if (lower.contains("number of aliases")) {
            return new Problem(at, "too many YAML aliases (more than " + YamlReader.MAX_ALIASES + ")",
                    "facts files do not need anchors and aliases; write values out");
        }
        if (e instanceof StreamConstraintsException || lower.contains("nesting depth")) {
            return new Problem(at, "the YAML is nested too deeply (more than " + YamlReader.MAX_DEPTH + " levels)",
                    "facts files are at most a few levels deep; check the indentation");
        }
        if (lower.contains("code point") || lower.contains("exceeds the limit")) {
            return new Problem(at, "the file is larger than the " + YamlReader.MAX_CODE_POINTS / (1024 * 1024)
                    + " MB a facts file may be", "split the source into several files");
        }
        return new Problem(at, "malformed YAML: " + raw,
                "check indentation, colons and quoting near this place");
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
