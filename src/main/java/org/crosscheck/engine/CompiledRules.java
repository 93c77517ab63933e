package org.crosscheck.engine;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosscheck.model.RuleInfo;
import org.kie.api.KieBase;

/** A built rule base and the metadata of every rule in it, keyed by Drools rule name. */
public record CompiledRules(KieBase kieBase, List<RuleInfo> rules) {

    public CompiledRules {
        rules = List.copyOf(rules);
    }

    Map<String, RuleInfo> byName() {
        return rules.stream().collect(Collectors.toMap(RuleInfo::name, Function.identity()));
    }
}
