package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.model.FailOn;
import org.crosscheck.model.Severity;
import org.crosscheck.model.ToolInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest of a check's inputs: the same inputs give the same digest; any input that changes findings changes it. */
class InputsDigestTest {

    private static final ToolInfo TOOL = new ToolInfo("crosscheck", "1.0.0", null);

    @TempDir
    Path dir;

    private Path facts;
    private Path rules;
    private Path settings;

    @BeforeEach
    void copyTheFixture() throws IOException {
        facts = copy(Path.of("src/test/resources/fixtures/basic"), dir.resolve("facts"));
        rules = copy(Path.of("rules"), dir.resolve("rules"));
        settings = Files.writeString(dir.resolve("crosscheck.yaml"), "thresholds:\n  near-miss-days: 45\n");
    }

    private CheckRequest request() {
        return CheckRequest.of(facts, rules).withSettings(settings);
    }

    @Test
    void theSameInputsGiveTheSameDigestWhereverTheyLie() throws IOException {
        String here = InputsDigest.of(TOOL, request());
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path otherFacts = copy(facts, elsewhere.resolve("corpus"));
        Path otherRules = copy(rules, elsewhere.resolve("drl"));
        Path otherSettings = Files.copy(settings, elsewhere.resolve("settings.yaml"));

        assertThat(here).matches("sha256:[0-9a-f]{64}").isEqualTo(InputsDigest.of(TOOL, request()));
        assertThat(InputsDigest.of(TOOL, CheckRequest.of(otherFacts, otherRules).withSettings(otherSettings))).isEqualTo(here);
    }

    @Test
    void oneChangedFactsByteChangesTheDigest() throws IOException {
        String before = InputsDigest.of(TOOL, request());
        flipLastByte(firstYaml(facts));

        assertThat(InputsDigest.of(TOOL, request())).isNotEqualTo(before);
    }

    @Test
    void oneChangedRulesByteChangesTheDigest() throws IOException {
        String before = InputsDigest.of(TOOL, request());
        Path drl;
        try (Stream<Path> all = Files.walk(rules)) {
            drl = all.filter(p -> p.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
        }
        flipLastByte(drl);

        assertThat(InputsDigest.of(TOOL, request())).isNotEqualTo(before);
    }

    @Test
    void aRenamedFactsFileChangesTheDigest() throws IOException {
        String before = InputsDigest.of(TOOL, request());
        Path file = firstYaml(facts);
        Files.move(file, file.resolveSibling("renamed-" + file.getFileName()));

        assertThat(InputsDigest.of(TOOL, request())).isNotEqualTo(before);
    }

    @Test
    void aChangedThresholdChangesTheDigestAndAMissingSettingsFileDiffersFromAnEmptyOne() throws IOException {
        String before = InputsDigest.of(TOOL, request());
        Files.writeString(settings, "thresholds:\n  near-miss-days: 46\n");
        String changed = InputsDigest.of(TOOL, request());
        Files.writeString(settings, "");
        String empty = InputsDigest.of(TOOL, request());
        Files.delete(settings);

        assertThat(List.of(before, changed, empty, InputsDigest.of(TOOL, request()))).doesNotHaveDuplicates();
    }

    @Test
    void failOnStatedTodayDraftBaselineAndToolVersionEachChangeTheDigest() throws IOException {
        Path draft = firstYaml(facts);
        Path baseline = Files.writeString(dir.resolve("baseline.json"), "{}", StandardCharsets.UTF_8);

        assertThat(List.of(
                InputsDigest.of(TOOL, request()),
                InputsDigest.of(TOOL, request().withFailOn(new FailOn(Severity.WARNING))),
                InputsDigest.of(TOOL, request().withToday(LocalDate.of(2025, 1, 1))),
                InputsDigest.of(TOOL, request().withToday(LocalDate.of(2025, 1, 2))),
                InputsDigest.of(TOOL, request().withDraft(draft)),
                InputsDigest.of(TOOL, request().withBaseline(baseline)),
                InputsDigest.of(TOOL, request().withChanged(List.of(draft))),
                InputsDigest.of(new ToolInfo("crosscheck", "1.0.1", null), request())))
                .doesNotHaveDuplicates();
    }

    @Test
    void missingDirectoriesHashAsEmptyRatherThanFail() throws IOException {
        String before = InputsDigest.of(TOOL, request());
        CheckRequest nothing = CheckRequest.of(dir.resolve("no-facts"), dir.resolve("no-rules")).withSettings(settings);

        assertThat(InputsDigest.of(TOOL, nothing)).matches("sha256:[0-9a-f]{64}").isNotEqualTo(before);
    }

    @Test
    void theReportsTimeAndLinksAreNotInputs() throws IOException {
        ToolInfo dated = new ToolInfo("crosscheck", "1.0.0", "2025-01-01T00:00:00Z", "https://example.org/repo", "/tmp");

        assertThat(InputsDigest.of(dated, request())).isEqualTo(InputsDigest.of(TOOL, request()));
    }

    private static Path firstYaml(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> p.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow();
        }
    }

    private static void flipLastByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : all.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }
}
