package org.crosscheck.extract;

import java.util.List;
import org.crosscheck.model.Problem;

/** An article text or a corpus that extraction cannot start from; every problem, each at its place. */
public final class TextRejected extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public TextRejected(List<Problem> problems) {
        super(problems.isEmpty() ? "text rejected" : problems.get(0).describe());
        this.problems = List.copyOf(problems);
    }

    public TextRejected(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
