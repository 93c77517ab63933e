package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.normalize.QuantityReadings.read;
import static org.crosscheck.normalize.QuantityReadings.refusal;

import org.crosscheck.model.QuantityValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A claim's value written with spaces between groups of thousands ("40 000") or with digits after a scale word ("4
 * thousand 3 hundred") is one number; neighbours that are not (a group of two digits, a larger scale after a smaller
 * one) stay refused. Running text does not read either form (ExtractorTest), where a space may stand between numbers.
 */
class SpacedGroupsAndDigitsAfterScalesTest {


    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            40 000                      | 40,000
            1 234 567                   | 1,234,567
            1 234 567.89                | 1,234,567.89
            12 500 people               | 12,500 people
            Sh 1 000                    | Sh1,000
            4 thousand 3 hundred and 21 | 4,321
            4 thousand 3 hundred        | 4,300
            3 hundred and 21            | 321
            1 million 500 thousand      | 1,500,000
            2 thousand 500              | 2,500
            1 crore 20 lakh             | 12,000,000
            fifty - two                 | 52
            """)
    void oneNumberIsReadAsItsDigitsWrittenWhole(String text, String whole) {
        QuantityValue q = read(text);
        QuantityValue w = read(whole);
        assertThat(q.amount()).as(text).isEqualByComparingTo(w.amount());
        assertThat(q.lower()).as(text).isEqualByComparingTo(w.lower());
        assertThat(q.upper()).as(text).isEqualByComparingTo(w.upper());
        assertThat(q.unit()).as(text).isEqualTo(w.unit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            40 00                      | '00' after the number changes it
            1 2345                     | '2345' after the number changes it
            040 000                    | '000' after the number changes it
            1,000 000                  | '000' after the number changes it
            one million two million    | 'million' after the number changes it
            4 thousand 3 million       | 'million' after the number changes it
            4 thousand 3000            | '3000' after the number changes it
            3 hundred and 210          | 'and 210' after the number
            4 thousand 12 hundred      | 'hundred' after the number changes it
            fifty - twelve             | the range ends below where it starts
            """)
    void neighboursThatAreNotOneNumberStayRefused(String text, String message) {
        assertThat(refusal(text)).contains(message);
    }
}
