package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.model.DateValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Relative phrases English readers resolve in two ways (Duckling and Recognizers-Text each take one): read
 * when both ways give the same dates, refused with both when they do not; "this past" and "this coming"
 * say which one; "the next 3 months" holds both readings; two-digit years as POSIX's %y reads them.
 */
class AmbiguousRelativeDatesTest {

    private static DateValue anchor(String text) {
        return DateParser.parse(text, null).toOptional().orElseThrow();
    }

    @ParameterizedTest(name = "{0} (published {1})")
    @CsvSource(delimiter = '|', textBlock = """
            this Friday            | 2016-11-07 | 2016-11-11 | 2016-11-11
            this Monday            | 2013-02-11 | 2013-02-11 | 2013-02-11
            this Sunday            | 2016-11-07 | 2016-11-13 | 2016-11-13
            next Sunday            | 2016-11-13 | 2016-11-20 | 2016-11-20
            last Friday            | 2016-11-07 | 2016-11-04 | 2016-11-04
            this past Friday       | 2016-11-12 | 2016-11-11 | 2016-11-11
            this coming Friday     | 2016-11-07 | 2016-11-11 | 2016-11-11
            last September         | 2016-03-07 | 2015-09-01 | 2015-09-30
            next March             | 2013-07-12 | 2014-03-01 | 2014-03-31
            this past September    | 2016-11-07 | 2016-09-01 | 2016-09-30
            the next 3 months      | 2016-11-07 | 2016-11-08 | 2017-02-28
            the past 3 months      | 2016-11-07 | 2016-08-01 | 2016-11-06
            next 3 days            | 2016-11-07 | 2016-11-08 | 2016-11-10
            05/05/89               | 2016-11-07 | 1989-05-05 | 1989-05-05
            3/3/15                 | 2016-11-07 | 2015-03-03 | 2015-03-03
            14th April 71          | 2016-11-07 | 1971-04-14 | 1971-04-14
            the first week of September 2014 | 2016-11-07 | 2014-09-01 | 2014-09-07
            the last week of August 2014     | 2016-11-07 | 2014-08-25 | 2014-08-31
            """)
    void readsWhatHasOneReading(String written, String published, String start, String end) {
        Parsed<DateValue> parsed = DateParser.parse(written, anchor(published));

        assertThat(parsed).as(written).isInstanceOf(Parsed.Ok.class);
        assertThat(parsed.toOptional().orElseThrow().start()).as(written).isEqualTo(LocalDate.parse(start));
        assertThat(parsed.toOptional().orElseThrow().end()).as(written).isEqualTo(LocalDate.parse(end));
    }

    @ParameterizedTest(name = "{0} (published {1})")
    @CsvSource(delimiter = '|', textBlock = """
            next Sunday            | 2016-11-07 | may be 2016-11-13 (the coming Sunday) or 2016-11-20 (the Sunday of next week)
            next wednesday         | 2013-02-12 | may be 2013-02-13 (the coming Wednesday) or 2013-02-20
            last Tuesday           | 2016-11-11 | may be 2016-11-08 (the latest Tuesday) or 2016-11-01 (the Tuesday of last week)
            this Monday            | 2013-02-12 | may be 2013-02-18 (the coming Monday) or 2013-02-11 (the Monday of this week)
            last sept              | 2016-11-07 | may be 2016-09 (the latest September) or 2015-09 (September of last year)
            next March             | 2013-02-12 | may be 2013-03 (the coming March) or 2014-03 (March of next year)
            March after next       | 2013-02-12 | may be 2013-03 (the coming March)
            the first week of October 2014   | 2016-11-07 | the weeks of 2014-10 are counted in more than one way, since 2014-10-01 is a Wednesday
            the last week of September 2014  | 2016-11-07 | since 2014-09-30 is a Tuesday
            the third week of this month     | 2016-11-07 | since 2016-11-01 is a Tuesday
            the 3rd last week of 2018        | 2016-11-07 | the weeks of 2018 are counted in more than one way
            """)
    void refusesWhatReadersResolveTwoWays(String written, String published, String both) {
        Parsed<DateValue> parsed = DateParser.parse(written, anchor(published));

        assertThat(parsed).as(written).isInstanceOf(Parsed.Failed.class);
        assertThat(((Parsed.Failed<DateValue>) parsed).message()).as(written).contains(both);
    }

    @Test
    void theRefusalSaysWhatToWriteInstead() {
        Parsed.Failed<DateValue> weekday = (Parsed.Failed<DateValue>) DateParser.parse("next Sunday", anchor("2016-11-07"));
        Parsed.Failed<DateValue> month = (Parsed.Failed<DateValue>) DateParser.parse("last sept", anchor("2016-11-07"));

        assertThat(weekday.hint()).isEqualTo("write the date");
        assertThat(month.hint()).isEqualTo("write the year");
    }
}
