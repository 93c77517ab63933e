package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real CLI on a small corpus written for this test, with the project's own rules. */
class CheckCommandEndToEndTest {

    static final String FIXTURE = "src/test/resources/fixtures/basic";

    @TempDir
    Path out;

    @Test
    void checksTheFixtureAndReportsExactlyTheExpectedFindings() throws Exception {
        CliRun run = CliRun.of("check", "--facts", FIXTURE, "--rules", "rules", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        List<String> findings = new ArrayList<>();
        json.path("findings").forEach(f -> {
            List<String> claims = new ArrayList<>();
            f.path("claims").forEach(c -> claims.add(c.path("id").asText()));
            findings.add(f.path("rule").asText() + " " + f.path("verdict").asText() + " "
                    + f.path("key").path("subject").asText() + "/" + f.path("key").path("property").asText() + " " + claims);
        });
        assertThat(findings).containsExactly(
                "SOURCES-CONFLICT conflict city-council/vote-date [alpha-vote-date, beta-vote-date]",
                "DATE-NEAR-MISS conflict acme-deal/closing-date [alpha-closing, beta-closing]",
                "SINGLE-SOURCE uncorroborated jane-doe/term-start [beta-mayor]",
                "SOURCES-AGREE agree acme-deal/jobs-cut [alpha-staff, beta-staff]",
                "SOURCES-REFINE refines acme-deal/signing-date [alpha-deal-date, beta-deal-date]");
        assertThat(json.path("findings").get(0).path("message").asText()).isEqualTo(
                "2024-08-01..2024-08-31 (August 2024) does not meet 2024-05-01..2024-05-31 (May, published 2024-07-10): 62 days apart; "
                        + "nothing decides between them: check both against a primary record");
        assertThat(json.path("findings").get(1).path("message").asText()).isEqualTo(
                "2024-07-03 (July 3, 2024) does not meet 2024-06-28 (2024-06-28): 5 days apart; likely cause: "
                        + "announcement vs effective date, or the start vs the end of the event");
        assertThat(json.path("summary").path("claims").toString()).isEqualTo("{\"loaded\":9,\"checked\":9,\"rejected\":0,\"statuses\":{\"confirmed\":0,\"corroborated\":4,"
                + "\"contradicted\":0,\"disputed\":4,\"uncorroborated\":1,\"unreadable\":0}}");
        assertThat(json.path("summary").path("result").asText()).isEqualTo("fail");
        JsonNode relative = json.path("findings").get(2).path("claims").get(0).path("value");
        assertThat(relative.path("asWritten").asText()).isEqualTo("last year");
        assertThat(relative.path("normalized").asText()).isEqualTo("2023");
        assertThat(out.resolve("report.html")).exists();
        assertThat(run.out()).contains("crosscheck: 2 sources, 9 claims loaded, 9 checked, 0 rejected; 27 rules")
                .contains("error   SOURCES-CONFLICT     city-council / vote-date  " + FIXTURE + "/sources/alpha.yaml:14")
                .contains("result: FAIL (fail on error)");
    }

    @Test
    void failOnNeverPassesAndWarningStillFailsOnErrors() {
        assertThat(CliRun.of("check", "--facts", FIXTURE, "--out", out.toString(), "--fail-on", "never").exitCode()).isZero();
        assertThat(CliRun.of("check", "--facts", FIXTURE, "--out", out.toString(), "--fail-on", "warning").exitCode()).isEqualTo(1);
        assertThat(CliRun.of("check", "--facts", FIXTURE, "--out", out.toString(), "--fail-on", "info", "-q").exitCode()).isEqualTo(1);
    }

    @Test
    void quietPrintsNothingOnSuccess() {
        CliRun run = CliRun.of("check", "--facts", FIXTURE, "--out", out.toString(), "--fail-on", "never", "--quiet");

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void formatChoosesTheFilesWritten() {
        CliRun run = CliRun.of("check", "--facts", FIXTURE, "--out", out.toString(), "--format", "html");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(out.resolve("report.html")).exists();
        assertThat(out.resolve("report.json")).doesNotExist();
    }

    @Test
    void theFactsCacheOptionChangesNoReportAndKeepsNothingWhenRunFromClasses() throws Exception {
        Path cached = Files.createDirectory(out.resolve("cached"));
        Path cache = out.resolve("facts-cache");
        CliRun plain = CliRun.of("check", "--facts", FIXTURE, "--out", out.toString());

        CliRun run = CliRun.of("check", "--facts", FIXTURE, "--out", cached.toString(), "--facts-cache", cache.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(plain.exitCode());
        assertThat(Files.readAllBytes(cached.resolve("report.json"))).isEqualTo(Files.readAllBytes(out.resolve("report.json")));
        // a classes directory has no cheap build identity, so a cache could serve trees an edited
        // parser no longer makes; the jar's runs keep them (FactsCacheTest, docs/performance.md)
        assertThat(cache).doesNotExist();
    }

    @Test
    void reportsAreByteIdenticalAcrossRuns() throws Exception {
        Path second = Files.createDirectory(out.resolve("second"));
        CliRun.of("check", "--facts", FIXTURE, "--out", out.toString());
        CliRun.of("check", "--facts", FIXTURE, "--out", second.toString());

        assertThat(Files.readAllBytes(out.resolve("report.json"))).isEqualTo(Files.readAllBytes(second.resolve("report.json")));
        assertThat(Files.readAllBytes(out.resolve("report.html"))).isEqualTo(Files.readAllBytes(second.resolve("report.html")));
    }
}
