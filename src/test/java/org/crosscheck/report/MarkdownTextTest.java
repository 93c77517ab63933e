package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Escaped text renders, with CommonMark and GitHub's extensions, as exactly that text, and stays readable raw. */
class MarkdownTextTest {

    static final List<Extension> GITHUB = List.of(TablesExtension.create(), StrikethroughExtension.create());
    static final Parser PARSER = Parser.builder().extensions(GITHUB).build();

    /** The plain text of a document that must be a single paragraph of text nodes; anything else fails. */
    static String renderedText(String markdown) {
        Node document = PARSER.parse(markdown);
        assertThat(document.getFirstChild()).as("one paragraph for %s", markdown).isInstanceOf(Paragraph.class);
        assertThat(document.getFirstChild().getNext()).as("nothing after the paragraph for %s", markdown).isNull();
        StringBuilder text = new StringBuilder();
        document.getFirstChild().accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            protected void visitChildren(Node parent) {
                for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                    assertThat(child).as("only text in %s", markdown).isInstanceOfAny(Text.class, SoftLineBreak.class);
                    child.accept(this);
                }
            }
        });
        return text.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<img src=x onerror=alert(1)> *bold* [link](javascript:x)", "# not a heading", "- not a list",
            "+ nor this", "1. not ordered", "2024) nor this", "---", "===", "> no quote", "`code`", "~~struck~~", "a | b | c",
            "&amp; &#169; &#x41;", "Q&A and AT&T", "$3.2 billion and $4 billion", "a\\*b\\", "![alt](x.png)", "<https://x.org>",
            "    indented", "_under_ __score__", "***", "1986. A fine year"})
    void hostileOrTrickyTextComesBackAsItself(String text) {
        assertThat(renderedText(MarkdownText.escape(text))).isEqualTo(text.strip());
    }

    @Property(tries = 2000)
    void anyLineOfPunctuationAndWordsComesBackAsItself(@ForAll("lines") String text) {
        assertThat(renderedText(MarkdownText.escape(text))).isEqualTo(text.strip());
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> tokens = Arbitraries.oneOf(Arbitraries.strings().withChars("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").ofMaxLength(3),
                Arbitraries.of("June", "2024", "1.", "$3.2", "billion", "&amp;", "&#", "http://x.org", "www.x.org", "a@b.org"),
                Arbitraries.strings().alpha().ofMaxLength(4));
        return tokens.list().ofMaxSize(8).map(parts -> String.join(" ", parts)).filter(s -> !s.isBlank());
    }

    @Test
    void ordinaryNewsPunctuationIsLeftAlone() {
        String sentence = "Kenya was designated on 24 June 2024 (the White House said), a $3.2-billion deal: 'first', \"sub-Saharan\"; 27.1 km/h.";
        assertThat(MarkdownText.escape(sentence)).isEqualTo(sentence);
    }

    @Test
    void aQuoteAndItsSourceAreSeparateParagraphsOfOneBlockQuote() {
        Node document = PARSER.parse("> a quote\n>\n> — Source, outlet (facts/a.yaml:3)\n");
        assertThat(document).isInstanceOf(Document.class);
        Node quote = document.getFirstChild();
        assertThat(quote).isInstanceOf(BlockQuote.class);
        assertThat(quote.getFirstChild()).isInstanceOf(Paragraph.class);
        assertThat(quote.getFirstChild().getNext()).isInstanceOf(Paragraph.class);
    }
}
