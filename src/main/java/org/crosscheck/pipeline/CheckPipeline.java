package org.crosscheck.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.engine.CompiledRules;
import org.crosscheck.engine.Engine;
import org.crosscheck.engine.RuleBaseBuilder;
import org.crosscheck.engine.RulesBuild;
import org.crosscheck.load.FactsLoader;
import org.crosscheck.load.TextLoader;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.FactsInput;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.crosscheck.model.SourceTexts;
import org.crosscheck.normalize.NormalizedFacts;
import org.crosscheck.normalize.Normalizer;

/**
 * The data flow of one check, in order: load facts, normalize them, build the rules, run them.
 * Rules are built before facts are checked so a broken rule file fails fast; facts problems do
 * not stop the run, so the report shows every problem and every finding on what could be read.
 */
public final class CheckPipeline {

    private final FactsLoader loader = new FactsLoader();
    private final Normalizer normalizer = new Normalizer();
    private final RuleBaseBuilder ruleBuilder = new RuleBaseBuilder();
    private final Engine engine = new Engine();
    private final TextLoader textLoader = new TextLoader();

    public CheckResult check(CheckRequest request) throws InputRejected {
        FactsInput input;
        try {
            input = loader.load(request.facts());
        } catch (FactsLoader.MissingFactsException e) {
            throw new InputRejected(List.of(new Problem(Location.ofPath(request.facts().toString()), e.getMessage(), e.hint())));
        }
        RulesBuild rules = ruleBuilder.build(request.rules());
        CompiledRules compiled = rules.rules().orElseThrow(() -> new InputRejected(rules.problems()));
        NormalizedFacts facts = normalizer.normalize(input);
        List<Problem> problems = new ArrayList<>(facts.problems());
        SourceTexts texts = request.texts() == null ? SourceTexts.NONE
                : textLoader.load(request.texts(), input.sources(), problems);
        List<Finding> findings = engine.run(compiled, facts.corpus(), texts);
        return new CheckResult(facts.accounting(), facts.corpus().sources(), compiled.rules(), findings,
                problems, request.failOn(), request.texts() == null ? -1 : texts.size());
    }
}
