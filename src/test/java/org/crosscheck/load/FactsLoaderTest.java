package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.crosscheck.model.FactsInput;
import org.crosscheck.model.Problem;
import org.crosscheck.model.ValueKind;
import org.crosscheck.support.FactsDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FactsLoaderTest {

    @TempDir
    Path dir;

    private final FactsLoader loader = new FactsLoader();

    private static final String GOOD_SOURCE = FactsDir.source("alpha", "2024-07-10",
            FactsDir.claim("alpha-one", "acme-deal", "signing-date", "date", "June 2024", "signed in June 2024"));

    @Test
    void readsSourcesEntitiesAndClaimsWithTheirLocations() throws Exception {
        new FactsDir(dir).file("entities.yaml", FactsDir.ENTITIES).file("sources/alpha.yaml", GOOD_SOURCE);

        FactsInput input = loader.load(dir);

        assertThat(input.problems()).isEmpty();
        assertThat(input.entities()).extracting(e -> e.id()).containsExactly("acme-deal", "city-council");
        assertThat(input.sources()).singleElement().satisfies(source -> {
            assertThat(source.id()).isEqualTo("alpha");
            assertThat(source.published().text()).isEqualTo("2024-07-10");
            assertThat(source.claims()).singleElement().satisfies(claim -> {
                assertThat(claim.value().kind()).isEqualTo(ValueKind.DATE);
                assertThat(claim.value().text()).isEqualTo("June 2024");
                assertThat(claim.location().file()).endsWith("sources/alpha.yaml");
                assertThat(claim.location().line()).isEqualTo(9);
                assertThat(claim.location().column()).isEqualTo(5);
                assertThat(claim.value().location().line()).isEqualTo(12);
            });
        });
        assertThat(input.claimsRead()).isEqualTo(1);
    }

    static Stream<Arguments> badInputs() {
        String claimStart = FactsDir.source("alpha", "2024-07-10", "");
        return Stream.of(
                Arguments.of("misspelled key", claimStart + "  - id: a1\n    subjct: acme-deal\n    property: p\n"
                        + "    value: {date: \"2024\"}\n    quote: q\n", 10, 5, "unknown key 'subjct' in a claim", "did you mean 'subject'?"),
                Arguments.of("missing required key", claimStart + "  - id: a1\n    subject: acme-deal\n    property: p\n"
                        + "    value: {date: \"2024\"}\n", 9, 5, "a claim is missing the required key 'quote'", "add 'quote:'"),
                Arguments.of("wrong type", claimStart + "  - id: a1\n    subject: [acme-deal]\n    property: p\n"
                        + "    value: {date: \"2024\"}\n    quote: q\n", 10, 14, "'subject' in a claim must be text, found a list", ""),
                Arguments.of("two value kinds", claimStart + "  - id: a1\n    subject: acme-deal\n    property: p\n"
                        + "    value: {date: \"2024\", text: x}\n    quote: q\n", 12, 12, "a value must have exactly one kind, found 2", "write one of"),
                Arguments.of("unknown value kind", claimStart + "  - id: a1\n    subject: acme-deal\n    property: p\n"
                        + "    value: {dat: \"2024\"}\n    quote: q\n", 12, 13, "unknown key 'dat' in a value", "did you mean 'date'?"),
                Arguments.of("bad enum", "source:\n  id: alpha\n  title: T\n  outlet: O\n  status: publshed\nclaims: []\n",
                        5, 11, "'publshed' is not a valid status", "did you mean 'published'?"),
                Arguments.of("bad id", "source:\n  id: Alpha Source\n  title: T\n  outlet: O\nclaims: []\n",
                        2, 7, "'Alpha Source' is not a valid id", "'alpha-source'"),
                Arguments.of("inferred date without note", "source:\n  id: alpha\n  title: T\n  outlet: O\n"
                        + "  published:\n    date: 2024\n    basis: inferred\nclaims: []\n", 6, 5,
                        "an inferred publication date needs a 'note'", "for example"),
                Arguments.of("malformed YAML", "source:\n  id: alpha\n  title: [unclosed\n  outlet: O\n", 4, 9,
                        "malformed YAML", "check indentation"),
                Arguments.of("tab indentation", "source:\n\tid: alpha\n", 2, 1, "a tab character", "indent with spaces"),
                Arguments.of("duplicate key", "source:\n  id: alpha\n  id: beta\n  title: T\n  outlet: O\nclaims: []\n",
                        3, 5, "duplicate key in a mapping", "each key may appear once"),
                Arguments.of("not a facts file", "sauce:\n  id: alpha\n", 1, 1, "not a crosscheck facts file: unknown top-level key 'sauce'",
                        "did you mean 'source'?"),
                Arguments.of("top level is a list", "- a\n- b\n", 1, 1, "a facts file must be a mapping, found a list", "start the file"),
                Arguments.of("empty file", "   \n", 1, 1, "the file is empty", "add content"),
                Arguments.of("claims not a list", "source:\n  id: alpha\n  title: T\n  outlet: O\nclaims: nope\n", 5, 9,
                        "'claims' must be a list, found text", "start each item"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void reportsBadInputAtItsLocationWithAHint(String name, String yaml, int line, int column, String message, String hint)
            throws Exception {
        new FactsDir(dir).file("entities.yaml", FactsDir.ENTITIES).file("sources/bad.yaml", yaml);

        FactsInput input = loader.load(dir);

        assertThat(input.problems()).as(name).isNotEmpty();
        Problem first = input.problems().get(0);
        assertThat(first.location().file()).endsWith("sources/bad.yaml");
        assertThat(first.message()).startsWith(message);
        assertThat(first.hint()).contains(hint);
        assertThat(first.location().line()).as("line").isEqualTo(line);
        assertThat(first.location().column()).as("column").isEqualTo(column);
    }

    @Test
    void reportsEveryProblemInEveryFileNotOnlyTheFirst() throws Exception {
        new FactsDir(dir).file("entities.yaml", FactsDir.ENTITIES)
                .file("sources/a.yaml", "source:\n  id: a\n  titel: T\n  outlet: O\nclaims: []\n")
                .file("sources/b.yaml", "source:\n  id: b\n  title: T\n  outlet: O\n  statuss: draft\nclaims: []\n")
                .file("sources/c.yaml", "source: [\n");

        FactsInput input = loader.load(dir);

        assertThat(input.problems()).extracting(p -> p.location().file().replaceAll(".*/", "") + ":" + p.location().line()
                + " " + p.message())
                .containsExactlyInAnyOrder(
                        "a.yaml:3 unknown key 'titel' in the source",
                        "a.yaml:2 the source is missing the required key 'title'",
                        "b.yaml:5 unknown key 'statuss' in the source",
                        "c.yaml:2 malformed YAML: expected the node content, but found '<stream end>'");
    }

    @Test
    void duplicateIdsAcrossFilesNameTheFirstUse() throws Exception {
        String claim = FactsDir.claim("same-id", "acme-deal", "p", "date", "2024", "q");
        new FactsDir(dir).file("entities.yaml", FactsDir.ENTITIES)
                .file("sources/a.yaml", FactsDir.source("a", null, claim))
                .file("sources/b.yaml", FactsDir.source("b", null, claim));

        FactsInput input = loader.load(dir);

        assertThat(input.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().file()).endsWith("sources/b.yaml");
            assertThat(p.message()).matches("duplicate id 'same-id', first used at .*sources/a.yaml:6:5");
        });
        assertThat(input.claimsRead()).isEqualTo(2);
        assertThat(input.sources()).flatExtracting(s -> s.claims()).hasSize(1);
    }

    @Test
    void whatReusesAnIdIsLeftOutWhetherTheFirstUseIsInTheSameFileOrAnEarlierOne() throws Exception {
        String reference = """
                  - id: %s
                    subject: acme-deal
                    property: p
                    value: {quantity: "3"}
                    citation: {issuer: I, document: D}
                """;
        new FactsDir(dir).file("entities.yaml", FactsDir.ENTITIES + """
                  - id: acme-deal
                    type: event
                    name: Acme merger again
                """)
                .file("sources/a.yaml", FactsDir.source("a", null,
                        FactsDir.claim("a-1", "acme-deal", "p", "date", "2024", "first")
                                + FactsDir.claim("a-1", "acme-deal", "p", "date", "2025", "second")
                                + FactsDir.claim("a-2", "acme-deal", "p", "date", "2026", "third")))
                .file("sources/b.yaml", FactsDir.source("a", null, FactsDir.claim("b-1", "acme-deal", "p", "date", "2024", "q")))
                .file("sources/c.yaml", "references:\n" + reference.formatted("a-2") + reference.formatted("ref-1"));

        FactsInput input = loader.load(dir);

        assertThat(input.problems()).extracting(p -> p.location().file().replaceAll(".*/", "") + ":" + p.location().line()
                + " " + p.message().replaceAll("first used at .*/", "first used at "))
                .containsExactly(
                        "entities.yaml:9 duplicate entity id 'acme-deal', first used at entities.yaml:2:5",
                        "a.yaml:11 duplicate id 'a-1', first used at a.yaml:6:5",
                        "b.yaml:2 duplicate id 'a', first used at a.yaml:2:3",
                        "c.yaml:2 duplicate id 'a-2', first used at a.yaml:16:5");
        assertThat(input.entities()).extracting(e -> e.name()).containsExactly("Acme merger", "City Council");
        // a source whose id is taken is still read, as before: its claims are checked under their own ids
        assertThat(input.sources()).extracting(s -> s.id() + ":" + s.claims().stream().map(c -> c.quote()).toList())
                .containsExactly("a:[first, third]", "a:[q]");
        assertThat(input.references()).extracting(r -> r.id()).containsExactly("ref-1");
        assertThat(input.claimsRead()).isEqualTo(4);
    }

    @Test
    void fileThatIsNotUtf8IsRejectedAtTheFirstBadByte() throws Exception {
        byte[] latin1 = "source:\n  id: a\n  title: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        new FactsDir(dir).bytes("sources/latin1.yaml", latin1);

        FactsInput input = loader.load(dir);

        assertThat(input.problems()).singleElement().satisfies(p -> {
            assertThat(p.describe()).contains("latin1.yaml:3:13: the file is not valid UTF-8");
        });
    }

    @Test
    void theReplacementCharacterWrittenInUtf8IsTextNotABadByte() throws Exception {
        // U+FFFD is what a lenient decoder puts in place of a bad byte; written on purpose it is valid
        new FactsDir(dir).file("entities.yaml", FactsDir.ENTITIES)
                .file("sources/a.yaml", GOOD_SOURCE.replace("Title of alpha", "Title \uFFFD of alpha"));

        FactsInput input = loader.load(dir);

        assertThat(input.problems()).isEmpty();
        assertThat(input.sources()).singleElement().satisfies(s -> assertThat(s.title()).isEqualTo("Title \uFFFD of alpha"));
    }

    @Test
    void aBadByteAfterAReplacementCharacterIsStillFound() throws Exception {
        byte[] good = "source:\n  id: a\n  title: \uFFFD\n  outlet: Caf".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 2];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xE9; // Latin-1 e-acute
        bad[good.length + 1] = '\n';
        new FactsDir(dir).bytes("sources/mixed.yaml", bad);

        assertThat(loader.load(dir).problems()).singleElement()
                .satisfies(p -> assertThat(p.describe()).contains("mixed.yaml:4:14: the file is not valid UTF-8"));
    }

    @Test
    void byteOrderMarkIsAccepted() throws Exception {
        byte[] body = GOOD_SOURCE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        new FactsDir(dir).file("entities.yaml", FactsDir.ENTITIES).bytes("sources/bom.yaml", withBom);

        assertThat(loader.load(dir).problems()).isEmpty();
    }

    @Test
    void aliasesAreRefusedSoABillionLaughsBombCannotExpand() throws Exception {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (int level = 0; level < 8; level++) {
            char name = (char) ('b' + level);
            char previous = (char) ('a' + level);
            yaml.append(name).append(": &").append(name).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
        }
        new FactsDir(dir).file("sources/bomb.yaml", yaml.toString());

        assertThat(loader.load(dir).problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.message()).isEqualTo("YAML alias '*a' is not allowed in facts files");
                    assertThat(p.location().line()).isEqualTo(2);
                });
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithoutBeingRead() throws Exception {
        Path big = dir.resolve("sources/big.yaml");
        java.nio.file.Files.createDirectories(big.getParent());
        try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        new FactsDir(dir).file("sources/ok.yaml", GOOD_SOURCE).file("entities.yaml", FactsDir.ENTITIES);

        FactsInput input = loader.load(dir);

        assertThat(input.problems()).extracting(Problem::describe)
                .containsExactly(big + ": the file is larger than 20 MB a facts file may be (split the source into several files)");
        assertThat(input.sources()).extracting(s -> s.id()).containsExactly("alpha");
    }

    @Test
    void veryDeepNestingIsRefused() throws Exception {
        String deep = "source: " + "[".repeat(200) + "]".repeat(200) + "\n";
        new FactsDir(dir).file("sources/deep.yaml", deep);

        assertThat(loader.load(dir).problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("the YAML is nested too deeply (more than 64 levels)");
            assertThat(p.location().line()).isEqualTo(1);
        });
    }

    @Test
    void missingOrEmptyFactsDirectoryIsOneClearError() {
        assertThatThrownBy(() -> loader.load(dir.resolve("nope")))
                .isInstanceOf(FactsLoader.MissingFactsException.class)
                .hasMessage("facts directory not found")
                .satisfies(e -> assertThat(((FactsLoader.MissingFactsException) e).hint()).contains("--facts DIR"));
        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(FactsLoader.MissingFactsException.class)
                .hasMessage("no facts files (*.yaml) in the facts directory");
    }

    @Test
    void aLinkedDirectoryInsideTheFactsIsReadAndAFileReachedTwiceIsReadOnce() throws Exception {
        Path facts = dir.resolve("facts");
        new FactsDir(facts).file("entities.yaml", FactsDir.ENTITIES).file("archive/2024/alpha.yaml", GOOD_SOURCE);
        java.nio.file.Files.createSymbolicLink(facts.resolve("sources"), Path.of("archive/2024"));
        java.nio.file.Files.createSymbolicLink(facts.resolve("loop"), Path.of("."));

        FactsInput input = loader.load(facts);

        assertThat(input.problems()).isEmpty();
        assertThat(input.sources()).singleElement().satisfies(source -> assertThat(source.id()).isEqualTo("alpha"));
    }

    @Test
    void theListingStatesEachFileAsItListsItAndLeavesAFileReachedThroughALinkToBeStatedLater() throws Exception {
        Path facts = dir.resolve("facts");
        new FactsDir(facts).file("entities.yaml", FactsDir.ENTITIES).file("sources/alpha.yaml", GOOD_SOURCE)
                .file("kept/beta.txt", GOOD_SOURCE.replace("alpha", "beta"));
        java.nio.file.Files.createSymbolicLink(facts.resolve("sources/beta.yaml"), Path.of("../kept/beta.txt"));

        FactsLoader.Listing listing = FactsLoader.listFacts(facts, new java.util.ArrayList<>());

        assertThat(listing.files()).isEqualTo(FactsLoader.factsFiles(facts, new java.util.ArrayList<>()))
                .extracting(file -> facts.relativize(file).toString())
                .containsExactly("entities.yaml", "sources/alpha.yaml", "sources/beta.yaml");
        assertThat(listing.stats()).hasSize(3);
        for (int i = 0; i < 2; i++) {
            assertThat(listing.stats().get(i)).as(listing.files().get(i).toString()).isEqualTo(FileStat.of(listing.files().get(i)));
        }
        // the link's own stat would give the link's size and inode, not the file's
        assertThat(listing.stats().get(2)).isNull();
        assertThat(FileStat.of(listing.files().get(2)).size()).isEqualTo(java.nio.file.Files.size(facts.resolve("kept/beta.txt")));
    }

    @Test
    void aFactsDirectoryGivenAsALinkIsRead() throws Exception {
        new FactsDir(dir.resolve("real")).file("entities.yaml", FactsDir.ENTITIES).file("sources/alpha.yaml", GOOD_SOURCE);
        Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("facts"), Path.of("real"));

        FactsInput input = loader.load(link);

        assertThat(input.problems()).isEmpty();
        assertThat(input.sources()).singleElement().satisfies(source ->
                assertThat(source.location().file()).isEqualTo(link.resolve("sources/alpha.yaml").toString()));
    }

    @Test
    void anUnreadableDirectoryOfTheFactsIsAProblemNotACrash() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root reads every directory whatever its permissions");
        Path facts = dir.resolve("facts");
        new FactsDir(facts).file("entities.yaml", FactsDir.ENTITIES).file("locked/alpha.yaml", GOOD_SOURCE);
        java.nio.file.Files.setPosixFilePermissions(facts.resolve("locked"), java.util.Set.of());
        try {
            FactsInput input = loader.load(facts);

            assertThat(input.problems()).singleElement().satisfies(problem -> assertThat(problem.describe())
                    .isEqualTo(facts.resolve("locked") + ": cannot read this directory of the facts: permission denied"
                            + " (give yourself read and execute permission on it (chmod u+rx), or move it out of the facts directory)"));
        } finally {
            java.nio.file.Files.setPosixFilePermissions(facts.resolve("locked"),
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }
}
