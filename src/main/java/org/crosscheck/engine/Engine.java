package org.crosscheck.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Phase;
import org.crosscheck.model.Progress;
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

    /** Firings allowed per fact in the session: the rules fire a few times per key, never hundreds. */
    static final int FIRINGS_PER_FACT = 200;
    static final int MIN_FIRINGS = 10_000;

    private final java.time.Duration timeLimit;

    public Engine() {
        this(java.time.Duration.ofMinutes(5));
    }

    /** @param timeLimit wall-clock time the rules may take before the run is halted and the busiest rule named */
    public Engine(java.time.Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    public List<Finding> run(CompiledRules rules, Corpus corpus) throws RunawayRules {
        return run(rules, corpus, SourceTexts.NONE, Settings.DEFAULT);
    }

    /** Runs the enabled rules; findings carry each rule's severity after the settings' overrides. */
    public List<Finding> run(CompiledRules rules, Corpus corpus, SourceTexts texts, Settings settings) throws RunawayRules {
        return run(rules, corpus, texts, settings, Progress.SILENT);
    }

    /** As {@link #run(CompiledRules, Corpus, SourceTexts, Settings)}, telling {@code progress} as claims go in. */
    public List<Finding> run(CompiledRules rules, Corpus corpus, SourceTexts texts, Settings settings, Progress progress)
            throws RunawayRules {
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
            int inserted = 0;
            for (Claim claim : corpus.claims()) {
                session.insert(claim);
                if (++inserted % 10_000 == 0) {
                    progress.advanced(Phase.ENGINE, inserted);
                }
            }
            Map<String, Integer> firings = new HashMap<>();
            session.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                    firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
                }
            });
            long facts = session.getFactCount();
            int limit = (int) Math.min(Integer.MAX_VALUE, Math.max(MIN_FIRINGS, facts * FIRINGS_PER_FACT));
            java.util.concurrent.ScheduledExecutorService watchdog = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "crosscheck-rule-watchdog");
                thread.setDaemon(true);
                return thread;
            });
            java.util.concurrent.atomic.AtomicBoolean halted = new java.util.concurrent.atomic.AtomicBoolean();
            watchdog.schedule(() -> {
                halted.set(true);
                session.halt();
            }, timeLimit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            int fired;
            try {
                // a switched-off rule never fires, rather than firing and being hidden afterwards
                fired = session.fireAllRules(match -> byName.containsKey(match.getRule().getName()), limit);
            } finally {
                watchdog.shutdownNow();
            }
            if (fired >= limit || halted.get()) {
                throw runaway(firings, byName, fired >= limit ? "fired " + fired + " times for " + facts
                        + " facts (the limit)" : "was still firing after " + timeLimit.toSeconds() + " s");
            }
        } finally {
            session.dispose();
        }
        return collector.findings().stream().sorted().toList();
    }

    private static RunawayRules runaway(Map<String, Integer> firings, Map<String, RuleInfo> byName, String what) {
        String busiest = firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
        RuleInfo rule = byName.get(busiest);
        org.crosscheck.model.Location at = rule == null ? org.crosscheck.model.Location.ofPath("rules")
                : org.crosscheck.model.Location.ofPath(rule.file());
        String id = rule == null ? busiest : rule.id();
        return new RunawayRules(List.of(new org.crosscheck.model.Problem(at, "rule " + id + " " + what
                + "; it probably loops", "a consequence that modifies or inserts facts its own conditions match needs a guard "
                        + "(no-loop, or a condition that the change makes false)")));
    }

    private static boolean declaresCollector(CompiledRules rules) {
        return rules.kieBase().getKiePackages().stream()
                .map(KiePackage::getGlobalVariables)
                .flatMap(java.util.Collection::stream)
                .anyMatch(g -> g.getName().equals(COLLECTOR));
    }
}
