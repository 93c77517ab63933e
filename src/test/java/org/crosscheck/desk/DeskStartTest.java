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
import org.crosscheck.support.FactsDir;
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
    void theWarmUpReadsASampleTextAndLeavesTheAnswersAsTheyWere() throws Exception {
        DeskService desk = DeskService.start(List.of(new CheckPipeline()), BUNDLED, step -> { });
        String draft = "Kenya was designated a major non-NATO ally on June 24, 2024. NATO has 30 members.";
        DeskView.Analysis before = desk.analyze(draft, "2024-06-25");
        List<DeskService.StartStep> steps = new ArrayList<>();

        int rounds = desk.warmUp(steps::add);

        assertThat(rounds).isBetween(1, DeskService.WARM_UP_ROUNDS);
        assertThat(steps).singleElement().satisfies(step -> {
            assertThat(step.what()).isEqualTo("a sample text read and checked " + rounds + " times (so the first editor does not wait for the JIT)");
            assertThat(step.nanos()).isPositive();
        });
        assertThat(desk.analyze(draft, "2024-06-25")).isEqualTo(before);
        assertThat(before.outcome().findings()).isNotEmpty();
    }

    @Test
    void aMissingFactsDirectoryIsRefusedAtStart(@TempDir Path dir) {
        CheckRequest missing = CheckRequest.of(dir.resolve("no-facts"), DeskFixture.RULES).withSettings(Path.of("crosscheck.yaml"));
        assertThatThrownBy(() -> DeskService.start(List.of(new CheckPipeline()), missing, step -> { }))
                .isInstanceOf(DeskService.Refused.class).hasMessageContaining("no-facts");
    }

    /**
     * The desk does not reload edited facts (minutes at a million claims); every answer says whether
     * they changed since it read them, so the editor knows to have it restarted.
     */
    @Test
    void everyAnswerSaysWhetherTheFactsChangedSinceTheDeskReadThem(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("facts");
        FactsDir.copyTree(DeskFixture.FACTS, facts);
        DeskService desk = DeskService.start(List.of(new CheckPipeline()),
                CheckRequest.of(facts, DeskFixture.RULES).withSettings(Path.of("crosscheck.yaml")), step -> { });
        String text = "NATO, founded in 1949, now has 32 members.";
        Thread.sleep(DeskService.FACTS_LOOK_NANOS / 1_000_000 + 100); // past the interval: the next answer looks
        assertThat(desk.analyze(text, "2024-06-01").outcome().factsChanged()).isFalse();
        Thread.sleep(500); // that look, beside the answer, finds nothing
        assertThat(desk.analyze(text, "2024-06-01").outcome().factsChanged()).isFalse();

        Path edited;
        try (var all = Files.walk(facts)) {
            edited = all.filter(p -> p.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(edited, "\n# an editor's note\n", java.nio.file.StandardOpenOption.APPEND);
        // the answers say so within a few seconds: the look an answer starts runs beside it
        long deadline = System.nanoTime() + 10 * DeskService.FACTS_LOOK_NANOS;
        boolean seen = false;
        while (!seen && System.nanoTime() < deadline) {
            Thread.sleep(200);
            seen = desk.analyze(text, "2024-06-01").outcome().factsChanged();
        }
        assertThat(seen).as("an answer within %d s says the facts changed", 10 * DeskService.FACTS_LOOK_NANOS / 1_000_000_000).isTrue();
        assertThat(desk.check(new org.crosscheck.extract.EditedDraft.Header("draft-desk", "t", "2024-06-01"), List.of())
                .factsChanged()).as("a change once seen stays seen").isTrue();
    }

    @Test
    void aFileAddedOrRemovedIsAChangeToo(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("facts");
        FactsDir.copyTree(DeskFixture.FACTS, facts);
        CheckPipeline pipeline = new CheckPipeline();
        var snapshot = pipeline.snapshot(CheckRequest.of(facts, DeskFixture.RULES).withSettings(Path.of("crosscheck.yaml")));
        assertThat(snapshot.factsChanged()).isFalse();
        Path added = facts.resolve("sources").resolve("zz-added.yaml");
        Files.createDirectories(added.getParent());
        Files.writeString(added, "source:\n  id: zz-added\n");
        assertThat(snapshot.factsChanged()).isTrue();
        Files.delete(added);
        assertThat(snapshot.factsChanged()).isFalse();
    }

    private static long factsFiles() throws Exception {
        try (var all = Files.walk(DeskFixture.FACTS)) {
            return all.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).count();
        }
    }
}
