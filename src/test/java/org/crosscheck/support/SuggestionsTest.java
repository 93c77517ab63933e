package org.crosscheck.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

    private static final List<String> CLAIM_KEYS = List.of("id", "subject", "property", "value", "quote", "as_of", "qualifiers", "note");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"qoute, quote", "subjct, subject", "proprety, property", "vaule, value", "qualifier, qualifiers", "nots, note"})
    void suggestsTheKeyAnEditorMostLikelyMeant(String typed, String meant) {
        assertThat(Suggestions.closest(typed, CLAIM_KEYS)).contains(meant);
    }

    @ParameterizedTest
    @CsvSource({"publisher", "xyz"})
    void suggestsNothingWhenNothingIsClose(String typed) {
        assertThat(Suggestions.closest(typed, CLAIM_KEYS)).isEmpty();
        assertThat(Suggestions.hint(typed, CLAIM_KEYS)).startsWith("expected one of: id, subject");
    }
}
