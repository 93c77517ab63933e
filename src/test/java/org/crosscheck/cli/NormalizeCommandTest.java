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
                  bounds: 540000000000..660000000000 KES
                """);
    }

    @Test
    void showsAMeasureItsUnitAndWhatItIsComparedIn() {
        CliRun run = CliRun.of("normalize", "27 km");

        assertThat(run.out()).isEqualTo("""
                quantity
                  amount: 27000
                  unit:   m
                  measure: 27 km (length, compared in m)
                  hedge:  exact
                  bounds: 26500..27500 m
                """);
    }

    @Test
    void showsTheBoundsOfAVagueQuantityAndARange() {
        assertThat(CliRun.of("normalize", "a few dozen").out()).contains("hedge:  approx").contains("bounds: 24..60");
        assertThat(CliRun.of("normalize", "between 200 and 300").out()).contains("hedge:  between").contains("bounds: 200..300");
        assertThat(CliRun.of("normalize", "September 4-6, 2024").out()).contains("interval:  2024-09-04..2024-09-06");
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
