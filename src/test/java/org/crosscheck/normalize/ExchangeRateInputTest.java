package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.crosscheck.load.FactsLoader;
import org.crosscheck.model.Citation;
import org.crosscheck.model.ExchangeRate;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.support.FactsDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeRateInputTest {

    @TempDir
    Path dir;

    @Test
    void badRatesAreReportedWhereTheyAreWritten() throws Exception {
        new FactsDir(dir).file("reference/rates.yaml", """
                rates:
                  - id: lower-case-code
                    from: usd
                    to: KES
                    rate: 129
                    date: 2024-06-28
                    citation: {issuer: Bank, document: Rates}
                  - id: not-a-number
                    from: USD
                    to: KES
                    rate: about 129
                    date: 2024-06-28
                    citation: {issuer: Bank, document: Rates}
                  - id: month-only
                    from: USD
                    to: KES
                    rate: 129
                    date: 2024-06
                    citation: {issuer: Bank, document: Rates}
                  - id: negative
                    from: USD
                    to: KES
                    rate: -1
                    date: 2024-06-28
                    citation: {issuer: Bank, document: Rates}
                """);

        NormalizedFacts facts = new Normalizer().normalize(new FactsLoader().load(dir));

        assertThat(facts.corpus().rates()).isEmpty();
        assertThat(facts.problems()).extracting(p -> p.location().line() + ":" + p.location().column() + " " + p.message())
                .containsExactly(
                        "3:11 'usd' is not an ISO 4217 currency code",
                        "11:11 rate 'about 129' is not a number",
                        "18:11 a rate needs the day it was quoted, not month",
                        "23:11 a rate must be greater than zero");
        assertThat(facts.problems()).allSatisfy(p -> assertThat(p.hint()).isNotBlank());
    }

    @Test
    void aRateQuotedTheOtherWayRoundIsInverted() {
        ExchangeRate kesToUsd = new ExchangeRate("r", "KES", "USD", new BigDecimal("0.0077"), LocalDate.of(2024, 6, 28),
                new Citation("Bank", "Rates", null, null), Location.ofFile("r"));
        QuantityValue fiveMillionDollars = QuantityParser.parse("$5 million").toOptional().orElseThrow();

        QuantityValue inShillings = CurrencyCheck.convert(fiveMillionDollars, "KES", kesToUsd);

        assertThat(inShillings.unit()).isEqualTo("KES");
        assertThat(inShillings.amount().divide(new BigDecimal("1e6")).intValue()).isEqualTo(649);
    }

    @Test
    void problemsListIsEmptyForAValidRate() throws Exception {
        new FactsDir(dir).file("reference/rates.yaml", """
                rates:
                  - id: ok
                    from: USD
                    to: KES
                    rate: "129.24"
                    date: 2024-06-28
                    citation: {issuer: Bank, document: Rates, date: 2024-06-28}
                """);

        NormalizedFacts facts = new Normalizer().normalize(new FactsLoader().load(dir));

        assertThat(facts.problems()).extracting(Problem::message).isEmpty();
        assertThat(facts.corpus().rates()).singleElement().satisfies(r -> {
            assertThat(r.rate()).isEqualByComparingTo("129.24");
            assertThat(r.citation().date().start()).isEqualTo(LocalDate.of(2024, 6, 28));
            assertThat(r.citation().date().normalized()).as("a citation date keeps its precision").isEqualTo("2024-06-28");
        });
    }
}
