package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.model.Problem;
import org.junit.jupiter.api.Test;

/** The facts cache's tree encoding: what is read back equals what was parsed, and damage is an IOException. */
class TreeCodecTest {

    private static final SmileFactory SMILE = SmileFactory.builder()
            .enable(SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES).build();

    private final YamlReader reader = new YamlReader();

    private YamlNode parse(String file, byte[] yaml) {
        List<Problem> problems = new ArrayList<>();
        YamlNode tree = reader.read(file, yaml, problems).orElseThrow();
        assertThat(problems).isEmpty();
        return tree;
    }

    private static byte[] encode(YamlNode tree) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = SMILE.createGenerator(out)) {
            TreeCodec.write(tree, generator);
        }
        return out.toByteArray();
    }

    private static YamlNode decode(byte[] bytes, String file) throws IOException {
        try (JsonParser parser = SMILE.createParser(bytes)) {
            return TreeCodec.read(parser, file);
        }
    }

    @Test
    void everyBundledFactsFileReadsBackEqualWithItsLocations() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("facts"))) {
            files = walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(5);
        for (Path file : files) {
            YamlNode tree = parse(file.toString(), Files.readAllBytes(file));
            assertThat(decode(encode(tree), file.toString())).as(file.toString()).isEqualTo(tree);
        }
    }

    @Test
    void everyScalarKindNestingAndEmptyCollectionReadsBackEqual() throws IOException {
        String yaml = """
                text: "quoted: text"
                number: 12.5
                count: 7
                flag: yes
                nothing: ~
                empty: ""
                list: [a, 1, true, null, [], {}]
                nested:
                  - {k: v, "k2": [x]}
                  - - deep
                unicode: "Ké 𝄞 — \\u00e9"
                """;
        YamlNode tree = parse("f.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        YamlNode back = decode(encode(tree), "f.yaml");

        assertThat(back).isEqualTo(tree);
        // equal includes the order of keys, which messages and reports follow
        assertThat(((YamlNode.Mapping) back).entries().keySet())
                .containsExactly("text", "number", "count", "flag", "nothing", "empty", "list", "nested", "unicode");
    }

    @Test
    void theFileNameComesFromTheReaderNotTheBytes() throws IOException {
        YamlNode tree = parse("a.yaml", "k: v\n".getBytes(StandardCharsets.UTF_8));

        YamlNode back = decode(encode(tree), "b.yaml");

        assertThat(back.location().file()).isEqualTo("b.yaml");
        assertThat(back).isNotEqualTo(tree);
    }

    @Test
    void truncatedOrForeignBytesAreAnIoExceptionNotAnotherFailure() throws IOException {
        byte[] whole = encode(parse("f.yaml", "a: [1, 2]\nb: {c: d}\n".getBytes(StandardCharsets.UTF_8)));
        for (int length = 0; length < whole.length; length++) {
            byte[] cut = Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> decode(cut, "f.yaml")).as("cut at %d", length).isInstanceOf(IOException.class);
        }
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        try (JsonGenerator generator = SMILE.createGenerator(other)) {
            generator.writeNumber(99); // a tag no node has
            generator.writeNumber(1);
            generator.writeNumber(1);
        }
        assertThatThrownBy(() -> decode(other.toByteArray(), "f.yaml")).isInstanceOf(IOException.class)
                .hasMessageContaining("unknown node tag 99");
    }
}
