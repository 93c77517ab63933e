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
 */
public record Candidate(Sentence sentence, FoundValue value, ClaimKey key, boolean proposed, double score,
        List<KeyMatch> runnersUp, String quote) {

    public Candidate {
        runnersUp = List.copyOf(runnersUp);
    }
}
