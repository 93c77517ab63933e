package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.crosscheck.model.RawSource;
import org.crosscheck.model.SourceStatus;
import org.crosscheck.model.SourceTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextLoaderTest {

    @TempDir
    Path dir;

    private static RawSource source(String id, String text) {
        return new RawSource(id, "t", "o", null, text, null, null, null, SourceStatus.PUBLISHED,
                new Location("facts/sources/" + id + ".yaml", 2, 3), List.of(), 0);
    }

    private List<Problem> problems = new ArrayList<>();

    private SourceTexts load(RawSource... sources) {
        return new TextLoader().load(dir.resolve("texts"), List.of(sources), problems);
    }

    @Test
    void readsTheTextsSourcesName() throws Exception {
        Files.createDirectories(dir.resolve("texts"));
        Files.writeString(dir.resolve("texts/a.txt"), "Article A.");

        SourceTexts texts = load(source("a", "a.txt"), source("b", null));

        assertThat(problems).isEmpty();
        assertThat(texts.of("a")).contains("Article A.");
        assertThat(texts.of("b")).isEmpty();
    }

    @Test
    void refusesNamesThatLeadOutsideTheTextsDirectory() throws Exception {
        Files.createDirectories(dir.resolve("texts"));
        Files.writeString(dir.resolve("secret.txt"), "not for crosscheck");
        Files.createSymbolicLink(dir.resolve("texts/link.txt"), dir.resolve("secret.txt"));

        SourceTexts texts = load(source("up", "../secret.txt"), source("absolute", dir.resolve("secret.txt").toString()),
                source("link", "link.txt"), source("missing", "nope.txt"));

        assertThat(texts.size()).isZero();
        assertThat(problems).extracting(Problem::message).containsExactly(
                "text '../secret.txt' leads outside the texts directory",
                "text '" + dir.resolve("secret.txt") + "' leads outside the texts directory",
                "text 'link.txt' is a link that leads outside the texts directory",
                "text 'nope.txt' not found in " + dir.resolve("texts"));
        assertThat(problems).allSatisfy(p -> assertThat(p.location().toString()).startsWith("facts/sources/"));
    }

    @Test
    void missingTextsDirectoryIsOneProblem() {
        load(source("a", "a.txt"));

        assertThat(problems).extracting(Problem::describe)
                .containsExactly(dir.resolve("texts") + ": texts directory not found (pass --texts DIR with the article text files the sources name)");
    }
}
