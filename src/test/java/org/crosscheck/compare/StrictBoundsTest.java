package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.Value;
import org.crosscheck.normalize.DurationParser;
import org.crosscheck.normalize.QuantityParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A strict bound ("nearly", "more than", "under", "just over") against the figure a record states. */
class StrictBoundsTest {

    private static Value quantity(String written) {
        return QuantityParser.parse(written).toOptional().orElseThrow();
    }

    private static Value duration(String written) {
        return DurationParser.parse(written).toOptional().orElseThrow();
    }

    @ParameterizedTest(name = "{0} against the record {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nearly $10 billion    | $10 billion       | true
            nearly $10 billion    | $9.8 billion      | false
            more than 1,000       | 1,000             | true
            more than 1,000       | 1,030             | false
            over $11 billion      | $11,020,000,000   | false
            under 5%              | 5%                | true
            under 5%              | 4.9%              | false
            just over 100 metres  | 100 metres        | true
            at least 1,000        | 1,000             | false
            about 1,000           | 1,000             | false
            1,000                 | 1,000             | false
            nearly 1,000          | about 1,000       | false
            nearly $10 billion    | 10 billion        | false
            """)
    void quantities(String claim, String record, boolean against) {
        assertThat(StrictBounds.against(quantity(claim), quantity(record)).isPresent()).isEqualTo(against);
    }

    @ParameterizedTest(name = "{0} against the record {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nearly 25 years       | 300 months        | true
            nearly 25 years       | 298 months        | false
            almost two years      | 24 months         | true
            more than 2 years     | 2 years           | true
            more than 2 years     | 2 years and 1 month | false
            nearly 90 days        | 90 days           | true
            nearly 13 weeks       | 91 days           | true
            nearly 3 months       | 90 days           | false
            25 years              | 300 months        | false
            nearly 25 years       | about 300 months  | false
            """)
    void lengthsOfTime(String claim, String record, boolean against) {
        assertThat(StrictBounds.against(duration(claim), duration(record)).isPresent()).isEqualTo(against);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nearly 25 years | 300 months | 'nearly 25 years' says less than 300 months, and the record states '300 months' (300 months)
            more than 1,000 | 1,000      | 'more than 1,000' says more than 1000, and the record states '1,000'
            """)
    void saysWhy(String claim, String record, String why) {
        Value c = claim.contains("year") ? duration(claim) : quantity(claim);
        Value r = record.contains("month") ? duration(record) : quantity(record);
        assertThat(StrictBounds.against(c, r)).contains(why);
    }
}
