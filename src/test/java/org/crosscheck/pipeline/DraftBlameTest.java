package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Finding;
import org.junit.jupiter.api.Test;

/**
 * A draft fails on its own claims only: a conflict that blames an archive article and names the
 * draft as support is shown with the draft's findings, and does not fail the draft.
 */
class DraftBlameTest {

    private static final Path DRAFT = Path.of("docs/examples/draft-mnna-explainer.yaml");

    @Test
    void anArchiveArticleContradictedByTheRecordTheDraftAgreesWithDoesNotFailTheDraft() throws Exception {
        CheckResult result = new CheckPipeline().check(CheckRequest.of(Path.of("facts"), Path.of("rules")).withDraft(DRAFT));

        Finding nato = result.findings().stream()
                .filter(f -> f.rule().id().equals("REFERENCE-CONFLICT") && f.key().subject().equals("nato")).findFirst().orElseThrow();
        assertThat(nato.claimIds()).containsExactly("sv-nato-members");
        assertThat(nato.supportIds()).containsExactly("draft-nato-members");
        assertThat(result.fails(nato)).as("the archive's error is shown but does not fail the draft").isFalse();

        Finding weekday = result.findings().stream().filter(f -> f.rule().id().equals("TIME-WEEKDAY-MISMATCH")).findFirst().orElseThrow();
        assertThat(result.fails(weekday)).as("the draft's own error fails it").isTrue();
    }

    @Test
    void outsideDraftModeTheSameFindingFailsTheRun() throws Exception {
        CheckResult result = new CheckPipeline().check(CheckRequest.of(Path.of("facts"), Path.of("rules")));

        Finding nato = result.findings().stream()
                .filter(f -> f.rule().id().equals("REFERENCE-CONFLICT") && f.key().subject().equals("nato")).findFirst().orElseThrow();
        assertThat(result.fails(nato)).isTrue();
    }
}
