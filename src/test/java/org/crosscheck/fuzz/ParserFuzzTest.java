package org.crosscheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.crosscheck.model.DateValue;
import org.crosscheck.normalize.DateParser;
import org.crosscheck.normalize.DurationParser;
import org.crosscheck.normalize.Parsed;
import org.crosscheck.normalize.QuantityParser;

/**
 * The value parsers on arbitrary text: they answer with a value or a reason, never an exception.
 * A plain build replays the inputs under src/test/resources (regression mode); JAZZER_FUZZ=1 fuzzes.
 */
class ParserFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void dateParserAnswersEveryText(FuzzedDataProvider data) {
        String anchorText = data.consumeString(40);
        String text = data.consumeRemainingAsString();
        DateValue anchor = DateParser.parse(anchorText, null).toOptional().orElse(null);
        Parsed<DateValue> parsed = DateParser.parse(text, anchor);
        parsed.toOptional().ifPresent(value -> assertThat(value.end()).isAfterOrEqualTo(value.start()));
    }

    @FuzzTest(maxDuration = "30s")
    void quantityParserAnswersEveryText(FuzzedDataProvider data) {
        QuantityParser.parse(data.consumeRemainingAsString()).toOptional().ifPresent(value -> {
            assertThat(value.lower()).isNotNull();
            if (value.upper() != null) {
                assertThat(value.upper()).isGreaterThanOrEqualTo(value.lower());
            }
        });
    }

    @FuzzTest(maxDuration = "30s")
    void durationParserAnswersEveryText(FuzzedDataProvider data) {
        DurationParser.parse(data.consumeRemainingAsString()).toOptional()
                .ifPresent(value -> assertThat(value.maxDays()).isGreaterThanOrEqualTo(value.minDays()));
    }
}
