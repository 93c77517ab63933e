package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.normalize.DateReadings.assertReads;
import static org.crosscheck.normalize.DateReadings.assertRefused;
import static org.crosscheck.normalize.DateReadings.parse;

import org.crosscheck.model.DateValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date forms read by general grammar after a third suite (chrono's English tests) was measured blind: marks
 * joining a month's name to its day and year, a two-digit year no month has as a day, a year before its month
 * and day, a weekday telling apart the two readings of a date in digits, a range of months across a new year,
 * "the past year" and its kin as the span that holds both readings, and the news phrasings of parts of a year.
 * Each form has its refused neighbour.
 */
class GeneralDateGrammarTest {

    /** Tuesday 15 July 2025. */
    private static final String TUESDAY = "2025-07-15";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            10/August/2012     | 2012-08-10 | 2012-08-10
            10-August 2012     | 2012-08-10 | 2012-08-10
            09/JAN/2017        | 2017-01-09 | 2017-01-09
            8/Oct/2012         | 2012-10-08 | 2012-10-08
            1st/Oct/2012       | 2012-10-01 | 2012-10-01
            August-10-2012     | 2012-08-10 | 2012-08-10
            'August/10, 2012'  | 2012-08-10 | 2012-08-10
            'Sun., March 6, 2016' | 2016-03-06 | 2016-03-06
            'Sunday, March, 6th 2016' | 2016-03-06 | 2016-03-06
            'Wed. 20 Jan 2016' | 2016-01-20 | 2016-01-20
            Sep-2012           | 2012-09-01 | 2012-09-30
            2024/August        | 2024-08-01 | 2024-08-31
            2024-Aug           | 2024-08-01 | 2024-08-31
            2018 March 18      | 2018-03-18 | 2018-03-18
            '2018, March 18th' | 2018-03-18 | 2018-03-18
            """)
    void readsAMonthsNameJoinedToItsDayAndYearByMarksOrAfterItsYear(String text, String start, String end) {
        assertReads(text, "", start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Oct-15             | spreadsheets write a month and a two-digit year so
            21-APR-16          | cannot read
            10/August          | cannot read
            """)
    void refusesMarksThatLeaveTheYearOrTheDayInDoubt(String text, String because) {
        assertRefused(text, TUESDAY, because);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3 Aug 96           | 1996-08-03 | 1996-08-03
            03 Aug 96          | 1996-08-03 | 1996-08-03
            'Aug 9, 96'        | 1996-08-09 | 1996-08-09
            Aug 9 96           | 1996-08-09 | 1996-08-09
            Aug 96             | 1996-08-01 | 1996-08-31
            3 March 45         | 2045-03-03 | 2045-03-03
            3 March 69         | 1969-03-03 | 1969-03-03
            14th April 69      | 1969-04-14 | 1969-04-14
            14th April 68      | 2068-04-14 | 2068-04-14
            """)
    void readsTwoDigitsNoMonthHasAsADayAsTheYearAsStrptimeDoes(String text, String start, String end) {
        assertReads(text, "", start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3 Aug 15           | cannot read
            Aug 15 31          | cannot read
            """)
    void refusesTwoDigitsADayMayHave(String text, String because) {
        assertRefused(text, "", because);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tuesday 11/3/2015  | 2015-11-03
            Wednesday 11/3/2015 | 2015-03-11
            'Friday, 12-30-16' | 2016-12-30
            Friday 30-12-16    | 2016-12-30
            Sunday 12/7/2014   | 2014-12-07
            Monday 24/06/2024  | 2024-06-24
            """)
    void readsAWeekdayBeforeADateInDigitsWhenItFitsOneReading(String text, String day) {
        assertReads(text, "", day, day);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Friday 11/3/2015   | may be 11 March or November 3
            Monday 11/3/2015   | may be 11 March or November 3
            """)
    void refusesAWeekdayThatFitsNeitherReadingOrBoth(String text, String because) {
        assertRefused(text, "", because);
    }

    /** 24 June 2024 was a Monday; the weekday written is kept, so that TIME-WEEKDAY-MISMATCH reports a wrong one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Monday 24/06/2024  | MONDAY
            Tuesday 24/06/2024 | TUESDAY
            Monday 5/5/2024    | MONDAY
            """)
    void keepsTheWeekdayOfADateInDigitsThatIsOneDate(String text, java.time.DayOfWeek weekday) {
        DateValue value = parse(text, "").toOptional().orElseThrow();
        assertThat(value.start().getMonthValue()).isIn(5, 6);
        assertThat(value.weekday()).as("the weekday written").isEqualTo(weekday);
    }

    @ParameterizedTest(name = "{0} written on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            From December to May 2022   | 2023-04-09 | 2021-12-01 | 2022-05-31
            'From May to December, 2022' | 2023-04-09 | 2022-05-01 | 2022-12-31
            November 2024 to February   | 2023-04-09 | 2024-11-01 | 2025-02-28
            From December to May        | 2023-04-09 | 2022-12-01 | 2023-05-31
            between May and July        | 2023-04-09 | 2023-05-01 | 2023-07-31
            """)
    void readsARangeOfMonthsForwardWithItsYearWrittenOnce(String text, String anchor, String start, String end) {
        assertReads(text, anchor, start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            From December 2022 to May 2021 | ends before it starts
            From December to May           | needs a publication date
            """)
    void refusesARangeOfMonthsThatRunsBackOrHasNothingToResolveIt(String text, String because) {
        assertRefused(text, "", because);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the past year                | 2024-01-01 | 2025-07-14
            over the past year           | 2024-01-01 | 2025-07-14
            in the past month            | 2025-06-01 | 2025-07-14
            the past week                | 2025-07-07 | 2025-07-14
            the next month               | 2025-07-16 | 2025-08-31
            the next week                | 2025-07-16 | 2025-07-27
            over the past decade         | 2010-01-01 | 2025-07-14
            the second half of the year  | 2025-07-01 | 2025-12-31
            the first quarter of the year | 2025-01-01 | 2025-03-31
            the remainder of the year    | 2025-07-15 | 2025-12-31
            end-2024                     | 2024-09-01 | 2024-12-31
            end-March                    | 2025-03-21 | 2025-03-31
            mid-2025                     | 2025-05-02 | 2025-09-01
            within a few months          | 2025-07-15 | 2025-12-15
            within several weeks         | 2025-07-15 | 2025-09-16
            within the next few months   | 2025-07-15 | 2026-01-15
            a month ago                  | 2025-06-01 | 2025-06-30
            all week                     | 2025-07-14 | 2025-07-20
            """)
    void readsNewsPhrasingsOfRecentAndComingPeriods(String text, String start, String end) {
        assertReads(text, TUESDAY, start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the this year                | cannot read
            over 2024                    | cannot read
            within a few                 | cannot read
            another month                | it is a length of time, which says how long, not when
            all day                      | it is a length of time
            a few days                   | it is a length of time
            within many months           | cannot read
            the past weeks               | cannot read
            the last year                | cannot read
            the previous year            | cannot read
            the last week                | cannot read
            the past year                | needs a publication date
            """)
    void refusesNeighboursOfThosePhrasings(String text, String because) {
        assertRefused(text, text.equals("the past year") ? "" : TUESDAY, because);
    }
}
