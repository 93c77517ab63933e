package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizeCommandTest {

    @Test
    void showsTheResolvedIntervalAndAnchorOfARelativeDate() {
        CliRun run = CliRun.of("normalize", "earlier this year", "--anchor", "2025-07-15");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                date
                  value:     2025-01-01/2025-07-15
                  precision: span
                  interval:  2025-01-01..2025-07-15
                  anchor:    2025-07-15
                """);
    }

    @Test
    void showsAmountCurrencyAndBounds() {
        CliRun run = CliRun.of("normalize", "approximately Sh600 billion");

        assertThat(run.out()).isEqualTo("""
                quantity
                  amount: 600000000000
                  unit:   KES
                  hedge:  approx
                  bounds: 540000000000..660000000000
                """);
    }

    @Test
    void unknownFormsSaySoAndExitTwo() {
        CliRun run = CliRun.of("normalize", "once upon a time");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("crosscheck: cannot read 'once upon a time' as a date, amount or duration");
    }

    @Test
    void relativeDateWithoutAnchorNamesTheMissingAnchor() {
        CliRun run = CliRun.of("normalize", "last year");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'last year' is relative and needs a publication date");
    }
}
