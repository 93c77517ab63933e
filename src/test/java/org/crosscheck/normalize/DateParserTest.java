package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.crosscheck.model.DatePrecision;
import org.crosscheck.model.DateValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    private static DateValue anchor(String text) {
        return DateParser.parse(text, null).toOptional().orElseThrow();
    }

    private static DateValue parse(String text, String anchor) {
        Parsed<DateValue> parsed = DateParser.parse(text, anchor == null || anchor.isEmpty() ? null : anchor(anchor));
        assertThat(parsed).as("parse of '%s'", text).isInstanceOf(Parsed.Ok.class);
        return parsed.toOptional().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            in 14 a.d.               | 0014       | YEAR    | 0014-01-01 | 0014-12-31
            18q4                     | 2018-Q4    | QUARTER | 2018-10-01 | 2018-12-31
            14th April 15            | 2015-04-14 | DAY     | 2015-04-14 | 2015-04-14
            2024-06-24                | 2024-06-24 | DAY     | 2024-06-24 | 2024-06-24
            2024-06                   | 2024-06    | MONTH   | 2024-06-01 | 2024-06-30
            2024                      | 2024       | YEAR    | 2024-01-01 | 2024-12-31
            2024-Q2                   | 2024-Q2    | QUARTER | 2024-04-01 | 2024-06-30
            Q4 2023                   | 2023-Q4    | QUARTER | 2023-10-01 | 2023-12-31
            second quarter of 2024    | 2024-Q2    | QUARTER | 2024-04-01 | 2024-06-30
            summer 2024               | 2024-SU    | SEASON  | 2024-06-01 | 2024-08-31
            winter 2024               | 2024-WI    | SEASON  | 2024-12-01 | 2025-02-28
            2024-FA                   | 2024-FA    | SEASON  | 2024-09-01 | 2024-11-30
            the 2020s                 | 202X       | DECADE  | 2020-01-01 | 2029-12-31
            June 2024                 | 2024-06    | MONTH   | 2024-06-01 | 2024-06-30
            in June 2024              | 2024-06    | MONTH   | 2024-06-01 | 2024-06-30
            Sept. 2023                | 2023-09    | MONTH   | 2023-09-01 | 2023-09-30
            24 June 2024              | 2024-06-24 | DAY     | 2024-06-24 | 2024-06-24
            June 24th 2024            | 2024-06-24 | DAY     | 2024-06-24 | 2024-06-24
            July 7, 2025              | 2025-07-07 | DAY     | 2025-07-07 | 2025-07-07
            the spring of 2024        | 2024-SP    | SEASON  | 2024-03-01 | 2024-05-31
            2024-02-29                | 2024-02-29 | DAY     | 2024-02-29 | 2024-02-29
            """)
    void readsAbsoluteDatesWithTheirPrecision(String text, String timex, DatePrecision precision, String start, String end) {
        DateValue value = parse(text, null);

        assertThat(value.timex()).isEqualTo(timex);
        assertThat(value.precision()).isEqualTo(precision);
        assertThat(value.start()).hasToString(start);
        assertThat(value.end()).hasToString(end);
        assertThat(value.anchor()).isNull();
    }

    @Test
    void aBareYearIsNeverJanuaryFirst() {
        DateValue year = parse("2024", null);
        assertThat(year.lengthInDays()).isEqualTo(366);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            early 2024             | 2024-01-01 | 2024-05-01 | 2024 [START]
            mid-2024               | 2024-05-02 | 2024-08-31 | 2024 [MID]
            late June 2024         | 2024-06-21 | 2024-06-30 | 2024-06 [END]
            before June 2024       | -9999-01-01 | 2024-05-31 | 2024-06 [BEFORE]
            after 2024             | 2025-01-01 | 9999-12-31 | 2024 [AFTER]
            since 2008             | 2008-01-01 | 9999-12-31 | 2008 [ON_OR_AFTER]
            by June 2024           | -9999-01-01 | 2024-06-30 | 2024-06 [ON_OR_BEFORE]
            until 2027             | -9999-01-01 | 2027-12-31 | 2027 [ON_OR_BEFORE]
            approximately 2010     | 2009-01-01 | 2011-12-31 | 2010 [APPROX]
            about 2024-06-10       | 2024-06-07 | 2024-06-13 | 2024-06-10 [APPROX]
            on or before June 2024 | -9999-01-01 | 2024-06-30 | 2024-06 [ON_OR_BEFORE]
            on or after 2024       | 2024-01-01 | 9999-12-31 | 2024 [ON_OR_AFTER]
            no earlier than 2024   | 2024-01-01 | 9999-12-31 | 2024 [ON_OR_AFTER]
            prior to 24 June 2024  | -9999-01-01 | 2024-06-23 | 2024-06-24 [BEFORE]
            mid 2024               | 2024-05-02 | 2024-08-31 | 2024 [MID]
            the end of 2024        | 2024-09-01 | 2024-12-31 | 2024 [END]
            in early 2024          | 2024-01-01 | 2024-05-01 | 2024 [START]
            the early 2020s        | 2020-01-01 | 2023-05-01 | 202X [START]
            the mid-1990s          | 1993-05-02 | 1996-08-31 | 199X [MID]
            in the late 1990s      | 1996-09-01 | 1999-12-31 | 199X [END]
            at the end of June 2024 | 2024-06-21 | 2024-06-30 | 2024-06 [END]
            """)
    void appliesModifiers(String text, String start, String end, String timex) {
        assertReads(text, start, end, timex);
    }

    /**
     * A bound on the start, middle or end of a period ("by the end of 2024") counts the whole part,
     * inclusively: the end of a year is not a single day, so "before the end of 2024" must allow
     * December.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            by the end of 2024          | -9999-01-01 | 2024-12-31 | 2024 [END] [ON_OR_BEFORE]
            before the end of 2024      | -9999-01-01 | 2024-12-31 | 2024 [END] [ON_OR_BEFORE]
            until the end of June 2024  | -9999-01-01 | 2024-06-30 | 2024-06 [END] [ON_OR_BEFORE]
            since the start of 2024     | 2024-01-01 | 9999-12-31 | 2024 [START] [ON_OR_AFTER]
            after the beginning of 2024 | 2024-01-01 | 9999-12-31 | 2024 [START] [ON_OR_AFTER]
            from the middle of 2024     | 2024-05-02 | 9999-12-31 | 2024 [MID] [ON_OR_AFTER]
            by the early 2020s          | -9999-01-01 | 2023-05-01 | 202X [START] [ON_OR_BEFORE]
            """)
    void boundsOnAPartOfAPeriodCountTheWholePart(String text, String start, String end, String timex) {
        assertReads(text, start, end, timex);
    }

    /** The text, with no publication date, reads as this interval and TIMEX3 value. */
    private static void assertReads(String text, String start, String end, String timex) {
        DateValue value = parse(text, null);

        assertThat(value.start()).hasToString(start);
        assertThat(value.end()).hasToString(end);
        assertThat(value.timex()).isEqualTo(timex);
    }

    @Test
    void onlyStartMiddleAndEndNestUnderABound() {
        assertThat(DateParser.parse("before about 2024", null)).isInstanceOfSatisfying(Parsed.Failed.class,
                failed -> assertThat(failed.message()).isEqualTo("cannot read 'about 2024' as a date"));
        assertThat(DateParser.parse("by the end of 2024-06-10", null)).isInstanceOfSatisfying(Parsed.Failed.class,
                failed -> assertThat(failed.message()).isEqualTo("'by the end of 2024-06-10': end cannot apply to a day"));
    }

    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            today               | 2025-07-15 | 2025-07-15 | 2025-07-15
            friday after next   | 2025-07-15 | 2025-07-25 | 2025-07-25
            March after next    | 2025-07-15 | 2027-03-01 | 2027-03-31
            2 fridays from now  | 2025-07-15 | 2025-07-25 | 2025-07-25
            three mondays ago   | 2025-07-15 | 2025-06-30 | 2025-06-30
            the 2nd last week of 2023 | 2025-07-15 | 2023-12-18 | 2023-12-24
            the third last day of July | 2025-07-15 | 2025-07-29 | 2025-07-29
            the week of July 9  | 2025-07-15 | 2025-07-07 | 2025-07-13
            rest of the week    | 2025-07-15 | 2025-07-15 | 2025-07-20
            all week            | 2025-07-15 | 2025-07-14 | 2025-07-20
            the next two quarters | 2025-07-15 | 2025-07-16 | 2026-03-31
            upcoming two weeks  | 2025-07-15 | 2025-07-16 | 2025-08-03
            2 upcoming months   | 2025-07-15 | 2025-07-16 | 2025-09-30
            yesterday           | 2025-07-15 | 2025-07-14 | 2025-07-14
            this week           | 2025-07-15 | 2025-07-14 | 2025-07-20
            last week           | 2025-07-15 | 2025-07-07 | 2025-07-13
            this month          | 2025-07-15 | 2025-07-01 | 2025-07-31
            last month          | 2025-07-15 | 2025-06-01 | 2025-06-30
            next month          | 2025-07-15 | 2025-08-01 | 2025-08-31
            this year           | 2025-07-15 | 2025-01-01 | 2025-12-31
            earlier this year   | 2025-07-15 | 2025-01-01 | 2025-07-15
            later this year     | 2025-07-15 | 2025-07-15 | 2025-12-31
            last year           | 2025-07-15 | 2024-01-01 | 2024-12-31
            next year           | 2025-07-15 | 2026-01-01 | 2026-12-31
            recently            | 2025-07-15 | 2024-07-15 | 2025-07-15
            three days ago      | 2025-07-15 | 2025-07-12 | 2025-07-12
            2 months ago        | 2025-07-15 | 2025-05-01 | 2025-05-31
            within 90 days      | 2025-07-15 | 2025-07-15 | 2025-10-13
            1.5 years ago       | 2025-07-15 | 2023-07-15 | 2024-07-15
            last March          | 2025-01-15 | 2024-03-01 | 2024-03-31
            last July           | 2025-07-15 | 2024-07-01 | 2024-07-31
            this March          | 2025-07-15 | 2025-03-01 | 2025-03-31
            next March          | 2025-07-15 | 2026-03-01 | 2026-03-31
            last summer         | 2025-07-15 | 2024-06-01 | 2024-08-31
            this summer         | 2025-07-15 | 2025-06-01 | 2025-08-31
            next winter         | 2025-07-15 | 2025-12-01 | 2026-02-28
            last winter         | 2025-01-15 | 2023-12-01 | 2024-02-29
            this winter         | 2025-01-15 | 2024-12-01 | 2025-02-28
            last quarter        | 2025-07-15 | 2025-04-01 | 2025-06-30
            this quarter        | 2025-07-15 | 2025-07-01 | 2025-09-30
            next quarter        | 2025-11-15 | 2026-01-01 | 2026-03-31
            within 1.5 years    | 2025-07-15 | 2025-07-15 | 2027-07-15
            in the coming months| 2025-07-15 | 2025-07-15 | 2026-01-15
            within the next few months | 2025-07-15 | 2025-07-15 | 2026-01-15
            Wednesday           | 2025-07-15 | 2025-07-16 | 2025-07-16
            on Monday           | 2025-07-15 | 2025-07-14 | 2025-07-14
            last Wednesday      | 2025-07-15 | 2025-07-09 | 2025-07-09
            next Monday         | 2025-07-15 | 2025-07-21 | 2025-07-21
            May 22              | 2024-05-23 | 2024-05-22 | 2024-05-22
            22 May              | 2024-05-23 | 2024-05-22 | 2024-05-22
            June                | 2024-08-01 | 2024-06-01 | 2024-06-30
            earlier this year   | 2025-07    | 2025-01-01 | 2025-07-31
            last year           | 2025-07    | 2024-01-01 | 2024-12-31
            """)
    void resolvesRelativePhrasesAgainstThePublicationDate(String text, String anchor, String start, String end) {
        DateValue value = parse(text, anchor);

        assertThat(value.start()).hasToString(start);
        assertThat(value.end()).hasToString(end);
        assertThat(value.anchor()).isEqualTo(anchor);
        assertThat(value.asWritten()).isEqualTo(text);
    }

    @Test
    void relativeToAMonthAnchorKeepsThePrecisionItCanAndWidensTheRest() {
        assertThat(parse("last year", "2025-07").precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(parse("earlier this year", "2025-07").precision()).isEqualTo(DatePrecision.SPAN);
        assertThat(parse("earlier this year", "2025-07").timex()).isEqualTo("2025-01-01/2025-07-31");
    }

    @Test
    void keepsAWeekdayGivenWithTheDateForTheWeekdayCheck() {
        DateValue value = parse("Wednesday, May 22", "2024-05-23");

        assertThat(value.weekday()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(value.start()).hasToString("2024-05-22");
        assertThat(parse("Tuesday, 22 May 2024", null).weekday()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(parse("22 May 2024", null).weekday()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-02-30      | 2024-02-30 is not a date: February 2024 has 29 days
            2023-02-29      | 2023-02-29 is not a date: February 2023 has 28 days
            June 31, 2024   | 2024-06-31 is not a date: June 2024 has 30 days
            2024-13-01      | 2024-13-01 is not a date: there is no month 13
            2024-25         | 2024-25 is not a date: there is no month 25
            sometime soon   | cannot read 'sometime soon' as a date
            the thirty-second of June | cannot read 'the thirty-second of June' as a date
            the week of 13 July 2025 | 'the week of 13 July 2025': 2025-07-13 is a Sunday, which ends a week counted from Monday and starts one counted from Sunday
            the week of action | cannot read 'the week of action' as a date: 'the week of' needs a day after it
            """)
    void impossibleOrUnreadableDatesSaySoPlainly(String text, String message) {
        Parsed<DateValue> parsed = DateParser.parse(text, null);

        assertThat(parsed).isInstanceOfSatisfying(Parsed.Failed.class,
                failed -> assertThat(failed.message()).isEqualTo(message));
    }

    @Test
    void impossibleMonthDayWithoutYearFailsAgainstTheAnchorYear() {
        Parsed<DateValue> parsed = DateParser.parse("June 31", anchor("2024-07-01"));

        assertThat(parsed).isInstanceOfSatisfying(Parsed.Failed.class,
                failed -> assertThat(failed.message()).isEqualTo("2024-06-31 is not a date: June 2024 has 30 days"));
    }

    @Test
    void hugeCountsInRelativePhrasesAreRefusedNotOverflowed() {
        DateValue anchor = anchor("2025-07-15");

        assertThat(DateParser.parse("99999999999999999999 days ago", anchor)).isInstanceOf(Parsed.Failed.class);
        assertThat(DateParser.parse("within 200000 years", anchor)).isInstanceOfSatisfying(Parsed.Failed.class,
                failed -> assertThat(failed.message()).isEqualTo("'200000' is more than a date phrase can count"));
        assertThat(DateParser.parse("3 days ago", anchor)).isInstanceOf(Parsed.Ok.class);
    }

    @Test
    void relativePhraseWithoutPublicationDateIsNotGuessed() {
        Parsed<DateValue> parsed = DateParser.parse("earlier this year", null);

        assertThat(parsed).isInstanceOfSatisfying(Parsed.Failed.class, failed -> {
            assertThat(failed.message()).isEqualTo("'earlier this year' is relative and needs a publication date");
            assertThat(failed.hint()).contains("published:");
        });
    }
}
