package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.crosscheck.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

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

    /** How SnakeYAML's resolver types a plain scalar, as the reader maps it: the oracle for its shortcut. */
    private static YamlNode.ScalarKind resolverKind(String value) {
        Tag tag = new Resolver().resolve(NodeId.scalar, value, true);
        if (Tag.FLOAT.equals(tag) || Tag.INT.equals(tag) && value.indexOf(':') < 0) {
            return YamlNode.ScalarKind.NUMBER;
        }
        return Tag.BOOL.equals(tag) ? YamlNode.ScalarKind.BOOLEAN
                : Tag.NULL.equals(tag) ? YamlNode.ScalarKind.NULL : YamlNode.ScalarKind.STRING;
    }

    @Test
    void typesDigitLedValuesWithoutTheResolverExactlyAsTheResolverDoes() {
        Random random = new Random(20240624);
        String alphabet = "0123456789-_.eE+x:ab";
        int decided = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder value = new StringBuilder().append((char) ('0' + random.nextInt(10)));
            for (int length = random.nextInt(11); length > 0; length--) {
                value.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : (char) ('0' + random.nextInt(10)));
            }
            YamlNode.ScalarKind shortcut = YamlReader.digitShape(value.toString());
            if (shortcut != null) {
                decided++;
                assertThat(shortcut).as(value.toString()).isEqualTo(resolverKind(value.toString()));
            }
        }
        // the shortcut decides most of them (digits alone, or a '-' after a digit), and leaves the rest
        assertThat(decided).isBetween(50_000, 190_000);
        assertThat(YamlReader.digitShape("1_000")).isNull();
        assertThat(YamlReader.digitShape("09")).isNull();
        assertThat(YamlReader.digitShape("4.5")).isNull();
        assertThat(YamlReader.digitShape("yes")).isNull();
        assertThat(YamlReader.digitShape("3489")).isEqualTo(YamlNode.ScalarKind.NUMBER);
        assertThat(YamlReader.digitShape("2020-04-01")).isEqualTo(YamlNode.ScalarKind.STRING);
    }

    @Test
    void typesEveryPlainValueAsTheResolverDoesWhateverItStartsWith() {
        // values that start with a character none of the resolver's types can start with skip it
        // ("e92591", "people-housed"); the rest still go through it ("no", "null", "~", "-1", ".5")
        Random random = new Random(7);
        String first = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789~<=+.-_";
        String rest = "aeflnorstuyAEFLNORSTUY0123456789-._+";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder value = new StringBuilder().append(first.charAt(random.nextInt(first.length())));
            for (int length = random.nextInt(6); length > 0; length--) {
                value.append(rest.charAt(random.nextInt(rest.length())));
            }
            if (value.charAt(0) == '-' && value.length() == 1) {
                continue; // a lone '-' starts a sequence, not a value
            }
            assertThat(scalar(value.toString()).kind()).as(value.toString()).isEqualTo(resolverKind(value.toString()));
        }
        for (String word : List.of("no", "No", "off", "true", "null", "Null", "~", "yes", "On")) {
            assertThat(scalar(word).kind()).as(word).isNotEqualTo(YamlNode.ScalarKind.STRING);
        }
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
        "09                   | STRING  | 09",
        "017                  | NUMBER  | 017",
        "0x1F                 | NUMBER  | 0x1F",
        "1e-5                 | NUMBER  | 1e-5",
        "2024-6-1             | STRING  | 2024-6-1",
        "-5                   | NUMBER  | -5",
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
