package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Leave one source out, on the bundled corpus (docs/extraction.md). Measured when extraction was
 * built: value recall 23/25 (92%), key recall 14/16 (88%), precision 23/29 (79%). The floors sit a
 * little under those, so a change that loses a claim or two more fails here, while the readers'
 * own improvements (which may find more values, and so more candidates) have some room.
 */
class LeaveOneOutTest {

    static final Path SEEDS = Path.of("../shared/seeds");

    static final double VALUE_RECALL_FLOOR = 0.90;
    static final double KEY_RECALL_FLOOR = 0.80;
    static final double PRECISION_FLOOR = 0.70;

    @Test
    void extractionFromEachArticleFindsTheClaimsAPersonWrote() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "the article texts are not at ../shared/seeds (kept outside the repository); "
                + "the leave-one-out measurement needs them");
        List<LeaveOneOut.Row> rows = LeaveOneOut.measure(ExtractionCorpus.normalized(Path.of("facts")).corpus(), SEEDS);
        System.out.println(LeaveOneOut.table(rows));
        System.out.println(LeaveOneOut.details(rows));
        assertThat(rows).hasSize(5);
        assertThat(LeaveOneOut.ratio(rows, LeaveOneOut.Row::valueHits, LeaveOneOut.Row::valued)).isGreaterThanOrEqualTo(VALUE_RECALL_FLOOR);
        assertThat(LeaveOneOut.ratio(rows, LeaveOneOut.Row::keyHits, LeaveOneOut.Row::keyed)).isGreaterThanOrEqualTo(KEY_RECALL_FLOOR);
        assertThat(LeaveOneOut.ratio(rows, LeaveOneOut.Row::matched, LeaveOneOut.Row::candidates)).isGreaterThanOrEqualTo(PRECISION_FLOOR);
    }
}
