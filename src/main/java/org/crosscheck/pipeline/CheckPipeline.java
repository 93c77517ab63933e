package org.crosscheck.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.sql.SQLException;
import org.crosscheck.compare.Assessments;
import org.crosscheck.engine.CompiledRules;
import org.crosscheck.engine.Engine;
import org.crosscheck.engine.RuleBaseBuilder;
import org.crosscheck.engine.RulesBuild;
import org.crosscheck.engine.RunawayRules;
import org.crosscheck.load.BaselineLoader;
import org.crosscheck.load.FactsLoader;
import org.crosscheck.load.SettingsLoader;
import org.crosscheck.load.TextLoader;
import org.crosscheck.model.Accounting;
import org.crosscheck.model.Baseline;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.ClaimStatuses;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.FactsInput;
import org.crosscheck.model.FindingRenderer;
import org.crosscheck.model.Finding;
import org.crosscheck.model.KeyCoverage;
import org.crosscheck.model.Location;
import org.crosscheck.model.Phase;
import org.crosscheck.model.Problem;
import org.crosscheck.model.Progress;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Settings;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceTexts;
import org.crosscheck.model.TriageSummary;
import org.crosscheck.model.Waiver;
import org.crosscheck.normalize.ClaimGroup;
import org.crosscheck.normalize.EntityIndex;
import org.crosscheck.normalize.NormalizedFacts;
import org.crosscheck.normalize.Normalizer;
import org.crosscheck.normalize.Tolerance;
import org.crosscheck.store.FactsStore;
import org.crosscheck.store.ReportFragments;
import org.crosscheck.store.Slice;
import org.crosscheck.support.DaemonThreads;
import org.crosscheck.support.Failures;
import org.crosscheck.support.HeapRelief;
import org.crosscheck.support.ParallelInOrder;
import org.crosscheck.support.Suggestions;
import org.crosscheck.triage.BuiltInRules;
import org.crosscheck.triage.Triage;

/**
 * The data flow of one check, in order: load facts, normalize them, build the rules, run them.
 * Rules are built before facts are checked so a broken rule file fails fast; facts problems do
 * not stop the run, so the report shows every problem and every finding on what could be read.
 */
public final class CheckPipeline {

    /** The store path's steps, timed at debug level (--debug). */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CheckPipeline.class);

    private final FactsLoader loader;
    private final RuleBaseBuilder ruleBuilder;
    private final Engine engine = new Engine();
    private final TextLoader textLoader = new TextLoader();
    private final SettingsLoader settingsLoader = new SettingsLoader();
    private final BaselineLoader baselineLoader = new BaselineLoader();
    private final Triage triage = new Triage();
    private Path storeDir;
    private Consumer<String> notices = notice -> { };
    private FindingRenderer renderer;

    /** A pipeline that keeps compiled rules in memory only. */
    public CheckPipeline() {
        this(null);
    }

    /** @param rulesCache where compiled rules are kept between runs, keyed by a hash of the rule files; null for none */
    public CheckPipeline(Path rulesCache) {
        this(rulesCache, null);
    }

    /**
     * @param rulesCache where compiled rules are kept between runs, keyed by a hash of the rule files; null for none
     * @param factsCache where parsed facts files are kept between runs, keyed by a hash of each file; null for none
     */
    public CheckPipeline(Path rulesCache, Path factsCache) {
        this.ruleBuilder = new RuleBaseBuilder(rulesCache);
        this.loader = factsCache == null ? new FactsLoader() : new FactsLoader(factsCache);
    }

    /**
     * Reads the facts through the store in {@code dir} ({@link FactsStore}): files whose bytes did not
     * change are not parsed again, and a draft or pull-request check reads only the files it needs
     * ({@link Slice}). {@code notices} hears why a store was rebuilt or could not be used.
     */
    public CheckPipeline withStore(Path dir, Consumer<String> notices) {
        this.storeDir = dir;
        this.notices = notices;
        return this;
    }

    /**
     * Keeps the machine report's parts in the store on each full check through it, rendered by
     * {@code renderer}, so that {@link #checkIncrementally} can write the next report from them.
     */
    public CheckPipeline withReportParts(FindingRenderer renderer) {
        this.renderer = renderer;
        return this;
    }

    /**
     * A full check through the store that reads, checks and renders only the keys the files edited
     * since the last check touch ({@link IncrementalCheck}), for a report streamed from the store's
     * kept parts; empty when that cannot stand for a full check (then nothing was changed but the
     * store's files, and {@link #check} does it as always). Needs {@link #withStore} and
     * {@link #withReportParts}; a request with a draft, changed files, article texts or a baseline
     * is always empty. {@code consoleLines}: how many open warnings and errors the console names.
     */
    public Optional<IncrementalReport> checkIncrementally(CheckRequest request, int consoleLines, Progress progress)
            throws InputRejected {
        lastHashes = null;
        lastKeys = null;
        lastRefusal = "not a full check through the store with report parts";
        if (renderer == null || request.draft() != null || request.changed() != null || request.texts() != null
                || request.baseline() != null) {
            return Optional.empty();
        }
        CompiledRules compiled = rules(request.rules());
        Settings settings = settings(request.settings(), compiled);
        FactsStore store = openStore(request);
        if (store == null) {
            return Optional.empty();
        }
        lastRefusal = null;
        boolean handedOver = false;
        try {
            FactsLoader.Listing listing = listedFacts(request.facts());
            List<Path> files = listing.files();
            store.update(request.facts(), files, listing.stats());
            IncrementalCheck incremental = new IncrementalCheck(loader, engine, renderer);
            Optional<IncrementalCheck.Done> done = incremental.run(request.facts(), files, store,
                    KeptFindings.context(request.rules(), compiled, settings), compiled, settings, progress);
            if (done.isEmpty()) {
                lastRefusal = incremental.refusal();
                return Optional.empty();
            }
            lastHashes = store.hashes(request.facts(), files).map(kept -> new FactsHashes(kept.stream()
                    .map(file -> new FactsHashes.FileHash(file.path(), file.sha256())).toList())).orElse(null);
            List<RuleInfo> rules = new ArrayList<>(settings.apply(compiled.rules()));
            rules.addAll(settings.apply(BuiltInRules.ALL));
            ReportFragments parts = store.reportFragments();
            IncrementalReport report = new IncrementalReport(done.get().accounting(), rules, request.failOn(),
                    parts.counts(request.failOn(), consoleLines),
                    parts.rows(request.failOn()), done.get().rechecked(), done.get().changedFiles(), store);
            handedOver = true;
            return Optional.of(report);
        } catch (SQLException | java.io.IOException e) {
            notices.accept("not using the report parts kept in the store " + storeDir + ": " + e.getMessage() + "; checking as usual");
            return Optional.empty();
        } finally {
            if (!handedOver) {
                store.close();
            }
        }
    }

    /** Brings the store in {@code storeDir} up to date with the facts directory; {@code crosscheck index}. */
    public FactsStore.Update index(Path factsDir, Path storeDir, Consumer<String> notices) throws InputRejected {
        FactsLoader.Listing listing = listedFacts(factsDir);
        try (FactsStore store = FactsStore.open(storeDir, CheckPipeline.class, true, notices)) {
            return store.update(factsDir, listing.files(), listing.stats());
        } catch (FactsStore.StoreUnavailable | SQLException e) {
            throw new InputRejected(List.of(new Problem(Location.ofPath(storeDir.toString()), "cannot build the store: "
                    + e.getMessage(), "choose a directory crosscheck may write with --store DIR")));
        }
    }

    private static FactsLoader.Listing listedFacts(Path factsDir) throws InputRejected {
        try {
            if (!Files.isDirectory(factsDir)) {
                throw new InputRejected(List.of(new Problem(Location.ofPath(factsDir.toString()), "facts directory not found",
                        "pass --facts DIR with a directory of YAML facts files")));
            }
            List<Problem> listing = new ArrayList<>();
            FactsLoader.Listing files = FactsLoader.listFacts(factsDir, listing);
            if (!listing.isEmpty()) {
                // the store keeps only what it can read whole; a file it would skip is refused, not dropped
                throw new InputRejected(listing);
            }
            return files;
        } catch (FactsLoader.MissingFactsException e) {
            throw new InputRejected(List.of(new Problem(Location.ofPath(factsDir.toString()), e.getMessage(), e.hint())));
        }
    }

    /**
     * The store in {@code storeDir}, opened; null when there is none, or the facts are not a directory,
     * or it cannot be used (which {@code notices} hears; the files are then read as without one).
     */
    private FactsStore openStore(CheckRequest request) {
        if (storeDir == null || !Files.isDirectory(request.facts())) {
            return null;
        }
        try {
            return FactsStore.open(storeDir, CheckPipeline.class, false, notices);
        } catch (FactsStore.StoreUnavailable e) {
            notices.accept("not using the store " + storeDir + ": " + e.getMessage() + "; reading every facts file");
            return null;
        }
    }

    /**
     * The facts, and whether they came through the store (whose findings kept per key may then be used).
     *
     * @param wholeKeys for a check of part of the corpus through the store, the keys whose every
     *                  claim it read; null when it read everything
     * @param entities  the store's index of entity names, when such a check left the entity files
     *                  out; null when the entities are among the facts read
     */
    private record Loaded(FactsInput input, boolean throughStore, Set<ClaimKey> wholeKeys, EntityIndex entities) {
        Loaded(FactsInput input, boolean throughStore) {
            this(input, throughStore, null, null);
        }

        NormalizedFacts normalize(Normalizer normalizer, Progress progress) {
            return entities == null ? normalizer.normalize(input, progress) : normalizer.normalize(input, entities, progress);
        }
    }

    /**
     * The facts, read by the loader, or through the store when there is one; a store that cannot be
     * used is said so, and the files are read as without one.
     */
    private Loaded loadFacts(CheckRequest request, FactsStore store, List<Path> extra, Progress progress)
            throws FactsLoader.MissingFactsException, InputRejected {
        if (store == null) {
            return new Loaded(loader.load(request.facts(), extra, progress), false);
        }
        FactsLoader.Listing listing = listedFacts(request.facts());
        List<Path> files = listing.files();
        if (files.isEmpty()) {
            return new Loaded(loader.load(request.facts(), extra, progress), false);
        }
        try {
            long started = System.nanoTime();
            FactsStore.Update update = store.update(request.facts(), files, listing.stats());
            LOG.debug("store: {} files listed, updated in {} ms ({})", files.size(), (System.nanoTime() - started) / 1_000_000, update);
            lastHashes = store.hashes(request.facts(), files).map(kept -> new FactsHashes(kept.stream()
                    .map(file -> new FactsHashes.FileHash(file.path(), file.sha256())).toList())).orElse(null);
            List<Path> seeds = new ArrayList<>(request.changed() == null ? List.of() : request.changed());
            if (request.draft() != null) {
                seeds.add(request.draft());
            }
            boolean part = request.draft() != null || request.changed() != null;
            if (!part) {
                return new Loaded(loader.loadKept(request.facts(), files, file -> store.tree(request.facts(), file), extra, progress),
                        true);
            }
            Slice.Selection slice = new Slice(store, request.facts()).select(files, seeds);
            FactsInput read = loader.loadKept(request.facts(), slice.files(), file -> store.tree(request.facts(), file), extra,
                    progress);
            EntityIndex entities = slice.entities() != null ? slice.entities() : new EntityIndex(read.entities());
            Set<String> asked = new HashSet<>();
            seeds.forEach(seed -> asked.add(FactsLoader.displayName(request.facts(), seed)));
            return new Loaded(WholeKeyClaims.of(read, asked, slice.wholeKeys(), entities), true, slice.wholeKeys(), entities);
        } catch (SQLException e) {
            notices.accept("not using the store " + storeDir + ": " + e.getMessage() + "; reading every facts file");
            return new Loaded(loader.load(request.facts(), extra, progress), false);
        }
    }

    /** The rules and the settings that apply to them, for listing without checking anything. */
    public RuleListing listRules(Path rulesDir, Path settingsFile) throws InputRejected {
        CompiledRules compiled = rules(rulesDir);
        List<RuleInfo> all = new ArrayList<>(compiled.rules());
        all.addAll(BuiltInRules.ALL);
        return new RuleListing(all, settings(settingsFile, compiled));
    }

    /** The rules, compiled; every problem that prevents it is thrown together. */
    private CompiledRules rules(Path rulesDir) throws InputRejected {
        return rules(ruleBuilder.build(rulesDir));
    }

    private static CompiledRules rules(RulesBuild rules) throws InputRejected {
        return rules.rules().orElseThrow(() -> new InputRejected(rules.problems()));
    }


    /** The settings, checked against the rules that exist: an unknown rule id is an error, not a no-op. */
    private Settings settings(Path file, CompiledRules rules) throws InputRejected {
        List<Problem> problems = new ArrayList<>();
        return checked(settingsLoader.load(file, problems), problems, rules);
    }

    /** {@code settings} as read with {@code problems}, checked against the rules; every problem is thrown together. */
    private static Settings checked(Settings settings, List<Problem> problems, CompiledRules rules) throws InputRejected {
        problems.addAll(settingsProblems(settings, rules));
        if (!problems.isEmpty()) {
            throw new InputRejected(problems.stream().sorted().toList());
        }
        return settings;
    }

    public CheckResult check(CheckRequest request) throws InputRejected {
        return check(request, Progress.SILENT);
    }

    /** Checks, telling {@code progress} as each phase starts, advances and finishes. */
    public CheckResult check(CheckRequest request, Progress progress) throws InputRejected {
        List<Path> extra = request.draft() == null ? List.of() : List.of(request.draft());
        if (request.draft() != null && !Files.isRegularFile(request.draft())) {
            throw new InputRejected(List.of(new Problem(Location.ofPath(request.draft().toString()), "draft file not found",
                    "pass --draft FILE with the draft's source file")));
        }
        for (Path changed : request.changed() == null ? List.<Path>of() : request.changed()) {
            if (!changed.toAbsolutePath().normalize().startsWith(request.facts().toAbsolutePath().normalize())) {
                throw new InputRejected(List.of(new Problem(Location.ofPath(changed.toString()),
                        "a --changed file must be inside the facts directory " + request.facts(),
                        "pass the facts files the change touched, or check a new source with --draft")));
            }
        }
        // Building the rules and loading the facts need nothing from each other: on a small corpus
        // each is about a third of a cold run, so the rules build on their own thread meanwhile.
        FutureTask<RulesBuild> rulesBuild = new FutureTask<>(() -> ruleBuilder.build(request.rules()));
        DaemonThreads.named("crosscheck-rule-build").newThread(rulesBuild).start();
        lastHashes = null;
        FactsStore store = openStore(request);
        try {
            return check(request, progress, extra, rulesBuild, store);
        } finally {
            if (store != null) {
                store.close();
            }
        }
    }

    private CheckResult check(CheckRequest request, Progress progress, List<Path> extra, FutureTask<RulesBuild> rulesBuild,
            FactsStore store) throws InputRejected {
        FactsInput input;
        boolean throughStore;
        Set<ClaimKey> wholeKeys;
        Loaded loaded;
        try {
            loaded = loadFacts(request, store, extra, progress);
            input = loaded.input();
            throughStore = loaded.throughStore();
            wholeKeys = loaded.wholeKeys();
        } catch (FactsLoader.MissingFactsException e) {
            throw new InputRejected(List.of(new Problem(Location.ofPath(request.facts().toString()), e.getMessage(), e.hint())));
        }
        // Normalizing needs only the settings' tolerance, not the rules, so it runs before waiting for
        // them: on a small corpus the rules take longer to build than the facts to load, and
        // normalizing fills that wait. The settings are checked against the rules once they are built,
        // and their problems are thrown then, as before.
        List<Problem> settingsProblems = new ArrayList<>();
        Settings unchecked = settingsLoader.load(request.settings(), settingsProblems);
        progress.started(Phase.NORMALIZE, input.sources().size());
        NormalizedFacts facts = loaded.normalize(new Normalizer(Tolerance.ofPercent(unchecked.thresholds().approxPercent())), progress);
        loaded = null; // holds the raw claims, freed below
        progress.finished(Phase.NORMALIZE);
        progress.started(Phase.RULE_BUILD, -1);
        CompiledRules compiled = rules(Failures.await(rulesBuild, "the rules were building"));
        Settings settings = checked(unchecked, settingsProblems, compiled);
        progress.finished(Phase.RULE_BUILD);
        List<Problem> problems = new ArrayList<>(facts.problems());
        SourceTexts texts = request.texts() == null ? SourceTexts.NONE
                : textLoader.load(request.texts(), input.sources(), problems);
        // each claim's digest as written, for the report parts: taken before the raw claims are freed
        Map<String, byte[]> rawDigests = throughStore && renderer != null && request.draft() == null && request.changed() == null
                ? RawClaimDigests.of(input.sources()) : null;
        input = null; // the raw claims take as much memory as the typed ones; free them before the rules run
        HeapRelief.collectIfCrowded();
        Baseline baseline = request.baseline() == null ? null
                : baselineLoader.load(request.baseline(), problems).orElse(null);
        Set<String> draftSources = request.draft() == null ? Set.of() : draftSources(request, facts, problems);
        Set<String> changedFiles = changedFiles(request);
        Set<String> changedSources = changedSources(changedFiles, facts);
        checkWaivers(facts.corpus().waivers(), compiled, problems);
        List<RuleInfo> rules = new ArrayList<>(settings.apply(compiled.rules()));
        rules.addAll(settings.apply(BuiltInRules.ALL));
        List<Finding> found = new ArrayList<>();
        progress.started(Phase.ENGINE, facts.corpus().claims().size());
        // grouped once for the rules and for the agreement matrix's rows; timed with the rules, whose
        // first step it is (1.6-2.3 s at a million claims, which no phase counted before)
        List<ClaimGroup> groups = ClaimGroup.byKey(facts.corpus().claims());
        ClaimStatuses statuses = null;
        KeptRun kept = null;
        if (throughStore && request.draft() == null && request.changed() == null) {
            kept = keptFindings(request, store, compiled, facts, groups, texts, settings, progress);
            if (kept != null) {
                found.addAll(kept.outcome().findings());
                statuses = kept.outcome().statuses();
            }
        }
        if (statuses == null) {
            // each claim's status is decided once, per key, before any rule writes a finding
            Assessments assessments = Assessments.of(groups, facts.corpus().references());
            try {
                found = engine.run(compiled, facts.corpus(), groups, assessments, texts, settings, progress);
            } catch (RunawayRules e) {
                throw new InputRejected(e.problems());
            }
            statuses = assessments.statuses();
        }
        progress.finished(Phase.ENGINE);
        progress.started(Phase.TRIAGE, found.size());
        LocalDate today = request.today() != null ? request.today() : LocalDate.now(ZoneOffset.UTC);
        Triage.Result triaged = triage.apply(found, facts.corpus().waivers(), baseline, today, Triage.byId(rules));
        List<Finding> shown = triaged.findings();
        String draft = null;
        if (request.draft() != null) {
            // a finding that names the draft only as support is shown (the archive article it blames
            // is the one to correct) and never fails the draft: CheckResult.fails
            shown = shown.stream().filter(f -> f.claims().stream().anyMatch(c -> draftSources.contains(c.sourceId()))
                    || f.support().stream().anyMatch(c -> draftSources.contains(c.sourceId()))).toList();
            draft = String.join(", ", draftSources);
        } else if (request.changed() != null) {
            // pull-request mode: what involves the changed files alone decides the run
            shown = shown.stream().filter(f -> f.claims().stream().anyMatch(c -> changedSources.contains(c.sourceId()))).toList();
            // the reports' draft line names what was checked; here the changed files
            draft = changedFiles.isEmpty() ? "no changed facts file" : "the changed files (" + String.join(", ", changedFiles) + ")";
            problems.removeIf(p -> !changedFiles.contains(p.location().file()));
        }
        progress.finished(Phase.TRIAGE);
        Set<String> scope = request.draft() != null ? draftSources : request.changed() != null ? changedSources : Set.of();
        TriageSummary summary = new TriageSummary(baseline == null ? null : baseline.file(), triaged.fixed(), draft,
                triaged.findings().size() - shown.size(), scope);
        if (kept != null) {
            keepParts(request, store, compiled, settings, facts, groups, texts, problems, kept, rawDigests);
        }
        List<ClaimGroup> reported = groups;
        if (wholeKeys != null) {
            // a slice read some keys only in part (the rest of a file it needed): their statuses and
            // matrix rows would be decided on part of the evidence, so the reports leave them out
            reported = groups.stream().filter(g -> wholeKeys.contains(g.key())).toList();
            statuses = statuses.restrictedTo(reported.stream().flatMap(g -> g.claims().stream()).map(Claim::id).toList());
        }
        return new CheckResult(facts.accounting(), facts.corpus().sources(), rules, shown, problems, request.failOn(),
                request.texts() == null ? -1 : texts.size(), summary, coverage(reported), statuses);
    }

    /**
     * The corpus of {@code base} (its facts, through the store when there is one, and its settings),
     * loaded and normalized once, for {@link #checkDraft} to check many drafts against. The rules are
     * built here too, so a broken rule file or setting is refused now.
     */
    public CorpusSnapshot snapshot(CheckRequest base) throws InputRejected {
        return snapshot(base, Progress.SILENT);
    }

    /** As {@link #snapshot(CheckRequest)}, telling {@code progress} as the rules build and the facts load and normalize. */
    public CorpusSnapshot snapshot(CheckRequest base, Progress progress) throws InputRejected {
        if (base.draft() != null || base.changed() != null) {
            throw new IllegalArgumentException("a snapshot is of the whole corpus, without a draft or changed files");
        }
        progress.started(Phase.RULE_BUILD, -1);
        CompiledRules compiled = rules(base.rules());
        Settings settings = settings(base.settings(), compiled);
        progress.finished(Phase.RULE_BUILD);
        FactsFingerprint readFrom = FactsFingerprint.of(base.facts()); // before reading: an edit meanwhile is seen as one
        FactsStore store = openStore(base);
        FactsInput input;
        try {
            input = loadFacts(base, store, List.of(), progress).input();
        } catch (FactsLoader.MissingFactsException e) {
            throw new InputRejected(List.of(new Problem(Location.ofPath(base.facts().toString()), e.getMessage(), e.hint())));
        } finally {
            if (store != null) {
                store.close();
            }
        }
        Tolerance tolerance = Tolerance.ofPercent(settings.thresholds().approxPercent());
        progress.started(Phase.NORMALIZE, input.sources().size());
        NormalizedFacts facts = new Normalizer(tolerance).normalize(input, progress);
        input = null; // the raw claims take as much memory as the typed ones; not kept while the snapshot indexes them
        CorpusSnapshot snapshot = new CorpusSnapshot(base, readFrom, facts, settings, tolerance);
        progress.finished(Phase.NORMALIZE);
        return snapshot;
    }

    /**
     * {@code check --draft draft} against the snapshot's corpus, reading only the keys the draft's
     * claims touch and the keys their rules read ({@link CorpusSnapshot#keysNeeded}): the findings and
     * the statuses of the draft's claims are those of {@link #check(CheckRequest)}. What differs by
     * nature: the statuses and the agreement matrix hold only the slice's keys, and the count of
     * findings not shown counts only the slice's. A draft the slice cannot stand for (one that
     * declares entities, records, rates or waivers, reuses an id of the corpus, lies inside the
     * facts directory, or a request with article texts or a baseline) is checked as by
     * {@link #check(CheckRequest)}.
     */
    public CheckResult checkDraft(CorpusSnapshot snapshot, Path draft) throws InputRejected {
        CheckRequest request = snapshot.base().withDraft(draft);
        if (!Files.isRegularFile(draft) || request.texts() != null || request.baseline() != null
                || draft.toAbsolutePath().normalize().startsWith(request.facts().toAbsolutePath().normalize())) {
            return check(request);
        }
        FactsInput read = loader.loadKept(request.facts(), List.of(), file -> null, List.of(draft), Progress.SILENT);
        if (!read.entities().isEmpty() || !read.references().isEmpty() || !read.rates().isEmpty() || !read.waivers().isEmpty()
                || read.sources().stream().anyMatch(source -> reusesId(snapshot, source))) {
            return check(request);
        }
        CompiledRules compiled = rules(request.rules());
        Normalizer.NormalizedSources drafted = new Normalizer(snapshot.tolerance()).normalizeSources(read.sources(),
                snapshot.entities());
        Corpus corpus = snapshot.facts().corpus();
        List<Problem> problems = new ArrayList<>(snapshot.facts().problems());
        problems.addAll(read.problems());
        problems.addAll(drafted.problems());
        Set<String> draftSources = draftSources(request, drafted.sources(), problems);
        checkWaivers(corpus.waivers(), compiled, problems);
        Set<ClaimKey> stated = new java.util.LinkedHashSet<>();
        drafted.claims().forEach(claim -> stated.add(claim.key()));
        List<Claim> claims = new ArrayList<>(snapshot.claimsOn(snapshot.keysNeeded(stated, drafted.claims())));
        Set<String> sourceIds = new java.util.HashSet<>();
        claims.forEach(claim -> sourceIds.add(claim.sourceId()));
        claims.addAll(drafted.claims());
        List<Source> sliceSources = new ArrayList<>(snapshot.sourcesOf(sourceIds));
        sliceSources.addAll(drafted.sources());
        Corpus slice = new Corpus(sliceSources, corpus.entities(), claims, corpus.references(), corpus.rates(), corpus.waivers());
        Settings settings = snapshot.settings();
        List<RuleInfo> rules = new ArrayList<>(settings.apply(compiled.rules()));
        rules.addAll(settings.apply(BuiltInRules.ALL));
        List<ClaimGroup> groups = ClaimGroup.byKey(claims);
        Assessments assessments = Assessments.of(groups, slice.references());
        List<Finding> found;
        try {
            found = engine.run(compiled, slice, groups, assessments, SourceTexts.NONE, settings, Progress.SILENT);
        } catch (RunawayRules e) {
            throw new InputRejected(e.problems());
        }
        LocalDate today = request.today() != null ? request.today() : LocalDate.now(ZoneOffset.UTC);
        Triage.Result triaged = triage.apply(found, corpus.waivers(), null, today, Triage.byId(rules));
        List<Finding> shown = triaged.findings().stream()
                .filter(f -> f.claims().stream().anyMatch(c -> draftSources.contains(c.sourceId()))
                        || f.support().stream().anyMatch(c -> draftSources.contains(c.sourceId()))).toList();
        TriageSummary summary = new TriageSummary(null, triaged.fixed(), String.join(", ", draftSources),
                triaged.findings().size() - shown.size(), draftSources);
        Accounting whole = snapshot.facts().accounting();
        int draftRead = read.claimsRead();
        Accounting accounting = new Accounting(whole.sources() + drafted.sources().size(), whole.loaded() + draftRead,
                whole.checked() + drafted.claims().size(), whole.rejected() + draftRead - drafted.claims().size());
        List<Source> sources = new ArrayList<>(corpus.sources());
        sources.addAll(drafted.sources());
        return new CheckResult(accounting, sources, rules, shown, problems, request.failOn(), -1, summary, coverage(groups),
                assessments.statuses());
    }

    private static boolean reusesId(CorpusSnapshot snapshot, org.crosscheck.model.RawSource source) {
        if (source.id() != null && (snapshot.usesSourceId(source.id()) || snapshot.usesClaimId(source.id()))) {
            return true;
        }
        return source.claims().stream().anyMatch(c -> c.id() != null && (snapshot.usesClaimId(c.id()) || snapshot.usesSourceId(c.id())));
    }

    /**
     * A full check through the store's per-key results: its outcome, and the report parts' state
     * before it, which {@link #keepParts} needs once the check is done.
     */
    private record KeptRun(KeptFindings.Outcome outcome, ReportFragments.State partsBefore) {
    }

    /**
     * A full check through the store: the rules run on the keys whose digest changed, the other keys'
     * findings and statuses come from the store ({@link KeptFindings}). Null when the store cannot
     * serve it (then every key is checked, as without a store).
     */
    private KeptRun keptFindings(CheckRequest request, FactsStore store, CompiledRules compiled, NormalizedFacts facts,
            List<ClaimGroup> groups, SourceTexts texts, Settings settings, Progress progress) throws InputRejected {
        try {
            long started = System.nanoTime();
            byte[] common = KeptFindings.common(request.rules(), compiled, settings, texts, facts.corpus());
            LOG.debug("kept findings: the run's common digest {} ms", (System.nanoTime() - started) / 1_000_000);
            ReportFragments parts = store.reportFragments();
            ReportFragments.State before = parts.state().orElse(null);
            // the key results change now; the parts, until kept again below, no longer match them
            parts.invalidate();
            KeptFindings.Outcome outcome = KeptFindings.run(engine, store.keyResults(), common, compiled, facts.corpus(), groups,
                    texts, settings, progress);
            lastKeys = new KeyCounts(outcome.checked(), outcome.kept());
            return new KeptRun(outcome, before);
        } catch (RunawayRules e) {
            throw new InputRejected(e.problems());
        } catch (SQLException | java.io.IOException e) {
            notices.accept("not using the findings kept in the store " + storeDir + ": " + e.getMessage() + "; checking every key");
            return null;
        }
    }

    private volatile FactsHashes lastHashes;
    private volatile String lastRefusal;

    /** Why the last {@link #checkIncrementally} could not stand for a full check; empty when it did. */
    public Optional<String> lastRefusal() {
        return Optional.ofNullable(lastRefusal);
    }

    /**
     * After a full check through the store, keeps the report's parts of the keys whose rules ran
     * (every key's when the parts were not whole, or were kept for another context), when the check
     * is one the parts can stand for: no input problem, no rejected claim, no article texts, no
     * waivers, no finding outside a key. Otherwise the parts stay unusable until such a check.
     */
    private void keepParts(CheckRequest request, FactsStore store, CompiledRules compiled, Settings settings, NormalizedFacts facts,
            List<ClaimGroup> groups, SourceTexts texts, List<Problem> problems, KeptRun kept, Map<String, byte[]> rawDigests) {
        KeptFindings.Outcome outcome = kept.outcome();
        if (renderer == null) {
            return;
        }
        try {
            if (!problems.isEmpty() || facts.accounting().rejected() != 0 || texts != SourceTexts.NONE
                    || !facts.corpus().waivers().isEmpty() || !outcome.unkeyed().isEmpty()) {
                return;
            }
            ReportParts.keep(store, request.facts(), KeptFindings.context(request.rules(), compiled, settings), kept.partsBefore(),
                    outcome, groups, facts, rawDigests == null ? Map.of() : rawDigests, renderer);
        } catch (SQLException | java.io.IOException | RuntimeException e) {
            notices.accept("could not keep the report's parts in the store " + storeDir + ": " + e.getMessage());
        }
    }

    /**
     * The facts files the last check through the store listed, with the SHA-256s the store keeps of
     * them, for {@link InputsDigest} to hash instead of reading the files again; empty when the last
     * check did not go through the store.
     */
    public Optional<FactsHashes> lastFactsHashes() {
        return Optional.ofNullable(lastHashes);
    }

    /** How many keys the last full check through the store ran the rules on, and how many it took from the store. */
    public record KeyCounts(int checked, int kept) {
    }

    private volatile KeyCounts lastKeys;

    /** What the last full check through the store did per key; empty before one (or when it could not use the store). */
    public Optional<KeyCounts> lastKeyCounts() {
        return Optional.ofNullable(lastKeys);
    }

    /**
     * The rows of the agreement matrix: each key, in order, with the sources that state it. Every
     * claim is read again here, half a second on one core at a million claims, so large corpora share it.
     */
    private static List<KeyCoverage> coverage(List<ClaimGroup> groups) {
        return ParallelInOrder.stream(groups, ClaimGroup.PARALLEL_FROM)
                .map(g -> new KeyCoverage(g.key(), g.claims().stream().map(Claim::sourceId).toList())).toList();
    }

    /** The files of a pull-request check as reports name them. */
    private static Set<String> changedFiles(CheckRequest request) {
        Set<String> files = new TreeSet<>();
        if (request.changed() != null) {
            request.changed().forEach(file -> files.add(FactsLoader.displayName(request.facts(), file)));
        }
        return files;
    }

    /** The ids of the sources in the changed files. */
    private static Set<String> changedSources(Set<String> files, NormalizedFacts facts) {
        Set<String> ids = new TreeSet<>();
        for (Source source : facts.corpus().sources()) {
            if (files.contains(source.location().file())) {
                ids.add(source.id());
            }
        }
        return ids;
    }

    /** The ids of the sources in the draft file, which must be marked as drafts. */
    private static Set<String> draftSources(CheckRequest request, NormalizedFacts facts, List<Problem> problems) {
        return draftSources(request, facts.corpus().sources(), problems);
    }

    private static Set<String> draftSources(CheckRequest request, List<Source> sources, List<Problem> problems) {
        String file = FactsLoader.displayName(request.facts(), request.draft());
        Set<String> ids = new TreeSet<>();
        for (Source source : sources) {
            if (source.location().file().equals(file)) {
                ids.add(source.id());
                if (!source.isDraft()) {
                    problems.add(new Problem(source.location(), "the --draft file's source is not marked as a draft",
                            "add 'status: draft' to the source, or check it without --draft"));
                }
            }
        }
        if (ids.isEmpty()) {
            problems.add(new Problem(Location.ofPath(file), "the --draft file holds no source that could be read",
                    "a draft is a source file: 'source:' with 'status: draft', and 'claims:'"));
        }
        return ids;
    }

    /**
     * What is wrong with {@code settings} given the rules that exist: each rule id they name that no
     * rule has, at its line. Public for checks run outside this pipeline (the Spark job).
     */
    public static List<Problem> settingsProblems(Settings settings, CompiledRules rules) {
        List<String> ids = knownRuleIds(rules);
        List<Problem> problems = new ArrayList<>();
        settings.ruleLocations().forEach((id, at) -> {
            if (!ids.contains(id)) {
                problems.add(new Problem(at, "unknown rule id '" + id + "'", Suggestions.hint(id, ids)));
            }
        });
        return problems;
    }

    /** The waivers that name a rule that does not exist, which would silently never apply; public as above. */
    public static List<Problem> waiverProblems(List<Waiver> waivers, CompiledRules compiled) {
        List<Problem> problems = new ArrayList<>();
        checkWaivers(waivers, compiled, problems);
        return problems;
    }

    /** The ids settings and waivers may name: the DRL rules and the built-in checks. */
    private static List<String> knownRuleIds(CompiledRules compiled) {
        List<String> ids = new ArrayList<>(compiled.rules().stream().map(RuleInfo::id).toList());
        BuiltInRules.ALL.forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** A waiver for a rule that does not exist would silently never apply. */
    private static void checkWaivers(List<Waiver> waivers, CompiledRules compiled, List<Problem> problems) {
        List<String> ids = knownRuleIds(compiled);
        for (Waiver waiver : waivers) {
            if (!ids.contains(waiver.ruleId())) {
                problems.add(new Problem(waiver.location(), "the waiver names unknown rule '" + waiver.ruleId() + "'",
                        Suggestions.hint(waiver.ruleId(), ids)));
            }
        }
    }
}
