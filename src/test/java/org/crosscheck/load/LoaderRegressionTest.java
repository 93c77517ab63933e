package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Inputs the fuzzer found, kept as plain tests so their intent is readable. */
class LoaderRegressionTest {

    @Test
    void aCharacterOutsideTheBmpAtTheParsersBufferBoundaryIsReadNormally() {
        // the emoji's surrogate pair straddles position 1024 of SnakeYAML's read buffer
        String yaml = "entities:\n  - id: a\n    type: person\n    name: \"" + "x".repeat(1024 - 42) + "\uD83D\uDE00\"\n";
        FactsLoader.Batch batch = new FactsLoader.Batch();

        new FactsLoader().readFile("facts/e.yaml", yaml.getBytes(StandardCharsets.UTF_8), batch);

        assertThat(batch.finish().problems()).isEmpty();
        assertThat(batch.finish().entities()).singleElement().satisfies(e -> assertThat(e.name()).endsWith("x\uD83D\uDE00"));
    }
}
