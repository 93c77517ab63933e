package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.QuantityValue;

/** The amount reader's answer to one written value, for tests of its forms: the value, or the refusal's message. */
final class QuantityReadings {

    private QuantityReadings() {
    }

    /** The value {@code text} reads as; fails the test, naming the refusal, when it is refused. */
    static QuantityValue read(String text) {
        Parsed<QuantityValue> parsed = QuantityParser.parse(text);
        return parsed.toOptional().orElseThrow(() -> new AssertionError(text + ": " + parsed));
    }

    /** The message {@code text} is refused with; fails the test when it is read. */
    static String refusal(String text) {
        Parsed<QuantityValue> parsed = QuantityParser.parse(text);
        assertThat(parsed).as(text).isInstanceOf(Parsed.Failed.class);
        return ((Parsed.Failed<QuantityValue>) parsed).message();
    }
}
