package org.crosscheck.extract;

import java.util.List;

/**
 * What extraction read from one article: the candidate claims, and the values it found but could
 * file under no subject (listed for the editor, never dropped silently).
 */
public record Extraction(ArticleText article, String sourceId, String published, List<Sentence> sentences,
        List<Candidate> candidates, List<Unfiled> unfiled) {

    /** A value found in a sentence that names no entity of the corpus and reads like none of its keys. */
    public record Unfiled(Sentence sentence, FoundValue value, String why) {
    }

    public Extraction {
        sentences = List.copyOf(sentences);
        candidates = List.copyOf(candidates);
        unfiled = List.copyOf(unfiled);
    }
}
