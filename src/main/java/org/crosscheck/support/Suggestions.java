package org.crosscheck.support;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean …" for misspelled keys, ids and enum words. */
public final class Suggestions {

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private Suggestions() {
    }

    /**
     * The closest candidate if it is close enough to be a likely typo. Edit distance decides; ties go
     * to the candidate sharing more of the typed word's start and letters ("qoute" is "quote", not "note").
     */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        if (typed.length() > LONGEST_TYPO) {
            return Optional.empty();
        }
        String wanted = typed.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, wanted.length() / 3);
        // bounded: gives up on a candidate once it is further than allowed, so a long candidate costs
        // no more than a short one
        LevenshteinDistance distance = new LevenshteinDistance(allowed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        double bestSimilarity = 0;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - wanted.length()) > allowed) {
                continue;
            }
            String lower = candidate.toLowerCase(Locale.ROOT);
            int d = distance.apply(wanted, lower);
            if (d < 0) {
                continue;
            }
            double similarity = d <= bestDistance ? SIMILARITY.apply(wanted, lower) : 0;
            if (d < bestDistance || (d == bestDistance && (similarity > bestSimilarity
                    || (similarity == bestSimilarity && candidate.compareTo(best) < 0)))) {
                best = candidate;
                bestDistance = d;
                bestSimilarity = similarity;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Typed names longer than this get no suggestion: nobody mistypes a name of this length by a few
     * letters, and comparing hostile names of thousands of characters with every known one made a
     * check of a few seconds take minutes.
     */
    static final int LONGEST_TYPO = 100;

    /** A hint: "did you mean 'x'?" when there is a close candidate, else the list of allowed words. */
    public static String hint(String typed, Collection<String> candidates) {
        return closest(typed, candidates)
                .map(c -> "did you mean '" + c + "'?")
                .orElse("expected one of: " + String.join(", ", candidates));
    }
}
