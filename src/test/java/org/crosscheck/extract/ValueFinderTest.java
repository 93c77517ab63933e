package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.ValueKind;
import org.crosscheck.normalize.DateParser;
import org.junit.jupiter.api.Test;

class ValueFinderTest {

    private final ValueFinder finder = new ValueFinder(DateParser.parse("2025-07-10", null).toOptional().orElseThrow());

    private List<String> found(String sentence) {
        return finder.find(sentence).stream().map(v -> v.kind().label() + " " + v.written()).toList();
    }

    @Test
    void findsTheLongestValueEachReaderReadsWithItsHedge() {
        assertThat(found("Kenya imports approximately Sh600 billion worth of goods but exports maybe 5%, about five percent."))
                .containsExactly("quantity approximately Sh600 billion", "quantity maybe 5%", "quantity about five percent");
    }

    @Test
    void keepsNeitherTheCountedNounNorAPrepositionTheReaderReadsPast() {
        assertThat(found("It was formed in 1949 and deployed 1,000 police officers to 30 countries."))
                .containsExactly("date 1949", "quantity 1,000", "quantity 30");
    }

    @Test
    void aFullDateWinsOverItsYearAndAYearOverACount() {
        assertThat(found("After the July 7, 2025, Gen Z protests and ahead of the 2027 General Election, on Wednesday, May 22"))
                .containsExactly("date July 7, 2025", "date 2027", "date Wednesday, May 22");
    }

    @Test
    void relativeDatesNeedThePublicationDate() {
        assertThat(found("Last year's protests were recent.")).containsExactly("date Last year", "date recent");
        assertThat(new ValueFinder(null).find("Last year's protests were recent.")).isEmpty();
    }

    @Test
    void aLengthOfTimeAfterAPrepositionStaysALength() {
        assertThat(finder.find("Rubio must complete the review within 90 days.")).singleElement()
                .satisfies(v -> {
                    assertThat(v.kind()).isEqualTo(ValueKind.DURATION);
                    assertThat(v.written()).isEqualTo("within 90 days");
                });
        assertThat(found("The visit was two years ago.")).containsExactly("date two years ago");
    }

    @Test
    void findsNothingTheReadersRefuseOrThatOnlyLooksLikeAValue() {
        // a modal verb, an article, an ordinal: none is a value
        assertThat(found("Kenya may march on as a partner, the first sub-Saharan nation to do so.")).isEmpty();
        assertThat(found("The President spoke.")).isEmpty();
    }

    @Test
    void aSpaceBetweenNumbersInRunningTextNeverJoinsThem() {
        // a claim's value reads "40 000" and "2 thousand 500" as one number; a sentence may put two numbers side by side
        assertThat(found("Of the 12 500 staff, 300 were counted.")).doesNotContain("quantity 12 500").contains("quantity 300");
        assertThat(found("The death toll was announced as 3 thousand 385.")).containsExactly("quantity 3 thousand 385");
        assertThat(found("Two thirds of voters backed it.")).containsExactly("quantity Two thirds");
    }

    @Test
    void aSlashBetweenNumbersInRunningTextIsNoFraction() {
        // a claim's value reads "3/4" as 75%; a sentence's "4/22", "9/11" and "24/7" are a day, a name and a schedule
        assertThat(found("On 4/22 the senate backed the bill, and the 9/11 memorial opened, with staff on call 24/7.")).isEmpty();
        assertThat(found("The vote on 22/04/2025 drew three quarters of voters.")).containsExactly("date 22/04/2025",
                "quantity three quarters");
    }

    @Test
    void inBeforeAWordIsThePrepositionNotInches() {
        assertThat(found("Founded in 1990 in Ohio, the company grew.")).containsExactly("date 1990");
        // at the end of the clause the reader's inches stand: nothing says it is a preposition
        assertThat(finder.find("The screen measures 65 in.")).singleElement()
                .satisfies(v -> assertThat(v.value()).isInstanceOfSatisfying(org.crosscheck.model.QuantityValue.class,
                        q -> assertThat(q.measured()).isNotNull()));
    }

    @Test
    void aDayOfAMonthWithNoYearIsNoCount() {
        ValueFinder undated = new ValueFinder(null);
        // without a publication date "May 22" cannot be placed, and its 22 counts nothing
        assertThat(undated.find("Biden hosted Ruto on Wednesday, May 22, and on 23 May, and the 24th of May.")).isEmpty();
        assertThat(undated.find("Biden hosted 22 guests in May 2024.")).extracting(v -> v.kind().label() + " " + v.written())
                .containsExactly("quantity 22", "date May 2024");
    }

    @Test
    void positionsAreTheSentencesOwn() {
        String sentence = "NATO has 32 members.";
        FoundValue v = finder.find(sentence).get(0);
        assertThat(sentence.substring(v.start(), v.end())).isEqualTo("32");
    }
}
