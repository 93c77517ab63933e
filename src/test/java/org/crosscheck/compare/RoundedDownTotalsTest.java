package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Citation;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.Location;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceStatus;
import org.crosscheck.normalize.DateParser;
import org.crosscheck.normalize.QuantityParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A round running total may be rounded down; everything else keeps the bounds the readers gave it. */
class RoundedDownTotalsTest {

    private static final Source SOURCE = new Source("s", "S", "o", null, null, null, SourceStatus.PUBLISHED, Location.ofFile("s"));
    private static final ClaimKey KEY = new ClaimKey("quake", "deaths");

    private static Claim claim(String written, boolean asOf) {
        DateValue date = asOf ? DateParser.parse("2025-02-06", null).toOptional().orElseThrow() : null;
        return new Claim("c", SOURCE, KEY, QuantityParser.parse(written).toOptional().orElseThrow(), "q", date, List.of(),
                Location.ofFile("f"), null);
    }

    private static ReferenceRecord record(boolean dated) {
        return new ReferenceRecord("r", KEY, QuantityParser.parse("53,537").toOptional().orElseThrow(),
                dated ? java.time.LocalDate.of(2024, 2, 2) : null, null, new Citation("issuer", "document", null, null), true,
                Location.ofFile("r"));
    }

    @ParameterizedTest(name = "{0}, as of a date: {1}, dated record: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            53,000          | true  | true  | 52500 | 54000
            53,000          | false | true  | 52500 | 53500
            53,000          | true  | false | 52500 | 53500
            53,537          | true  | true  | 53537 | 53537
            about 53,000    | true  | true  | 47700 | 58300
            more than 53,000 | true | true  | 53000 |
            """)
    void widensOnlyARoundRunningTotalUpward(String written, boolean asOf, boolean dated, String lower, String upper) {
        QuantityValue read = (QuantityValue) RoundedDownTotals.read(claim(written, asOf), record(dated));
        assertThat(read.lower()).isEqualByComparingTo(lower);
        if (upper == null) {
            assertThat(read.upper()).isNull();
        } else {
            assertThat(read.upper()).isEqualByComparingTo(upper);
        }
    }
}
