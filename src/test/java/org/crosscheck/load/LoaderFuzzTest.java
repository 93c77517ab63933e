package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The YAML loader on arbitrary bytes: every input ends as read facts or as problems with a location,
 * never an exception. A plain build replays the committed inputs; JAZZER_FUZZ=1 fuzzes.
 */
class LoaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void loaderTurnsAnyBytesIntoFactsOrProblems(FuzzedDataProvider data) {
        FactsLoader.Batch batch = new FactsLoader.Batch();
        new FactsLoader().readFile("facts/fuzz.yaml", data.consumeRemainingAsBytes(), batch);
        batch.finish().problems().forEach(p -> {
            assertThat(p.location().file()).isEqualTo("facts/fuzz.yaml");
            assertThat(p.message()).isNotBlank();
        });
    }
}
