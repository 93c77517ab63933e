package org.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.crosscheck.engine.RuleBaseBuilder;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.FailOn;
import org.crosscheck.model.Finding;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.pipeline.CheckPipeline;
import org.crosscheck.pipeline.CheckRequest;
import org.crosscheck.support.FactsDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule tests in the spirit of PMD's: {@code rule-cases/<RULE-ID>/<case>/} holds a small corpus in
 * {@code facts/} (and, optionally, article texts in {@code texts/}, passed as --texts) and, in
 * {@code expected.yaml}, exactly the findings that rule must produce on it
 * (key, the ids of the claims it blames, and a phrase of the message; optionally {@code support}, the
 * ids of the claims it names as support). An empty list means the rule must stay silent.
 * The whole rule library runs on every case; only the named rule's findings are compared.
 */
class RuleCasesTest {

    static final Path CASES = Path.of("src/test/resources/rule-cases");

    @TempDir
    Path work;

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> rules = Files.list(CASES)) {
            for (Path rule : rules.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> each = Files.list(rule)) {
                    each.filter(Files::isDirectory).sorted()
                            .forEach(c -> cases.add(Arguments.of(rule.getFileName().toString(), c.getFileName().toString())));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void ruleProducesExactlyTheExpectedFindings(String ruleId, String caseName) throws Exception {
        Path dir = CASES.resolve(ruleId).resolve(caseName);
        Path facts = Files.createDirectories(work.resolve("facts"));
        Files.copy(CASES.resolve("entities.yaml"), facts.resolve("entities.yaml"));
        FactsDir.copyTree(dir.resolve("facts"), facts);

        Path texts = Files.isDirectory(dir.resolve("texts")) ? dir.resolve("texts") : null;
        CheckResult result = new CheckPipeline().check(CheckRequest.of(facts, Path.of("rules")).withTexts(texts));

        assertThat(result.problems()).as("the case's facts must be valid").isEmpty();
        JsonNode expected = new YAMLMapper().readTree(dir.resolve("expected.yaml").toFile()).path("findings");
        List<Finding> actual = result.findings().stream().filter(f -> f.rule().id().equals(ruleId)).toList();
        assertThat(actual.stream().map(f -> f.key() + " " + f.claimIds()).toList())
                .as("findings of %s", ruleId)
                .containsExactlyInAnyOrderElementsOf(expectedKeys(expected));
        for (JsonNode one : expected) {
            Finding finding = actual.stream().filter(f -> (f.key() + " " + f.claimIds()).equals(describe(one))).findFirst().orElseThrow();
            assertThat(finding.message()).contains(one.path("message").asText());
            if (one.has("support")) {
                List<String> support = new ArrayList<>();
                one.path("support").forEach(c -> support.add(c.asText()));
                assertThat(finding.supportIds()).as("claims named as support by %s", describe(one))
                        .containsExactlyInAnyOrderElementsOf(support);
            }
        }
    }

    @Test
    void everyRuleHasAFiringAndASilentCase() throws Exception {
        Set<String> ids = new TreeSet<>(new RuleBaseBuilder().build(Path.of("rules")).rules().orElseThrow().rules()
                .stream().map(RuleInfo::id).toList());
        for (String id : ids) {
            Path folder = CASES.resolve(id);
            assertThat(folder).as("rule cases for %s", id).isDirectory();
            List<Boolean> fires = new ArrayList<>();
            try (Stream<Path> each = Files.list(folder)) {
                for (Path c : each.filter(Files::isDirectory).toList()) {
                    fires.add(new YAMLMapper().readTree(c.resolve("expected.yaml").toFile()).path("findings").size() > 0);
                }
            }
            assertThat(fires).as("%s needs a case where it fires and one where it does not", id).contains(true, false);
        }
    }

    private static List<String> expectedKeys(JsonNode expected) {
        List<String> keys = new ArrayList<>();
        expected.forEach(one -> keys.add(describe(one)));
        return keys;
    }

    private static String describe(JsonNode one) {
        List<String> claims = new ArrayList<>();
        one.path("claims").forEach(c -> claims.add(c.asText()));
        return one.path("key").asText() + " " + claims;
    }
}
