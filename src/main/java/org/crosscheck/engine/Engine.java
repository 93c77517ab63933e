package org.crosscheck.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Finding;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Settings;
import org.crosscheck.model.SourceTexts;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieSession;

/**
 * Runs the rules over a corpus. Inserts sources, claims, reference records and one {@link ClaimKey}
 * fact per distinct key, so rules can work per key group instead of over every pair of claims.
 */
public final class Engine {

    /** The name under which rules reach the {@link FindingCollector}. */
    public static final String COLLECTOR = "findings";

    public List<Finding> run(CompiledRules rules, Corpus corpus) {
        return run(rules, corpus, SourceTexts.NONE, Settings.DEFAULT);
    }

    /** Runs the enabled rules; findings carry each rule's severity after the settings' overrides. */
    public List<Finding> run(CompiledRules rules, Corpus corpus, SourceTexts texts, Settings settings) {
        Map<String, RuleInfo> byName = new HashMap<>();
        settings.apply(rules.rules()).forEach(rule -> byName.put(rule.name(), rule));
        FindingCollector collector = new FindingCollector(byName);
        KieSession session = rules.kieBase().newKieSession();
        try {
            if (declaresCollector(rules)) {
                session.setGlobal(COLLECTOR, collector);
            }
            corpus.sources().forEach(session::insert);
            corpus.references().forEach(session::insert);
            corpus.rates().forEach(session::insert);
            session.insert(texts);
            session.insert(settings.thresholds());
            new TreeSet<>(corpus.claims().stream().map(Claim::key).toList()).forEach(session::insert);
            corpus.claims().forEach(session::insert);
            // a switched-off rule never fires, rather than firing and being hidden afterwards
            session.fireAllRules(match -> byName.containsKey(match.getRule().getName()));
        } finally {
            session.dispose();
        }
        return collector.findings().stream().sorted().toList();
    }

    private static boolean declaresCollector(CompiledRules rules) {
        return rules.kieBase().getKiePackages().stream()
                .map(KiePackage::getGlobalVariables)
                .flatMap(java.util.Collection::stream)
                .anyMatch(g -> g.getName().equals(COLLECTOR));
    }
}
