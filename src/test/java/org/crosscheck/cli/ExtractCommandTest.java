package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code crosscheck extract} and {@code check --draft-text} through the real CLI. */
class ExtractCommandTest {

    static final Path SEEDS = Path.of("../shared/seeds");
    static final String SEEDS_ABSENT = "the article texts are not at ../shared/seeds (kept outside the repository)";

    @TempDir
    Path dir;

    @Test
    void helpDescribesBothCommands() {
        CliRun extract = CliRun.of("extract", "--help");
        assertThat(extract.exitCode()).isZero();
        assertThat(extract.out()).contains("--facts", "--published", "--out", "--texts", "articles.csv", "front-matter", "status: draft");
        CliRun check = CliRun.of("check", "--help");
        assertThat(check.out()).contains("--draft-text", "--published", "2024-05-22/2024-05-24");
        assertThat(extract.out().replaceAll("\\s+", " ")).contains("a weak match never raises an error");
    }

    static Stream<Arguments> badTexts() {
        return Stream.of(
                Arguments.of("empty file", new byte[0], "draft.txt:1:1: the text is empty"),
                Arguments.of("binary file", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}, "draft.txt:1:5: this is a binary file"),
                Arguments.of("no sentence", "----\n* * *\n".getBytes(StandardCharsets.UTF_8), "draft.txt:1:1: the text has no sentence"),
                Arguments.of("unknown encoding", "Kenya's exports".getBytes(StandardCharsets.UTF_16BE),
                        "draft.txt:1:1: the text is not UTF-8 (unknown encoding)"),
                Arguments.of("Latin-1", "Caf\u00e9 owner".getBytes(StandardCharsets.ISO_8859_1), "draft.txt:1:4: the text is not UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTexts")
    void badTextIsAClearErrorWithExitTwo(String name, byte[] bytes, String message) throws Exception {
        Path text = dir.resolve("draft.txt");
        Files.write(text, bytes);
        for (List<String> args : List.of(List.of("extract", text.toString()),
                List.of("check", "--draft-text", text.toString(), "--published", "2024-05-23", "--out", dir.resolve("r").toString()))) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            String printed = (run.out() + run.err()).replace(dir + "/", "");
            assertThat(run.exitCode()).as(printed).isEqualTo(2);
            assertThat(printed).contains(message).doesNotContain("\tat ").doesNotContain("Exception");
        }
    }

    @Test
    void optionsThatDoNotGoTogetherAreRefused() {
        assertThat(CliRun.of("extract").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("extract", "--texts", dir.toString()).err()).contains("needs --out DIR");
        assertThat(CliRun.of("check", "--published", "2024-01-01").err()).contains("--published goes with --draft-text");
    }

    @Test
    void anArchiveBecomesOneDraftPerArticleWithItsHeaderOrCsvRow() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("archive"));
        Files.writeString(texts.resolve("a.txt"), "---\ntitle: NATO at 75\noutlet: Wire\npublished: 2024-04-04\n---\n"
                + "NATO has 32 members. It was formed in 1949.\n");
        Files.writeString(texts.resolve("b.txt"), "Kenya will deploy 1,000 police officers to Haiti, officials said last year.\n");
        Files.writeString(texts.resolve("articles.csv"), "file,title,outlet,published,url\nb.txt,\"Haiti, Kenya\",Daily,2025-02-01,\n");
        Path out = dir.resolve("sources");

        CliRun run = CliRun.of("extract", "--texts", texts.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 drafts written");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("draft-a.yaml", "draft-b.yaml");
        }
        String a = Files.readString(out.resolve("draft-a.yaml"));
        assertThat(a).contains("title: \"NATO at 75\"", "outlet: \"Wire\"", "date: \"2024-04-04\"", "status: draft",
                "subject: nato", "property: member-count", "value: {quantity: \"32\"}");
        String b = Files.readString(out.resolve("draft-b.yaml"));
        assertThat(b).contains("title: \"Haiti, Kenya\"", "outlet: \"Daily\"", "date: \"2025-02-01\"",
                "subject: haiti-police-mission", "value: {quantity: \"1,000\"}");

        // the drafts load with the corpus with no problem
        Path facts = copyFacts(null);
        Files.copy(out.resolve("draft-a.yaml"), facts.resolve("sources/draft-a.yaml"));
        Files.copy(out.resolve("draft-b.yaml"), facts.resolve("sources/draft-b.yaml"));
        CliRun check = CliRun.of("check", "--facts", facts.toString(), "--out", dir.resolve("reports").toString());
        assertThat(check.out()).as(check.out() + check.err()).contains("0 rejected").doesNotContain("input problem");
    }

    @Test
    void draftTextOfTheStateVisitArticleFindsTheClashesItsHandWrittenFactsFind() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), SEEDS_ABSENT);
        Path facts = copyFacts("mnna-state-visit.yaml");

        CliRun run = CliRun.of("check", "--facts", facts.toString(), "--draft-text", SEEDS.resolve("004_c0f32a6aca826534.txt").toString(),
                "--published", "2024-05-22/2024-05-24", "--out", dir.resolve("reports").toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern("error +REFERENCE-CONFLICT +nato / member-count")
                .containsPattern("warning +REFERENCE-NEAR-MISS +kenya-mnna-designation / designation-date")
                .contains("was suggested from the draft's text (nato / member-count = '30')")
                .contains("(kenya-mnna-designation / designation-date = 'today'): \"today President Biden is informing Congress");
        assertThat(dir.resolve("reports/draft-004-c0f32a6aca826534.yaml")).exists();
    }

    @Test
    void aDateInASentenceThatNamesNatoButNotItsFoundingIsNoErrorOnNatosFoundingDate() throws Exception {
        // NATO's only date key is its founding date (1949), whose record was "signed in Washington D.C.";
        // naming NATO (or Washington) is not saying when it was founded
        Path text = dir.resolve("draft.txt");
        Files.writeString(text, "NATO leaders met in Washington on Wednesday, May 22, 2024.\n");
        CliRun run = CliRun.of("check", "--draft-text", text.toString(), "--published", "2024-05-23", "--facts", copyFacts(null).toString(),
                "--out", dir.resolve("reports").toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).doesNotContain("error ").doesNotContain("nato / founding-date");
        assertThat(dir.resolve("reports/draft-draft.yaml")).content().contains("Wednesday, May 22, 2024").doesNotContain("property: founding-date");
    }

    @Test
    void everyDraftExtractedFromTheSeedsRoundTripsThroughCheckWithItsQuotesFound() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), SEEDS_ABSENT);
        List<Path> texts;
        try (Stream<Path> files = Files.list(SEEDS)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path text : texts) {
            Path draft = dir.resolve(text.getFileName() + ".yaml");
            CliRun extract = CliRun.of("extract", text.toString(), "--published", "2025-07-10", "--out", draft.toString());
            assertThat(extract.exitCode()).as(extract.err()).isZero();
            CliRun check = CliRun.of("check", "--draft", draft.toString(), "--texts", SEEDS.toString(), "--format", "json",
                    "--out", dir.resolve("reports").toString());
            assertThat(check.exitCode()).as(check.out() + check.err()).isLessThan(2);
            assertThat(check.out()).contains("0 rejected").doesNotContain("QUOTE-NOT-IN-SOURCE").doesNotContain("input problem");
        }
    }

    /** The bundled facts, without one source file when {@code leftOut} names it. */
    private Path copyFacts(String leftOut) throws Exception {
        Path target = dir.resolve("facts");
        try (Stream<Path> files = Files.walk(Path.of("facts"))) {
            for (Path p : files.toList()) {
                Path to = target.resolve(Path.of("facts").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (leftOut == null || !p.getFileName().toString().equals(leftOut)) {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
