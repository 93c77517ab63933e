package org.crosscheck.spark;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.broadcast.Broadcast;
import org.crosscheck.engine.CompiledRules;
import org.crosscheck.engine.Engine;
import org.crosscheck.engine.RunawayRules;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Progress;
import org.crosscheck.model.SourceTexts;
import org.crosscheck.normalize.ClaimGroup;
import org.crosscheck.normalize.ClaimIndex;
import scala.Tuple2;

/**
 * The rules over one partition's keys, on an executor. The shuffle hands the partition its records
 * sorted by key, so the keys arrive one after another; they are gathered into batches (as the command
 * line's {@link Engine} cuts them) and each batch runs through the rules while the rest still waits in
 * the shuffle's sorted files. Memory therefore holds one batch: a hot key with a million claims holds
 * those claims, which its comparison needs, and nothing of the other keys.
 */
final class KeyedCheck implements Iterator<Serializable> {

    /** Keys per batch, as on the command line. */
    static final int KEYS_PER_BATCH = 1_000;
    /** Claims per batch: a batch closes early on keys with many claims, so a hot key shares with few others. */
    static final int CLAIMS_PER_BATCH = 50_000;

    private final Iterator<Tuple2<ShuffleKey, Serializable>> records;
    private final Shared shared;
    private final CompiledRules rules;
    private final Engine engine = new Engine();
    private final Deque<Serializable> ready = new ArrayDeque<>();
    private Tuple2<ShuffleKey, Serializable> pending;

    private KeyedCheck(Iterator<Tuple2<ShuffleKey, Serializable>> records, Shared shared) {
        this.records = records;
        this.shared = shared;
        this.rules = ExecutorState.rules(shared.rules());
    }

    static Iterator<Serializable> of(Iterator<Tuple2<ShuffleKey, Serializable>> records, Broadcast<Shared> shared) {
        return records.hasNext() ? new KeyedCheck(records, shared.value()) : java.util.Collections.emptyIterator();
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && (pending != null || records.hasNext())) {
            nextBatch();
        }
        return !ready.isEmpty();
    }

    @Override
    public Serializable next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    /** Reads keys until the batch is full or the partition ends, and runs the rules over them. */
    private void nextBatch() {
        List<ClaimGroup> groups = new ArrayList<>();
        Map<ClaimKey, List<Claim>> reached = new HashMap<>();
        List<Claim> batchClaims = new ArrayList<>();
        while (groups.size() < KEYS_PER_BATCH && batchClaims.size() < CLAIMS_PER_BATCH) {
            Tuple2<ShuffleKey, Serializable> first = take();
            if (first == null) {
                break;
            }
            ClaimKey key = first._1().group();
            if (first._1().role() == ShuffleKey.TALLY) {
                ready.add(first._2());
                continue;
            }
            List<Claim> own = new ArrayList<>();
            for (Tuple2<ShuffleKey, Serializable> record = first; record != null; record = sameKey(key)) {
                Claim claim = (Claim) record._2();
                if (record._1().role() == ShuffleKey.INDEX) {
                    reached.computeIfAbsent(claim.key(), k -> new ArrayList<>()).add(claim);
                } else {
                    own.add(claim);
                }
            }
            if (!own.isEmpty()) {
                groups.add(new ClaimGroup(key, own));
                batchClaims.addAll(own);
            }
        }
        if (!groups.isEmpty()) {
            run(groups, reached, batchClaims);
        }
    }

    private Tuple2<ShuffleKey, Serializable> take() {
        if (pending != null) {
            Tuple2<ShuffleKey, Serializable> taken = pending;
            pending = null;
            return taken;
        }
        return records.hasNext() ? records.next() : null;
    }

    /** The next record if it belongs to {@code key}; otherwise it waits for the next key. */
    private Tuple2<ShuffleKey, Serializable> sameKey(ClaimKey key) {
        Tuple2<ShuffleKey, Serializable> next = take();
        if (next != null && !next._1().group().equals(key)) {
            pending = next;
            return null;
        }
        return next;
    }

    private void run(List<ClaimGroup> groups, Map<ClaimKey, List<Claim>> reached, List<Claim> claims) {
        List<ClaimGroup> indexed = new ArrayList<>(groups);
        java.util.Set<ClaimKey> own = new java.util.HashSet<>();
        groups.forEach(g -> own.add(g.key()));
        reached.forEach((key, reachedClaims) -> {
            if (!own.contains(key)) {
                // every requesting key of the batch received the same claims; keep them once
                indexed.add(new ClaimGroup(key, reachedClaims.stream().filter(distinctIds()).toList()));
            }
        });
        Corpus corpus = new Corpus(List.of(), List.of(), claims, shared.references(), shared.rates(), List.of());
        // statuses are decided per key, so the batch's own keys get the status a whole-corpus check gives them
        org.crosscheck.compare.Assessments assessments = org.crosscheck.compare.Assessments.of(groups, shared.references());
        List<Finding> found;
        try {
            found = engine.run(rules, corpus, groups, new ClaimIndex(indexed), assessments, SourceTexts.NONE, shared.settings(),
                    Progress.SILENT);
        } catch (RunawayRules e) {
            throw new IllegalStateException(e.problems().get(0).describe(), e);
        }
        for (Finding finding : found) {
            ready.add(FindingRow.marked(finding, shared.triage(), shared.failOn(), assessments.statuses()));
        }
    }

    private static java.util.function.Predicate<Claim> distinctIds() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return claim -> seen.add(claim.id());
    }
}
