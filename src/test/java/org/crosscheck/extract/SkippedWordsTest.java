package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.crosscheck.model.Claim;
import org.crosscheck.model.DateValue;
import org.crosscheck.normalize.DateParser;
import org.junit.jupiter.api.Test;

/**
 * The words a value never starts or ends with are not offered to the readers (ValueFinder): on
 * every quote of the accuracy set and the bundled corpus, the values found are exactly those found
 * when every run is offered, with fewer reader calls. Prints the calls saved.
 */
class SkippedWordsTest {

    @Test
    void skippingTheWordsNoValueStartsOrEndsWithLosesNoValueAndSavesReaderCalls() throws Exception {
        List<Path> factsDirs = new ArrayList<>(List.of(Path.of("facts")));
        try (Stream<Path> stories = Files.list(Path.of("src/test/resources/accuracy"))) {
            stories.filter(Files::isDirectory).sorted().forEach(s -> factsDirs.add(s.resolve("facts")));
        }
        long allCalls = 0;
        long skippedCalls = 0;
        int sentences = 0;
        for (Path facts : factsDirs) {
            for (Claim claim : ExtractionCorpus.normalized(facts).corpus().claims()) {
                DateValue anchor = claim.source().published().map(p -> DateParser.parse(p.date().asWritten(), null).toOptional().orElse(null))
                        .orElse(null);
                ValueFinder every = new ValueFinder(anchor, false);
                ValueFinder skipping = new ValueFinder(anchor, true);
                assertThat(skipping.find(claim.quote())).as(claim.quote()).isEqualTo(every.find(claim.quote()));
                allCalls += every.readerCalls();
                skippedCalls += skipping.readerCalls();
                sentences++;
            }
        }
        System.out.printf(Locale.ROOT, "%d quotes: %d reader calls offering every run, %d skipping the words (%.0f%% fewer)%n", sentences,
                allCalls, skippedCalls, 100.0 * (allCalls - skippedCalls) / allCalls);
        assertThat(skippedCalls).isLessThan(allCalls);
    }
}
