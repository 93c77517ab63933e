package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.DateValue;
import org.crosscheck.model.DurationValue;
import org.crosscheck.model.Hedge;
import org.crosscheck.model.QuantityValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every phrase issue 27 lists under "Why" (claims from real reporting that were refused or misread),
 * each read as a reader means it, and the items of its "what to build".
 */
class RealReportingPhrasesTest {

    private static final DateValue PUBLISHED = DateParser.parse("2024-09-10", null).toOptional().orElseThrow(); // a Tuesday

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a couple hundred officers  | 200        |      | APPROX    | 180..220
            a handful                  | 4          |      | APPROX    | 2..6
            a pair of shoes            | 2          |      | EXACT     | 2..2
            a score of                 | 20         |      | EXACT     | 20..20
            a few dozen                | 42         |      | APPROX    | 24..60
            two hundred fifty          | 250        |      | EXACT     | 250..250
            two hundred and fifty      | 250        |      | EXACT     | 250..250
            one hundred twenty people  | 120        |      | EXACT     | 120..120
            $3.2-billion               | 3200000000 | USD  | EXACT     | 3150000000..3250000000
            Sh. 72 billion             | 72000000000 | KES | EXACT     | 71500000000..72500000000
            exceeds USD one billion    | 1000000000 | USD  | MORE_THAN | 1000000000..
            dozens                     | 61.5       |      | APPROX    | 24..99
            scores                     | 119.5      |      | APPROX    | 40..199
            between 200 and 300        | 250        |      | BETWEEN   | 200..300
            1.2 million                | 1200000    |      | EXACT     | 1150000..1250000
            a million                  | 1000000    |      | EXACT     | 900000..1100000
            half a million             | 500000     |      | EXACT     | 450000..550000
            3½                         | 3.5        |      | EXACT     | 3.5..3.5
            a couple                   | 2          |      | APPROX    | 1.8..2.2
            a few                      | 3.5        |      | APPROX    | 2..5
            several                    | 6          |      | APPROX    | 3..9
            hundreds                   | 599.5      |      | APPROX    | 200..999
            tens of thousands          | 59999.5    |      | APPROX    | 20000..99999
            inaugural                  | 1          |      | EXACT     | 1..1
            maiden                     | 1          |      | EXACT     | 1..1
            just over 100              | 100        |      | JUST_OVER | 100..110
            close to 500               | 500        |      | NEARLY    | 450..500
            upwards of 500             | 500        |      | MORE_THAN | 500..
            as many as 40              | 40         |      | AT_MOST   | 0..40
            barely 50%                 | 50         | %    | APPROX    | 45..55
            27 km                      | 27000      | m    | EXACT     | 26500..27500
            27 miles                   | 43452.288  | m    | EXACT     | 42647.616..44256.96
            500 hectares               | 5000000    | m²   | EXACT     | 4500000..5500000
            1,200 acres                | 4856227.70688 | m² | EXACT    | 4653884.88576..5058570.528
            3 million tonnes           | 3000000000 | kg   | EXACT     | 2700000000..3300000000
            2 million barrels          | 317974589.856 | L | EXACT     | 286177130.8704..349772048.8416
            50 MW                      | 50000000   | W    | EXACT     | 49500000..50500000
            120 km/h                   | 120        | km/h | EXACT     | 119.5..120.5
            """)
    void readsAmountsAsAReaderMeansThem(String text, String amount, String unit, Hedge hedge, String bounds) {
        QuantityValue value = QuantityParser.parse(text).toOptional().orElseThrow(() -> new AssertionError(QuantityParser.parse(text)));
        assertThat(value.amount().stripTrailingZeros().toPlainString()).isEqualTo(amount);
        assertThat(value.unit()).isEqualTo(unit == null ? "" : unit);
        assertThat(value.hedge()).isEqualTo(hedge);
        assertThat(value.bounds()).isEqualTo(bounds);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a lot of                   | 'lot' gives no number
            a lot of people            | 'lot' gives no number
            lots of money              | 'lots' gives no number
            two zorb hundred           | zorb
            27 zorb km                 | zorb
            """)
    void refusesWhatItCannotReadNamingTheWord(String text, String message) {
        assertThat(QuantityParser.parse(text)).isInstanceOfSatisfying(Parsed.Failed.class,
                failed -> assertThat(failed.message()).contains(message));
    }

    // months run as the calendar runs them: two months are 59 to 62 days, not 56 to 62 (DurationParser.shortestMonths)
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            three-day                  | P3D    | 3    | 3
            four-day                   | P4D    | 4    | 4
            90-day                     | P90D   | 90   | 90
            five-year                  | P5Y    | 1642 | 2013
            a three-day visit          | P3D    | 3    | 3
            fortnight                  | P2W    | 14   | 14
            barely two months          | approx P2M | 53 | 69
            not later than 180 days    | at most P180D | 0 | 180
            2 years and 3 months       | P2Y3M  | 803  | 840
            a month and a half         | P1.5M  | 40   | 49
            72 hours                   | P3D    | 3    | 3
            """)
    void readsLengthsOfTime(String text, String normalized, long min, long max) {
        DurationValue value = DurationParser.parse(text).toOptional().orElseThrow(() -> new AssertionError(DurationParser.parse(text)));
        assertThat(value.normalized()).isEqualTo(normalized);
        assertThat(value.minDays()).isEqualTo(min);
        assertThat(value.maxDays()).isEqualTo(max);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            September 4-6, 2024        | 2024-09-04..2024-09-06
            from April 22 to 26        | 2024-04-22..2024-04-26
            22–26 April 2025           | 2025-04-22..2025-04-26
            between 2019 and 2021      | 2019-01-01..2021-12-31
            June this year             | 2024-06-01..2024-06-30
            this past Monday           | 2024-09-09
            Wednesday morning          | 2024-09-11
            the 20th of June 2024      | 2024-06-20
            24/06/2024                 | 2024-06-24
            6/24/2024                  | 2024-06-24
            the first Tuesday of October 2024 | 2024-10-01
            the last 2 days            | 2024-09-08..2024-09-09
            """)
    void readsDatesAsReportingWritesThem(String text, String interval) {
        DateValue value = DateParser.parse(text, PUBLISHED).toOptional().orElseThrow(() -> new AssertionError(DateParser.parse(text, PUBLISHED)));
        assertThat(value.interval()).isEqualTo(interval);
    }

    @Test
    void refusesANumericDateThatCouldBeEitherWayWithAHint() {
        assertThat(DateParser.parse("05/06/2024", null)).isInstanceOfSatisfying(Parsed.Failed.class, failed -> {
            assertThat(failed.message()).contains("5 June").contains("May 6");
            assertThat(failed.hint()).contains("write the month as a word");
        });
    }

    @Test
    void comparesMeasuresInOneUnit() {
        QuantityValue km = QuantityParser.parse("27 km").toOptional().orElseThrow();
        assertThat(Compare.relation(km, QuantityParser.parse("16.8 miles").toOptional().orElseThrow())).isNotEqualTo(Relation.DISJOINT)
                .isNotEqualTo(Relation.INCOMPARABLE);
        assertThat(Compare.relation(km, QuantityParser.parse("27 miles").toOptional().orElseThrow())).isEqualTo(Relation.DISJOINT);
        assertThat(Compare.relation(km, QuantityParser.parse("27.1 km").toOptional().orElseThrow())).isNotEqualTo(Relation.DISJOINT);
        assertThat(Compare.relation(km, QuantityParser.parse("27 kg").toOptional().orElseThrow())).isEqualTo(Relation.INCOMPARABLE);
        assertThat(Compare.relation(km, QuantityParser.parse("27").toOptional().orElseThrow())).isEqualTo(Relation.INCOMPARABLE);
        assertThat(Compare.relation(QuantityParser.parse("500 hectares").toOptional().orElseThrow(),
                QuantityParser.parse("1,235 acres").toOptional().orElseThrow())).isNotEqualTo(Relation.DISJOINT);
        assertThat(Compare.quantities(km, QuantityParser.parse("27 miles").toOptional().orElseThrow()).explanation())
                .contains("27 km").contains("27 miles");
    }

    @Test
    void keepsCurrenciesApartWithoutARate() {
        assertThat(Compare.relation(QuantityParser.parse("$1 million").toOptional().orElseThrow(),
                QuantityParser.parse("€1 million").toOptional().orElseThrow())).isEqualTo(Relation.INCOMPARABLE);
    }
}
