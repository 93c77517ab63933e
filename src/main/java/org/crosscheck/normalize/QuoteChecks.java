package org.crosscheck.normalize;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.SourceTexts;

/**
 * Quote provenance. A quote must occur in its article after whitespace, typographic quotes and
 * dashes are normalised (editors paste from many tools); when it does not, the message names the
 * article's sentence that shares the most words with it, which is usually the one that was edited.
 */
public final class QuoteChecks {

    private static final int PASSAGE_LIMIT = 200;
    // compiled once: these run for every claim, and String.replaceAll would compile them on every call
    private static final java.util.regex.Pattern SINGLE_QUOTES = java.util.regex.Pattern.compile("[\u2018\u2019\u201A\u201B\u2032]");
    private static final java.util.regex.Pattern DOUBLE_QUOTES = java.util.regex.Pattern.compile("[\u201C\u201D\u201E\u201F\u2033]");
    private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("[\u2010-\u2015\u2212]");
    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s+");

    private QuoteChecks() {
    }

    /** Why the quote is not in its source's text, or null when it is or when there is no text. */
    public static String notInSource(Claim claim, SourceTexts texts) {
        Optional<String> text = texts.of(claim.sourceId());
        if (text.isEmpty()) {
            return null;
        }
        String haystack = normalize(text.get());
        if (haystack.contains(normalize(claim.quote()))) {
            return null;
        }
        return "the quote is not in " + claim.source().textFile() + closest(claim.quote(), text.get())
                .map(p -> "; closest passage: \"" + p + "\"").orElse("");
    }

    /** Why the quote does not contain the value as written, or null when it does. */
    public static String valueNotInQuote(Claim claim) {
        if (normalize(claim.quote()).toLowerCase(Locale.ROOT).contains(normalize(claim.value().asWritten()).toLowerCase(Locale.ROOT))) {
            return null;
        }
        return "the quote does not contain the value as written, '" + claim.value().asWritten()
                + "'; quote the clause that carries the value, or write the value as the source does";
    }

    /** Folds what differs between copies of one text: Unicode forms, curly quotes, dashes, spacing. */
    static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        folded = SINGLE_QUOTES.matcher(folded).replaceAll("'");
        folded = DOUBLE_QUOTES.matcher(folded).replaceAll("\"");
        folded = DASHES.matcher(folded).replaceAll("-");
        return SPACE.matcher(folded).replaceAll(" ").trim();
    }

    static Optional<String> closest(String quote, String text) {
        Set<String> wanted = words(quote);
        return Arrays.stream(text.split("(?<=[.!?\u201D\"])\\s+|\\n+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .max(Comparator.comparingLong((String s) -> overlap(wanted, words(s))).thenComparing(s -> -s.length()))
                .filter(s -> overlap(wanted, words(s)) > 0)
                .map(s -> s.length() > PASSAGE_LIMIT ? s.substring(0, PASSAGE_LIMIT) + "…" : s);
    }

    private static Set<String> words(String text) {
        return Arrays.stream(normalize(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 2).collect(Collectors.toSet());
    }

    private static long overlap(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).count();
    }
}
