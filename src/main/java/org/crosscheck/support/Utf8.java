package org.crosscheck.support;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding that says where the first bad byte is, for messages a person can act on. */
public final class Utf8 {

    private Utf8() {
    }

    /** Line and column (1-based, the column counted in bytes) of a place in a file. */
    public record Position(int line, int column) {
    }

    /** The text, or empty when the bytes are not UTF-8 (then {@link #firstInvalid} says where). */
    public static Optional<String> decode(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The position of the first byte that does not decode (or 1:1 past the end when all do). */
    public static Position firstInvalid(byte[] bytes) {
        return firstInvalid(bytes, 0);
    }

    /** As {@link #firstInvalid(byte[])}, reading from {@code offset} (past a byte-order mark), which is column 1 of line 1. */
    public static Position firstInvalid(byte[] bytes, int offset) {
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
                return new Position(line, i - lineStart + 1);
            }
        }
        return new Position(line, 1);
    }
}
