package org.crosscheck.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
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

/**
 * Parses one YAML document into a {@link YamlNode} tree with locations. Hostile input is bounded:
 * aliases, nesting depth and document size are limited in SnakeYAML's loader options.
 */
final class YamlReader {

    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 64;
    static final int MAX_CODE_POINTS = 20 * 1024 * 1024;

    private final YAMLFactory factory;

    YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                .build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
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
        try (JsonParser parser = factory.createParser(text.get())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new Problem(Location.ofFile(file), "the file holds no YAML document",
                        "a facts file starts with a key such as 'source:', 'entities:' or 'references:'"));
                return Optional.empty();
            }
            YamlNode root = readNode(parser, file);
            if (parser.nextToken() != null) {
                problems.add(new Problem(location(file, parser), "more than one YAML document in the file",
                        "keep one document per file; remove the '---' separator"));
            }
            return Optional.of(root);
        } catch (AliasNotAllowed e) {
            problems.add(new Problem(e.at, "YAML alias '*" + e.name + "' is not allowed in facts files",
                    "write the value out in full; anchors and aliases make facts hard to review"));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            problems.add(YamlErrors.describe(file, e));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new Problem(Location.ofFile(file), "cannot read: " + e.getMessage(), ""));
            return Optional.empty();
        } catch (RuntimeException e) {
            // a defect inside the YAML library must cost one file, not the run (fuzzing found one)
            problems.add(new Problem(Location.ofPath(file), "the YAML parser failed on this file (" + e.getClass().getSimpleName()
                    + ")", "check for unusual characters; run with --debug and report it"));
            return Optional.empty();
        }
    }

    private static Optional<String> decode(String file, byte[] bytes, List<Problem> problems) {
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
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
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int line = 1;
        int lineStart = offset;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
                continue;
            }
            if ((bytes[i] & 0x80) == 0) {
                continue;
            }
            int length = (bytes[i] & 0xE0) == 0xC0 ? 2 : (bytes[i] & 0xF0) == 0xE0 ? 3 : (bytes[i] & 0xF8) == 0xF0 ? 4 : 1;
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, i, Math.min(length, bytes.length - i)));
                i += length - 1;
            } catch (CharacterCodingException e) {
                return new Location(file, line, i - lineStart + 1);
            }
        }
        return new Location(file, line, 1);
    }

    private YamlNode readNode(JsonParser parser, String file) throws IOException {
        Location at = location(file, parser);
        JsonToken token = parser.currentToken();
        if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
            // Jackson would hand the alias back as the anchor's name, silently changing the value
            throw new AliasNotAllowed(at, parser.getText());
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyAt = location(file, parser);
                    parser.nextToken();
                    entries.put(key, new YamlNode.Entry(keyAt, readNode(parser, file)));
                }
                return new YamlNode.Mapping(entries, at);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readNode(parser, file));
                }
                return new YamlNode.Sequence(items, at);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(null, YamlNode.ScalarKind.NULL, at);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarKind.BOOLEAN, at);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarKind.NUMBER, at);
            }
            default -> {
                String text = parser.getText();
                // "key:" with nothing after it is YAML null, though Jackson hands it back as ""
                if (text.isEmpty() && parser instanceof YAMLParser yaml && !yaml.isCurrentAlias()) {
                    return new YamlNode.Scalar(null, YamlNode.ScalarKind.NULL, at);
                }
                return new YamlNode.Scalar(text, YamlNode.ScalarKind.STRING, at);
            }
        }
    }

    /** Stops reading at the first alias; a facts file with one is rejected whole. */
    private static final class AliasNotAllowed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Location at;
        private final String name;

        AliasNotAllowed(Location at, String name) {
            super(null, null, false, false);
            this.at = at;
            this.name = name;
        }
    }

    private static Location location(String file, JsonParser parser) {
        var where = parser.currentTokenLocation();
        return new Location(file, Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr()));
    }
}
