package org.crosscheck.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.engine.CompiledRules;
import org.crosscheck.engine.Engine;
import org.crosscheck.engine.RuleBaseBuilder;
import org.crosscheck.engine.RulesBuild;
import org.crosscheck.load.FactsLoader;
import org.crosscheck.load.SettingsLoader;
import org.crosscheck.load.TextLoader;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.FactsInput;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Settings;
import org.crosscheck.model.SourceTexts;
import org.crosscheck.normalize.NormalizedFacts;
import org.crosscheck.normalize.Normalizer;
import org.crosscheck.support.Suggestions;

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
    private final SettingsLoader settingsLoader = new SettingsLoader();

    /** The rules and the settings that apply to them, for listing without checking anything. */
    public RuleListing listRules(Path rulesDir, Path settingsFile) throws InputRejected {
        CompiledRules compiled = rules(rulesDir);
        return new RuleListing(compiled.rules(), settings(settingsFile, compiled));
    }

    /** The rules, compiled; every problem that prevents it is thrown together. */
    private CompiledRules rules(Path rulesDir) throws InputRejected {
        RulesBuild rules = ruleBuilder.build(rulesDir);
        return rules.rules().orElseThrow(() -> new InputRejected(rules.problems()));
    }

    /** The settings, checked against the rules that exist: an unknown rule id is an error, not a no-op. */
    private Settings settings(Path file, CompiledRules rules) throws InputRejected {
        List<Problem> problems = new ArrayList<>();
        Settings settings = settingsLoader.load(file, problems);
        List<String> ids = rules.rules().stream().map(RuleInfo::id).toList();
        settings.ruleLocations().forEach((id, at) -> {
            if (!ids.contains(id)) {
                problems.add(new Problem(at, "unknown rule id '" + id + "'", Suggestions.hint(id, ids)));
            }
        });
        if (!problems.isEmpty()) {
            throw new InputRejected(problems.stream().sorted().toList());
        }
        return settings;
    }

    public CheckResult check(CheckRequest request) throws InputRejected {
        FactsInput input;
        try {
            input = loader.load(request.facts());
        } catch (FactsLoader.MissingFactsException e) {
            throw new InputRejected(List.of(new Problem(Location.ofPath(request.facts().toString()), e.getMessage(), e.hint())));
        }
        CompiledRules compiled = rules(request.rules());
        Settings settings = settings(request.settings(), compiled);
        NormalizedFacts facts = normalizer.normalize(input);
        List<Problem> problems = new ArrayList<>(facts.problems());
        SourceTexts texts = request.texts() == null ? SourceTexts.NONE
                : textLoader.load(request.texts(), input.sources(), problems);
        List<Finding> findings = engine.run(compiled, facts.corpus(), texts, settings);
        return new CheckResult(facts.accounting(), facts.corpus().sources(), settings.apply(compiled.rules()), findings,
                problems, request.failOn(), request.texts() == null ? -1 : texts.size());
    }
}
