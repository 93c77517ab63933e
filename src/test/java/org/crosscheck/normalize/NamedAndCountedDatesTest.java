package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.model.DateValue;
import org.crosscheck.values.Holidays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Named days (fixed, counted from Easter, fixed by a named country's law), days counted from another
 * day, a day of the month without its month, vague counts of days ahead, and the refusals of the
 * phrases of this kind a reader cannot pin to a date.
 */
class NamedAndCountedDatesTest {

    private static DateValue anchor(String text) {
        return DateParser.parse(text, null).toOptional().orElseThrow();
    }

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
        // published tables of Western Easter Sundays; 1818 and 2285 are the earliest possible (22 March), 1943 and 2038 the latest (25 April)
        "1818, 1818-03-22", "1943, 1943-04-25", "2000, 2000-04-23", "2008, 2008-03-23", "2011, 2011-04-24", "2013, 2013-03-31",
        "2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2038, 2038-04-25", "2285, 2285-03-22"})
    void computesWesternEaster(int year, String sunday) {
        assertThat(Holidays.easter(year)).isEqualTo(LocalDate.parse(sunday));
    }

    @ParameterizedTest(name = "{0} (published {1})")
    @CsvSource(delimiter = '|', textBlock = """
            on the 15th                              | 2013-02-12 | 2013-02-15 | 2013-02-15
            on the 1st                               | 2013-02-12 | 2013-02-01 | 2013-02-01
            on the 28th                              | 2013-02-12 | 2013-01-28 | 2013-01-28
            on the 30th                              | 2013-02-12 | 2013-01-30 | 2013-01-30
            on the 31st                              | 2013-03-20 | 2013-03-31 | 2013-03-31
            Christmas                                | 2013-02-12 | 2013-12-25 | 2013-12-25
            on Christmas Day 2014                    | 2013-02-12 | 2014-12-25 | 2014-12-25
            last Christmas                           | 2013-02-12 | 2012-12-25 | 2012-12-25
            next Easter                              | 2013-04-10 | 2014-04-20 | 2014-04-20
            Good Friday 2024                         | 2013-02-12 | 2024-03-29 | 2024-03-29
            Ash Wednesday 2024                       | 2013-02-12 | 2024-02-14 | 2024-02-14
            Pentecost 2024                           | 2013-02-12 | 2024-05-19 | 2024-05-19
            St. Patrick’s Day 2024                   | 2013-02-12 | 2024-03-17 | 2024-03-17
            the ides of March                        | 2013-02-12 | 2013-03-15 | 2013-03-15
            US Thanksgiving 2024                     | 2013-02-12 | 2024-11-28 | 2024-11-28
            Canadian Thanksgiving 2024               | 2013-02-12 | 2024-10-14 | 2024-10-14
            US Memorial Day 2024                     | 2013-02-12 | 2024-05-27 | 2024-05-27
            Martin Luther King Day 2024              | 2013-02-12 | 2024-01-15 | 2024-01-15
            around Christmas 2024                    | 2013-02-12 | 2024-12-22 | 2024-12-28
            after Christmas 2024                     | 2013-02-12 | 2024-12-26 | 9999-12-31
            three days after Easter                  | 2013-02-12 | 2013-04-03 | 2013-04-03
            the day before Christmas 2014            | 2013-02-12 | 2014-12-24 | 2014-12-24
            a week from 18 December 2013             | 2013-02-12 | 2013-12-25 | 2013-12-25
            two years after Christmas 2014           | 2013-02-12 | 2016-12-25 | 2016-12-25
            third tuesday after christmas 2014       | 2013-02-12 | 2015-01-13 | 2015-01-13
            the Sunday before Easter 2024            | 2013-02-12 | 2024-03-24 | 2024-03-24
            the closest Monday to Oct 5th            | 2013-02-12 | 2013-10-07 | 2013-10-07
            the second closest Mon to October fifth  | 2013-02-12 | 2013-09-30 | 2013-09-30
            the closest Monday to 7 October 2013     | 2013-02-12 | 2013-10-07 | 2013-10-07
            March in a year                          | 2013-02-12 | 2014-03-01 | 2014-03-31
            June in two years' time                  | 2013-02-12 | 2015-06-01 | 2015-06-30
            next few days                            | 2013-02-12 | 2013-02-13 | 2013-02-17
            the past few weeks                       | 2013-02-12 | 2013-01-07 | 2013-02-11
            the next several days                    | 2013-02-12 | 2013-02-13 | 2013-02-21
            the last couple of months                | 2013-02-12 | 2012-12-01 | 2013-02-11
            18th Dec for 10 days                     | 2013-02-12 | 2013-12-18 | 2013-12-27
            from 18th Dec for 10 days                | 2013-02-12 | 2013-12-18 | 2013-12-27
            for 10 days from 18th Dec                | 2013-02-12 | 2013-12-18 | 2013-12-27
            24 June 2024 for two weeks               | 2013-02-12 | 2024-06-24 | 2024-07-07
            the beginning of around next week        | 2013-02-12 | 2013-02-17 | 2013-02-21
            at the end of around next week           | 2013-02-12 | 2013-02-21 | 2013-02-25
            """)
    void readsNamedAndCountedDays(String written, String published, String start, String end) {
        Parsed<DateValue> parsed = DateParser.parse(written, anchor(published));

        assertThat(parsed).as(written).isInstanceOf(Parsed.Ok.class);
        DateValue value = parsed.toOptional().orElseThrow();
        assertThat(value.start()).as(written).isEqualTo(LocalDate.parse(start));
        assertThat(value.end()).as(written).isEqualTo(LocalDate.parse(end));
    }

    @Test
    void aNamedDayInAStatedYearNeedsNoPublicationDate() {
        assertThat(DateParser.parse("Easter Monday 2025", null).toOptional().orElseThrow().start()).isEqualTo(LocalDate.of(2025, 4, 21));
        assertThat(DateParser.parse("Christmas", null)).isInstanceOf(Parsed.Failed.class);
        assertThat(((Parsed.Failed<DateValue>) DateParser.parse("Christmas", null)).message()).contains("needs a publication date");
    }

    @Test
    void aDayOfTheMonthAloneKeepsItsPublicationDate() {
        DateValue value = DateParser.parse("on the 15th", anchor("2013-02-12")).toOptional().orElseThrow();

        assertThat(value.isRelative()).isTrue();
        assertThat(value.timex()).isEqualTo("2013-02-15");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one year After christmas                 | without its year
            a year from Christmas                    | without its year
            Thanksgiving                             | second Monday of October in Canada
            Thanksgiving 2024                        | second Monday of October in Canada
            Labour Day                               | first Monday of September
            Mother's Day                             | differs from country to country
            Eid al-Fitr 2024                         | lunar
            Orthodox Easter                          | Julian calendar
            this season                              | sports, fashion or holiday
            last season                              | sports, fashion or holiday
            next seasons                             | sports, fashion or holiday
            3 days after June 2024                   | is a month, not a day to count from
            the second closest Monday to 7 October 2013 | equally close
            the 15th                                 | cannot read
            the first                                | cannot read
            15th                                     | cannot read
            on the 32nd                              | no month has a day 32
            100001 days after Easter                 | more than a date phrase can count
            March in 100001 years                    | more than a date phrase can count
            """)
    void refusesWhatCannotBePinnedToADay(String written, String reason) {
        Parsed<DateValue> parsed = DateParser.parse(written, anchor("2013-02-12"));

        assertThat(parsed).as(written).isInstanceOf(Parsed.Failed.class);
        assertThat(((Parsed.Failed<DateValue>) parsed).message()).as(written).contains(reason);
    }

    @Test
    void aNamedDayIsNotReadInsideOtherWords() {
        assertThat(DateParser.parse("Easter Island", anchor("2013-02-12"))).isInstanceOf(Parsed.Failed.class);
        assertThat(DateParser.parse("the week after Christmas", anchor("2013-02-12"))).isInstanceOf(Parsed.Failed.class);
    }
}
