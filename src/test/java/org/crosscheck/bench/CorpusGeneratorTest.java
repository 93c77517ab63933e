package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Finding;
import org.crosscheck.pipeline.CheckPipeline;
import org.crosscheck.pipeline.CheckRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    private static final CorpusGenerator.Spec SMALL = CorpusGenerator.Spec.forClaims(2_000);

    @Test
    void theSameSpecWritesTheSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
        new CorpusGenerator(SMALL).write(a);
        new CorpusGenerator(SMALL).write(b);

        assertThat(contents(a)).isEqualTo(contents(b)).hasSize(SMALL.sources() + 2);
    }

    @Test
    void anotherSeedWritesAnotherCorpus(@TempDir Path a, @TempDir Path b) throws IOException {
        new CorpusGenerator(SMALL).write(a);
        CorpusGenerator.Spec other = new CorpusGenerator.Spec(SMALL.sources(), SMALL.keys(), SMALL.claims(),
                SMALL.hotKeyClaims(), SMALL.conflictShare(), SMALL.relativeShare(), SMALL.hedgedShare(),
                SMALL.referenceShare(), SMALL.seed() + 1);
        new CorpusGenerator(other).write(b);

        assertThat(contents(a)).isNotEqualTo(contents(b));
    }

    @Test
    void theCorpusLoadsCleanlyAndExercisesTheRules(@TempDir Path dir) throws Exception {
        new CorpusGenerator(SMALL).write(dir);

        CheckResult result = new CheckPipeline().check(CheckRequest.of(dir, Path.of("rules")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.accounting().loaded()).isEqualTo(SMALL.claims());
        assertThat(result.accounting().checked()).isEqualTo(SMALL.claims());
        Map<String, Long> byRule = result.findings().stream()
                .collect(Collectors.groupingBy(f -> f.rule().id(), TreeMap::new, Collectors.counting()));
        assertThat(byRule).containsKeys("SOURCES-CONFLICT", "SOURCES-AGREE", "SOURCES-REFINE", "SOURCE-SELF-CONFLICT",
                "REFERENCE-CONFLICT", "REFERENCE-AGREE", "RUNNING-TOTAL-SUPERSEDED", "RUNNING-TOTAL-CONFLICT");
        Finding hot = result.findings().stream().filter(f -> f.key().subject().equals("e0")).findFirst().orElseThrow();
        assertThat(hot.claims().size()).isGreaterThan(1);
    }

    @Test
    void aCorpusWithMoreKeysThanAFileHoldsSplitsItsEntitiesAndRecordsAndFindsTheSame(@TempDir Path whole, @TempDir Path split)
            throws Exception {
        new CorpusGenerator(SMALL).write(whole);
        new CorpusGenerator(SMALL, SMALL.keys() / 4).write(split); // 200 keys, 50 a file

        assertThat(split.resolve("entities-5.yaml")).doesNotExist();
        assertThat(split.resolve("entities-4.yaml")).exists();
        assertThat(split.resolve("reference/records-4.yaml")).exists();
        CheckResult one = new CheckPipeline().check(CheckRequest.of(whole, Path.of("rules")));
        CheckResult three = new CheckPipeline().check(CheckRequest.of(split, Path.of("rules")));
        assertThat(three.problems()).isEmpty();
        assertThat(three.accounting()).isEqualTo(one.accounting());
        assertThat(three.findings()).hasSameSizeAs(one.findings());
        assertThat(three.findings().stream().map(f -> f.rule().id() + " " + f.key() + " " + f.message()).toList())
                .isEqualTo(one.findings().stream().map(f -> f.rule().id() + " " + f.key() + " " + f.message()).toList());
    }

    @Test
    void theHotKeyGetsItsClaims() {
        CorpusGenerator generator = new CorpusGenerator(SMALL.withHotKey(500));

        long onHotKey = java.util.stream.IntStream.range(0, SMALL.claims()).filter(i -> generator.keyOf(i) == 0).count();

        assertThat(onHotKey).isEqualTo(500);
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            Map<String, String> out = new TreeMap<>();
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), Files.readString(f));
            }
            return out;
        }
    }
}
