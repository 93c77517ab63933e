package org.crosscheck.normalize;

import static org.crosscheck.normalize.DateReadings.assertReads;
import static org.crosscheck.normalize.DateReadings.assertRefused;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates as real writing gives them beyond the plain forms: digits in other orders and with other marks,
 * a month's short name joined to its day, years and days in words, a weekday named with its week, counts
 * back in several units and vague counts. Each form is read by a general rule, and its neighbour that two
 * readers would read two ways is refused with a message naming the doubt.
 */
class WrittenDateFormsTest {

    /** Monday 7 November 2016, the reference date of most of Recognizers-Text's examples. */
    private static final String MONDAY = "2016-11-07";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2015/08/12       | 2015-08-12 | 2015-08-12
            2015.5.13        | 2015-05-13 | 2015-05-13
            2019-sep-1       | 2019-09-01 | 2019-09-01
            2019/Sep/01      | 2019-09-01 | 2019-09-01
            21-04-2016       | 2016-04-21 | 2016-04-21
            9-18-15          | 2015-09-18 | 2015-09-18
            16. Nov. 2016    | 2016-11-16 | 2016-11-16
            15-Mar-2024      | 2024-03-15 | 2024-03-15
            2016 June        | 2016-06-01 | 2016-06-30
            '2016, nov'      | 2016-11-01 | 2016-11-30
            'November , 2016' | 2016-11-01 | 2016-11-30
            2016 - 11        | 2016-11-01 | 2016-11-30
            2016/ 11         | 2016-11-01 | 2016-11-30
            2015-3           | 2015-03-01 | 2015-03-31
            11-2016          | 2016-11-01 | 2016-11-30
            11 / 2016        | 2016-11-01 | 2016-11-30
            """)
    void readsDigitsInOtherOrdersAndMarks(String text, String start, String end) {
        assertReads(text, "", start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Oct-2                  | 2016-10-02 | 2016-10-02
            Oct/2                  | 2016-10-02 | 2016-10-02
            Jan-1                  | 2016-01-01 | 2016-01-01
            sep.16th               | 2016-09-16 | 2016-09-16
            15-Mar                 | 2016-03-15 | 2016-03-15
            week of september.16th | 2016-09-12 | 2016-09-18
            """)
    void readsAMonthsShortNameJoinedToItsDay(String text, String start, String end) {
        assertReads(text, MONDAY, start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Oct-15     | MONDAY | may be October 15 or October 2015
            mar/22     | MONDAY | may be March 22 or March 2022
            15-09-18   | ''     | may have its year first (2015-09-18)
            3-7-2017   | ''     | may be 3 July or March 7
            4/22       | MONDAY | has no year
            22/04      | MONDAY | has no year
            4-22       | MONDAY | has no year
            4.22       | MONDAY | has no year
            24/7       | MONDAY | has no year
            9/11       | MONDAY | has no year
            2015.3     | ''     | cannot read
            """)
    void refusesWhatTwoReadersReadTwoWays(String text, String anchor, String because) {
        assertRefused(text, anchor.equals("MONDAY") ? MONDAY : anchor, because);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            this week Friday    | 2016-11-11 | 2016-11-11
            this week Monday    | 2016-11-07 | 2016-11-07
            next week Sunday    | 2016-11-20 | 2016-11-20
            last week Sunday    | 2016-11-06 | 2016-11-06
            next week on Friday | 2016-11-18 | 2016-11-18
            'next week, Friday' | 2016-11-18 | 2016-11-18
            tmrw                | 2016-11-08 | 2016-11-08
            the day after tmrw  | 2016-11-09 | 2016-11-09
            """)
    void readsAWeekdayNamedWithItsWeek(String text, String start, String end) {
        assertReads(text, MONDAY, start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1 month 21 days ago               | 2017-10-02 | 2017-10-02
            '1 month, 21 days ago'            | 2017-10-02 | 2017-10-02
            1 month and 21 days ago           | 2017-10-02 | 2017-10-02
            2 years 1 month 21 days ago       | 2015-10-02 | 2015-10-02
            1 month 2 years 21 days ago       | 2015-10-02 | 2015-10-02
            '2 years, 1 month, and 21 days ago' | 2015-10-02 | 2015-10-02
            2 years 21 days later             | 2019-12-14 | 2019-12-14
            3 weeks 2 days from now           | 2017-12-16 | 2017-12-16
            two years and three months ago    | 2015-08-01 | 2015-08-31
            1 year and 3 weeks ago            | 2016-10-31 | 2016-11-06
            """)
    void readsACountInSeveralUnitsByItsFinestUnit(String text, String start, String end) {
        // published Thursday 23 November 2017
        assertReads(text, "2017-11-23", start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2 days 3 days ago      | cannot read
            1.5 years 2 months ago | cannot read
            """)
    void refusesACountThatNamesAUnitTwiceOrHalvesOne(String text, String because) {
        assertRefused(text, "2017-11-23", because);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a few days ago          | 2016-11-02 | 2016-11-05
            few months ago          | 2016-06-01 | 2016-09-30
            several weeks ago       | 2016-09-05 | 2016-10-23
            a couple of years ago   | 2014-01-01 | 2014-12-31
            in a few days           | 2016-11-09 | 2016-11-12
            in a few weeks          | 2016-11-21 | 2016-12-12
            a few days from now     | 2016-11-09 | 2016-11-12
            """)
    void readsAVagueCountBackOrAheadAsTheSpanItsBoundsAllow(String text, String start, String end) {
        assertReads(text, MONDAY, start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a few days    | cannot read
            next Sunday   | may be 2016-11-13 (the coming Sunday) or 2016-11-20
            the 27th      | cannot read
            """)
    void refusesALengthWithoutItsDirectionAndAWeekdayReadersPlaceTwoWays(String text, String because) {
        assertRefused(text, MONDAY, because);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            May twenty one                                    | 2016-05-21 | 2016-05-21
            'monday, jan twenty two, 2018'                    | 2018-01-22 | 2018-01-22
            sunday jan twenty one two thousand and eighteen   | 2018-01-21 | 2018-01-21
            September the twenty-first nineteen seventy eight | 1978-09-21 | 1978-09-21
            'September 10, nineteen zero one'                 | 1901-09-10 | 1901-09-10
            'tenth of September, two thousand'                | 2000-09-10 | 2000-09-10
            June of nineteen ninety nine                      | 1999-06-01 | 1999-06-30
            nineteen twenty eight                             | 1928-01-01 | 1928-12-31
            nineteen oh five                                  | 1905-01-01 | 1905-12-31
            twenty twenty                                     | 2020-01-01 | 2020-12-31
            march ten sixty-six                               | 1066-03-01 | 1066-03-31
            the third quarter of two thousand and twenty      | 2020-07-01 | 2020-09-30
            Year two hundred and sixty seven                  | 0267-01-01 | 0267-12-31
            year 247                                          | 0247-01-01 | 0247-12-31
            'from 2 to 7 Feb, two thousand and eighteen'      | 2018-02-02 | 2018-02-07
            twenty one days ago                               | 2016-10-17 | 2016-10-17
            """)
    void readsYearsAndDaysInWords(String text, String start, String end) {
        assertReads(text, MONDAY, start, end);
    }

    /** Outside a date these are as often counts or times of day ("at ten fifteen", "fourteen hundred people"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            two thousand
            ten fifteen
            twelve thirty
            fourteen hundred
            ten sixty-six
            one thousand seven hundred and eighty nine
            the twenty second
            """)
    void refusesNumberWordsThatAreAsOftenCountsOrTimes(String text) {
        assertRefused(text, MONDAY, "cannot read");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            H1 2016                     | 2016-01-01 | 2016-06-30
            2016 H2                     | 2016-07-01 | 2016-12-31
            2016H2                      | 2016-07-01 | 2016-12-31
            the first half of 2024      | 2024-01-01 | 2024-06-30
            second half of this year    | 2016-07-01 | 2016-12-31
            Q3 this year                | 2016-07-01 | 2016-09-30
            the third quarter this year | 2016-07-01 | 2016-09-30
            2016 the third quarter      | 2016-07-01 | 2016-09-30
            the week after next         | 2016-11-21 | 2016-11-27
            the month after the next    | 2017-01-01 | 2017-01-31
            the year after next         | 2018-01-01 | 2018-12-31
            this decade                 | 2010-01-01 | 2019-12-31
            the next decade             | 2016-11-08 | 2029-12-31
            the past 2 decades          | 1990-01-01 | 2016-11-06
            the 1970's                  | 1970-01-01 | 1979-12-31
            the '40s                    | 1940-01-01 | 1949-12-31
            the nineteen seventies      | 1970-01-01 | 1979-12-31
            the noughties               | 2000-01-01 | 2009-12-31
            the twenty-tens             | 2010-01-01 | 2019-12-31
            21st century                | 2000-01-01 | 2100-12-31
            the fifteenth century       | 1400-01-01 | 1500-12-31
            last 3year                  | 2013-01-01 | 2016-11-06
            """)
    void readsHalvesQuartersDecadesAndCenturies(String text, String start, String end) {
        assertReads(text, MONDAY, start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the 70s       | may be a decade, or temperatures or ages
            70's          | may be a decade, or temperatures or ages
            the seventies | may be a decade, or temperatures or ages
            the '10s      | written in 2016 may be the 2010s or the 1910s
            Q3            | cannot read
            """)
    void refusesDecadesThatAreAsOftenTemperaturesAndAQuarterWithoutItsYear(String text, String because) {
        assertRefused(text, MONDAY, because);
    }

    @ParameterizedTest(name = "{0} written on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            this weekend                    | 2016-11-09 | 2016-11-12 | 2016-11-13
            over the weekend                | 2016-11-09 | 2016-11-12 | 2016-11-13
            this weekend                    | 2016-11-13 | 2016-11-12 | 2016-11-13
            last weekend                    | 2016-11-07 | 2016-11-05 | 2016-11-06
            last weekend                    | 2016-11-12 | 2016-11-05 | 2016-11-06
            this past weekend               | 2016-11-09 | 2016-11-05 | 2016-11-06
            this coming weekend             | 2016-11-07 | 2016-11-12 | 2016-11-13
            next weekend                    | 2016-11-12 | 2016-11-19 | 2016-11-20
            the week commencing february 4  | 2019-11-07 | 2019-02-04 | 2019-02-10
            the week starting on february 4 | 2019-11-07 | 2019-02-04 | 2019-02-10
            w/c feb 4                       | 2019-11-07 | 2019-02-04 | 2019-02-10
            3 days starting from next monday | 2024-11-07 | 2024-11-11 | 2024-11-13
            a week starting tomorrow        | 2024-11-07 | 2024-11-08 | 2024-11-14
            2 weeks starting may 20th       | 2024-11-07 | 2024-05-20 | 2024-06-02
            'for 3 days, from today'        | 2018-05-23 | 2018-05-23 | 2018-05-25
            """)
    void readsWeekendsAndTheDaysFromADay(String text, String anchor, String start, String end) {
        assertReads(text, anchor, start, end);
    }

    @ParameterizedTest(name = "{0} written on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            this weekend | 2016-11-07 | may be 2016-11-05 (the weekend just over) or 2016-11-12 (the coming one)
            the weekend  | 2016-11-07 | may be 2016-11-05
            next weekend | 2016-11-09 | may be 2016-11-12 (the coming weekend) or 2016-11-19 (the weekend of next week)
            """)
    void refusesAWeekendReadersPlaceTwoWays(String text, String anchor, String because) {
        assertRefused(text, anchor, because);
    }

    @ParameterizedTest(name = "{0} written on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            from 4 to 22 this month                | 2016-11-07 | 2016-11-04 | 2016-11-22
            from 4-23 in next month                | 2016-11-07 | 2016-12-04 | 2016-12-23
            4 till 23 of this month                | 2016-11-07 | 2016-11-04 | 2016-11-23
            between 4 and 22 this month            | 2016-11-07 | 2016-11-04 | 2016-11-22
            'from 4 to January 22, 1995'           | 2016-11-07 | 1995-01-04 | 1995-01-22
            from 02 to April 07                    | 2018-04-02 | 2018-04-02 | 2018-04-07
            between 2014-2018                      | 2016-11-07 | 2014-01-01 | 2018-12-31
            next week between Wednesday and Friday | 2017-11-14 | 2017-11-22 | 2017-11-24
            last week between Friday and Sunday    | 2017-11-14 | 2017-11-10 | 2017-11-12
            this week from Tue to Thur             | 2017-11-14 | 2017-11-14 | 2017-11-16
            """)
    void readsARangeOfDaysInAMonthOrWeekNamedFromPublication(String text, String anchor, String start, String end) {
        assertReads(text, anchor, start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            from 22 to 4 this month    | ends before it starts
            from 4 to 31 next month    | November 2016 has 30 days
            """)
    void refusesARangeOfDaysThatIsNoRange(String text, String because) {
        assertRefused(text, "2016-10-07", because);
    }

    /** Published Tuesday 29 May 2018; an open end is written as the calendar's edge. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            more than 2 weeks after today        | 2018-06-12  | 9999-12-31
            more than 2 days before yesterday    | -9999-01-01 | 2018-05-26
            more than 3 days after christmas 2018 | 2018-12-28 | 9999-12-31
            less than 2 weeks from today         | 2018-05-29  | 2018-06-12
            within 2 weeks from today            | 2018-05-29  | 2018-06-12
            less than 3 days after tomorrow      | 2018-05-30  | 2018-06-02
            less than 3 days before today        | 2018-05-26  | 2018-05-29
            """)
    void readsMoreOrLessThanACountFromADayAsTheBoundItSets(String text, String start, String end) {
        assertReads(text, "2018-05-29", start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            more than 2 years            | cannot read
            more than 3 days after June 2018 | is a month, not a day to count from
            """)
    void refusesMoreThanACountWithoutADayToCountFrom(String text, String because) {
        assertRefused(text, "2018-05-29", because);
    }
}
