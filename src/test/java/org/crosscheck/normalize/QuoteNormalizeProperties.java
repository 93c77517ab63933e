package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.Example;

/**
 * The one-pass quote normalisation must fold exactly as the regular expressions it replaced (four,
 * and a fifth for invisible characters); they are kept here as the oracle.
 */
class QuoteNormalizeProperties {

    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\u2018\u2019\u201A\u201B\u2032]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\u201C\u201D\u201E\u201F\u2033]");
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern INVISIBLE = Pattern.compile("[\u00AD\u200B-\u200D\u2060\uFEFF]");

    static String oracle(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        folded = SINGLE_QUOTES.matcher(folded).replaceAll("'");
        folded = DOUBLE_QUOTES.matcher(folded).replaceAll("\"");
        folded = DASHES.matcher(folded).replaceAll("-");
        folded = INVISIBLE.matcher(folded).replaceAll("");
        return SPACE.matcher(folded).replaceAll(" ").trim();
    }

    @Property(tries = 2000)
    void foldsLikeTheRegularExpressions(@ForAll @Chars({' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2018', '\u2019',
            '\u201A', '\u201B', '\u2032', '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u2010', '\u2013', '\u2014',
            '\u2015', '\u2212', '\uFB01', '\u00E9', 'e', '\u0301', 'a', '1', '"', '\'', '-', '\u0001', '\u00AD', '\u200B',
            '\u200D', '\u2060', '\uFEFF'})
            @CharRange(from = 'a', to = 'z') String text) {
        assertThat(QuoteChecks.normalize(text)).isEqualTo(oracle(text));
    }

    @Example
    void dropsSoftHyphensAndZeroWidthSpacesThatWebPagesPutInsideWords() {
        assertThat(QuoteChecks.normalize("the Ken\u00ADyan \u200Bgovern\u200Bment")).isEqualTo("the Kenyan government");
    }

    @Example
    void foldsATypicalPastedQuote() {
        assertThat(QuoteChecks.normalize("  \u201CIt\u2019s   the \ufb01rst\u00a0visit \u2014 in 16\u2009years\u201D\n"))
                .isEqualTo("\"It's the first visit - in 16 years\"");
    }

    @Property(tries = 3000)
    void aValueQuotedVerbatimInAsciiIsCarriedAfterFoldingToo(@ForAll @Chars({' ', '\t', '\n', '\r', '\f', '\u000B', '\u0001',
            'a', 'A', 'b', 'B', '-', '"', '\''}) String quote, @ForAll int from, @ForAll int length) {
        // the shortcut in QuoteChecks.carries: a verbatim ASCII match must also be a folded match
        int start = quote.isEmpty() ? 0 : Math.floorMod(from, quote.length() + 1);
        String value = quote.substring(start, start + Math.floorMod(length, quote.length() - start + 1));

        assertThat(QuoteChecks.carriesFolded(quote, value)).isTrue();
        assertThat(QuoteChecks.carries(quote, value)).isTrue();
    }

    @Example
    void beyondAsciiAVerbatimMatchCanFoldAwaySoItIsComparedFolded() {
        // NFKC composes the combining accent onto the e: the folded quote no longer holds "cafe"
        assertThat(QuoteChecks.carries("the cafe\u0301 opened", "cafe")).isFalse();
        assertThat(QuoteChecks.carries("The Caf\u00E9 opened", "caf\u00E9")).isTrue();
        assertThat(QuoteChecks.carries("signed  in JUNE 2024", "June 2024")).isTrue();
        assertThat(QuoteChecks.carries("signed in June 2024", "July 2024")).isFalse();
    }
}
