package org.crosscheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.crosscheck.load.FactsLoader;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Settings;
import org.crosscheck.model.SourceTexts;
import org.crosscheck.model.Progress;
import org.crosscheck.model.Phase;
import org.crosscheck.normalize.Normalizer;
import org.crosscheck.normalize.ClaimGroup;
import org.junit.jupiter.api.Test;

/** Keys go through the rules in batches, side by side; how they are cut must not change a finding. */
class EngineBatchesTest {

    @Test
    void batchesRunSideBySideFindWhatOneSessionFinds() throws Exception {
        Corpus corpus = new Normalizer().normalize(new FactsLoader().load(Path.of("facts"))).corpus();
        CompiledRules rules = new RuleBaseBuilder().build(Path.of("rules")).rules().orElseThrow();
        int keys = ClaimGroup.byKey(corpus.claims()).size();

        List<Finding> oneSession = new Engine(Duration.ofMinutes(5), Integer.MAX_VALUE).run(rules, corpus, SourceTexts.NONE, Settings.DEFAULT);
        List<Long> progress = new java.util.ArrayList<>();
        List<Finding> batched = new Engine(Duration.ofMinutes(5), 3).run(rules, corpus, SourceTexts.NONE, Settings.DEFAULT,
                new Progress() {
                    @Override
                    public void advanced(Phase phase, long done) {
                        progress.add(done);
                    }
                });

        assertThat(keys).as("enough keys for many batches").isGreaterThan(20);
        assertThat(oneSession).hasSizeGreaterThan(20);
        assertThat(batched).isEqualTo(oneSession);
        // progress comes in batch order, on the calling thread, up to every claim
        assertThat(progress).hasSize((keys + 2) / 3).isSorted().last().isEqualTo((long) corpus.claims().size());
    }
}
