package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.Hedge;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.normalize.DateParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReaderStyleTest {

    static DateValue date(String written, String anchor) {
        DateValue anchorDate = anchor == null ? null : DateParser.parse(anchor, null).toOptional().orElseThrow();
        return DateParser.parse(written, anchorDate).toOptional().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-06-24 | 24 June 2024",
            "June 2024 | June 2024",
            "2024 | 2024",
            "2024-05-22/2024-05-24 | 22–24 May 2024",
            "2024-05-22/2024-06-03 | 22 May – 3 June 2024",
            "2023-12-30/2024-01-02 | 30 December 2023 – 2 January 2024"})
    void datesAsAReaderWritesThem(String written, String expected) {
        assertThat(ReaderStyle.date(date(written, null))).isEqualTo(expected);
    }

    @Test
    void aRelativeDateKeepsItsWordsAndSaysHowItWasRead() {
        assertThat(ReaderStyle.date(date("earlier this year", "2025-07-08"))).startsWith("“earlier this year” (read as ").endsWith("2025)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3200000000 | USD | EXACT | $3.2 billion",
            "72000000000 | KES | EXACT | KSh 72 billion",
            "950000000 | GBP | APPROX | about £950 million",
            "1250 | officers | EXACT | 1,250 officers",
            "5.5 | % | MORE_THAN | more than 5.5%",
            "30 | '' | EXACT | 30",
            "4000000000000 | USD | EXACT | $4 trillion"})
    void amountsAsAReaderWritesThem(String amount, String unit, Hedge hedge, String expected) {
        BigDecimal value = new BigDecimal(amount);
        QuantityValue quantity = new QuantityValue("as written", value, unit, hedge, value, value);
        assertThat(ReaderStyle.quantity(quantity)).isEqualTo(expected);
    }
}
