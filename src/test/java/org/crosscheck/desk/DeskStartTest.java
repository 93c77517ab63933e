package org.crosscheck.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.extract.ExtractionCorpus;
import org.crosscheck.pipeline.CheckPipeline;
import org.crosscheck.pipeline.CheckRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's start-up: the corpus read once, for extraction and checking alike, each step heard. */
class DeskStartTest {

    private static final CheckRequest BUNDLED = CheckRequest.of(DeskFixture.FACTS, DeskFixture.RULES)
            .withSettings(Path.of("crosscheck.yaml"));

    @Test
    void extractionAndChecksReadOneCopyOfTheCorpus() throws Exception {
        List<DeskService.StartStep> steps = new ArrayList<>();
        DeskService desk = DeskService.start(List.of(new CheckPipeline(), new CheckPipeline()), BUNDLED, steps::add);

        assertThat(desk.extractionCorpus().corpus()).isSameAs(desk.snapshot().corpus());
        // what a separate load would find: the same claims, so sharing lost none
        assertThat(desk.claims()).isEqualTo(ExtractionCorpus.load(DeskFixture.FACTS).corpus().claims().size()).isPositive();
        assertThat(steps).extracting(DeskService.StartStep::what).containsExactly("rules built and settings read",
                "facts read (" + factsFiles() + " files)",
                "claims normalized and indexed by key (" + desk.snapshot().corpus().sources().size() + " sources)",
                "extraction's entity and key indexes built on it",
                "an empty draft checked by each of 2 pipelines (their rules built)");
        assertThat(steps).allSatisfy(step -> assertThat(step.nanos()).isPositive());
    }

    @Test
    void aMissingFactsDirectoryIsRefusedAtStart(@TempDir Path dir) {
        CheckRequest missing = CheckRequest.of(dir.resolve("no-facts"), DeskFixture.RULES).withSettings(Path.of("crosscheck.yaml"));
        assertThatThrownBy(() -> DeskService.start(List.of(new CheckPipeline()), missing, step -> { }))
                .isInstanceOf(DeskService.Refused.class).hasMessageContaining("no-facts");
    }

    private static long factsFiles() throws Exception {
        try (var all = Files.walk(DeskFixture.FACTS)) {
            return all.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).count();
        }
    }
}
