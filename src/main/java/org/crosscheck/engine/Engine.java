package org.crosscheck.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.compare.Assessments;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Phase;
import org.crosscheck.model.Progress;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Settings;
import org.crosscheck.model.SourceTexts;
import org.crosscheck.normalize.ClaimGroup;
import org.crosscheck.normalize.ClaimIndex;
import org.crosscheck.support.DaemonThreads;
import org.crosscheck.support.Failures;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieSession;

/**
 * Runs the rules over a corpus. Inserts sources, reference records, exchange rates, the settings'
 * thresholds, the article texts and one {@link ClaimGroup} per key holding that key's claims. Claims
 * are not facts of their own: rules reach them through their group, so the session holds one fact
 * per key rather than per claim, and no rule can join claims pairwise by accident.
 */
public final class Engine {

    /** The name under which rules reach the {@link FindingCollector}. */
    public static final String COLLECTOR = "findings";

    /** Firings allowed per fact in the session: the rules fire a few times per key, never hundreds. */
    static final int FIRINGS_PER_FACT = 200;
    static final int MIN_FIRINGS = 10_000;

    /** Claim groups in the session at once; see {@link #run}. */
    static final int GROUPS_PER_BATCH = 1_000;
    /** Batches run at once, each in its own session. */
    private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final java.time.Duration timeLimit;
    private final int groupsPerBatch;

    public Engine() {
        this(java.time.Duration.ofMinutes(5));
    }

    /** @param timeLimit wall-clock time the rules may take before the run is halted and the busiest rule named */
    public Engine(java.time.Duration timeLimit) {
        this(timeLimit, GROUPS_PER_BATCH);
    }

    Engine(java.time.Duration timeLimit, int groupsPerBatch) {
        this.timeLimit = timeLimit;
        this.groupsPerBatch = groupsPerBatch;
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
        return run(rules, corpus, ClaimGroup.byKey(corpus.claims()), texts, settings, progress);
    }

    /**
     * As {@link #run(CompiledRules, Corpus, SourceTexts, Settings, Progress)}, with the corpus's claims
     * already grouped ({@link ClaimGroup#byKey}) by a caller that needs the groups too.
     */
    public List<Finding> run(CompiledRules rules, Corpus corpus, List<ClaimGroup> groups, SourceTexts texts, Settings settings,
            Progress progress) throws RunawayRules {
        return run(rules, corpus, groups, new ClaimIndex(groups), Assessments.of(groups, corpus.references()), texts, settings,
                progress);
    }

    /**
     * As {@link #run(CompiledRules, Corpus, List, SourceTexts, Settings, Progress)}, with every key
     * already assessed ({@link Assessments#of}) by a caller that reports the claims' statuses: the
     * rules read blame from the assessments and never decide it themselves.
     */
    public List<Finding> run(CompiledRules rules, Corpus corpus, List<ClaimGroup> groups, Assessments assessments,
            SourceTexts texts, Settings settings, Progress progress) throws RunawayRules {
        return run(rules, corpus, groups, new ClaimIndex(groups), assessments, texts, settings, progress);
    }

    /**
     * As {@link #run(CompiledRules, Corpus, List, SourceTexts, Settings, Progress)} on some of the
     * corpus's keys, with an index that also holds the claims of other keys that those keys' rules
     * reach for (a check sharded by key, such as the Spark job, which passes each shard's groups).
     * Statuses are decided per key, so assessing the shard's own groups gives each key the status the
     * whole corpus would.
     */
    public List<Finding> run(CompiledRules rules, Corpus corpus, List<ClaimGroup> groups, ClaimIndex index, SourceTexts texts,
            Settings settings, Progress progress) throws RunawayRules {
        return run(rules, corpus, groups, index, Assessments.of(groups, corpus.references()), texts, settings, progress);
    }

    /** The run itself: the groups, the index their rules reach through, and their keys' assessments. */
    public List<Finding> run(CompiledRules rules, Corpus corpus, List<ClaimGroup> groups, ClaimIndex index, Assessments assessments,
            SourceTexts texts, Settings settings, Progress progress) throws RunawayRules {
        List<Finding> found = new ArrayList<>();
        runBatches(rules, corpus, groups, index, assessments, texts, settings, progress)
                .forEach(collector -> found.addAll(collector.findings()));
        return sortedOnce(found);
    }

    /**
     * Findings by the key of the claim group each rule matched, as a check keeping findings per key
     * between runs needs them: a key's findings depend on its group and on what its rules read
     * through the index, not on the other groups of its batch.
     *
     * @param byOrigin    per key of {@code groups}, the findings of rules that matched its group (each
     *                    once, in order); a key with none is present with an empty list
     * @param unkeyed     the findings of rules that matched no group (about sources, records or settings
     *                    alone), each once, in order
     */
    public record ByOrigin(Map<org.crosscheck.model.ClaimKey, List<Finding>> byOrigin, List<Finding> unkeyed) {
    }

    /** As {@link #run(CompiledRules, Corpus, List, ClaimIndex, Assessments, SourceTexts, Settings, Progress)}, by origin. */
    public ByOrigin runByOrigin(CompiledRules rules, Corpus corpus, List<ClaimGroup> groups, ClaimIndex index,
            Assessments assessments, SourceTexts texts, Settings settings, Progress progress) throws RunawayRules {
        Map<org.crosscheck.model.ClaimKey, List<Finding>> byOrigin = new HashMap<>();
        groups.forEach(group -> byOrigin.put(group.key(), new ArrayList<>()));
        List<Finding> unkeyed = new ArrayList<>();
        for (FindingCollector collector : runBatches(rules, corpus, groups, index, assessments, texts, settings, progress)) {
            List<Finding> findings = collector.findings();
            List<org.crosscheck.model.ClaimKey> origins = collector.origins();
            for (int i = 0; i < findings.size(); i++) {
                org.crosscheck.model.ClaimKey origin = origins.get(i);
                (origin == null ? unkeyed : byOrigin.computeIfAbsent(origin, k -> new ArrayList<>())).add(findings.get(i));
            }
        }
        byOrigin.replaceAll((key, findings) -> sortedOnce(findings));
        return new ByOrigin(byOrigin, sortedOnce(unkeyed));
    }

    private List<FindingCollector> runBatches(CompiledRules rules, Corpus corpus, List<ClaimGroup> groups, ClaimIndex index,
            Assessments assessments, SourceTexts texts, Settings settings, Progress progress) throws RunawayRules {
        Map<String, RuleInfo> byName = new HashMap<>();
        settings.apply(rules.rules()).forEach(rule -> byName.put(rule.name(), rule));
        List<Object> shared = new ArrayList<>();
        shared.addAll(corpus.sources());
        shared.addAll(corpus.references());
        shared.addAll(corpus.rates());
        shared.add(texts);
        shared.add(settings.thresholds());
        shared.add(index);
        shared.add(assessments);
        // claims count as facts here: rules reach them through their group, and may fire once per claim
        long facts = shared.size() + groups.size() + corpus.claims().size();
        int limit = (int) Math.min(Integer.MAX_VALUE, Math.max(MIN_FIRINGS, facts * FIRINGS_PER_FACT));
        Batches batches = new Batches(rules, byName, shared, limit, timeLimit);
        // The groups go through the rules a batch at a time, each batch in a fresh session with the
        // shared facts: Drools keeps a tuple for every claim a rule walks with 'from', and deleting
        // facts did not give that memory back, so a million claims ran out of a 2 GB heap in one
        // session. Keys are independent, so the findings are the same, and batches run side by side,
        // one per core. A rule that matches no group fires once per batch, and its identical findings
        // are kept once (see below). With no group at all there is still one (empty) batch, for the
        // rules about sources alone.
        List<List<ClaimGroup>> cut = new ArrayList<>();
        for (int from = 0; from < groups.size() || from == 0; from += groupsPerBatch) {
            cut.add(groups.subList(from, Math.min(groups.size(), from + groupsPerBatch)));
        }
        List<FindingCollector> found = new ArrayList<>();
        ScheduledExecutorService watchdog = haltAfter(timeLimit, batches);
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(cut.size(), WORKERS), DaemonThreads.named("crosscheck-rules"));
        // Halting a session stops it between firings only: a consequence or a condition that never
        // returns (a sleep, a wait, an endless loop in Java code) is not stopped by it. The waiting
        // here therefore has its own deadline, a grace period after the time limit, after which the
        // run ends with the rule that was running, and the workers (daemon threads) are abandoned.
        long deadline = System.nanoTime() + timeLimit.toNanos() + graceAfter(timeLimit).toNanos();
        try {
            List<Future<FindingCollector>> pending = cut.stream().map(batch -> workers.submit(() -> batches.run(batch))).toList();
            long claimsDone = 0;
            for (int i = 0; i < cut.size(); i++) {
                found.add(awaitBatch(pending.get(i), deadline, batches, byName));
                claimsDone += cut.get(i).stream().mapToInt(ClaimGroup::size).sum();
                progress.advanced(Phase.ENGINE, claimsDone);
            }
        } catch (RuleFailed e) {
            throw new RunawayRules(List.of(e.problem));
        } catch (HeapRanOut e) {
            long maxHeap = Runtime.getRuntime().maxMemory();
            if (!e.blamesTheRule(maxHeap)) {
                throw e.error; // the corpus needs more heap: said as such by the command line
            }
            throw new RunawayRules(List.of(RuleFailed.problem(byName.get(e.rule), e.rule,
                    "ran out of memory in its consequence: " + (e.beyondTheJvmsLimit() ? "it asked for an array larger than the JVM allows"
                            : "one firing allocated more than a quarter of the heap"),
                    "this is an error in the rule, not a corpus too large for the heap; a consequence must not collect without "
                            + "end (a loop that adds to a list or builds a string)")));
        } finally {
            workers.shutdownNow();
            watchdog.shutdownNow();
        }
        int fired = batches.fired.get();
        if (batches.slowAtHalt != null) {
            throw new RunawayRules(List.of(RuleFailed.problem(byName.get(batches.slowAtHalt), batches.slowAtHalt,
                    "was inside one firing for more than half of the " + timeLimit.toSeconds() + " s time limit when it ran out",
                    "a consequence that sleeps, waits or computes this long holds up every check; make it quick")));
        }
        if (batches.halted.get() && batches.firings.isEmpty()) {
            // halted before any rule fired: the time went into a condition
            throw new RunawayRules(List.of(RuleFailed.problem(null, null, CONDITION_TOO_SLOW, CONDITION_HINT)));
        }
        if (fired >= limit || batches.halted.get()) {
            throw runaway(batches.firings, byName, fired >= limit ? "fired " + fired + " times for " + facts
                    + " facts (the limit)" : "was still firing after " + timeLimit.toSeconds() + " s");
        }
        return found;
    }

    private static final String CONDITION_TOO_SLOW =
            "a rule condition (an eval, or a function a condition calls) did not return within the time limit";
    private static final String CONDITION_HINT =
            "a condition must be a quick test; look for a loop or a wait in the rules' conditions and functions";

    /** How long the workers get, after the time limit has halted them, to come back. */
    static java.time.Duration graceAfter(java.time.Duration timeLimit) {
        return java.time.Duration.ofMillis(Math.min(10_000, Math.max(200, timeLimit.toMillis() / 10)));
    }

    private static FindingCollector awaitBatch(Future<FindingCollector> batch, long deadline, Batches batches,
            Map<String, RuleInfo> byName) {
        try {
            return batch.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            String rule = batches.firing.values().stream().map(Firing::rule).sorted().findFirst().orElse(null);
            if (rule != null) {
                throw new RuleFailed(RuleFailed.problem(byName.get(rule), rule,
                        "did not return from its consequence within the time limit",
                        "a consequence that sleeps, waits or loops in Java code cannot be stopped between firings; make it finish"));
            }
            throw new RuleFailed(RuleFailed.problem(null, null, CONDITION_TOO_SLOW, CONDITION_HINT));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rules were running", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Failures.rethrow(e.getCause(), RuntimeException.class);
            throw new IllegalStateException(e);
        }
    }

    /**
     * The findings in order, each once: what {@code distinct().sorted()} gives, without hashing every
     * finding (a record's hash walks its claims and its message), which with the sort was about a
     * second of the main thread at a million claims. {@code Arrays.parallelSort} sorts on every core
     * where the common pool has more than one thread (on two cores it has one, and sorts here). Equal findings
     * tie in the order, so after a stable sort a repeat sits in the run of findings that tie with it;
     * ties keep the order they were found in, as {@code distinct} keeps first occurrences.
     */
    public static List<Finding> sortedOnce(List<Finding> found) {
        Finding[] all = found.toArray(Finding[]::new);
        Arrays.parallelSort(all); // stable
        List<Finding> once = new ArrayList<>(all.length);
        int tiesFrom = 0;
        for (Finding finding : all) {
            if (!once.isEmpty() && once.get(tiesFrom).compareTo(finding) == 0) {
                if (once.subList(tiesFrom, once.size()).contains(finding)) {
                    continue;
                }
            } else {
                tiesFrom = once.size();
            }
            once.add(finding);
        }
        return List.copyOf(once);
    }

    /**
     * Runs batches of claim groups through the rules, each in a fresh session with the shared facts,
     * on any thread, and counts the firings of all of them against one limit.
     */
    private static final class Batches {
        private final CompiledRules rules;
        private final Map<String, RuleInfo> byName;
        private final List<Object> shared;
        private final int limit;
        private final boolean hasCollector;
        private final Map<String, Integer> firings = new ConcurrentHashMap<>();
        private final AtomicInteger fired = new AtomicInteger();
        private final AtomicBoolean halted = new AtomicBoolean();
        private final Set<KieSession> running = ConcurrentHashMap.newKeySet();
        /** The rule each worker thread is firing now. */
        private final Map<Thread, Firing> firing = new ConcurrentHashMap<>();
        /**
         * Heap kept back for the workers to say which rule ran out of memory: given up when the heap
         * runs out, so that naming the rule and halting the other sessions can allocate.
         */
        private volatile byte[] reserve = new byte[(int) Math.min(8 << 20, Runtime.getRuntime().maxMemory() / 64)];
        /** A rule that had been inside one firing for over half the time limit when it ran out; null if none. */
        private volatile String slowAtHalt;
        private final long haltedAfterNanos;
        private final org.kie.api.event.rule.AgendaEventListener counter = new org.kie.api.event.rule.DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
                firing.put(Thread.currentThread(), new Firing(event.getMatch().getRule().getName(), System.nanoTime(),
                        HeapRanOut.allocatedByThisThread()));
            }

            @Override
            public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                firing.remove(Thread.currentThread());
                firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
        };

        Batches(CompiledRules rules, Map<String, RuleInfo> byName, List<Object> shared, int limit, java.time.Duration timeLimit) {
            this.haltedAfterNanos = timeLimit.toNanos();
            this.rules = rules;
            this.byName = byName;
            this.shared = shared;
            this.limit = limit;
            this.hasCollector = declaresCollector(rules);
        }

        FindingCollector run(List<ClaimGroup> batch) {
            FindingCollector collector = new FindingCollector(byName);
            if (halted.get() || fired.get() >= limit) {
                return collector;
            }
            KieSession session = rules.kieBase().newKieSession();
            running.add(session);
            try {
                if (hasCollector) {
                    session.setGlobal(COLLECTOR, collector);
                }
                session.addEventListener(counter);
                shared.forEach(session::insert);
                batch.forEach(session::insert);
                if (!halted.get()) {
                    // a switched-off rule never fires, rather than firing and being hidden afterwards
                    fired.addAndGet(session.fireAllRules(match -> byName.containsKey(match.getRule().getName()),
                            Math.max(1, limit - fired.get())));
                }
            } catch (OutOfMemoryError e) {
                throw ranOut(e);
            } catch (org.kie.api.runtime.rule.ConsequenceException e) {
                if (e.getCause() instanceof OutOfMemoryError outOfMemory) {
                    throw ranOut(outOfMemory);
                }
                String rule = e.getRule() == null ? ruleFiring() : e.getRule().getName();
                throw RuleFailed.of(byName.get(rule), rule, e.getCause() == null ? e : e.getCause(), true);
            } catch (StackOverflowError | RuntimeException e) {
                // a condition (or a consequence Drools did not wrap) failed; the rule firing now, if any
                String rule = ruleFiring();
                throw RuleFailed.of(byName.get(rule), rule, e, rule != null);
            } finally {
                firing.remove(Thread.currentThread());
                running.remove(session);
                session.dispose();
            }
            return collector;
        }

        private String ruleFiring() {
            Firing now = firing.get(Thread.currentThread());
            return now == null ? null : now.rule();
        }

        /**
         * The heap ran out on this worker: what the firing under way had allocated (read before
         * anything else allocates), and the other sessions halted, since the run cannot go on.
         */
        private HeapRanOut ranOut(OutOfMemoryError error) {
            long allocatedNow = HeapRanOut.allocatedByThisThread();
            reserve = null;
            Firing now = firing.get(Thread.currentThread());
            halted.set(true);
            running.forEach(KieSession::halt);
            return now == null ? new HeapRanOut(null, -1, error)
                    : new HeapRanOut(now.rule(), allocatedNow < 0 || now.allocatedBefore() < 0 ? -1 : allocatedNow - now.allocatedBefore(), error);
        }

        /** Stops every session now running, and every batch not yet started. */
        void halt() {
            long now = System.nanoTime();
            firing.values().forEach(f -> {
                if (now - f.since() > haltedAfterNanos / 2) {
                    slowAtHalt = f.rule();
                }
            });
            halted.set(true);
            running.forEach(KieSession::halt);
        }
    }

    /**
     * A rule a worker thread is firing: its name, since when (System.nanoTime), and how many bytes
     * the thread had allocated when it began (-1 when the JVM does not count them).
     */
    private record Firing(String rule, long since, long allocatedBefore) {
    }

    /** A daemon that halts the batches once {@code limit} has passed. */
    private static ScheduledExecutorService haltAfter(java.time.Duration limit, Batches batches) {
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("crosscheck-rule-watchdog"));
        watchdog.schedule(batches::halt, limit.toMillis(), TimeUnit.MILLISECONDS);
        return watchdog;
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
