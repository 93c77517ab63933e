package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.crosscheck.model.Phase;
import org.crosscheck.model.Progress;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong nanos = new AtomicLong();
    private final ProgressBar bar = new ProgressBar(err, nanos::get);

    @Test
    void aCheckThatEndsWithinHalfASecondPrintsNothing() {
        bar.started(Phase.LOAD, 5);
        nanos.set(400_000_000L);
        bar.advanced(Phase.LOAD, 5);
        bar.finished(Phase.LOAD);
        bar.close();

        assertThat(printed()).isEmpty();
    }

    @Test
    void aLongPhaseShowsHowFarItHasGotAndTheTime() {
        bar.started(Phase.LOAD, 10_000);
        nanos.set(1_500_000_000L);
        bar.advanced(Phase.LOAD, 2_500);

        assertThat(printed()).isEqualTo("\rcrosscheck: load          [#######                       ] 2,500/10,000 files   1.5 s");
    }

    @Test
    void aPhaseOfUnknownLengthShowsOnlyTheTime() {
        nanos.set(2_000_000_000L);
        bar.started(Phase.RULE_BUILD, -1);

        assertThat(printed()).isEqualTo("\rcrosscheck: build rules     2.0 s");
    }

    @Test
    void redrawsAtMostTenTimesASecond() {
        nanos.set(1_000_000_000L);
        bar.started(Phase.ENGINE, 100);
        for (int i = 1; i <= 50; i++) {
            nanos.addAndGet(1_000_000L); // 50 updates within 50 ms
            bar.advanced(Phase.ENGINE, i);
        }

        assertThat(printed().chars().filter(c -> c == '\r').count()).isEqualTo(1);
    }

    @Test
    void closingErasesTheBarSoTheSummaryStartsOnACleanLine() {
        nanos.set(1_000_000_000L);
        bar.started(Phase.LOAD, 4);
        int drawn = printed().length() - 1;
        bar.close();

        assertThat(printed()).endsWith("\r" + " ".repeat(drawn) + "\r");
    }

    @Test
    void quietOrNotATerminalMeansNoBar() {
        assertThat(ProgressBar.forTerminal(true, true, err)).isSameAs(Progress.SILENT);
        assertThat(ProgressBar.forTerminal(false, false, err)).isSameAs(Progress.SILENT);
        assertThat(ProgressBar.forTerminal(false, true, err)).isInstanceOf(ProgressBar.class);
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
