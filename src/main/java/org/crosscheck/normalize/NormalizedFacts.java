package org.crosscheck.normalize;

import java.util.List;
import org.crosscheck.model.Accounting;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Problem;

/** The typed corpus, every problem found on the way, and the claim accounting that reconciles them. */
public record NormalizedFacts(Corpus corpus, List<Problem> problems, Accounting accounting) {

    public NormalizedFacts {
        problems = List.copyOf(problems);
    }
}
