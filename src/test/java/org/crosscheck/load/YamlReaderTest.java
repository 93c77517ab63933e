package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The YAML layer alone: typed scalars, locations, and what rejects a file whole. */
class YamlReaderTest {

    private final YamlReader reader = new YamlReader();
    private final List<Problem> problems = new ArrayList<>();

    private Optional<YamlNode> read(String yaml) {
        return reader.read("f.yaml", yaml.getBytes(StandardCharsets.UTF_8), problems);
    }

    private YamlNode.Scalar scalar(String yamlValue) {
        YamlNode.Mapping root = (YamlNode.Mapping) read("k: " + yamlValue + "\n").orElseThrow();
        return (YamlNode.Scalar) root.entries().get("k").value();
    }

    private void assertOnlyProblem(String message, int line, int column) {
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(message);
            assertThat(p.location().line()).isEqualTo(line);
            assertThat(p.location().column()).isEqualTo(column);
        });
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "hello world          | STRING  | hello world",
        "'42'                 | STRING  | 42",
        "\"yes\"              | STRING  | yes",
        "42                   | NUMBER  | 42",
        "4.5                  | NUMBER  | 4.5",
        "yes                  | BOOLEAN | yes",
        "false                | BOOLEAN | false",
        "12:30                | STRING  | 12:30",
        "2024-06-24           | STRING  | 2024-06-24",
        "17 December 2021     | STRING  | 17 December 2021",
        "412 days ago         | STRING  | 412 days ago",
        "1 000                | STRING  | 1 000",
        "2001-12-14 21:59:43.10 -5 | STRING | 2001-12-14 21:59:43.10 -5",
        "!!str 42             | STRING  | 42",
        "!!int 42             | NUMBER  | 42",
    })
    void typesScalarsAsYamlDoes(String written, YamlNode.ScalarKind kind, String text) {
        YamlNode.Scalar scalar = scalar(written);

        assertThat(problems).isEmpty();
        assertThat(scalar.kind()).isEqualTo(kind);
        assertThat(scalar.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"~", "null", "''", "\"\""})
    void nullAndEmptyAreNull(String written) {
        YamlNode.Scalar scalar = scalar(written);

        assertThat(scalar.kind()).isEqualTo(YamlNode.ScalarKind.NULL);
        assertThat(scalar.text()).isNull();
    }

    @Test
    void nothingAfterTheColonIsNull() {
        YamlNode.Mapping root = (YamlNode.Mapping) read("k:\nother: x\n").orElseThrow();

        assertThat(((YamlNode.Scalar) root.entries().get("k").value()).kind()).isEqualTo(YamlNode.ScalarKind.NULL);
    }

    @Test
    void locatesMappingsKeysAndValuesFromOne() {
        YamlNode.Mapping root = (YamlNode.Mapping) read("source:\n  id: alpha\n  tags: [a, b]\n").orElseThrow();
        YamlNode.Mapping source = (YamlNode.Mapping) root.entries().get("source").value();

        assertThat(root.location().line()).isEqualTo(1);
        assertThat(root.location().column()).isEqualTo(1);
        YamlNode.Entry id = source.entries().get("id");
        assertThat(id.keyLocation().line()).isEqualTo(2);
        assertThat(id.keyLocation().column()).isEqualTo(3);
        assertThat(id.value().location().column()).isEqualTo(7);
        YamlNode.Sequence tags = (YamlNode.Sequence) source.entries().get("tags").value();
        assertThat(tags.items()).extracting(item -> ((YamlNode.Scalar) item).text()).containsExactly("a", "b");
        assertThat(tags.items().get(1).location().column()).isEqualTo(13);
    }

    @Test
    void keepsTheOrderOfKeys() {
        YamlNode.Mapping root = (YamlNode.Mapping) read("c: 1\na: 2\nb: 3\n").orElseThrow();

        assertThat(root.entries().keySet()).containsExactly("c", "a", "b");
    }

    @Test
    void sixtyFourLevelsAreReadAndSixtyFiveAreNot() {
        assertThat(read("[".repeat(64) + "]".repeat(64) + "\n")).isPresent();
        assertThat(problems).isEmpty();

        assertThat(read("[".repeat(65) + "]".repeat(65) + "\n")).isEmpty();
        assertThat(problems).singleElement().extracting(Problem::message)
                .isEqualTo("the YAML is nested too deeply (more than 64 levels)");
    }

    @Test
    void anAliasRejectsTheFileAtTheAlias() {
        assertThat(read("a: &x value\nb: *x\n")).isEmpty();

        assertOnlyProblem("YAML alias '*x' is not allowed in facts files", 2, 4);
    }

    @Test
    void aDuplicateKeyIsLocatedAtItsEnd() {
        assertThat(read("a: 1\nab: 2\nab: 3\n")).isEmpty();

        assertOnlyProblem("duplicate key in a mapping: Duplicate field 'ab'", 3, 3);
    }

    @Test
    void aKeyThatIsNotTextIsRejected() {
        assertThat(read("? [a, b]\n: value\n")).isEmpty();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("malformed YAML: a key must be text");
            assertThat(p.location().line()).isEqualTo(1);
        });
    }

    @Test
    void aSecondDocumentIsLocatedAtItsContent() {
        assertThat(read("a: 1\n---\nb: 2\n")).isPresent();

        assertOnlyProblem("more than one YAML document in the file", 3, 1);
    }

    @Test
    void aFileOfCommentsHoldsNoDocument() {
        assertThat(read("# only a comment\n")).isEmpty();

        assertThat(problems).extracting(Problem::message).containsExactly("the file holds no YAML document");
    }
}
