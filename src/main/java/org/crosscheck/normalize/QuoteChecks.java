package org.crosscheck.normalize;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.crosscheck.model.Claim;
import org.crosscheck.model.SourceTexts;
import org.crosscheck.support.Ascii;

/**
 * Quote provenance. A quote must occur in its article after whitespace, typographic quotes, dashes
 * and invisible characters (soft hyphens, zero-width spaces) are normalised (editors paste from many
 * tools); when it does not, the message names the article's sentence that shares the most words
 * with it, which is usually the one that was edited.
 */
public final class QuoteChecks {

    private static final int PASSAGE_LIMIT = 200;

    /**
     * Each article normalized once per run rather than once per claim quoting it. Weak keys: an
     * entry goes when the run's texts do.
     */
    private static final java.util.Map<String, String> NORMALIZED_TEXTS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private QuoteChecks() {
    }

    /** {@link #notInSource(Claim, SourceTexts)} for each of {@code claims}: those whose quote is not in their article. */
    public static List<ClaimIssue> notInSource(List<Claim> claims, SourceTexts texts) {
        return ClaimIssue.each(claims, claim -> notInSource(claim, texts));
    }

    /** Why the quote is not in its source's text, or null when it is or when there is no text. */
    public static String notInSource(Claim claim, SourceTexts texts) {
        Optional<String> text = texts.of(claim.sourceId());
        if (text.isEmpty()) {
            return null;
        }
        String haystack = NORMALIZED_TEXTS.computeIfAbsent(text.get(), QuoteChecks::normalize);
        if (haystack.contains(normalize(claim.quote()))) {
            return null;
        }
        return "the quote is not in " + claim.source().textFile() + closest(claim.quote(), text.get())
                .map(p -> "; closest passage: \"" + p + "\"").orElse("");
    }

    /** {@link #valueNotInQuote(Claim)} for each of {@code claims}: the ones whose quote lacks their value. */
    public static List<ClaimIssue> valueNotInQuote(List<Claim> claims) {
        return ClaimIssue.each(claims, QuoteChecks::valueNotInQuote);
    }

    /** Why the quote does not contain the value as written, or null when it does. */
    public static String valueNotInQuote(Claim claim) {
        if (carries(claim.quote(), claim.value().asWritten())) {
            return null;
        }
        return "the quote does not contain the value as written, '" + claim.value().asWritten()
                + "'; quote the clause that carries the value, or write the value as the source does";
    }

    /** Whether the quote holds the value, both folded ({@link #normalize}) and in lower case. */
    static boolean carries(String quote, String value) {
        // Nearly every claim quotes its value verbatim. In ASCII, folding only joins runs of white
        // space, trims the ends and lower-cases letters, none of which can undo a verbatim match, so
        // the two folded copies of each claim (a second of CPU at a million claims) are skipped. Not
        // so beyond ASCII: NFKC composes "cafe" and a combining accent into "café".
        if (quote.contains(value) && Ascii.only(quote)) {
            return true;
        }
        return carriesFolded(quote, value);
    }

    /** The folded comparison alone, which {@link #carries} must agree with; for tests. */
    static boolean carriesFolded(String quote, String value) {
        return normalize(quote).toLowerCase(Locale.ROOT).contains(normalize(value).toLowerCase(Locale.ROOT));
    }

    /**
     * Folds what differs between copies of one text: Unicode forms, curly quotes, dashes, spacing,
     * invisible characters.
     * One pass over the characters, because it runs for every claim (four regular-expression passes
     * were three quarters of the time of all the rules' comparisons together).
     */
    static String normalize(String text) {
        if (isFolded(text)) {
            return text; // most quotes and values: nothing to fold, so no copy
        }
        // NFKC leaves ASCII as it is, so most quotes can skip it
        String folded = Ascii.only(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Words.isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (isInvisible(c)) {
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(fold(c));
        }
        return out.toString().trim();
    }

    /**
     * Soft hyphens and zero-width characters, which web pages put inside words and a copied
     * article keeps, while a quote typed or copied elsewhere does not; NFKC leaves them in.
     */
    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> c;
        };
    }

    /** ASCII with single spaces between words and nothing to trim: already what {@link #normalize} returns. */
    private static boolean isFolded(String text) {
        int length = text.length();
        if (length == 0 || text.charAt(0) <= ' ' || text.charAt(length - 1) <= ' ') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || Words.isSpace(c) && (c != ' ' || previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }


    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?\u201D\"])\\s+|\\n+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    static Optional<String> closest(String quote, String text) {
        Set<String> wanted = words(quote);
        return Arrays.stream(SENTENCE_BREAK.split(text))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .max(Comparator.comparingLong((String s) -> overlap(wanted, words(s))).thenComparing(s -> -s.length()))
                .filter(s -> overlap(wanted, words(s)) > 0)
                .map(s -> s.length() > PASSAGE_LIMIT ? s.substring(0, PASSAGE_LIMIT) + "…" : s);
    }

    private static Set<String> words(String text) {
        return Arrays.stream(NON_WORD.split(normalize(text).toLowerCase(Locale.ROOT)))
                .filter(w -> w.length() > 2).collect(Collectors.toSet());
    }

    private static long overlap(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).count();
    }
}
