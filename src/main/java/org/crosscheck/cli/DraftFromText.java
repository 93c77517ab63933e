package org.crosscheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.extract.ArticleReader;
import org.crosscheck.extract.DraftWriter;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.ExtractionCorpus;
import org.crosscheck.extract.Extractor;
import org.crosscheck.extract.TextRejected;

/** {@code check --draft-text}: the draft's claims extracted from its text, written where the reports go. */
final class DraftFromText {

    /** The draft file written, its source id, and a line saying what was extracted. */
    record Written(Path file, String sourceId, String summary) {
    }

    private DraftFromText() {
    }

    static Written write(Path facts, Path text, String published, Path reportsDir) throws TextRejected, IOException {
        Extraction extraction = new Extractor(ExtractionCorpus.load(facts)).extract(new ArticleReader().read(text), published);
        Files.createDirectories(reportsDir);
        Path file = reportsDir.resolve(extraction.sourceId() + ".yaml");
        Files.writeString(file, DraftWriter.write(extraction), StandardCharsets.UTF_8);
        String summary = String.format("extract: %d candidate claims from %s (%d with a proposed property, %d values filed under no "
                + "subject), written to %s", extraction.candidates().size(), text,
                extraction.candidates().stream().filter(c -> c.proposed()).count(), extraction.unfiled().size(), file);
        return new Written(file, extraction.sourceId(), summary);
    }
}
