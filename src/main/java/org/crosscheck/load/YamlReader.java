package org.crosscheck.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses one YAML document into a {@link YamlNode} tree with locations, from SnakeYAML's parser
 * events. Hostile input is bounded: no aliases, at most {@link #MAX_DEPTH} levels of nesting, and
 * documents of at most {@link #MAX_CODE_POINTS}.
 *
 * <p>The events are read directly rather than through Jackson's YAML parser, which wraps the same
 * events as JSON tokens and, for this reader, only added a layer: duplicate keys and depth are
 * checked here rather than recognised in Jackson's messages. (The bare parse is about a fifth
 * faster without it, though loading a whole corpus measured no faster; docs/performance.md.)
 * Scalars are typed as Jackson typed them (YAML 1.1's implicit resolution), and problems are
 * located and worded as before.
 */
final class YamlReader {

    static final int MAX_DEPTH = 64;
    static final int MAX_CODE_POINTS = 20 * 1024 * 1024;

    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    private static final String YAML_TAG = "tag:yaml.org,2002:";

    private final LoaderOptions options;
    /** SnakeYAML's implicit types (YAML 1.1): which plain scalars are numbers, booleans or null. */
    private final TypingResolver resolver = new TypingResolver();

    /**
     * SnakeYAML's resolver, which also tells which first characters any of its implicit types can
     * start with ("yes", "null", "-1", ...), read from its own table. Every other non-empty plain
     * value is text; the resolver would still try its pattern for the empty value on it (a matcher
     * per value: ids, property names and words, most of a facts file).
     */
    private static final class TypingResolver extends Resolver {
        boolean typesNothingStartingWith(char first) {
            return !yamlImplicitResolvers.containsKey(first);
        }
    }

    YamlReader() {
        options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
    }

    /** The parsed document, or empty with the reason added to {@code problems}. */
    Optional<YamlNode> read(String file, byte[] bytes, List<Problem> problems) {
        Optional<String> text = decode(file, bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().isBlank()) {
            problems.add(new Problem(Location.ofFile(file), "the file is empty",
                    "add content or delete the file"));
            return Optional.empty();
        }
        Parser parser = new ParserImpl(new StreamReader(text.get()), options);
        try {
            parser.getEvent(); // the stream's start
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                problems.add(new Problem(Location.ofFile(file), "the file holds no YAML document",
                        "a facts file starts with a key such as 'source:', 'entities:' or 'references:'"));
                return Optional.empty();
            }
            parser.getEvent(); // the document's start
            YamlNode root = readNode(parser, file, 0);
            parser.getEvent(); // the document's end
            if (!parser.checkEvent(Event.ID.StreamEnd)) {
                parser.getEvent(); // the next document's start; it is located at its first node
                problems.add(new Problem(at(file, parser.peekEvent().getStartMark()), "more than one YAML document in the file",
                        "keep one document per file; remove the '---' separator"));
            }
            return Optional.of(root);
        } catch (Rejected e) {
            problems.add(e.problem);
            return Optional.empty();
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            // a character YAML does not allow (NUL, most controls): SnakeYAML gives its index only
            problems.add(YamlErrors.disallowedCharacter(file, text.get(), e.getPosition(), e.getCodePoint()));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(YamlErrors.describe(file, e));
            return Optional.empty();
        } catch (RuntimeException e) {
            // a defect inside the YAML library must cost one file, not the run (fuzzing found one)
            problems.add(new Problem(Location.ofPath(file), "the YAML parser failed on this file (" + e.getClass().getSimpleName()
                    + ")", "check for unusual characters; run with --debug and report it"));
            return Optional.empty();
        }
    }

    /**
     * The file's text, or empty with a problem when its bytes are not UTF-8. The String constructor
     * decodes without the strict decoder's intermediate buffer (two bytes a character, 400 MB at a
     * million claims), but replaces what it cannot decode with U+FFFD rather than failing; a file
     * with no U+FFFD in its text had nothing to replace, and only a file with one (malformed, or
     * holding that character) is decoded again strictly, to tell the two apart.
     */
    private static Optional<String> decode(String file, byte[] bytes, List<Problem> problems) {
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        String lenient = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (lenient.indexOf(REPLACEMENT_CHARACTER) < 0) {
            return Optional.of(lenient);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            problems.add(new Problem(firstInvalidByte(file, bytes, offset), "the file is not valid UTF-8",
                    "save it as UTF-8 (most editors: 'Save with encoding')"));
            return Optional.empty();
        }
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** Finds the line and column of the first byte that does not decode, for the error message. */
    private static Location firstInvalidByte(String file, byte[] bytes, int offset) {
        org.crosscheck.support.Utf8.Position at = org.crosscheck.support.Utf8.firstInvalid(bytes, offset);
        return new Location(file, at.line(), at.column());
    }

    private YamlNode readNode(Parser parser, String file, int depth) {
        Event event = parser.getEvent();
        Location at = at(file, event.getStartMark());
        switch (event.getEventId()) {
            case MappingStart -> {
                checkDepth(depth + 1, file);
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (!parser.checkEvent(Event.ID.MappingEnd)) {
                    Event keyEvent = parser.getEvent();
                    if (!(keyEvent instanceof ScalarEvent key)) {
                        // Jackson's parser, which read these files before, accepted only text as keys
                        throw new Rejected(new Problem(at(file, keyEvent.getStartMark()),
                                "malformed YAML: a key must be text, not a list, a mapping or an alias",
                                "check indentation, colons and quoting near this place"));
                    }
                    if (entries.containsKey(key.getValue())) {
                        // located at the end of the repeated key, and worded, as Jackson's parser did
                        throw new Rejected(new Problem(at(file, key.getEndMark()),
                                "duplicate key in a mapping: Duplicate field '" + key.getValue() + "'",
                                "each key may appear once per mapping; merge or rename the entries"));
                    }
                    Location keyAt = at(file, key.getStartMark());
                    entries.put(key.getValue(), new YamlNode.Entry(keyAt, readNode(parser, file, depth + 1)));
                }
                parser.getEvent();
                return new YamlNode.Mapping(entries, at);
            }
            case SequenceStart -> {
                checkDepth(depth + 1, file);
                List<YamlNode> items = new ArrayList<>();
                while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                    items.add(readNode(parser, file, depth + 1));
                }
                parser.getEvent();
                return new YamlNode.Sequence(items, at);
            }
            case Alias -> throw new Rejected(new Problem(at, "YAML alias '*" + ((AliasEvent) event).getAnchor()
                    + "' is not allowed in facts files",
                    "write the value out in full; anchors and aliases make facts hard to review"));
            case Scalar -> {
                ScalarEvent scalar = (ScalarEvent) event;
                YamlNode.ScalarKind kind = kind(scalar);
                // "key:" with nothing after it (and "") is YAML null
                return kind == YamlNode.ScalarKind.NULL || scalar.getValue().isEmpty()
                        ? new YamlNode.Scalar(null, YamlNode.ScalarKind.NULL, at)
                        : new YamlNode.Scalar(scalar.getValue(), kind, at);
            }
            default -> throw new Rejected(new Problem(at, "malformed YAML: unexpected " + event.getEventId(),
                    "check indentation, colons and quoting near this place"));
        }
    }

    /** What the scalar is: text unless YAML's implicit types (or an explicit tag) make it something else. */
    private YamlNode.ScalarKind kind(ScalarEvent scalar) {
        String value = scalar.getValue();
        String tag = scalar.getTag();
        if (tag == null || tag.equals("!")) {
            // quoted scalars are text without looking at them; only plain ones can be numbers and the like
            if (!scalar.getImplicit().canOmitTagInPlainScalar()) {
                return YamlNode.ScalarKind.STRING;
            }
            YamlNode.ScalarKind known = knownWithoutResolver(value);
            return known != null ? known : resolved(value);
        }
        String name = tag.startsWith(YAML_TAG) ? tag.substring(YAML_TAG.length()) : tag;
        return switch (name) {
            case "int", "float" -> value.isEmpty() ? YamlNode.ScalarKind.STRING : YamlNode.ScalarKind.NUMBER;
            case "bool" -> YamlNode.ScalarKind.BOOLEAN;
            case "null" -> value.isEmpty() ? YamlNode.ScalarKind.STRING : YamlNode.ScalarKind.NULL;
            default -> YamlNode.ScalarKind.STRING;
        };
    }

    /**
     * The kind of a plain value when it is plain to see, for the shapes facts are full of, each typed
     * as SnakeYAML's resolver would type it but without its regular expressions (a matcher each);
     * null for the rest, which the resolver decides.
     */
    private YamlNode.ScalarKind knownWithoutResolver(String value) {
        if (value.indexOf(' ') >= 0) {
            // No YAML 1.1 number, boolean or null holds a space (only a timestamp does, which is
            // text here too): "17 December 2021", "412 days ago" would cost three patterns each
            return YamlNode.ScalarKind.STRING;
        }
        if (!value.isEmpty() && resolver.typesNothingStartingWith(value.charAt(0))) {
            return YamlNode.ScalarKind.STRING; // ids, property names, words
        }
        return digitShape(value);
    }

    /** The kind SnakeYAML's resolver gives a plain value. */
    private YamlNode.ScalarKind resolved(String value) {
        Tag resolved = resolver.resolve(NodeId.scalar, value, true);
        if (Tag.FLOAT.equals(resolved) || Tag.INT.equals(resolved) && value.indexOf(':') < 0) {
            return YamlNode.ScalarKind.NUMBER; // base-60 "12:30" stays text, as Jackson's parser kept it
        }
        if (Tag.BOOL.equals(resolved)) {
            return YamlNode.ScalarKind.BOOLEAN;
        }
        return Tag.NULL.equals(resolved) ? YamlNode.ScalarKind.NULL : YamlNode.ScalarKind.STRING;
    }

    /**
     * The two digit-led shapes facts are full of, a count ("3489") and an ISO date ("2020-04-01"),
     * typed as SnakeYAML's resolver types them but without its three regular expressions (int, float,
     * timestamp; 1.4-2.3 us a value, about 1.2 s of CPU at a million claims): digits alone without a
     * leading zero are an int; a '-' right after a digit fits neither number pattern (a sign comes
     * first, an exponent's after an 'e'), nor does a boolean or null start with a digit, so the value
     * is text. Null for any other value.
     */
    static YamlNode.ScalarKind digitShape(String value) {
        if (value.isEmpty() || !isDigit(value.charAt(0))) {
            return null;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '-' && isDigit(value.charAt(i - 1))) {
                return YamlNode.ScalarKind.STRING;
            }
            if (!isDigit(c)) {
                return null;
            }
        }
        // a leading zero makes it octal, or text when an 8 or 9 follows: left to the resolver
        return value.charAt(0) == '0' && value.length() > 1 ? null : YamlNode.ScalarKind.NUMBER;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void checkDepth(int depth, String file) {
        if (depth > MAX_DEPTH) {
            throw new Rejected(new Problem(Location.ofFile(file), "the YAML is nested too deeply (more than " + MAX_DEPTH + " levels)",
                    "facts files are at most a few levels deep; check the indentation"));
        }
    }

    /** A mark is counted from 0; a location from 1. */
    private static Location at(String file, Mark mark) {
        return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Stops reading at the first problem that rejects the file whole (an alias, a duplicate key, ...). */
    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Rejected(Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }
}
