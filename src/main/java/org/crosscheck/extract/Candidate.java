package org.crosscheck.extract;

import java.util.List;
import org.crosscheck.model.ClaimKey;

/**
 * A claim crosscheck suggests from a sentence, for an editor to accept, fix or delete.
 *
 * @param sentence   the sentence it was read from
 * @param value      the value, as the sentence writes it
 * @param key        the key it would be filed under
 * @param proposed   true when no key of the corpus fits and the property is a name crosscheck made up
 * @param score      how much the sentence reads like the key (BM25, raised when the subject is named)
 * @param runnersUp  the next best keys, best first
 * @param quote      the shortest span of the sentence holding the subject's name (when named) and the value
 * @param heldBack   the existing key the sentence reads most like when the candidate was not filed under
 *                   it: the match was weak (the sentence does not name its subject, or names it without
 *                   the words of its claims) and the value does not meet that key's values, so filing it
 *                   there would raise an error on a guess; null when it was filed under its best key, or
 *                   no key fitted at all
 */
public record Candidate(Sentence sentence, FoundValue value, ClaimKey key, boolean proposed, double score,
        List<KeyMatch> runnersUp, String quote, KeyMatch heldBack) {

    public Candidate {
        runnersUp = List.copyOf(runnersUp);
    }

    /** A candidate filed under its best key, or proposed with no key held back. */
    public Candidate(Sentence sentence, FoundValue value, ClaimKey key, boolean proposed, double score,
            List<KeyMatch> runnersUp, String quote) {
        this(sentence, value, key, proposed, score, runnersUp, quote, null);
    }
}
