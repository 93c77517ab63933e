package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.bench.CorpusGenerator;
import org.crosscheck.model.Problem;
import org.crosscheck.model.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local[2] finds exactly what the command line finds: the same findings (rule, key,
 * claims, message, severity) in the same order, the same accounting and the same problems.
 */
class SparkCheckEqualityTest {

    static final Path ROOT = Path.of(System.getProperty("crosscheck.root", "../..")).toAbsolutePath().normalize();
    static final Path RULES = ROOT.resolve("rules");

    static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start(2);
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void theBundledCorpusGivesTheCommandLinesFindings(@TempDir Path tmp) throws Exception {
        assertSameAsCommandLine(ROOT.resolve("facts"), tmp.resolve("out"));
    }

    @Test
    void aGenerated10000ClaimCorpusGivesTheCommandLinesFindings(@TempDir Path tmp) throws Exception {
        Path corpus = CorpusGenerator.cached(CorpusGenerator.Spec.forClaims(10_000), Path.of("target/corpora"));
        SparkCheck.Result result = assertSameAsCommandLine(corpus, tmp.resolve("out"));
        assertThat(result.accounting().loaded()).isEqualTo(10_000);
    }

    @Test
    void moreKeyedPartitionsChangeNoFinding(@TempDir Path tmp) throws Exception {
        // larger corpora get a partition per 250,000 claims; the findings must not depend on how many
        Path corpus = CorpusGenerator.cached(CorpusGenerator.Spec.forClaims(10_000), Path.of("target/corpora"));
        assertSameAsCommandLine(corpus, tmp.resolve("out"), 13);
    }

    @Test
    void badInputGivesTheCommandLinesProblemsAndAccounting(@TempDir Path tmp) throws Exception {
        Path facts = tmp.resolve("facts");
        copy(ROOT.resolve("facts"), facts);
        // a second file that reuses a claim id of the bundled corpus, and a date no reader can read
        Files.writeString(facts.resolve("sources/zz-late.yaml"), """
                source:
                  id: zz-late
                  title: A late copy
                  outlet: Test Wire
                  published:
                    date: 2025-07-09
                    basis: stated
                claims:
                  - id: rb-mnna-designation-date
                    subject: kenya-mnna-designation
                    property: designation-date
                    value: {date: "2024-06-24"}
                    quote: "designated in June 2024"
                  - id: zz-bad-date
                    subject: kenya-mnna-designation
                    property: designation-date
                    value: {date: "the thirty-second of June"}
                    quote: "on the thirty-second of June"
                  - id: zz-good-date
                    subject: kenya-mnna-designation
                    property: designation-date
                    value: {date: "2024-06-25"}
                    quote: "designated on 25 June 2024"
                """);
        CommandLineReport.Cli cli = CommandLineReport.check(facts, RULES);
        assertThat(cli.problems()).as("the corpus must have these problems for this test to mean anything")
                .anyMatch(p -> p.contains("duplicate id 'rb-mnna-designation-date'"))
                .anyMatch(p -> p.contains("zz-late.yaml:") && p.contains("as a date"));
        SparkCheck.Result result = assertSameAsCommandLine(facts, tmp.resolve("out"));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(Files.readAllLines(tmp.resolve("out/problems.txt"))).isEqualTo(cli.problems());
    }

    @Test
    void waiversAndABaselineMarkTheFindingsAsTheCommandLineDoes(@TempDir Path tmp) throws Exception {
        // the baseline records the bundled corpus's open errors and warnings; then one article is taken
        // out, so the findings only it gave are fixed while the other error stays baselined, and waivers
        // are added: one used, one expired, one unused
        Path baseline = tmp.resolve("baseline.json");
        new org.crosscheck.report.ReportFiles().writeBaseline(baseline, CommandLineReport.check(ROOT.resolve("facts"), RULES).result(),
                new org.crosscheck.model.ToolInfo("crosscheck", "test", null));
        Path facts = tmp.resolve("facts");
        copy(ROOT.resolve("facts"), facts);
        Files.delete(facts.resolve("sources/mnna-state-visit.yaml"));
        Files.writeString(facts.resolve("waivers.yaml"), """
                waivers:
                  - rule: SINGLE-SOURCE
                    subject: haiti-police-mission
                    property: delay-cause
                    reason: one source is enough here; checked with the desk
                    by: night editor
                  - rule: SOURCES-CONFLICT
                    subject: kenya-china-trade
                    property: exports-as-share-of-imports
                    reason: an old decision
                    by: night editor
                    expires: 2025-06-30
                  - rule: REFERENCE-CONFLICT
                    subject: nato
                    property: member-count
                    reason: the article that said 30 is gone
                    by: night editor
                """);
        CommandLineReport.Cli cli = CommandLineReport.check(facts, RULES, baseline);
        List<CommandLineReport.Said> expected = cli.findings();
        assertThat(expected).as("the corpus must have findings of each disposition for this test to mean anything")
                .anyMatch(f -> f.disposition().startsWith("waived: one source is enough here"))
                .anyMatch(f -> f.disposition().startsWith("baselined"))
                .anyMatch(f -> f.rule().equals("WAIVER-EXPIRED"))
                .anyMatch(f -> f.rule().equals("WAIVER-UNUSED"));
        assertThat(cli.result().triage().fixed()).as("baseline entries fixed by taking the article out").isNotEmpty();

        SparkCheck.Result result = new SparkCheck(spark).run(new SparkCheck.Request(facts.toString(), RULES, null,
                tmp.resolve("out").toString(), Severity.ERROR, 4, baseline, CommandLineReport.TODAY));

        assertThat(CommandLineReport.jobFindings(tmp.resolve("out"))).containsExactlyElementsOf(expected);
        assertThat(result.fixed()).isEqualTo(cli.result().triage().fixed());
        assertThat(result.exitCode()).isEqualTo(cli.result().outcome() == org.crosscheck.model.Outcome.FAIL ? 1 : 0);
        assertThat(result.accounting()).isEqualTo(cli.result().accounting());
    }

    @Test
    void theRuleBaseIsBuiltOncePerExecutorJvm(@TempDir Path tmp) throws Exception {
        run(ROOT.resolve("facts"), tmp.resolve("a"));
        run(ROOT.resolve("facts"), tmp.resolve("b"));
        // local[2]: the driver and both executor threads share this JVM, and every task of both runs found the rules built
        assertThat(ExecutorState.ruleLoads()).isEqualTo(1);
    }

    private static SparkCheck.Result assertSameAsCommandLine(Path facts, Path out) throws Exception {
        return assertSameAsCommandLine(facts, out, 4);
    }

    private static SparkCheck.Result assertSameAsCommandLine(Path facts, Path out, int partitions) throws Exception {
        CommandLineReport.Cli cli = CommandLineReport.check(facts, RULES);
        SparkCheck.Result result = run(facts, out, partitions);
        List<CommandLineReport.Said> expected = cli.findings();
        assertThat(expected).as("the corpus must have findings for this test to mean anything").isNotEmpty();
        assertThat(CommandLineReport.jobFindings(out)).containsExactlyElementsOf(expected);
        assertThat(result.accounting()).isEqualTo(cli.result().accounting());
        assertThat(result.problems().stream().map(Problem::describe).toList()).isEqualTo(cli.problems());
        for (Severity severity : Severity.values()) {
            assertThat(result.findings().get(severity)).as(severity.label())
                    .isEqualTo(expected.stream().filter(f -> f.severity().equals(severity.label())).count());
        }
        Dataset<Row> parquet = spark.read().parquet(out.resolve("findings.parquet").toString());
        assertThat(parquet.count()).isEqualTo(expected.size());
        assertThat(parquet.filter("severity = 'error'").count())
                .isEqualTo(expected.stream().filter(f -> f.severity().equals("error")).count());
        return result;
    }

    private static SparkCheck.Result run(Path facts, Path out) throws Exception {
        return run(facts, out, 4);
    }

    private static SparkCheck.Result run(Path facts, Path out, int partitions) throws Exception {
        return new SparkCheck(spark).run(new SparkCheck.Request(facts.toString(), RULES, null, out.toString(), Severity.ERROR,
                partitions));
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
