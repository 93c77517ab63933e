package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Value;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key index's search: keys of the value's kind only, scored with the whole corpus's statistics. */
class KeyIndexTest {

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
                    name: Acme
                  - id: globex
                    type: organisation
                    name: Globex
                  - id: initech
                    type: organisation
                    name: Initech
                """);
        // two keys of Acme quoted in words of the same length, one a date and one an amount in dollars;
        // the other dates share "listed" and "shares", so among dates alone those words are common
        Files.writeString(facts.resolve("sources/wire.yaml"), """
                source:
                  id: wire
                  title: Listings
                  outlet: Wire
                  published: {date: 2024-03-01, basis: stated}
                claims:
                  - id: acme-date
                    subject: acme
                    property: listing-date
                    value: {date: "2001"}
                    quote: "Acme listed its shares on the exchange in 2001"
                  - id: acme-price
                    subject: acme
                    property: listing-price
                    value: {quantity: "$20"}
                    quote: "Acme listed its shares on the exchange at $20"
                  - id: globex-date
                    subject: globex
                    property: listing-date
                    value: {date: "1999"}
                    quote: "Globex listed its shares in 1999"
                  - id: initech-date
                    subject: initech
                    property: listing-date
                    value: {date: "1998"}
                    quote: "Initech listed its shares in 1998"
                """);
        corpus = ExtractionCorpus.load(facts);
    }

    private Value valueOf(String claimId) {
        return corpus.corpus().claims().stream().filter(c -> c.id().equals(claimId)).map(Claim::value).findFirst().orElseThrow();
    }

    private List<KeyMatch> rank(String sentence, String claimId) {
        return corpus.keys().rank(sentence, valueOf(claimId), Set.of());
    }

    @Test
    void aValueIsOfferedOnlyKeysOfItsKind() {
        String sentence = "Acme listed its shares on the exchange";
        assertThat(rank(sentence, "acme-date")).extracting(m -> m.key().toString())
                .containsExactly("acme / listing-date", "globex / listing-date", "initech / listing-date");
        assertThat(rank(sentence, "acme-price")).extracting(m -> m.key().toString()).containsExactly("acme / listing-price");
    }

    @Test
    void aKeysScoreDoesNotDependOnHowManyKeysShareItsKind() {
        // the dates' words and the dollars' are kept apart for speed, but weighed as one corpus: the two
        // Acme keys, equally long and sharing the same words with the sentence, score the same
        String sentence = "Acme listed its shares on the exchange";
        KeyMatch date = rank(sentence, "acme-date").get(0);
        KeyMatch price = rank(sentence, "acme-price").get(0);
        assertThat(date.score()).isPositive().isEqualTo(price.score());
    }

    @Test
    void keysOfANamedSubjectAreOfferedEvenWithoutASharedWord() {
        List<KeyMatch> named = corpus.keys().rank("Initech rose sharply", valueOf("initech-date"), Set.of("initech"));
        assertThat(named).extracting(m -> m.key().toString()).contains("initech / listing-date");
        assertThat(named).filteredOn(KeyMatch::mentioned).extracting(m -> m.key().toString()).containsExactly("initech / listing-date");
    }
}
