package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) throws TextRejected {
        return new SentenceSplitter().split(new ArticleReader().read("a.txt", text.getBytes(StandardCharsets.UTF_8)))
                .stream().map(Sentence::text).toList();
    }

    @Test
    void abbreviationsDoNotEndASentence() throws Exception {
        assertThat(sentences("Kenya owes the U.S. about $1 billion, officials said. It pays Sh. 50 billion a year to China."))
                .containsExactly("Kenya owes the U.S. about $1 billion, officials said.", "It pays Sh. 50 billion a year to China.");
    }

    @Test
    void fullStopsAndLinesEndSentences() throws Exception {
        assertThat(sentences("Ruto met Xi. They signed deals.\nRead More\n\n---\nThe visit ended on Friday"))
                .containsExactly("Ruto met Xi.", "They signed deals.", "Read More", "The visit ended on Friday");
    }

    @Test
    void sentencesKnowTheirLineAndPlace() throws Exception {
        ArticleText text = new ArticleReader().read("a.txt", "---\ntitle: T\n---\nFirst line.\nSecond one. Third.\n".getBytes(StandardCharsets.UTF_8));
        List<Sentence> split = new SentenceSplitter().split(text);
        assertThat(split).extracting(Sentence::line).containsExactly(4, 5, 5);
        assertThat(text.body().substring(split.get(2).start())).startsWith("Third.");
    }
}
