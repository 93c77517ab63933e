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
    void aVagueQuantityHasALineNamingTheWordsAndTheirDocumentedBounds() {
        assertThat(CliRun.of("normalize", "a few dozen").out()).isEqualTo("""
                quantity
                  amount: 42
                  unit:   (count)
                  hedge:  approx
                  vague:  a few dozen = 24..60 (documented bounds, docs/values.md)
                  bounds: 24..60
                """);
        assertThat(CliRun.of("normalize", "more than a few dozen").out())
                .contains("hedge:  more than").contains("vague:  a few dozen = 24..60").contains("bounds: 24..");
        assertThat(CliRun.of("normalize", "tens of thousands of people").out()).contains("vague:  tens of thousands = 20000..99999");
        assertThat(CliRun.of("normalize", "a couple of hundred officers").out()).contains("vague:  a couple of hundred = 200 (read loosely)");
        assertThat(CliRun.of("normalize", "dozens of km").out()).contains("unit:   m").contains("vague:  dozens");
        // an exact number has no such line
        assertThat(CliRun.of("normalize", "250 people").out()).doesNotContain("vague:");
    }

    @Test
    void aRangeHasALineWithItsEndsInTheUnitAsWritten() {
        assertThat(CliRun.of("normalize", "3-5 km").out()).isEqualTo("""
                quantity
                  amount: 4000
                  unit:   m
                  measure: 3..5 km (length, compared in m)
                  hedge:  between
                  range:  3..5 km
                  bounds: 3000..5000 m
                """);
        assertThat(CliRun.of("normalize", "between $2 million and $3 million").out())
                .contains("unit:   USD").contains("range:  2000000..3000000 USD");
        assertThat(CliRun.of("normalize", "27 km").out()).doesNotContain("range:");
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
