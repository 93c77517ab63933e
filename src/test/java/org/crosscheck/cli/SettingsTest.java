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

/** crosscheck.yaml: severity overrides, rules switched off, thresholds; strict like the facts. */
class SettingsTest {

    @TempDir
    Path dir;

    private Path config(String yaml) throws Exception {
        return Files.writeString(dir.resolve("crosscheck.yaml"), yaml);
    }

    private JsonNode check(Path config) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--facts", CheckCommandEndToEndTest.FIXTURE,
                "--out", dir.toString(), "--fail-on", "never"));
        if (config != null) { // without --config: crosscheck.yaml, which this repository does not have
            args.addAll(List.of("--config", config.toString()));
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    }

    private static List<String> rulesFound(JsonNode json) {
        List<String> found = new ArrayList<>();
        json.path("findings").forEach(f -> found.add(f.path("rule").asText() + ":" + f.path("severity").asText()));
        return found;
    }

    @Test
    void withoutASettingsFileTheDefaultsApply() throws Exception {
        JsonNode json = check(null);

        assertThat(rulesFound(json)).contains("SINGLE-SOURCE:info", "DATE-NEAR-MISS:warning");
    }

    @Test
    void overridesSeveritySwitchesRulesOffAndNarrowsTheNearMissWindow() throws Exception {
        JsonNode json = check(config("""
                rules:
                  SINGLE-SOURCE: {severity: warning}
                  SOURCES-AGREE: {enabled: false}
                thresholds:
                  near-miss-days: 2
                """));

        List<String> found = rulesFound(json);
        assertThat(found).contains("SINGLE-SOURCE:warning", "SOURCES-CONFLICT:error")
                .doesNotContain("SINGLE-SOURCE:info", "SOURCES-AGREE:info", "DATE-NEAR-MISS:warning");
        // the closing dates are 5 days apart: with a 2-day window they are a conflict, not a near miss
        assertThat(found.stream().filter(f -> f.equals("SOURCES-CONFLICT:error"))).hasSize(2);
        List<String> ruleIds = new ArrayList<>();
        json.path("rules").forEach(r -> ruleIds.add(r.path("id").asText() + ":" + r.path("severity").asText()));
        assertThat(ruleIds).contains("SINGLE-SOURCE:warning").doesNotContain("SOURCES-AGREE:info");
    }

    @Test
    void approxPercentWidensWhatAHedgedNumberAllows() throws Exception {
        Path facts = dir.resolve("facts");
        Files.createDirectories(facts.resolve("sources"));
        Files.writeString(facts.resolve("entities.yaml"), org.crosscheck.support.FactsDir.ENTITIES);
        Files.writeString(facts.resolve("sources/a.yaml"), org.crosscheck.support.FactsDir.source("a", "2024-07-01",
                org.crosscheck.support.FactsDir.claim("a-1", "acme-deal", "jobs-cut", "quantity", "about 1,000", "about 1,000 jobs")));
        Files.writeString(facts.resolve("sources/b.yaml"), org.crosscheck.support.FactsDir.source("b", "2024-07-01",
                org.crosscheck.support.FactsDir.claim("b-1", "acme-deal", "jobs-cut", "quantity", "1,250", "1,250 jobs")));

        CliRun strict = CliRun.of("check", "--facts", facts.toString(), "--out", dir.resolve("o1").toString());
        CliRun loose = CliRun.of("check", "--facts", facts.toString(), "--out", dir.resolve("o2").toString(),
                "--config", config("thresholds:\n  approx-percent: 25\n").toString());

        assertThat(strict.exitCode()).as(strict.out()).isEqualTo(1);
        assertThat(strict.out()).contains("SOURCES-CONFLICT");
        assertThat(loose.exitCode()).as(loose.out()).isZero();
    }

    @Test
    void unknownKeysRuleIdsAndValuesAreErrorsAtTheirLine() throws Exception {
        Path config = config("""
                rules:
                  SINGLE-SORCE: {severity: warning}
                  SOURCES-AGREE: {severity: fatal, enabeld: false}
                thresholds:
                  near-miss-days: soon
                colour: red
                """);

        CliRun run = CliRun.of("check", "--facts", CheckCommandEndToEndTest.FIXTURE, "--config", config.toString(),
                "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(
                config + ":2:3: unknown rule id 'SINGLE-SORCE' (did you mean 'SINGLE-SOURCE'?)",
                config + ":3:29: 'fatal' is not a valid severity (expected one of: error, warning, info)",
                config + ":3:36: unknown key 'enabeld' in the settings of SOURCES-AGREE (did you mean 'enabled'?)",
                config + ":5:19: 'near-miss-days' must be a whole number from 0 to 3660, found 'soon' (for example: near-miss-days: 45)",
                config + ":6:1: unknown key 'colour' in crosscheck.yaml (expected one of: rules, thresholds)",
                "crosscheck: nothing was checked; fix the problems above.");
        assertThat(dir.resolve("report.json")).doesNotExist();
    }

    @Test
    void rulesCommandShowsSeverityAfterOverrides() throws Exception {
        Path config = config("rules:\n  SINGLE-SOURCE: {severity: warning}\n  SOURCES-AGREE: {enabled: false}\n");

        CliRun run = CliRun.of("rules", "--config", config.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("SINGLE-SOURCE +warning\\* +Only one source states this fact  \\(docs/rules/SINGLE-SOURCE.md\\)")
                .containsPattern("SOURCES-AGREE +off ")
                .containsPattern("SOURCES-CONFLICT +error +Sources give values")
                .contains("* severity set in " + config);
    }
}
