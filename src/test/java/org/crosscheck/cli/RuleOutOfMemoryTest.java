package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.crosscheck.support.FactsDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule of the user's that allocates without bound is named at its file and line with exit code 2,
 * not taken for a corpus too large for the heap; the reports of the run before are left as they were.
 * Run in a JVM of its own with a small heap, which the test JVM must not fill.
 */
class RuleOutOfMemoryTest {

    private static final List<String> SMALL_HEAP = List.of("-Xmx128m");

    private static final String HEADER = """
            package user.memory;
            import org.crosscheck.normalize.ClaimGroup;
            global org.crosscheck.engine.FindingCollector findings;
            """;

    @TempDir
    Path dir;

    private List<String> check(String rule) {
        new FactsDir(dir).file("rules/user.drl", HEADER + rule);
        return List.of("check", "--facts", Path.of("facts").toAbsolutePath().toString(), "--rules", dir.resolve("rules").toString(),
                "--out", dir.resolve("reports").toString());
    }

    @Test
    void aConsequenceThatCollectsWithoutEndIsNamedAndTheLastReportSetStaysWhole() throws Exception {
        CliRun good = CliRun.inJvm(SMALL_HEAP, check("""
                rule "Quiet"
                    @id("QUIET") @severity("info") @title("quiet")
                when
                    $k : ClaimGroup()
                then
                end
                """));
        assertThat(good.exitCode()).as(good.err()).isZero();
        Map<String, byte[]> before = files(dir.resolve("reports"));
        assertThat(before).containsKeys("report.json", "report-set.sha256");

        CliRun run = CliRun.inJvm(SMALL_HEAP, check("""
                rule "Hoards"
                    @id("HOARDS") @severity("info") @title("hoards")
                when
                    $k : ClaimGroup()
                then
                    java.util.List<long[]> kept = new java.util.ArrayList<>();
                    while ( true ) { kept.add( new long[100000] ); }
                end
                """));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(dir.resolve("rules/user.drl") + ":4:1: rule HOARDS ran out of memory in its consequence: "
                + "one firing allocated more than a quarter of the heap (this is an error in the rule, not a corpus too large")
                .doesNotContain("the corpus needs more").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(files(dir.resolve("reports"))).as("the previous report set, byte for byte").containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void anArrayLargerThanTheJvmAllowsIsTheRulesFaultToo() throws Exception {
        CliRun run = CliRun.inJvm(SMALL_HEAP, check("""
                rule "Huge"
                    @id("HUGE") @severity("info") @title("huge")
                when
                    $k : ClaimGroup()
                then
                    long[] huge = new long[Integer.MAX_VALUE];
                end
                """));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(":4:1: rule HUGE ran out of memory in its consequence: it asked for an array larger than the JVM allows")
                .doesNotContain("\tat ");
    }

    @Test
    void aConsequenceThatAllocatesALotButKeepsNothingIsNotDisturbed() throws Exception {
        CliRun run = CliRun.inJvm(SMALL_HEAP, check("""
                rule "Churns"
                    @id("CHURNS") @severity("info") @title("churns")
                when
                    $k : ClaimGroup()
                then
                    long sum = 0;
                    for ( int i = 0; i < 300; i++ ) { sum += new long[100000].length; }
                end
                """));

        // 240 MB allocated per firing, nearly twice the heap, and none of it kept: not a runaway
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("memory");
    }

    private static Map<String, byte[]> files(Path reports) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(reports)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
