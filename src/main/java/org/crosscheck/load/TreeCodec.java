package org.crosscheck.load;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Location;

/**
 * Writes a {@link YamlNode} tree as a flat run of Smile tokens and reads it back equal, for the
 * facts cache. Each node is its tag, line and column, then what it holds: a scalar its text, a
 * mapping its size and each key (text, line, column) before its value, a list its size and its
 * items. The file name is not written: every location in a tree names the same file, which the
 * reader is given.
 */
final class TreeCodec {

    private TreeCodec() {
    }

    /** Tags for the node kinds; a scalar's tag is its {@link YamlNode.ScalarKind}'s ordinal. */
    private static final int MAPPING = YamlNode.ScalarKind.values().length;
    private static final int SEQUENCE = MAPPING + 1;

    static void write(YamlNode node, JsonGenerator out) throws IOException {
        // Java 17 has no pattern switch; the interface is sealed to these three
        if (node instanceof YamlNode.Scalar scalar) {
            writeHead(scalar.kind().ordinal(), scalar.location(), out);
            out.writeString(scalar.text());
        } else if (node instanceof YamlNode.Mapping mapping) {
            writeHead(MAPPING, mapping.location(), out);
            out.writeNumber(mapping.entries().size());
            for (Map.Entry<String, YamlNode.Entry> entry : mapping.entries().entrySet()) {
                out.writeString(entry.getKey());
                out.writeNumber(entry.getValue().keyLocation().line());
                out.writeNumber(entry.getValue().keyLocation().column());
                write(entry.getValue().value(), out);
            }
        } else {
            YamlNode.Sequence sequence = (YamlNode.Sequence) node;
            writeHead(SEQUENCE, sequence.location(), out);
            out.writeNumber(sequence.items().size());
            for (YamlNode item : sequence.items()) {
                write(item, out);
            }
        }
    }

    private static void writeHead(int tag, Location at, JsonGenerator out) throws IOException {
        out.writeNumber(tag);
        out.writeNumber(at.line());
        out.writeNumber(at.column());
    }

    /**
     * Reads the node that starts at the parser's next token.
     *
     * @throws IOException when the tokens are not a tree this codec wrote
     */
    static YamlNode read(JsonParser in, String file) throws IOException {
        return read(in, file, 0);
    }

    private static YamlNode read(JsonParser in, String file, int depth) throws IOException {
        if (depth > YamlReader.MAX_DEPTH) {
            throw new IOException("nested deeper than a facts file may be");
        }
        int tag = nextInt(in);
        Location at = new Location(file, nextInt(in), nextInt(in));
        if (tag == MAPPING) {
            int size = nextInt(in);
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(Math.min(size, 64) * 4 / 3 + 1);
            for (int i = 0; i < size; i++) {
                String key = nextText(in);
                Location keyAt = new Location(file, nextInt(in), nextInt(in));
                entries.put(key, new YamlNode.Entry(keyAt, read(in, file, depth + 1)));
            }
            return new YamlNode.Mapping(entries, at);
        }
        if (tag == SEQUENCE) {
            int size = nextInt(in);
            List<YamlNode> items = new ArrayList<>(Math.min(size, 1024));
            for (int i = 0; i < size; i++) {
                items.add(read(in, file, depth + 1));
            }
            return new YamlNode.Sequence(items, at);
        }
        if (tag < 0 || tag >= MAPPING) {
            throw new IOException("unknown node tag " + tag);
        }
        YamlNode.ScalarKind kind = YamlNode.ScalarKind.values()[tag];
        JsonToken token = in.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            return new YamlNode.Scalar(null, kind, at);
        }
        if (token != JsonToken.VALUE_STRING) {
            throw new IOException("expected a scalar's text, found " + token);
        }
        return new YamlNode.Scalar(in.getText(), kind, at);
    }

    private static int nextInt(JsonParser in) throws IOException {
        JsonToken token = in.nextToken();
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw new IOException("expected a number, found " + token);
        }
        return in.getIntValue();
    }

    private static String nextText(JsonParser in) throws IOException {
        JsonToken token = in.nextToken();
        if (token != JsonToken.VALUE_STRING) {
            throw new IOException("expected text, found " + token);
        }
        return in.getText();
    }
}
