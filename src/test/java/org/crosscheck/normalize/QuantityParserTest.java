package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.Hedge;
import org.crosscheck.model.QuantityValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sh600 billion                  | 600000000000 | KES | EXACT     | 550000000000..650000000000
            approximately Sh600 billion    | 600000000000 | KES | APPROX    | 540000000000..660000000000
            KSh 2.5bn                      | 2500000000   | KES | EXACT     | 2450000000..2550000000
            $950 million                   | 950000000    | USD | EXACT     | 945000000..955000000
            US$4.7 billion                 | 4700000000   | USD | EXACT     | 4650000000..4750000000
            €3m                            | 3000000      | EUR | EXACT     | 2700000..3300000
            10 billion yuan                | 10000000000  | CNY | EXACT     | 9000000000..11000000000
            RMB 5 billion                  | 5000000000   | CNY | EXACT     | 4500000000..5500000000
            5%                             | 5            | %   | EXACT     | 4.5..5.499
            maybe 5%                       | 5            | %   | APPROX    | 4.5..5.5
            about five percent             | 5            | %   | APPROX    | 4.5..5.5
            1,000                          | 1000         |     | EXACT     | 900..1100
            1,000 police officers          | 1000         |     | EXACT     | 900..1100
            at least 1,000                 | 1000         |     | AT_LEAST  | 1000..
            more than 400                  | 400          |     | MORE_THAN | 400..
            up to 300                      | 300          |     | AT_MOST   | 0..300
            nearly 2,000                   | 2000         |     | NEARLY    | 1800..2000
            two dozen                      | 24           |     | EXACT     | 24..24
            30 countries                   | 30           |     | EXACT     | 30..30
            600                            | 600          |     | EXACT     | 550..650
            32 member states               | 32           |     | EXACT     | 32..32
            a few hundred                  | 350          |     | APPROX    | 200..500
            first                          | 1            |     | EXACT     | 1..1
            the 3rd                        | 3            |     | EXACT     | 3..3
            Sh3.2 bln                      | 3200000000   | KES | EXACT     | 3150000000..3250000000
            $3 mln                         | 3000000      | USD | EXACT     | 2700000..3300000
            $3.2 bil                       | 3200000000   | USD | EXACT     | 3150000000..3250000000
            $40 mil                        | 40000000     | USD | EXACT     | 36000000..44000000
            Sh2.3trn                       | 2300000000000 | KES | EXACT    | 2250000000000..2350000000000
            $1.2tn                         | 1200000000000 | USD | EXACT    | 1150000000000..1250000000000
            3 millions                     | 3000000      |     | EXACT     | 2700000..3300000
            Sh3.2 billions                 | 3200000000   | KES | EXACT     | 3150000000..3250000000
            5 pct                          | 5            | %   | EXACT     | 4.5..5.499
            33.7%                          | 33.7         | %   | EXACT     | 33.65..33.7499
            £3.2bn                         | 3200000000   | GBP | EXACT     | 3150000000..3250000000
            GBP 40 million                 | 40000000     | GBP | EXACT     | 36000000..44000000
            2 billion pounds sterling      | 2000000000   | GBP | EXACT     | 1800000000..2200000000
            1,000 first-time voters        | 1000         |     | EXACT     | 900..1100
            3,000 m-pesa agents            | 3000         |     | EXACT     | 2700..3300
            a quarter of a million         | 250000       |     | EXACT     | 245000..255000
            2 million-plus                 | 2000000      |     | AT_LEAST  | 2000000..
            5 hundred thousand             | 500000       |     | EXACT     | 450000..550000
            $3m                            | 3000000      | USD | EXACT     | 2700000..3300000
            $100k                          | 100000       | USD | EXACT     | 90000..110000
            10k$                           | 10000        | USD | EXACT     | 9000..11000
            3m€                            | 3000000      | EUR | EXACT     | 2700000..3300000
            10 dinars                      | 10           | dinar (country not stated) | EXACT | 10..10
            ten riyals                     | 10           | riyal (country not stated) | EXACT | 10..10
            500 million pesos              | 500000000    | peso (country not stated)  | EXACT | 450000000..550000000
            2,000 kroner                   | 2000         | krone (country not stated) | EXACT | 1800..2200
            ten cents                      | 10           | cent (currency not stated) | EXACT | 10..10
            10¢                            | 10           | cent (currency not stated) | EXACT | 10..10
            ten pennies                    | 10           | cent (currency not stated) | EXACT | 10..10
            42 Kuwaiti dinars              | 42           | KWD | EXACT     | 42..42
            $20 and 43 cents               | 20.43        | USD | EXACT     | 20.43..20.43
            seven gold                     | 7            |     | EXACT     | 7..7
            two silver                     | 2            |     | EXACT     | 2..2
            5 XAU                          | 5            | XAU | EXACT     | 5..5
            """)
    void readsAmountsCountsAndPercentages(String text, String amount, String unit, Hedge hedge, String bounds) {
        Parsed<QuantityValue> parsed = QuantityParser.parse(text);

        QuantityValue value = parsed.toOptional().orElseThrow(() -> new AssertionError(parsed));
        assertThat(value.amount().stripTrailingZeros().toPlainString()).isEqualTo(amount);
        assertThat(value.unit()).isEqualTo(unit == null ? "" : unit);
        assertThat(value.hedge()).isEqualTo(hedge);
        assertThat(value.bounds()).isEqualTo(bounds);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            -5 million              | an amount cannot be negative
            Sh -3 billion           | an amount cannot be negative
            £-3 billion             | an amount cannot be negative
            lots of money           | cannot read 'lots of money' as an amount or count
            $5 euros                | '$5 euros' names two units: USD and EUR
            one in 2024             | 'in' after the number changes it
            a third of 47 counties  | '47' after the number changes it
            a lot of people         | 'lot' gives no number
            many                    | 'many' gives no number
            one twenty two          | 'twenty' after the number changes it
            27 zorb km              | 'km' after the number changes it
            2 pounds                | 'pounds' may be money or weight
            3 tons                  | ambiguous
            3m                      | 'm' is metres or millions
            100k                    | 'k' is thousands or kilometres
            27 km and 3 kg          | 'kg' is not the same measure
            between 300 and 200     | the range ends below where it starts
            between 3 km and 5 kg   | two units
            10 kr                   | 'kr' may be any of DKK, ISK, NOK, SEK
            42 bucks                | 'bucks' names no currency
            5 Sierra Leonean leones | may be any of SLE, SLL
            10 dinars 5 KWD         | '5' after the number changes it
            10 c                    | 'c' after the number changes it
            one billion million     | 'million' after the number changes it
            two million thousand    | 'thousand' after the number changes it
            between 200 and 300 plus | 'plus' on an end of a range
            27 km plus              | 'plus' after the number changes it
            exceeds $1 billion plus | 'plus' after a number that already has a hedge
            """)
    void refusesWhatItCannotRead(String text, String message) {
        assertThat(QuantityParser.parse(text)).isInstanceOfSatisfying(Parsed.Failed.class,
                failed -> assertThat(failed.message()).contains(message));
    }
}
