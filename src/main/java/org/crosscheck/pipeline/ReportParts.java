package org.crosscheck.pipeline;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.ClaimStatuses;
import org.crosscheck.model.Finding;
import org.crosscheck.model.FindingRenderer;
import org.crosscheck.model.Source;
import org.crosscheck.load.FactsLoader;
import org.crosscheck.normalize.ClaimGroup;
import org.crosscheck.normalize.NormalizedFacts;
import org.crosscheck.store.FactsStore;
import org.crosscheck.store.ReportFragments;
import org.crosscheck.support.ParallelInOrder;

/** The report's parts of some keys, rendered for keeping in the store ({@link ReportFragments}), and what files gave. */
final class ReportParts {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReportParts.class);

    private ReportParts() {
    }

    /**
     * Keeps in the store the parts of the keys whose rules ran in a full check, or of every key
     * when the parts kept {@code before} were for another context (rules, settings, build) or none;
     * the keys that went stale or are gone lose their old parts.
     */
    static void keep(FactsStore store, Path factsDir, String context, ReportFragments.State before, KeptFindings.Outcome outcome,
            List<ClaimGroup> groups, NormalizedFacts facts, Map<String, byte[]> raw, FindingRenderer renderer) throws SQLException {
        long started = System.nanoTime();
        boolean all = before == null || !before.context().equals(context);
        List<ClaimGroup> render = all ? groups : groups.stream().filter(g -> outcome.stale().contains(g.key())).toList();
        Set<ClaimKey> drop = new HashSet<>(outcome.stale());
        drop.addAll(outcome.gone());
        store.reportFragments().replace(all, drop, of(render, outcome.byKey(), outcome.statuses(), raw, renderer), null,
                path -> FactsLoader.displayName(factsDir, factsDir.resolve(path)),
                counts(facts.corpus().sources(), facts.corpus().claims()), context, facts.accounting(), false);
        LOG.debug("report parts: {} keys' kept ({}) in {} ms", render.size(), all ? "all" : "those re-checked",
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Each group's parts: the findings of the rules that matched it, rendered with the statuses of
     * {@code statuses} (which hold every claim those findings name), and each of its claims' status.
     * Rendered side by side: a first full check renders every finding of the corpus.
     */
    static Iterable<ReportFragments.KeyParts> of(List<ClaimGroup> groups, Map<ClaimKey, List<Finding>> byKey, ClaimStatuses statuses,
            Map<String, byte[]> raw, FindingRenderer renderer) {
        // a chunk of keys at a time, so a first full check at a million claims does not hold every rendered finding at once
        return () -> new java.util.Iterator<>() {
            private int next;
            private java.util.Iterator<ReportFragments.KeyParts> chunk = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!chunk.hasNext() && next < groups.size()) {
                    int end = Math.min(groups.size(), next + CHUNK);
                    chunk = render(groups.subList(next, end), byKey, statuses, raw, renderer).iterator();
                    next = end;
                }
                return chunk.hasNext();
            }

            @Override
            public ReportFragments.KeyParts next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return chunk.next();
            }
        };
    }

    private static final int CHUNK = 20_000;

    private static List<ReportFragments.KeyParts> render(List<ClaimGroup> groups, Map<ClaimKey, List<Finding>> byKey,
            ClaimStatuses statuses, Map<String, byte[]> raw, FindingRenderer renderer) {
        return ParallelInOrder.stream(groups, ClaimGroup.PARALLEL_FROM).map(group -> {
            List<ReportFragments.FindingPart> findings = byKey.getOrDefault(group.key(), List.of()).stream()
                    .map(finding -> new ReportFragments.FindingPart(finding, renderer.render(finding, statuses))).toList();
            List<ReportFragments.ClaimPart> claims = group.claims().stream().map(claim -> new ReportFragments.ClaimPart(claim.id(),
                    claim.location().file(), statuses.of(claim.id()), statuses.isLikelyWrong(claim.id()), raw.get(claim.id()))).toList();
            return new ReportFragments.KeyParts(group.key(), findings, claims);
        }).toList();
    }

    /** How many sources and checked claims each file gave, by its name in reports. */
    static Map<String, ReportFragments.FileCounts> counts(List<Source> sources, List<Claim> claims) {
        Map<String, int[]> counted = new HashMap<>();
        sources.forEach(source -> counted.computeIfAbsent(source.location().file(), f -> new int[2])[0]++);
        claims.forEach(claim -> counted.computeIfAbsent(claim.location().file(), f -> new int[2])[1]++);
        Map<String, ReportFragments.FileCounts> counts = new HashMap<>(counted.size() * 2);
        counted.forEach((file, n) -> counts.put(file, new ReportFragments.FileCounts(n[0], n[1])));
        return counts;
    }
}
