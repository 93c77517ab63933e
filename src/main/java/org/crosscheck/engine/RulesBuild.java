package org.crosscheck.engine;

import java.util.List;
import java.util.Optional;
import org.crosscheck.model.Problem;

/** The outcome of building the rules: compiled rules, or every problem that prevents it. */
public record RulesBuild(CompiledRules compiled, List<Problem> problems) {

    public RulesBuild {
        problems = List.copyOf(problems);
    }

    public Optional<CompiledRules> rules() {
        return problems.isEmpty() ? Optional.ofNullable(compiled) : Optional.empty();
    }
}
