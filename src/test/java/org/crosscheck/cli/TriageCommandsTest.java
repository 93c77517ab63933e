package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waivers, baselines and draft mode, end to end on copies of the fixture corpus. */
class TriageCommandsTest {

    @TempDir
    Path dir;

    Path facts;

    @BeforeEach
    void copyFixture() throws Exception {
        facts = dir.resolve("facts");
        Path from = Path.of(CheckCommandEndToEndTest.FIXTURE);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = facts.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private CliRun check(String... extra) {
        String[] base = {"check", "--facts", facts.toString(), "--out", dir.resolve("out").toString(), "--today", "2026-01-15"};
        String[] args = Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new);
        return CliRun.of(args);
    }

    private JsonNode report() throws Exception {
        return new ObjectMapper().readTree(dir.resolve("out/report.json").toFile());
    }

    @Test
    void aWaivedErrorStaysInTheReportButNoLongerFailsTheRun() throws Exception {
        assertThat(check().exitCode()).isEqualTo(1);
        Files.writeString(facts.resolve("waivers.yaml"), """
                waivers:
                  - rule: SOURCES-CONFLICT
                    subject: City Council
                    property: vote-date
                    claims: [alpha-vote-date, beta-vote-date]
                    reason: the two votes were separate sessions; checked with the desk
                    by: night editor
                    expires: 2026-06-30
                """);

        CliRun run = check();

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("triage: 1 waived, 0 in the baseline");
        JsonNode waived = report().path("findings").get(0);
        assertThat(waived.path("rule").asText()).isEqualTo("SOURCES-CONFLICT");
        assertThat(waived.path("failing").asBoolean()).isFalse();
        assertThat(waived.path("disposition").path("status").asText()).isEqualTo("waived");
        assertThat(waived.path("disposition").path("reason").asText())
                .startsWith("the two votes were separate sessions; checked with the desk (night editor, until 2026-06-30;");
    }

    @Test
    void anExpiredWaiverFailsAgainWithAWarningAboutTheWaiver() throws Exception {
        Files.writeString(facts.resolve("waivers.yaml"), """
                waivers:
                  - rule: SOURCES-CONFLICT
                    subject: city-council
                    property: vote-date
                    reason: separate sessions
                    by: night editor
                    expires: 2025-12-31
                """);

        CliRun run = check();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("WAIVER-EXPIRED").contains("expired on 2025-12-31");
    }

    @Test
    void aWaiverForAnUnknownRuleIsAnInputProblem() throws Exception {
        Files.writeString(facts.resolve("waivers.yaml"), """
                waivers:
                  - rule: SOURCES-CONFLICTS
                    subject: city-council
                    property: vote-date
                    reason: r
                    by: b
                """);

        CliRun run = check();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("waivers.yaml:2:5: the waiver names unknown rule 'SOURCES-CONFLICTS' (did you mean 'SOURCES-CONFLICT'?)");
    }

    @Test
    void theBaselineAcceptsTodaysFindingsFailsOnNewOnesAndListsFixedOnes() throws Exception {
        Path baseline = dir.resolve("baseline.json");
        CliRun written = CliRun.of("baseline", "--facts", facts.toString(), "--file", baseline.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(written.out()).isEqualTo("baseline: 2 findings recorded in " + baseline + "\n");

        assertThat(check("--baseline", baseline.toString()).exitCode()).isZero();
        assertThat(report().path("summary").path("baselined").asInt()).isEqualTo(2);

        // a new conflict appears, and the old one is fixed
        Files.writeString(facts.resolve("sources/beta.yaml"), Files.readString(facts.resolve("sources/beta.yaml"))
                .replace("August 2024", "May 2024").replace("voted in August 2024", "voted in May 2024")
                .replace("{quantity: \"1,000\"}", "{quantity: \"400\"}").replace("cut 1,000 jobs", "cut 400 jobs"));
        CliRun after = check("--baseline", baseline.toString());

        assertThat(after.exitCode()).isEqualTo(1);
        assertThat(after.out()).contains("fixed since the baseline (1):",
                "SOURCES-CONFLICT city-council / vote-date [alpha-vote-date, beta-vote-date]",
                "error   SOURCES-CONFLICT     acme-deal / jobs-cut");
        assertThat(report().path("summary").path("baseline").path("fixed").get(0).asText())
                .isEqualTo("SOURCES-CONFLICT city-council / vote-date [alpha-vote-date, beta-vote-date]");
    }

    @Test
    void draftModeReportsOnlyFindingsInvolvingTheDraft() throws Exception {
        Path draft = dir.resolve("drafts/council-story.yaml");
        Files.createDirectories(draft.getParent());
        Files.writeString(draft, """
                source:
                  id: council-story
                  title: Draft on the council vote
                  outlet: Our paper
                  status: draft
                  published: {date: 2024-09-01, basis: stated}
                claims:
                  - id: draft-vote
                    subject: city-council
                    property: vote-date
                    value: {date: "August 2024"}
                    quote: "the council voted in August 2024"
                  - id: draft-jobs
                    subject: acme-deal
                    property: jobs-cut
                    value: {quantity: "1,000"}
                    quote: "1,000 jobs"
                """);

        CliRun run = check("--draft", draft.toString());

        // the draft's August agrees with beta against alpha's May: alpha is likely wrong, the draft is
        // support, so the finding is shown with the draft's and does not fail it
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("draft mode: only findings involving council-story;")
                .contains("wrong: alpha-vote-date (disputed (likely wrong)) · support: beta-vote-date, draft-vote");
        JsonNode findings = report().path("findings");
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.toString()).contains("\"source\":\"council-story\""));
        assertThat(findings.get(0).path("rule").asText()).isEqualTo("SOURCES-LIKELY-WRONG");
        assertThat(findings.get(0).path("claims").get(0).path("id").asText()).isEqualTo("alpha-vote-date");
        assertThat(findings.get(0).path("support").get(1).path("id").asText()).isEqualTo("draft-vote");
        assertThat(findings.get(0).path("failing").asBoolean()).isFalse();
    }

    @Test
    void aDraftThatIsNotMarkedAsADraftIsAnInputProblem() throws Exception {
        Path draft = dir.resolve("story.yaml");
        Files.writeString(draft, "source:\n  id: story\n  title: T\n  outlet: O\nclaims: []\n");

        CliRun run = check("--draft", draft.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains(draft + ":2:3: the --draft file's source is not marked as a draft (add 'status: draft'");
    }
}
