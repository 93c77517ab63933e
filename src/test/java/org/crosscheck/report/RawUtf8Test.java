package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Kept JSON bytes written raw: the generator's output as for the same text given as a string. */
class RawUtf8Test {

    private static final String PART = "{\n    \"message\" : \"Nairobi’s 4.4 million — “disputed”\",\n    \"failing\" : false\n  }";

    @Test
    void aRawValueFromBytesIsWrittenAsTheSameTextAsAString() throws Exception {
        // long enough that some parts straddle the generator's buffer and go through asUnquotedUTF8
        String part = PART.repeat(40);
        assertThat(written(json -> json.writeRawValue(new RawUtf8(part.getBytes(StandardCharsets.UTF_8)))))
                .isEqualTo(written(json -> json.writeRawValue(part)));
    }

    @Test
    void theQuotedAndCharacterFormsAreThoseOfTheDecodedText() throws Exception {
        RawUtf8 raw = new RawUtf8(PART.getBytes(StandardCharsets.UTF_8));
        SerializedString text = new SerializedString(PART);
        assertThat(raw.getValue()).isEqualTo(PART);
        assertThat(raw.charLength()).isEqualTo(PART.length());
        assertThat(raw.asQuotedChars()).isEqualTo(text.asQuotedChars());
        assertThat(raw.asQuotedUTF8()).isEqualTo(text.asQuotedUTF8());
        assertThat(raw.asUnquotedUTF8()).isEqualTo(PART.getBytes(StandardCharsets.UTF_8));

        byte[] small = new byte[8];
        assertThat(raw.appendUnquotedUTF8(small, 0)).as("does not fit").isEqualTo(-1);
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        assertThat(raw.putUnquotedUTF8(buffer)).isEqualTo(PART.getBytes(StandardCharsets.UTF_8).length);
        assertThat(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8)).isEqualTo(PART);
        assertThat(raw.putUnquotedUTF8(ByteBuffer.allocate(4))).isEqualTo(-1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        raw.writeQuotedUTF8(out);
        assertThat(out.toByteArray()).isEqualTo(text.asQuotedUTF8());
    }

    private interface Body {
        void write(JsonGenerator json) throws Exception;
    }

    private static String written(Body body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = new ObjectMapper().createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            json.writeStartArray();
            for (int i = 0; i < 60; i++) {
                body.write(json);
            }
            json.writeEndArray();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
