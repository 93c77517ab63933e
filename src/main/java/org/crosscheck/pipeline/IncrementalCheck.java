package org.crosscheck.pipeline;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.compare.Assessments;
import org.crosscheck.engine.CompiledRules;
import org.crosscheck.engine.Engine;
import org.crosscheck.engine.RunawayRules;
import org.crosscheck.load.FactsLoader;
import org.crosscheck.load.IndexedFile;
import org.crosscheck.model.Accounting;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.FactsInput;
import org.crosscheck.model.FindingRenderer;
import org.crosscheck.model.Progress;
import org.crosscheck.model.Settings;
import org.crosscheck.model.SourceTexts;
import org.crosscheck.normalize.ClaimGroup;
import org.crosscheck.normalize.ClaimIndex;
import org.crosscheck.normalize.EntityIndex;
import org.crosscheck.normalize.NormalizedFacts;
import org.crosscheck.normalize.Normalizer;
import org.crosscheck.normalize.Tolerance;
import org.crosscheck.store.FactsStore;
import org.crosscheck.store.ReportFragments;
import org.crosscheck.store.Slice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A full check through the store that reads only the keys an edit touches: the files whose bytes
 * changed since the report's parts were last kept are read alone, and each claim's digest as written
 * ({@link RawClaimDigests}: value, quote, line, source...) compared with the one kept with its claim
 * entry; the keys of the claims that changed, went or came (old key and new) are dirty, with every
 * key whose durations name one of them as an event. Only those keys' files are loaded and normalized
 * ({@link Slice}), only their rules run, and only their parts are replaced. Every other key's
 * findings and statuses stay in the store as the report writes them, and the report is streamed
 * from there ({@link ReportFragments#rows}).
 *
 * <p>It refuses (and the caller checks as always) whenever what every key depends on may have
 * changed, or the report would hold anything that is not per key: no kept parts, or parts kept for
 * other rules, settings or build; an edited file that declares (or declared) entities, records,
 * rates or waivers; waivers anywhere; any input problem, in the last full check or now; a rule
 * that matched no key.
 */
final class IncrementalCheck {

    private static final Logger LOG = LoggerFactory.getLogger(IncrementalCheck.class);

    /** The bits of {@link IndexedFile.Declares} whose change reaches every key. */
    private static final int GLOBAL = (1 << IndexedFile.Declares.ENTITIES.ordinal()) | (1 << IndexedFile.Declares.REFERENCES.ordinal())
            | (1 << IndexedFile.Declares.RATES.ordinal()) | (1 << IndexedFile.Declares.WAIVERS.ordinal());

    private final FactsLoader loader;
    private final Engine engine;
    private final FindingRenderer renderer;

    IncrementalCheck(FactsLoader loader, Engine engine, FindingRenderer renderer) {
        this.loader = loader;
        this.engine = engine;
        this.renderer = renderer;
    }

    /** What the incremental check did: the run's totals, how many keys it re-checked, how many files had changed. */
    record Done(Accounting accounting, int rechecked, int changedFiles) {
    }

    /**
     * Re-checks the dirty keys and replaces their parts; empty (with the reason logged) when it
     * cannot stand for a full check, and then nothing in the store's parts was changed.
     */
    Optional<Done> run(Path factsDir, List<Path> files, FactsStore store, String context, CompiledRules compiled, Settings settings,
            Progress progress) throws SQLException, InputRejected {
        long t0 = System.nanoTime();
        ReportFragments parts = store.reportFragments();
        Optional<ReportFragments.State> state = parts.state();
        if (state.isEmpty() || !state.get().context().equals(context)) {
            return refuse(state.isEmpty() ? "no report parts kept" : "report parts kept for other rules, settings or build");
        }
        if (state.get().totals().rejected() != 0) {
            return refuse("the last full check rejected claims");
        }
        Map<String, ReportFragments.KeptFile> kept = parts.files();
        Set<String> changed = parts.changedFiles(kept);
        if (changed.isEmpty()) {
            // the parts were kept from these very files, under the same context: they are the report
            LOG.debug("incremental: no file changed since the report's parts were kept ({} ms)", ms(System.nanoTime() - t0));
            return Optional.of(new Done(state.get().totals(), 0, 0));
        }
        List<String> changedNames = new ArrayList<>();
        List<Path> seeds = new ArrayList<>();
        Map<String, Path> byPath = new HashMap<>();
        files.forEach(file -> byPath.put(store.pathOf(factsDir, file), file));
        for (String path : changed) {
            ReportFragments.KeptFile was = kept.get(path);
            int now = parts.declaresNow(path);
            if ((was != null && (was.declares() & GLOBAL) != 0) || (now > 0 && (now & GLOBAL) != 0)) {
                return refuse("an edited file declares entities, records, rates or waivers: " + path);
            }
            if (was != null) {
                changedNames.add(was.display());
            }
            Path file = byPath.get(path);
            if (file != null) {
                seeds.add(file);
                changedNames.add(FactsLoader.displayName(factsDir, file));
            }
        }
        long t1 = System.nanoTime();
        Normalizer normalizer = new Normalizer(Tolerance.ofPercent(settings.thresholds().approxPercent()));
        Slice slicer = new Slice(store, factsDir);
        // the edited files alone first, with the store's name index, to find which of their claims changed
        Slice.Selection edited = slicer.select(files, seeds, Set.of(), false);
        if (edited.entities() == null) {
            return refuse("the store's index of entity names cannot stand for the entity files");
        }
        FactsInput editedInput = loader.loadKept(factsDir, seeds, file -> store.tree(factsDir, file), List.of(), Progress.SILENT);
        NormalizedFacts editedFacts = normalizer.normalize(editedInput, edited.entities(), Progress.SILENT);
        if (!editedInput.problems().isEmpty() || !editedFacts.problems().isEmpty()) {
            return refuse("an edited file has problems");
        }
        Set<ClaimKey> dirty = dirtyKeys(parts.claimsIn(changedNames), editedInput, editedFacts);
        long t2 = System.nanoTime();
        Slice.Selection slice = slicer.select(files, seeds, dirty, false);
        FactsInput input = loader.loadKept(factsDir, slice.files(), file -> store.tree(factsDir, file), List.of(), Progress.SILENT);
        if (!input.waivers().isEmpty()) {
            return refuse("the facts hold waivers");
        }
        EntityIndex entities = slice.entities() != null ? slice.entities() : new EntityIndex(input.entities());
        NormalizedFacts facts = normalizer.normalize(WholeKeyClaims.of(input, new HashSet<>(changedNames), slice.wholeKeys(), entities),
                entities, Progress.SILENT);
        if (!input.problems().isEmpty() || !facts.problems().isEmpty()) {
            return refuse("the files read have problems");
        }
        List<ClaimGroup> whole = new ArrayList<>();
        List<ClaimGroup> rerun = new ArrayList<>();
        for (ClaimGroup group : ClaimGroup.byKey(facts.corpus().claims())) {
            if (slice.wholeKeys().contains(group.key())) {
                whole.add(group);
                if (slice.checked().contains(group.key())) {
                    rerun.add(group);
                }
            }
        }
        long t3 = System.nanoTime();
        Assessments assessments = Assessments.of(whole, facts.corpus().references());
        Engine.ByOrigin fresh;
        try {
            fresh = engine.runByOrigin(compiled, facts.corpus(), rerun, new ClaimIndex(whole), assessments, SourceTexts.NONE, settings,
                    progress);
        } catch (RunawayRules e) {
            throw new InputRejected(e.problems());
        }
        if (!fresh.unkeyed().isEmpty()) {
            return refuse("a rule matched no key");
        }
        long t4 = System.nanoTime();
        Iterable<ReportFragments.KeyParts> replaced = ReportParts.of(rerun, fresh.byOrigin(), assessments.statuses(),
                RawClaimDigests.of(input.sources()), renderer);
        // the edited files' counts from their whole reading above: the slice normalized only some claims of each file
        Map<String, ReportFragments.FileCounts> counts = ReportParts.counts(editedFacts.corpus().sources(),
                editedFacts.corpus().claims());
        Accounting totals = state.get().totals();
        int sources = totals.sources();
        int claims = totals.checked();
        for (String path : changed) {
            ReportFragments.KeptFile was = kept.get(path);
            if (was != null) {
                sources -= was.sources();
                claims -= was.claims();
            }
            Path file = byPath.get(path);
            if (file != null) {
                ReportFragments.FileCounts now = counts.getOrDefault(FactsLoader.displayName(factsDir, file),
                        new ReportFragments.FileCounts(0, 0));
                sources += now.sources();
                claims += now.claims();
            }
        }
        Accounting accounting = new Accounting(sources, claims, claims, 0);
        parts.replace(false, slice.checked(), replaced, changed, path -> FactsLoader.displayName(factsDir, factsDir.resolve(path)),
                counts, context, accounting, true);
        long t5 = System.nanoTime();
        LOG.debug("incremental: {} files changed, {} keys dirty, {} with the durations naming them, {} files read, {} keys re-checked;"
                + " changed files found {} ms, changed claims found {} ms, read and normalized {} ms, rules {} ms, parts kept {} ms",
                changed.size(), dirty.size(), slice.checked().size(), slice.files().size(), rerun.size(), ms(t1 - t0), ms(t2 - t1),
                ms(t3 - t2), ms(t4 - t3), ms(t5 - t4));
        return Optional.of(new Done(accounting, rerun.size(), changed.size()));
    }

    /**
     * The keys whose claims an edit changed: a claim kept from before that is gone, moved to another
     * key, or whose digest as written differs (its value, quote, line, source...), and a claim that is
     * new; each claim's old key and new key. A file with a claim without an id counts all its claims
     * as changed.
     */
    private static Set<ClaimKey> dirtyKeys(Map<String, ReportFragments.KeptClaim> before, FactsInput edited, NormalizedFacts now) {
        Map<String, byte[]> raw = RawClaimDigests.of(edited.sources());
        boolean named = RawClaimDigests.allNamed(edited.sources());
        Map<String, ClaimKey> keyNow = new HashMap<>();
        now.corpus().claims().forEach(claim -> keyNow.put(claim.id(), claim.key()));
        Set<ClaimKey> dirty = new java.util.TreeSet<>();
        before.forEach((id, kept) -> {
            byte[] digest = raw.get(id);
            if (!named || digest == null || kept.raw() == null || !java.util.Arrays.equals(digest, kept.raw())
                    || !kept.key().equals(keyNow.get(id))) {
                dirty.add(kept.key());
            }
        });
        keyNow.forEach((id, key) -> {
            ReportFragments.KeptClaim kept = before.get(id);
            byte[] digest = raw.get(id);
            if (!named || kept == null || digest == null || kept.raw() == null || !java.util.Arrays.equals(digest, kept.raw())
                    || !kept.key().equals(key)) {
                dirty.add(key);
            }
        });
        return dirty;
    }

    private Optional<Done> refuse(String why) {
        LOG.debug("incremental: not used, {}", why);
        refusal = why;
        return Optional.empty();
    }

    private String refusal;

    /** Why the last {@link #run} refused; null when it did not. */
    String refusal() {
        return refusal;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
