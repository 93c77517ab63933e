package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.DurationValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "all week", "a whole week", "an entire year": one unit, read as "a week" and "a year" are (a week is 3 to 11
 * days: "all week" is as often a working week of five days as seven); "another month" is one more month, as "two
 * more months" is two, and "another two weeks" two weeks. A unit in the plural after these words, a vague count, and "full" or
 * "whole" without "a" ("the final full day of the Games" is a day, not a length) are refused.
 */
class LengthsOfOneWholeUnitTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            all week           | P1W | 3   | 11
            a whole week       | P1W | 3   | 11
            an entire year     | P1Y | 182 | 549
            a full year        | P1Y | 182 | 549
            all month long     | P1M | 14  | 47
            all day            | P1D | 1   | 1
            a further month    | P1M | 14  | 47
            """)
    void readsAWholeUnitAsOne(String text, String iso, long min, long max) {
        assertReads(text, iso, min, max);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another month      | P1M | 14  | 47
            a month            | P1M | 14  | 47
            another two weeks  | P2W | 10  | 18
            another full week  | P1W | 3   | 11
            """)
    void readsAnotherAsOneMoreAndTheCountItPrecedes(String text, String iso, long min, long max) {
        assertReads(text, iso, min, max);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            all years          | 'all' is not a number or unit of time
            all weeks          | 'all' is not a number or unit of time
            another few weeks  | cannot read
            another            | cannot read
            all three days     | cannot read
            whole              | cannot read
            full day           | 'full' is not a number or unit of time
            the whole week     | 'whole' is not a number or unit of time
            """)
    void refusesTheirNeighbours(String text, String because) {
        Parsed<DurationValue> parsed = DurationParser.parse(text);
        assertThat(parsed).as("'%s'", text).isInstanceOf(Parsed.Failed.class);
        assertThat(((Parsed.Failed<DurationValue>) parsed).message()).as("why '%s' is refused", text).contains(because);
    }

    private static void assertReads(String text, String iso, long min, long max) {
        DurationValue d = DurationParser.parse(text).toOptional().orElseThrow();
        assertThat(d.normalized()).isEqualTo(iso);
        assertThat(d.minDays()).as("shortest '%s'", text).isEqualTo(min);
        assertThat(d.maxDays()).as("longest '%s'", text).isEqualTo(max);
    }
}
