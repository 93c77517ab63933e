package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.DurationValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            90 days             | P90D     | 90   | 90
            within 90 days      | at most P90D | 0 | 90
            16 years            | P16Y     | 5657 | 6039
            two decades         | P20Y     | 5478 | 9133
            a few months        | PXM      | 56   | 155
            nearly two years    | nearly P2Y | 657 | 732
            three weeks         | P3W      | 17   | 25
            1.5 years           | P1.5Y    | 529  | 568
            2.5 days            | P2.5D    | 2    | 3
            1.5 decades         | P15Y     | 5295 | 5663
            """)
    void readsLengthsOfTime(String text, String normalized, long min, long max) {
        DurationValue value = DurationParser.parse(text).toOptional().orElseThrow();

        assertThat(value.normalized()).isEqualTo(normalized);
        assertThat(value.minDays()).isEqualTo(min);
        assertThat(value.maxDays()).isEqualTo(max);
    }

    @Test
    void quartersOfSomethingAreAShareOfItNotALengthOfTime() {
        assertThat(DurationParser.parse("three quarters of voters").toOptional()).isEmpty();
        assertThat(DurationParser.parse("three quarters of voters").toString()).contains("'quarters of' makes it a share");
        // a length of quarters, and other units with what lasted, are still read
        assertThat(DurationParser.parse("three quarters").toOptional().orElseThrow().normalized()).isEqualTo("P9M");
        assertThat(DurationParser.parse("three years of war").toOptional().orElseThrow().normalized()).isEqualTo("P3Y");
        assertThat(QuantityParser.parse("three quarters of voters").toOptional().orElseThrow().unit()).isEqualTo("%");
    }

    @Test
    void consecutiveMonthsAreCountedAsTheCalendarRunsThem() {
        // 300 months is 25 years: with half a month of rounding either way, 299.5 to 300.5 months, 24
        // years and 11.5 months (8,760 + 334 + 14 days) to 25 years and half a month (9,150 + 15.5)
        DurationValue sentence = DurationParser.parse("300 months").toOptional().orElseThrow();
        assertThat(sentence.minDays()).isEqualTo(9108);
        assertThat(sentence.maxDays()).isEqualTo(9166);
        // so it holds 25 years and cannot hold 24.25 years (8,849 to 8,878 days)
        DurationValue quarterYearShort = DurationParser.parse("24.25 years").toOptional().orElseThrow();
        assertThat(quarterYearShort.maxDays()).isLessThan(sentence.minDays());
        DurationValue years = DurationParser.parse("25 years").toOptional().orElseThrow();
        assertThat(years.minDays()).isLessThanOrEqualTo(sentence.minDays());
        assertThat(years.maxDays()).isGreaterThanOrEqualTo(sentence.maxDays());
        // five consecutive months last 150 to 153 days, never 140 (five Februaries) or 155
        assertThat(DurationParser.shortestMonths(java.math.BigDecimal.valueOf(5))).isEqualByComparingTo("150");
        assertThat(DurationParser.longestMonths(java.math.BigDecimal.valueOf(5))).isEqualByComparingTo("153");
        assertThat(DurationParser.shortestMonths(java.math.BigDecimal.valueOf(12))).isEqualByComparingTo("365");
        assertThat(DurationParser.longestMonths(java.math.BigDecimal.valueOf(12))).isEqualByComparingTo("366");
    }

    @Test
    void aHugeCountIsRefusedNotOverflowed() {
        assertThat(DurationParser.parse("7".repeat(110) + "4 day")).isInstanceOfSatisfying(Parsed.Failed.class,
                failed -> assertThat(failed.message()).endsWith("days is not a length of time a fact can state"));
    }

    @Test
    void unknownFormSaysSo() {
        assertThat(DurationParser.parse("forever")).isInstanceOfSatisfying(Parsed.Failed.class,
                failed -> assertThat(failed.message()).startsWith("cannot read 'forever' as a length of time").contains("'forever'"));
    }
}
