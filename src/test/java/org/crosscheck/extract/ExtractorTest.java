package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.load.FactsLoader;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.FactsInput;
import org.crosscheck.normalize.NormalizedFacts;
import org.crosscheck.normalize.Normalizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction against a small corpus written here: which key each value is filed under, and why. */
class ExtractorTest {

    @TempDir
    Path dir;

    private ExtractionCorpus corpus;

    @BeforeEach
    void corpus() throws Exception {
        Path facts = dir.resolve("facts");
        Files.createDirectories(facts.resolve("sources"));
        Files.writeString(facts.resolve("entities.yaml"), """
                entities:
                  - id: acme
                    type: organisation
                    name: Acme Corp
                    aliases: [Acme]
                  - id: acme-merger
                    type: event
                    name: Acme merger
                  - id: globex
                    type: organisation
                    name: Globex
                """);
        Files.writeString(facts.resolve("sources/wire.yaml"), """
                source:
                  id: wire
                  title: Acme buys Globex
                  outlet: Wire
                  published: {date: 2024-03-01, basis: stated}
                claims:
                  - id: w-price
                    subject: acme-merger
                    property: price
                    value: {quantity: "$2 billion"}
                    quote: "Acme agreed to buy Globex for $2 billion"
                  - id: w-staff
                    subject: acme
                    property: employees
                    value: {quantity: "12,000"}
                    quote: "Acme employs 12,000 people"
                  - id: w-share
                    subject: acme
                    property: market-share
                    value: {quantity: "about 20%"}
                    quote: "Acme holds about 20% of the market"
                  - id: w-founded
                    subject: acme
                    property: founding-date
                    value: {date: "1990"}
                    quote: "Acme was founded in 1990"
                """);
        corpus = ExtractionCorpus.load(facts);
    }

    private Extraction extract(String text) throws TextRejected {
        return new Extractor(corpus).extract(new ArticleReader().read(dir.resolve("story.txt").toString(),
                text.getBytes(StandardCharsets.UTF_8)), "2024-06-01");
    }

    @Test
    void filesEachValueUnderTheKeyOfItsKindAndUnitThatTheSentenceReadsLike() throws Exception {
        Extraction x = extract("Acme paid $2.1 billion for Globex. Acme employs 13,000 people and holds 25% of the market.");
        assertThat(x.candidates()).extracting(c -> c.key() + " = " + c.value().written()).containsExactly(
                "acme-merger / price = $2.1 billion", "acme / employees = 13,000", "acme / market-share = 25%");
        assertThat(x.candidates()).allMatch(c -> !c.proposed());
        // the percentage is never filed under the count, though both are Acme's amounts
        assertThat(x.candidates().get(2).runnersUp()).extracting(KeyMatch::key).doesNotContain(new ClaimKey("acme", "employees"));
    }

    @Test
    void theQuoteIsTheShortestSpanWithTheSubjectAndTheValue() throws Exception {
        Extraction x = extract("Founded in 1990 in Ohio, the company known as Acme grew fast.");
        assertThat(x.candidates()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo(new ClaimKey("acme", "founding-date"));
            assertThat(c.quote()).isEqualTo("1990 in Ohio, the company known as Acme");
        });
    }

    @Test
    void aSentenceThatNamesTheSubjectAndSpeaksOfThePropertyIsFiledEvenWhenItsValueDisagrees() throws Exception {
        // strong: the check should call this an error, since it is one
        Extraction x = extract("Acme was founded in 1991.");
        assertThat(x.candidates()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo(new ClaimKey("acme", "founding-date"));
            assertThat(c.heldBack()).isNull();
        });
    }

    @Test
    void aSentenceThatOnlyNamesTheSubjectDoesNotFileADisagreeingValueUnderItsKey() throws Exception {
        // "Acme staff met" says nothing of a founding: a date there is not Acme's founding date
        Extraction x = extract("Acme staff met on May 22, 2024.");
        assertThat(x.candidates()).singleElement().satisfies(c -> {
            assertThat(c.proposed()).isTrue();
            assertThat(c.key()).isEqualTo(new ClaimKey("acme", "date"));
            assertThat(c.heldBack().key()).isEqualTo(new ClaimKey("acme", "founding-date"));
            assertThat(DraftWriter.note(c)).contains("it reads most like acme/founding-date", "does not meet that key's values");
        });
    }

    @Test
    void aWeakMatchIsFiledUnderTheKeyOnlyWhenItsValueMeetsTheKeysValues() throws Exception {
        // Globex is named in the merger's quote, not as its subject: a weak match
        assertThat(extract("Globex was sold for $2 billion.").candidates()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo(new ClaimKey("acme-merger", "price"));
            assertThat(c.proposed()).isFalse();
        });
        assertThat(extract("Globex was sold for $3 billion.").candidates()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo(new ClaimKey("globex", "amount"));
            assertThat(c.proposed()).isTrue();
            assertThat(c.heldBack().key()).isEqualTo(new ClaimKey("acme-merger", "price"));
        });
    }

    @Test
    void proposesANewPropertyWhenNoKeyOfTheNamedSubjectHasTheKind() throws Exception {
        Extraction x = extract("Globex lost 4,000 customers.");
        assertThat(x.candidates()).singleElement().satisfies(c -> {
            assertThat(c.proposed()).isTrue();
            assertThat(c.key()).isEqualTo(new ClaimKey("globex", "customers"));
            assertThat(DraftWriter.note(c)).contains(DraftWriter.NEW_PROPERTY);
        });
    }

    @Test
    void aValueInASentenceThatNamesNothingOfTheCorpusIsListedNotFiled() throws Exception {
        Extraction x = extract("Rain fell on 14 days in May 2024.");
        assertThat(x.candidates()).isEmpty();
        assertThat(x.unfiled()).extracting(u -> u.value().written()).containsExactly("14 days", "May 2024");
    }

    @Test
    void aBareNumberWordIsNeverProposed() throws Exception {
        Extraction x = extract("Globex and its two rivals met.");
        assertThat(x.candidates()).isEmpty();
        assertThat(x.unfiled()).extracting(u -> u.value().written()).containsExactly("two");
    }

    @Test
    void theDraftLoadsWithNoProblemAndKeepsEveryCandidate() throws Exception {
        Extraction x = extract("Acme paid \"$2.1 billion\" for Globex\\Initech. Globex lost 4,000 customers last year.");
        Path draft = dir.resolve("draft.yaml");
        Files.writeString(draft, DraftWriter.write(x));
        FactsInput input = new FactsLoader().load(dir.resolve("facts"), java.util.List.of(draft));
        NormalizedFacts facts = new Normalizer().normalize(input);
        assertThat(facts.problems()).isEmpty();
        assertThat(facts.corpus().claims().stream().filter(c -> c.source().isDraft()))
                .extracting(c -> c.key() + " = " + c.value().asWritten() + " | " + c.quote())
                .containsExactly("acme-merger / price = $2.1 billion | $2.1 billion",
                        "globex / customers = 4,000 | Globex lost 4,000",
                        "globex / date = last year | Globex lost 4,000 customers last year");
    }

    @Test
    void aTextWithNoSentenceOrAnUnreadablePublicationDateIsRefused() {
        assertThatThrownBy(() -> new Extractor(corpus).extract(new ArticleReader().read("x.txt", "--- \n***\n".getBytes(StandardCharsets.UTF_8)), null))
                .isInstanceOfSatisfying(TextRejected.class, e -> assertThat(e.problems().get(0).describe()).contains("no sentence"));
        assertThatThrownBy(() -> new Extractor(corpus).extract(new ArticleReader().read("x.txt", "Acme grew.".getBytes(StandardCharsets.UTF_8)), "soon"))
                .isInstanceOfSatisfying(TextRejected.class, e -> assertThat(e.problems().get(0).describe()).contains("publication date 'soon'"));
    }

    @Test
    void aContradictingCountGoesUnderAKeyOnlyWhenItsOwnStretchNamesTheSubject() throws Exception {
        // 15,000 contradicts Acme's 12,000 employees: it is filed there when Acme is named beside it...
        assertThat(extract("Acme employs 15,000 people, Globex said.").candidates())
                .extracting(c -> c.key() + " = " + c.value().written()).contains("acme / employees = 15,000");
        // ...but not when Acme is named only beside another count: "40 engineers" is Acme's, 15,000 is Globex's
        Extraction x = extract("Acme hired 40 engineers, while Globex employs 15,000 people.");
        assertThat(x.candidates()).filteredOn(c -> c.value().written().equals("15,000"))
                .extracting(c -> c.key().toString()).isNotEmpty().doesNotContain("acme / employees");
    }

    @Test
    void aContradictingCountWithItsNounGoesUnderAKeyOnlyIfTheKeyCountsThatNoun() throws Exception {
        // the key's quote counts people ("12,000 people"): 15,000 people may be its value, 15,000 robots not
        assertThat(extract("Acme employs 15,000 people.").candidates())
                .extracting(c -> c.key() + " = " + c.value().written()).contains("acme / employees = 15,000");
        assertThat(extract("Acme employs 15,000 robots.").candidates()).filteredOn(c -> c.value().written().equals("15,000"))
                .extracting(c -> c.key().toString()).isNotEmpty().doesNotContain("acme / employees");
    }

    @Test
    void aCountRightAfterAProperNamesPossessiveIsThatNamesOnly() throws Exception {
        assertThat(extract("Acme's 15,000 employees went on strike.").candidates())
                .extracting(c -> c.key() + " = " + c.value().written()).contains("acme / employees = 15,000");
        // Acme is named and "employees" speaks of its key, but the 15,000 are Globex's
        assertThat(extract("Acme employs fewer people than Globex's 15,000 employees.").candidates())
                .filteredOn(c -> c.value().written().equals("15,000"))
                .extracting(c -> c.key().toString()).isNotEmpty().doesNotContain("acme / employees");
    }

    @Test
    void aNameInALaterClauseLeadsTheNextValueNotThePreviousOne() throws Exception {
        // Acme's name sits in the clause of 12,500, not of Globex's 15,000
        assertThat(extract("Globex employs 15,000 people, ahead of Acme with 12,500 employees.").candidates())
                .filteredOn(c -> c.value().written().equals("15,000"))
                .extracting(c -> c.key().toString()).isNotEmpty().doesNotContain("acme / employees");
        // with no later value of its kind, a name after a fronted phrase is the value's
        assertThat(extract("Founded in 1995, Acme makes rockets.").candidates())
                .extracting(c -> c.key() + " = " + c.value().written()).contains("acme / founding-date = 1995");
    }

    @Test
    void aLengthOfTimeBetweenTwoEventsOrAsAnAdjectiveIsReadAsWritten() {
        String interval = "The rover landed 35 days after the launch.";
        assertThat(Extractor.isInterval(interval, duration(interval))).isTrue();
        String length = "The journey took 35 days in all.";
        assertThat(Extractor.isInterval(length, duration(length))).isFalse();
        String adjective = "He was convicted after a four-week trial.";
        assertThat(Extractor.measuredNoun(adjective, duration(adjective))).contains("trial");
        String longAdjective = "It landed after a 40-day long journey.";
        assertThat(Extractor.measuredNoun(longAdjective, duration(longAdjective))).contains("journey");
        assertThat(Extractor.measuredNoun(length, duration(length))).isEmpty();
    }

    /** Adds a source whose claim is Acme's listing date, quoted as given, and reloads the corpus. */
    private void withListingQuote(String quote) throws Exception {
        Path facts = dir.resolve("facts");
        Files.writeString(facts.resolve("sources/listing.yaml"), """
                source:
                  id: listing
                  title: Acme lists
                  outlet: Ledger
                  published: {date: 2001-06-01, basis: stated}
                claims:
                  - id: l-ipo
                    subject: acme
                    property: listing-date
                    value: {date: "2001"}
                    quote: "%s"
                """.formatted(quote));
        corpus = ExtractionCorpus.load(facts);
    }

    private List<String> keysOf(String text, String written) throws Exception {
        return extract(text).candidates().stream().filter(c -> c.value().written().equals(written)).map(c -> c.key().toString()).toList();
    }

    @Test
    void wordsEveryKindOfClaimIsWrittenWithTellNoPropertyApart() throws Exception {
        // the listing's quote shares only "before" and "said" with the sentence: no sign of a listing
        withListingQuote("Acme listed its shares before the crash, its chief said");
        assertThat(keysOf("Before the war, Acme said it had been sold in 1998.", "1998")).isNotEmpty().doesNotContain("acme / listing-date");
        assertThat(keysOf("Acme listed its shares in 1998.", "1998")).contains("acme / listing-date");
    }

    @Test
    void namesAndNumbersInAKeysQuotesTellNoPropertyApart() throws Exception {
        // "Manhattan" and "17" say where the listing was, not that a sentence gives a listing date
        withListingQuote("Acme listed its shares in Manhattan at Pier 17");
        assertThat(keysOf("Acme staff met at Pier 17 in Manhattan in 1998.", "1998")).isNotEmpty().doesNotContain("acme / listing-date");
        assertThat(keysOf("Acme listed in Manhattan in 1998.", "1998")).contains("acme / listing-date");
    }

    @Test
    void aValueInARelativeClauseIsNotToldByTheWordsOfTheMainClause() throws Exception {
        withListingQuote("Acme listed its shares in 2001");
        // 1998 is when the fund was set up; "listed" is said of Acme's shares, not of 1998
        assertThat(keysOf("Acme listed its shares in a fund that was set up in 1998.", "1998")).isNotEmpty().doesNotContain("acme / listing-date");
        assertThat(keysOf("Acme, which listed its shares in 1998, grew fast.", "1998")).contains("acme / listing-date");
    }

    @Test
    void theNounAnotherValueCountsIsThatValuesNotTheSentences() throws Exception {
        withListingQuote("Acme listed its shares in 2001");
        // "shares" is counted by 3,000: the sentence says when Acme bought shares, not when it listed them
        assertThat(keysOf("Acme bought 3,000 shares in 1998.", "1998")).isNotEmpty().doesNotContain("acme / listing-date");
        assertThat(keysOf("Acme listed 3,000 shares in 1998.", "1998")).contains("acme / listing-date");
    }

    @Test
    void sentencesReadSideBySideGiveTheSameDraftInSentenceOrder() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append("Acme employs ").append(12_000 + i).append(" people and paid $").append(2 + i).append(" billion for Globex in ")
                    .append(1990 + i % 30).append(".\n");
        }
        List<String> first = extract(text.toString()).candidates().stream()
                .map(c -> c.sentence().line() + " " + c.key() + " = " + c.value().written()).toList();
        assertThat(first).hasSize(180);
        assertThat(first.stream().map(l -> Integer.parseInt(l.substring(0, l.indexOf(' '))))).isSorted();
        for (int run = 0; run < 3; run++) {
            assertThat(extract(text.toString()).candidates().stream()
                    .map(c -> c.sentence().line() + " " + c.key() + " = " + c.value().written()).toList()).isEqualTo(first);
        }
    }

    @Test
    void inAListTheWordsAfterTheCoordinatorLeadTheNextValue() throws Exception {
        // "employs" is said of the 15,000, not of the 400 before "and"
        Extraction x = extract("Acme bought 400 of them and employs 15,000 people.");
        assertThat(x.candidates()).filteredOn(c -> c.value().written().equals("400"))
                .extracting(c -> c.key().toString()).doesNotContain("acme / employees");
        assertThat(x.candidates()).filteredOn(c -> c.value().written().equals("400")).isNotEmpty();
        assertThat(keysOf("Acme employs 400 of them.", "400")).contains("acme / employees");
    }

    @Test
    void aValueSaidOfSeveralThingsTogetherIsNoneOfTheirsAlone() throws Exception {
        assertThat(keysOf("Acme and Globex have a combined workforce of 30,000 people.", "30,000")).isNotEmpty()
                .doesNotContain("acme / employees");
        assertThat(keysOf("Acme and Globex have 30,000 people in all.", "30,000")).isNotEmpty().doesNotContain("acme / employees");
        assertThat(keysOf("Acme employs 30,000 people.", "30,000")).contains("acme / employees");
    }

    private static FoundValue duration(String sentence) {
        return new ValueFinder(null).find(sentence).stream()
                .filter(v -> v.value() instanceof org.crosscheck.model.DurationValue).findFirst().orElseThrow();
    }
}
