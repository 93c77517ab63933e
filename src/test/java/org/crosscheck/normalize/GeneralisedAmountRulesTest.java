package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.normalize.QuantityReadings.read;
import static org.crosscheck.normalize.QuantityReadings.refusal;

import java.math.BigDecimal;
import org.crosscheck.model.Hedge;
import org.crosscheck.model.QuantityValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grammar rules added when the readers were measured on Recognizers-Text's specs (RecognizersAmountCorpusTest): each rule
 * with the forms it reads and the forms it must still refuse or leave as they were. The phrases are not the suite's
 * rows alone: each rule is tried on forms the suite does not have.
 */
class GeneralisedAmountRulesTest {


    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            5 eighths of a mile                   | 'eighths' after the number changes it
            two hundred and fifty-four hundredths | may be 254 hundredths, or a whole number and hundredths
            3 sixteenths of an inch               | 'sixteenths' after the number changes it
            """)
    void anOrdinalsPluralAfterANumberMakesAFractionAndIsRefused(String text, String message) {
        assertThat(refusal(text)).contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            twenty-first                                      | 21
            thirty fourth                                     | 34
            one hundred twenty fifth                          | 125
            two hundred eleventh                              | 211
            two hundredth                                     | 200
            three trillionth                                  | 3000000000000
            a hundred trillionth                              | 100000000000000
            twenty-one trillion and three hundred twenty second | 21000000000322
            """)
    void aCompoundOrdinalIsReadWhole(String text, String value) {
        assertThat(read(text).amount()).isEqualByComparingTo(value);
        assertThat(read(text).unit()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3 - fifth         | 'fifth' makes it a fraction
            """)
    void aSmallOrdinalAfterAFullNumberIsAFractionNotAnOrdinalNorARangeEnd(String text, String message) {
        assertThat(refusal(text)).contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3 dzs        | 36
            five dozs    | 60
            2 doz eggs   | 24
            4 dz         | 48
            200 dozens   | 2400
            two hundred dozen | 2400
            10 tln       | 10000000000000
            """)
    void dozenAndTrillionAbbreviationsScaleTheNumber(String text, String value) {
        assertThat(read(text).amount()).isEqualByComparingTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            three hundred and two dozens | 'dozens' after the number changes it
            one hundred and five dozen   | 'dozen' after the number changes it
            """)
    void aDozenAfterAHundredAndARestIsAmbiguous(String text, String message) {
        assertThat(refusal(text)).contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            100t     | 't' is an abbreviation crosscheck does not know
            1.2b     | 'b' is an abbreviation crosscheck does not know
            10 nm    | 'nm' is an abbreviation crosscheck does not know
            40 pcs   | 'pcs' is an abbreviation crosscheck does not know
            """)
    void anUnknownAbbreviationAfterTheNumberIsRefusedNotCounted(String text, String message) {
        assertThat(refusal(text)).contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            10 MPs        | 10
            5 NGOs        | 5
            30 CEOs       | 30
            1,000 police officers | 1000
            """)
    void anAbbreviationInCapitalsIsANameAndMayBeCounted(String text, String value) {
        assertThat(read(text).amount()).isEqualByComparingTo(value);
        assertThat(read(text).unit()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            at least 5000 or equal       | 'or equal' after a number that already has a hedge
            5000 or equal                | 'or equal' needs a comparison before the number
            more than 5 or less          | 'or less' after a number that already has a hedge
            100 percentage               | 'percentage' after the number changes it
            10000 bitcoins               | 'bitcoins' names money with no ISO 4217 code
            6.25 BTC                     | 'btc' names money with no ISO 4217 code
            2 satoshis                   | 'satoshis' names money with no ISO 4217 code
            """)
    void wordsThatWouldChangeTheValueAreRefusedNotDropped(String text, String message) {
        assertThat(refusal(text)).contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one hundred percents | 100      | %
            $1MM                 | 1000000  | USD
            1MM                  | 1000000  |
            30 MUSD              | 30000000 | USD
            twenty MUSD          | 20000000 | USD
            MAUD 60              | 60000000 | AUD
            48.5 MGBP            | 48500000 | GBP
            MSEK 120             | 120000000 | SEK
            """)
    void percentsMillionsInCapitalsAndMillionsOfACodeAreRead(String text, String value, String unit) {
        assertThat(read(text).amount()).isEqualByComparingTo(value);
        assertThat(read(text).unit()).isEqualTo(unit == null ? "" : unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1 mm      | 0.001 | m
            30 MXN    | 30    | MXN
            """)
    void lowerCaseMmAndCodesStartingWithMAreUnchanged(String text, String value, String unit) {
        assertThat(read(text).amount()).isEqualByComparingTo(value);
        assertThat(read(text).unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            30 MABC
            MABC 30
            """)
    void mBeforeLettersThatAreNoCurrencyIsNotMillions(String text) {
        // "ABC" is no ISO code, so "MABC" is a name in capitals, counted, never millions of anything
        Parsed<QuantityValue> parsed = QuantityParser.parse(text);
        parsed.toOptional().ifPresent(q -> {
            assertThat(q.amount()).isEqualByComparingTo("30");
            assertThat(q.unit()).isEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            10 decimetres       | 1        | m
            10 dm               | 1        | m
            2 picometer         | 2E-12    | m
            5 nanometres        | 5E-9     | m
            150 microgram       | 1.5E-7   | kg
            37.8 microgrammes   | 3.78E-8  | kg
            120 μg              | 1.2E-7   | kg
            120 mcg             | 1.2E-7   | kg
            10 megalitres       | 10000000 | L
            5 cl                | 0.05     | L
            3 decagrams         | 0.03     | kg
            3 dekagrams         | 0.03     | kg
            2 gigajoules        | 555555.5555555556 | Wh
            40 milliwatts       | 0.04     | W
            3 tablespoons       | 0.04436029434375 | L
            2 tsp               | 0.0098578431875 | L
            0.9 trillion cubic feet | 25485161932800 | L
            188 miles an hour   | 302.557 | km/h
            10km/hr             | 10       | km/h
            5 Ml                | 5000000  | L
            5ML                 | 5000000  | L
            5 ml                | 0.005    | L
            5 mL                | 0.005    | L
            40 mW               | 0.04     | W
            40 MW               | 40000000 | W
            """)
    void metricPrefixesKitchenSpoonsCubicFeetAndSpeedsAreUnitsOfTheirDimension(String text, String value, String unit) {
        QuantityValue q = read(text);
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.amount().round(new java.math.MathContext(6))).isEqualByComparingTo(new BigDecimal(value).round(new java.math.MathContext(6)));
        assertThat(q.hedge()).isEqualTo(Hedge.EXACT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            5 kilowatts  | 5000   | W
            3 kilometres | 3000   | m
            2 milligrams | 0.000002 | kg
            """)
    void unitsTheTableHadBeforeKeepTheirReading(String text, String value, String unit) {
        assertThat(read(text).amount()).isEqualByComparingTo(value);
        assertThat(read(text).unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            five hundred or more              | AT_LEAST  | 500..
            500 and more                      | AT_LEAST  | 500..
            18 and over                       | AT_LEAST  | 18..
            five hundred or less              | AT_MOST   | 0..500
            40 or fewer                       | AT_MOST   | 0..40
            less than 5000 or equal           | AT_MOST   | 0..5000
            more than 5000 or equal to        | AT_LEAST  | 5000..
            equal to 5000 or less             | AT_MOST   | 0..5000
            1,000 or so                       | APPROX    | 900..1100
            >10                               | MORE_THAN | 10..
            <20                               | LESS_THAN | 0..20
            >= 30                             | AT_LEAST  | 30..
            ≤ 30                              | AT_MOST   | 0..30
            greater than or equal to 50       | AT_LEAST  | 50..
            less than or equal to 30          | AT_MOST   | 0..30
            exceed 3000                       | MORE_THAN | 3000..
            surpassing 3000                   | MORE_THAN | 3000..
            equals 20                         | EXACT     | 20..20
            more than 10 and less than 40     | BETWEEN   | 10..40
            at most 100 and at least 20       | BETWEEN   | 20..100
            above 1000 but below 1500         | BETWEEN   | 1000..1500
            greater than 30 and less than or equal to 40 | BETWEEN | 30..40
            20 through 100                    | BETWEEN   | 20..100
            """)
    void comparisonsBeforeAndAfterTheNumberAreItsBounds(String text, Hedge hedge, String bounds) {
        QuantityValue q = read(text);
        assertThat(q.hedge()).isEqualTo(hedge);
        assertThat(q.bounds()).isEqualTo(bounds);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3 larger rivals                | 3
            10 police officers or soldiers | 10
            """)
    void comparativeWordsBeforeWhatIsCountedAreNotBounds(String text, String value) {
        assertThat(read(text).amount()).isEqualByComparingTo(value);
        assertThat(read(text).hedge()).isEqualTo(Hedge.EXACT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            C$1.34                     | 1.34      | CAD
            c $ 16.4 million           | 16400000  | CAD
            HK$10.05 billion           | 10050000000 | HKD
            A$5                        | 5         | AUD
            NZ$15                      | 15        | NZD
            Mex$ 10 million            | 10000000  | MXN
            U.S. $ 100,000,000         | 100000000 | USD
            USD$ 15                    | 15        | USD
            AUD$15                     | 15        | AUD
            75 USD million             | 75000000  | USD
            half million USD           | 500000    | USD
            quarter million US dollars | 250000    | USD
            12,34,567.89 rupees        | 1234567.89 | INR
            Rs 1,00,000                | 100000    | INR
            """)
    void countryLettersBeforeADollarSignScalesAfterACodeAndIndianGroupingAreRead(String text, String value, String unit) {
        assertThat(read(text).amount()).isEqualByComparingTo(value);
        assertThat(read(text).unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1,3        | '1,3' is not a number
            5,00       | '5,00' is not a number
            12,3,456   | '12,3,456' is not a number
            """)
    void malformedGroupingAndAFractionOfSomethingStayRefused(String text, String message) {
        assertThat(refusal(text)).contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one and a fourth             | 1.25
            three and one fourth         | 3.25
            forty two and a third        | 42.3333333
            twenty and three fifths      | 20.6
            one million and a half       | 1500000
            3 million and a half         | 3500000
            two million and one half     | 2500000
            five billion and three quarters | 5750000000
            six million and two thirds   | 6666666.67
            2 1/4                        | 2.25
            10 1/2 miles                 | 16898.112
            two hundred point zero three | 200.03
            two hundred point seventy-one | 200.71
            nought point nought three    | 0.03
            zero point zero eight        | 0.08
            nought point eleven          | 0.11
            """)
    void aWholeNumberAndAPartOfOneAndDecimalsInWordsAreRead(String text, String value) {
        assertThat(read(text).amount().round(new java.math.MathContext(9))).isEqualByComparingTo(new BigDecimal(value).round(new java.math.MathContext(9)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one hundred and three quarters | may be 103 quarters, or a whole number and quarters
            one and three halves           | 'three' after the number changes it
            2 5/4                          | '5/4'
            """)
    void aPartThatIsNotUnderOneOrCouldBeRegroupedStaysRefused(String text, String message) {
        assertThat(refusal(text)).contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ₦500 million | 500000000 | NGN
            100₾         | 100       | GEL
            100,000 ₭    | 100000    | LAK
            5 ₽          | 5         | RUB
            ₱20,000      | 20000     | PHP
            """)
    void aCurrencySignTheJdksLocalesGiveOneCurrencyIsThatCurrency(String text, String value, String unit) {
        assertThat(read(text).amount()).isEqualByComparingTo(value);
        assertThat(read(text).unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            100元          | '元' is not a word
            ₿21,000,000    | '₿' is not a number crosscheck knows
            """)
    void aSignOfNoOneCurrencyIsRefused(String text, String message) {
        assertThat(refusal(text)).contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            190 km2 | 190000000 | m²
            500 m2  | 500       | m²
            20 m3   | 20000     | L
            """)
    void aLengthSymbolWithTwoOrThreeIsSquaredOrCubed(String text, String value, String unit) {
        assertThat(read(text).amount()).isEqualByComparingTo(value);
        assertThat(read(text).unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            20 (kg)              | 20   | kg
            20 [kg]              | 20   | kg
            20 {kg}              | 20   | kg
            20 <kg>              | 20   | kg
            between 2 and 3 (km) | 2500 | m
            """)
    void aUnitInBracketsAfterTheNumberIsTheUnit(String text, String value, String unit) {
        assertThat(read(text).amount()).isEqualByComparingTo(value);
        assertThat(read(text).unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            20 (approx)  | '(approx)' is not a word
            20 (m)       | '(m)' is not a word
            20 (USD)     | '(usd)' is not a word
            (kg) 20      | '(kg)' is not a number
            """)
    void bracketsAroundAnythingButAUnitAfterTheNumberStayRefused(String text, String message) {
        assertThat(refusal(text)).contains(message);
    }
}
