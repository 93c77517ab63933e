package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.normalize.QuantityReadings.read;
import static org.crosscheck.normalize.QuantityReadings.refusal;

import java.math.BigDecimal;
import org.crosscheck.model.Hedge;
import org.crosscheck.model.QuantityValue;
import org.junit.jupiter.api.Test;

/**
 * The amount reader's forms that quantulum3's blind run showed it misread (docs/values.md, "Measured against
 * quantulum3"): each is read now by a general rule, or refused with the word named, and each beside a neighbour that
 * must still be refused or read as before.
 */
class QuantulumBlindRunFormsTest {

    private static void assertMeasure(QuantityValue q, String unit, String amount) {
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.amount()).isEqualByComparingTo(amount);
    }

    @Test
    void anyLengthUnitSquaredOrCubedIsAnAreaOrAVolume() {
        // "4 km squared" had read as 4 km, the power dropped
        assertMeasure(read("4 km squared"), "m²", "4000000");
        assertMeasure(read("4km^2"), "m²", "4000000");
        assertMeasure(read("4 square kilometers"), "m²", "4000000");
        assertMeasure(read("2 feet squared"), "m²", "0.18580608");
        assertMeasure(read("4 cubic kilometers"), "L", "4000000000000");
        assertMeasure(read("4 km cubed"), "L", "4000000000000");
        assertMeasure(read("3 cu yd"), "L", "2293.664573952");
        // forms the table had keep their unit
        assertMeasure(read("3 square feet"), "m²", "0.27870912");
        assertMeasure(read("10 m3"), "L", "10000");
        // "in" stays out: "square in" is as often the preposition
        assertThat(refusal("4 square in")).contains("square");
    }

    @Test
    void electronvoltsAndBritishThermalUnitsAreEnergy() {
        // "1.7 eV" and "15,000 British thermal units" had read as the counts 1.7 and 15,000
        QuantityValue ev = read("1.7 eV");
        assertThat(ev.unit()).isEqualTo("Wh");
        assertThat(ev.amount().multiply(new BigDecimal(3600))).isEqualByComparingTo("2.7237002778E-19");
        assertThat(read("3.5–4.0 TeV").hedge()).isEqualTo(Hedge.BETWEEN);
        assertThat(read("3.5–4.0 TeV").measured()).isEqualTo("3.5..4 TeV");
        assertMeasure(read("15,000 British thermal units"), "Wh", "4396.066052583333");
        assertMeasure(read("2 million BTU"), "Wh", "586142.1403444444");
        // MeV and meV differ a billionfold and fold to one word
        assertThat(refusal("5 MeV")).contains("'mev' after the number is ambiguous");
    }

    @Test
    void coinsTimesOfDayAndGeologicalTimeAreRefusedNotCounted() {
        // each had read as a count of what follows, the unit dropped
        assertThat(refusal("3 dimes")).contains("'dimes' names coins worth ten cents");
        assertThat(refusal("2.123 am")).contains("'am' is a time of day");
        assertThat(refusal("66 Ma")).contains("'ma' is a span of geological time");
        assertThat(refusal("One gigaannum")).contains("'gigaannum'");
        // neighbours: cents are read, a word with those letters later in the phrase is what is counted
        assertThat(read("ten cents").amount()).isEqualByComparingTo("10");
        assertThat(read("30 members I am told of").amount()).isEqualByComparingTo("30");
    }

    @Test
    void aUnitOfTimeAfterANumberIsNoCount() {
        // "one billion years" (a length the duration reader refuses) had read as the count 1,000,000,000
        assertThat(refusal("one billion years")).contains("'years' is a unit of time");
        assertThat(refusal("16 hours")).contains("'hours' is a unit of time");
        assertThat(refusal("six weeks' time")).contains("is a unit of time");
        // "quarters" after a number is a share's word, read as before
        assertThat(read("three quarters").unit()).isEqualTo("%");
        // a unit of time later in the phrase is part of what is counted, as before
        assertThat(read("30 officers with years of service").amount()).isEqualByComparingTo("30");
    }

    @Test
    void aRangeWithItsUnitAfterTheFirstEndOnlyIsRefused() {
        // "44 ml to 50" had read as the count 44..50, the unit dropped
        assertThat(refusal("44 ml to 50")).contains("gives a unit (mL) after its first end only");
        assertThat(refusal("from 3 km to 5")).contains("after its first end only");
        // the usual forms: the unit after the second end or after both
        assertThat(read("3 to 5 km").measured()).isEqualTo("3..5 km");
        assertThat(read("3 km to 5 km").measured()).isEqualTo("3..5 km");
        assertThat(read("$3-5 million").unit()).isEqualTo("USD");
    }

    @Test
    void aSuspendedHyphenAndAnAmpersandJoinARange() {
        assertThat(read("8- to 16-meter").measured()).isEqualTo("8..16 m");
        assertThat(read("320- to 640-inch").measured()).isEqualTo("320..640 in");
        assertThat(read("two hundred & forty").amount()).isEqualByComparingTo("240");
        assertThat(read("between 5 & 10").hedge()).isEqualTo(Hedge.BETWEEN);
        // a hyphen with nothing after it is still no range
        assertThat(QuantityParser.parse("8- meters")).isInstanceOf(Parsed.Failed.class);
    }

    @Test
    void aMeasureIsNotAddedUpFromTwoPartsInOneUnit() {
        // "4 square kilometers and 4 km squared" (a list of the same area) had read as 8 km²
        assertThat(refusal("4 square kilometers and 4 km squared")).contains("gives two measures in one unit (km²)");
        assertThat(refusal("4 km and 4 kilometres")).contains("gives two measures in one unit (km)");
        // the sums English writes stay read
        assertMeasure(read("7 feet 10 inches"), "m", "2.3876");
        assertMeasure(read("2 km and 1 metre"), "m", "2001");
        assertMeasure(read("1 kilometer and 1 mile"), "m", "2609.344");
    }

    // general grammar for what the blind run and the earlier suites left refused

    @Test
    void aFractionInWordsOfAUnitIsAMeasure() {
        assertMeasure(read("seven eighths of a mile"), "m", "1408.176");
        assertMeasure(read("one-half miles"), "m", "804.672");
        assertMeasure(read("three quarters of a litre"), "L", "0.75");
        assertThat(read("approximately one-half miles").hedge()).isEqualTo(Hedge.APPROX);
        // "a quarter mile" had been read by the duration reader as three months, the mile dropped
        assertMeasure(read("a quarter mile"), "m", "402.336");
        assertThat(DurationParser.parse("a quarter mile")).isInstanceOf(Parsed.Failed.class);
        // neighbours: alone or of what is counted a fraction is a share, of a scale a number
        assertThat(read("seven eighths").unit()).isEqualTo("%");
        assertThat(read("three quarters of voters").unit()).isEqualTo("%");
        assertThat(read("two thirds of a million").unit()).isEmpty();
        assertThat(QuantityParser.parse("one in five of a mile")).isInstanceOf(Parsed.Failed.class);
    }

    @Test
    void aScaleLetterIsAScaleAfterACurrencyOrBeforeAUnit() {
        assertThat(read("$2.174T").amount()).isEqualByComparingTo("2174000000000");
        assertThat(read("$2.174T").unit()).isEqualTo("USD");
        assertMeasure(read("0.5k miles"), "m", "804672");
        assertMeasure(read("2.5m tonnes"), "kg", "2500000000");
        // neighbours: alone the letters stay ambiguous, and "m in" is metres in a phrase
        assertThat(refusal("100t")).contains("'t'");
        assertThat(refusal("3m")).contains("'m' is metres or millions");
        assertThat(refusal("3m in length")).contains("'m' is metres or millions");
        assertThat(refusal("5k")).contains("'k' is thousands or kilometres");
    }
}
