package org.crosscheck.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * JSON text already encoded as UTF-8, for {@code JsonGenerator.writeRawValue}: a report streamed from
 * kept parts copies each part's bytes into the generator's buffer as they came from the store, where
 * a {@code String} would decode and encode again every byte (half a gigabyte at a million claims).
 * The unquoted forms are the bytes themselves; the quoted and character forms, which the raw value
 * path does not use, are a {@link SerializedString}'s of the decoded text.
 */
final class RawUtf8 implements SerializableString {

    private final byte[] utf8;
    private SerializedString decoded;

    RawUtf8(byte[] utf8) {
        this.utf8 = utf8;
    }

    private SerializedString decoded() {
        if (decoded == null) {
            decoded = new SerializedString(new String(utf8, StandardCharsets.UTF_8));
        }
        return decoded;
    }

    @Override
    public String getValue() {
        return decoded().getValue();
    }

    @Override
    public int charLength() {
        return decoded().charLength();
    }

    @Override
    public char[] asQuotedChars() {
        return decoded().asQuotedChars();
    }

    @Override
    public byte[] asUnquotedUTF8() {
        // not a copy: the generator only reads it, as it reads SerializedString's own cached array
        return utf8;
    }

    @Override
    public byte[] asQuotedUTF8() {
        return decoded().asQuotedUTF8();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        return decoded().appendQuotedUTF8(buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        return decoded().appendQuoted(buffer, offset);
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (offset + utf8.length > buffer.length) {
            return -1;
        }
        System.arraycopy(utf8, 0, buffer, offset, utf8.length);
        return utf8.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        return decoded().appendUnquoted(buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
        return decoded().writeQuotedUTF8(out);
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(utf8);
        return utf8.length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
        return decoded().putQuotedUTF8(buffer);
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) throws IOException {
        if (utf8.length > buffer.remaining()) {
            return -1;
        }
        buffer.put(utf8);
        return utf8.length;
    }
}
