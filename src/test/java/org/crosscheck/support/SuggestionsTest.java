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

    @org.junit.jupiter.api.Test
    void aNameFarTooLongToBeATypoGetsNoSuggestionAndLongCandidatesAreNoTrouble() {
        String hostile = "acme-deal-".repeat(200);
        List<String> known = List.of("acme-deal", hostile + "x", "x".repeat(5_000));

        assertThat(Suggestions.closest(hostile, known)).isEmpty();
        assertThat(Suggestions.closest("acme-dael", known)).contains("acme-deal");
        assertThat(Suggestions.closest("a".repeat(Suggestions.LONGEST_TYPO), List.of("a".repeat(Suggestions.LONGEST_TYPO - 1))))
                .contains("a".repeat(Suggestions.LONGEST_TYPO - 1));
    }
}
