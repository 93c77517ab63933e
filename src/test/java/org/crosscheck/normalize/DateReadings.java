package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.DateValue;

/** The date reader's answer to one written date, for tests of its forms: the span it reads, or the refusal's message. */
final class DateReadings {

    private DateReadings() {
    }

    /** {@code text} read against the publication date {@code anchor} (none when empty). */
    static Parsed<DateValue> parse(String text, String anchor) {
        return DateParser.parse(text, anchor.isEmpty() ? null : DateParser.parse(anchor, null).toOptional().orElseThrow());
    }

    /** {@code text} reads as the span from {@code start} to {@code end}. */
    static void assertReads(String text, String anchor, String start, String end) {
        Parsed<DateValue> parsed = parse(text, anchor);
        assertThat(parsed).as("'%s'", text).isInstanceOf(Parsed.Ok.class);
        DateValue value = parsed.toOptional().orElseThrow();
        assertThat(value.start()).as("start of '%s'", text).hasToString(start);
        assertThat(value.end()).as("end of '%s'", text).hasToString(end);
    }

    /** {@code text} is refused with a message that contains {@code because}. */
    static void assertRefused(String text, String anchor, String because) {
        Parsed<DateValue> parsed = parse(text, anchor);
        assertThat(parsed).as("'%s'", text).isInstanceOf(Parsed.Failed.class);
        assertThat(((Parsed.Failed<DateValue>) parsed).message()).as("why '%s' is refused", text).contains(because);
    }
}
