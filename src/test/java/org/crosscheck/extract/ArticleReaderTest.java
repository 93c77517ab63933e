package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader();

    private static String problem(TextRejected e) {
        return e.problems().get(0).describe();
    }

    @Test
    void readsUtf8WithoutOrWithAByteOrderMark() throws Exception {
        assertThat(reader.read("a.txt", "Kenya’s exports rose.\n".getBytes(StandardCharsets.UTF_8)).body()).isEqualTo("Kenya’s exports rose.\n");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i', '.'};
        assertThat(reader.read("a.txt", bom).body()).isEqualTo("Hi.");
        byte[] utf16 = "\uFEFFKenya.".getBytes(StandardCharsets.UTF_16LE);
        assertThat(reader.read("a.txt", utf16).body()).isEqualTo("Kenya.");
    }

    @Test
    void refusesAnEmptyText() {
        assertThatThrownBy(() -> reader.read("draft.txt", " \n\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(TextRejected.class, e -> assertThat(problem(e)).startsWith("draft.txt:1:1: the text is empty"));
    }

    @Test
    void refusesABinaryFileAtItsFirstNulByte() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x'};
        assertThatThrownBy(() -> reader.read("draft.docx", bytes))
                .isInstanceOfSatisfying(TextRejected.class, e -> assertThat(problem(e)).contains("binary file").contains("NUL byte at byte 4"));
    }

    @Test
    void refusesBytesThatAreNotUtf8AndSaysWhere() {
        byte[] latin1 = "Nairobi\nCaf\u00e9 prices rose.".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read("draft.txt", latin1))
                .isInstanceOfSatisfying(TextRejected.class, e -> assertThat(problem(e))
                        .startsWith("draft.txt:2:4").contains("not UTF-8 (unknown encoding)").contains("iconv"));
    }

    @Test
    void readsAFrontMatterHeaderAndCountsLinesFromTheFile() throws Exception {
        ArticleText text = reader.read("a.txt", "---\ntitle: \"Kenya, the U.S. ally\"\noutlet: Capital FM\npublished: 2024-05-23\n---\nKenya.\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(text.header()).isEqualTo(new ArticleText.Header("Kenya, the U.S. ally", "Capital FM", "2024-05-23", null));
        assertThat(text.body()).isEqualTo("Kenya.\n");
        assertThat(text.lineOf(0)).isEqualTo(6);
    }

    @Test
    void refusesAnUnknownOrUnclosedHeader() {
        assertThatThrownBy(() -> reader.read("a.txt", "---\nauthor: X\n---\nKenya.\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(TextRejected.class, e -> assertThat(problem(e)).startsWith("a.txt:2:1").contains("'author: X'"));
        assertThatThrownBy(() -> reader.read("a.txt", "---\ntitle: X\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(TextRejected.class, e -> assertThat(problem(e)).contains("never closed"));
    }
}
