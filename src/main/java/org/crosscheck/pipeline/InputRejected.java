package org.crosscheck.pipeline;

import java.util.List;
import org.crosscheck.model.Problem;

/**
 * The run cannot produce findings at all: no facts directory, or rules that do not compile.
 * Problems in individual facts files do not throw; they travel in the check result.
 */
public final class InputRejected extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InputRejected(List<Problem> problems) {
        super(problems.isEmpty() ? "input rejected" : problems.get(0).describe(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
