package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.QuantityValue;
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

    // quantulum3's blind run (docs/values.md): the finder read the number alone where the reader refused its unit

    @Test
    void aNumberIsNeverFoundWithoutTheUnitTheReaderRefused() {
        assertThat(found("I spent 20 million pounds on this!")).isEmpty();
        assertThat(found("This nano grid has a size of 2.1 pm.")).isEmpty();
        assertThat(found("It shipped 278,000 t.")).isEmpty();
        assertThat(found("Buy a twenty pound bag of rice.")).isEmpty();
        // neighbours: a counted noun, a small word and a read unit leave the number found
        assertThat(found("It deployed 1,000 police officers and five of them stayed four times.")).containsExactly("quantity 1,000",
                "quantity five", "quantity four");
        assertThat(found("It weighs 20 million tonnes.")).containsExactly("quantity 20 million tonnes");
        // "approximately one-half" had been found as a share, the miles dropped; it is read as a measure now
        assertThat(found("approximately one-half miles east")).containsExactly("quantity approximately one-half miles");
    }

    @Test
    void aNumberInWordsKeepsItsFirstWord() {
        // "one hundred and two" had been found as "one" and "hundred and two"
        assertThat(found("I told him: one hundred and two at the time")).containsExactly("quantity one hundred and two");
        assertThat(found("where one hundred cents equal the basic unit")).containsExactly("quantity one hundred cents");
        // an article is still left out: "a hundred" is found as the reader reads "hundred"
        assertThat(found("I want a hundred and two of those")).singleElement().asString().endsWith("hundred and two");
    }

    @Test
    void spacedGroupsAndCommasBetweenNumbersInWordsAreNotRead() {
        // "10 000 dollars" had been found as 10 and 0 dollars; "three million, two hundred" as two numbers
        assertThat(found("It was valued 10 000 dollars.")).isEmpty();
        assertThat(found("three million, two hundred & forty, you say?")).isEmpty();
        // neighbours: a list of numbers in digits, and words after a comma that are no smaller part
        assertThat(found("They counted 10, 20 and 30 boats.")).containsExactly("quantity 10", "quantity 20", "quantity 30");
    }

    @Test
    void anInchMarkIsReadUnlessItClosesAQuotation() {
        assertThat(finder.find("This diffuser uses finest 9\" plates")).singleElement()
                .satisfies(v -> assertThat(((QuantityValue) v.value()).measured()).isEqualTo("9 in"));
        // "English 101" had been read as 101 inches
        assertThat(found("The class is \"English 101\". On a second thought, I'll skip it.")).containsExactly("quantity 101");
    }

    @Test
    void aCountBeforeAMeasureItSharesAUnitWithIsNotABareCount() {
        // "45 and 50 mg": the first number is 45 mg, not 45 of nothing; it is left unread
        assertThat(found("They were given 45 and 50 mg ethanol.")).containsExactly("quantity 50 mg");
        assertThat(found("I have seen 45 and 50 cases.")).containsExactly("quantity 45", "quantity 50");
    }

    @Test
    void aFourDigitNumberPastTheTwentySecondCenturyIsNoYear() {
        assertThat(found("Bahco 9031 Ergo Wide Jaw Adjustable Wrench")).containsExactly("quantity 9031");
        assertThat(found("It was founded in 1949.")).containsExactly("date 1949");
    }
}
