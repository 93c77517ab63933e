package org.crosscheck.support;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean …" for misspelled keys, ids and enum words. */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance();
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private Suggestions() {
    }

    /**
     * The closest candidate if it is close enough to be a likely typo. Edit distance decides; ties go
     * to the candidate sharing more of the typed word's start and letters ("qoute" is "quote", not "note").
     */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, wanted.length() / 3);
        return candidates.stream()
                .filter(c -> DISTANCE.apply(wanted, c.toLowerCase(Locale.ROOT)) <= allowed)
                .min(Comparator.<String>comparingInt(c -> DISTANCE.apply(wanted, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(c -> -SIMILARITY.apply(wanted, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** A hint: "did you mean 'x'?" when there is a close candidate, else the list of allowed words. */
    public static String hint(String typed, Collection<String> candidates) {
        return closest(typed, candidates)
                .map(c -> "did you mean '" + c + "'?")
                .orElse("expected one of: " + String.join(", ", candidates));
    }
}
