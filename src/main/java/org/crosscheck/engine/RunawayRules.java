package org.crosscheck.engine;

import java.util.List;
import org.crosscheck.model.Problem;

/**
 * A rule kept firing past the firing limit or the time limit: almost always a consequence that
 * changes a fact its own conditions match ("update" without a guard). The run stops instead of hanging.
 */
public final class RunawayRules extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    RunawayRules(List<Problem> problems) {
        super(problems.get(0).describe(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
