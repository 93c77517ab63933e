package org.crosscheck.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.support.ParallelInOrder;

/**
 * All claims about one key (subject + property), in id order: the fact rules match on. Rules never
 * join claims pairwise; they ask a group for its comparisons, which are computed on first use and
 * then shared by every rule that asks, so four cross-source rules cost one comparison, not four.
 *
 * <p>A group is built once and not changed, so the remembered results stay true. It is not a
 * record because of them.
 */
public final class ClaimGroup {

    /** Keys from which work over every key outside the rule sessions (building groups, the matrix's rows) runs on every core. */
    public static final int PARALLEL_FROM = 5_000;

    private final ClaimKey key;
    private final List<Claim> claims;
    private final int sourceCount;
    private List<GroupVerdict> acrossSources;
    private List<GroupVerdict> withinSources;
    private List<GroupVerdict> runningTotals;
    private String incomparable;
    private boolean incomparableKnown;
    private List<Claim> betweenEvents;

    /** The claims grouped by key, in key order, so rules fire in the same order on every run. */
    public static List<ClaimGroup> byKey(List<Claim> claims) {
        Map<ClaimKey, List<Claim>> byKey = new HashMap<>();
        for (Claim claim : claims) {
            byKey.computeIfAbsent(claim.key(), k -> new ArrayList<>()).add(claim);
        }
        List<Map.Entry<ClaimKey, List<Claim>>> sorted = byKey.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
        // Building a group sorts its claims by id. At a million claims that took one to two seconds on
        // the main thread, mostly waiting on memory, while the other core had nothing to do; an
        // ordered parallel stream shares it and keeps the key order. Small corpora stay on this thread.
        return ParallelInOrder.stream(sorted, PARALLEL_FROM)
                .map(e -> new ClaimGroup(e.getKey(), e.getValue())).toList();
    }

    public ClaimGroup(ClaimKey key, List<Claim> claims) {
        this.key = key;
        this.claims = List.copyOf(GroupCompare.inIdOrder(claims));
        this.sourceCount = GroupCompare.sourceCount(this.claims);
    }

    public ClaimKey key() {
        return key;
    }

    /** The claims, sorted by id. */
    public List<Claim> claims() {
        return claims;
    }

    public int size() {
        return claims.size();
    }

    /** How many distinct sources make the claims. */
    public int sourceCount() {
        return sourceCount;
    }

    /** {@link GroupCompare#acrossSources}, computed once. */
    public List<GroupVerdict> acrossSources() {
        if (acrossSources == null) {
            acrossSources = GroupCompare.acrossSources(claims);
        }
        return acrossSources;
    }

    /** {@link GroupCompare#withinSources}, computed once. */
    public List<GroupVerdict> withinSources() {
        if (withinSources == null) {
            withinSources = GroupCompare.withinSources(claims);
        }
        return withinSources;
    }

    /** {@link RunningTotals#compare} over the claims that carry an "as of" date, computed once. */
    public List<GroupVerdict> runningTotals() {
        if (runningTotals == null) {
            runningTotals = RunningTotals.compare(claims);
        }
        return runningTotals;
    }

    /**
     * The claims that measure the time between two events ({@link Claim#between()}), found once;
     * usually none. Rules walk these rather than every claim with a filter, which would make the
     * rule engine a fact handle per claim.
     */
    public List<Claim> betweenEvents() {
        if (betweenEvents == null) {
            betweenEvents = claims.stream().filter(claim -> claim.between() != null).toList();
        }
        return betweenEvents;
    }

    /** {@link GroupCompare#incomparable}, computed once: why the values cannot be compared, or null. */
    public String incomparable() {
        if (!incomparableKnown) {
            incomparable = GroupCompare.incomparable(claims);
            incomparableKnown = true;
        }
        return incomparable;
    }

    @Override
    public String toString() {
        return "ClaimGroup[" + key + ", " + claims.size() + " claims]";
    }
}
