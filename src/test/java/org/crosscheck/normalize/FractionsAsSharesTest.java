package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.normalize.QuantityReadings.read;
import static org.crosscheck.normalize.QuantityReadings.refusal;

import org.crosscheck.model.Hedge;
import org.crosscheck.model.QuantityValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A fraction of one standing alone ("two thirds", "one in five", "⅔") is a share and is read in percent, so that it is
 * compared with the percentages other sources write; a fraction of a scale ("two thirds of a million") and a fraction
 * above one ("twenty-three fifths") are numbers. Fractions readers take two ways stay refused. docs/values.md says why.
 */
class FractionsAsSharesTest {


    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            two thirds                 | 66.66666666666667
            a two-thirds majority      | 66.66666666666667
            a half                     | 50
            half                       | 50
            one half                   | 50
            three quarters of voters   | 75
            a quarter                  | 25
            one in five                | 20
            one in five voters         | 20
            1 in 5 Kenyans             | 20
            7 out of 10                | 70
            two out of five hundred    | 0.4
            one in a million           | 0.0001
            1 over 3                   | 33.33333333333333
            one over twenty            | 5
            ⅔                          | 66.66666666666667
            ½                          | 50
            3/4                        | 75
            1/5                        | 20
            a hundredth                | 1
            a hundred trillionths      | 0.00000001
            one twenty-fifth           | 4
            a twenty-first             | 4.761904761904762
            five eighths               | 62.5
            five - eighths             | 62.5
            one-eighth                 | 12.5
            one one hundred fifth      | 0.9523809523809524
            twenty twenty fifths       | 80
            three twenty-firsts        | 14.28571428571429
            one one hundred and fifth  | 0.9523809523809524
            half the budget            | 50
            """)
    void aFractionOfOneAloneIsAShareInPercent(String text, String percent) {
        QuantityValue q = read(text);
        assertThat(q.unit()).as(text).isEqualTo("%");
        assertThat(q.amount()).as(text).isEqualByComparingTo(percent);
        assertThat(q.hedge()).as(text).isEqualTo(Hedge.EXACT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            two thirds of a million               | 666666.6666666667
            three quarters of a billion           | 750000000
            three quarters billion                | 750000000
            half a million                        | 500000
            a half million                        | 500000
            quarter million                       | 250000
            one billion and a half million        | 1000500000
            one billion and three quarters million | 1000750000
            twenty-three fifths                   | 4.6
            twenty one fifths                     | 4.2
            2000 over 3                           | 666.6666666666667
            one million two thousand two hundred three fifths | 200440.6
            3½                                    | 3.5
            two and fifty-four hundredths         | 2.54
            one and one twenty-fifth              | 1.04
            10 1/2                                | 10.5
            """)
    void aFractionOfAScaleOrAboveOneIsANumber(String text, String value) {
        QuantityValue q = read(text);
        assertThat(q.unit()).as(text).isEmpty();
        assertThat(q.amount()).as(text).isEqualByComparingTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1/4 mile        | 402.336 | m
            1/2 cup         | 0.11829411825 | L
            half a litre    | 0.5     | L
            ½ teaspoon      | 0.002464460796875 | L
            """)
    void aFractionBeforeAUnitIsAMeasureNotAShare(String text, String value, String unit) {
        QuantityValue q = read(text);
        assertThat(q.unit()).as(text).isEqualTo(unit);
        assertThat(q.amount()).as(text).isEqualByComparingTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            more than half                       | MORE_THAN | 50
            about a third                        | APPROX    | 33.33333333333333
            nearly two thirds                    | NEARLY    | 66.66666666666667
            2 in 5 or more                       | AT_LEAST  | 40
            """)
    void aShareTakesTheHedgesOfANumber(String text, Hedge hedge, String percent) {
        QuantityValue q = read(text);
        assertThat(q.unit()).isEqualTo("%");
        assertThat(q.hedge()).isEqualTo(hedge);
        assertThat(q.amount()).isEqualByComparingTo(percent);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            above one quarter and below a half | 25 | 50
            between a third and a half         | 33.33333333333333 | 50
            """)
    void sharesMakeARange(String text, String low, String high) {
        QuantityValue q = read(text);
        assertThat(q.unit()).isEqualTo("%");
        assertThat(q.hedge()).isEqualTo(Hedge.BETWEEN);
        assertThat(q.lower()).isEqualByComparingTo(low);
        assertThat(q.upper()).isEqualByComparingTo(high);
    }

    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource(delimiter = '|', textBlock = """
            two thirds      | 67%      | true
            two thirds      | 66.7%    | true
            two thirds      | 60%      | false
            two thirds      | 70%      | false
            one in five     | 20%      | true
            one in five     | 21%      | false
            a half          | 50 per cent | true
            three quarters  | 3/4      | true
            about a third   | 30%      | true
            a third         | 30%      | false
            """)
    void aShareIsComparedWithPercentagesUnderTheirRounding(String fraction, String percentage, boolean compatible) {
        Relation relation = Compare.relation(read(fraction), read(percentage));
        assertThat(relation.isCompatible()).as("%s against %s: %s", fraction, percentage, relation).isEqualTo(compatible);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one hundred thirty fifths             | may be 130 fifths, or 'thirty' may begin the denominator ('thirty-fifths')
            one hundred and thirty fifths         | may be 130 fifths, or a whole number and fifths
            two hundred and fifty-four hundredths | may be 254 hundredths, or a whole number and hundredths
            ninety - five hundred fifths          | a hyphen before a compound denominator may join either side
            one hundred one thousand fifths       | may be 101000 fifths, or 'thousand' may begin the denominator
            5 over 3 years                        | 'over' after the number changes it
            3 in 2024                             | 'in' after the number changes it
            5 in 3                                | 'in' after the number changes it
            5 eighths of a mile                   | 'eighths' after the number changes it
            half of the 47 counties               | '47' after the number changes it
            two thirds percent                    | 'thirds' after the number changes it
            a fifths                              | 'fifths' makes it a fraction crosscheck cannot read here
            two fifth                             | 'fifth' after the number changes it
            a second                              | 'second' is not a number crosscheck knows
            three twenty-first                    | 'twenty' after the number changes it
            one twenty-firsts                     | 'twenty-firsts' after the number changes it
            """)
    void fractionsReadTwoWaysOrWithNoWholeStayRefused(String text, String message) {
        assertThat(refusal(text)).contains(message);
    }
}
