package org.crosscheck.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.DurationValue;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.model.UnresolvedDate;
import org.crosscheck.model.Value;
import org.crosscheck.model.Verdict;

/**
 * Compares all claims of one key at once, in time linear in the number of claims.
 *
 * <p>Values are intervals on a line, and intervals on a line that pairwise intersect share a
 * common point (Helly's theorem in one dimension). So a key has a cross-source conflict exactly
 * when, for the source holding the earliest-ending interval, another source has an interval that
 * starts after it ends, or symmetrically for the latest-starting one; both checks are linear and
 * together find a disjoint pair whenever one exists. Categorical values conflict when two sources
 * give different canonical values.
 */
public final class GroupCompare {

    private static final Comparator<Claim> BY_ID = Comparator.comparing(Claim::id);

    private GroupCompare() {
    }

    /** Number of distinct sources among the claims. */
    public static int sourceCount(List<Claim> claims) {
        return (int) claims.stream().map(Claim::sourceId).distinct().count();
    }

    /**
     * The cross-source verdicts for one key: a single AGREE or REFINES, or one CONFLICT for each
     * pair of neighbouring groups of sources that cannot both be right. Empty when the claims come
     * from fewer than two sources or cannot be compared (see {@link #incomparable}).
     */
    public static List<GroupVerdict> acrossSources(List<Claim> all) {
        List<Claim> claims = comparable(all);
        if (sourceCount(claims) < 2 || incomparable(claims) != null) {
            return List.of();
        }
        List<Claim> sorted = claims.stream().sorted(BY_ID).toList();
        if (!(sorted.get(0).value() instanceof DateValue || sorted.get(0).value() instanceof QuantityValue
                || sorted.get(0).value() instanceof DurationValue)) {
            return categorical(sorted).map(List::of).orElse(List.of());
        }
        return intervals(sorted.stream().map(GroupCompare::interval).toList());
    }

    /**
     * Why the claims of a key cannot be compared (different kinds of value, or amounts in different
     * currencies or units), or null when they can.
     */
    public static String incomparable(List<Claim> all) {
        List<Claim> claims = comparable(all);
        Map<String, List<String>> classes = new TreeMap<>();
        for (Claim claim : claims) {
            classes.computeIfAbsent(comparabilityClass(claim.value()), k -> new ArrayList<>()).add(claim.id());
        }
        if (classes.size() < 2) {
            return null;
        }
        return "the claims use values that cannot be compared: " + classes.entrySet().stream()
                .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                .collect(Collectors.joining("; "));
    }

    private static String comparabilityClass(Value value) {
        if (value instanceof QuantityValue q) {
            return q.unit().isEmpty() ? "count" : q.unit().equals("%") ? "percentage" : "amount in " + q.unit();
        }
        return value.kind().label();
    }

    private record Interval(Claim claim, BigDecimal lo, BigDecimal hi) {
        boolean endsBefore(Interval other) {
            return hi != null && hi.compareTo(other.lo) < 0;
        }
    }

    private static Interval interval(Claim claim) {
        Value value = claim.value();
        if (value instanceof DateValue d) {
            return new Interval(claim, BigDecimal.valueOf(d.start().toEpochDay()), BigDecimal.valueOf(d.end().toEpochDay()));
        }
        if (value instanceof QuantityValue q) {
            return new Interval(claim, q.lower(), q.upper());
        }
        if (value instanceof DurationValue d) {
            return new Interval(claim, BigDecimal.valueOf(d.minDays()),
                    d.maxDays() == Long.MAX_VALUE ? null : BigDecimal.valueOf(d.maxDays()));
        }
        throw new IllegalArgumentException("not an interval value: " + value.kind());
    }

    private static final Comparator<Interval> BY_END =
            Comparator.comparing(Interval::hi, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Interval::lo).thenComparing(iv -> iv.claim.id());
    private static final Comparator<Interval> BY_START = Comparator.comparing(Interval::lo).thenComparing(iv -> iv.claim.id());

    private static List<GroupVerdict> intervals(List<Interval> all) {
        Optional<GroupVerdict> anyConflict = disjointPair(all);
        if (anyConflict.isEmpty()) {
            return List.of(agreement(all));
        }
        List<GroupVerdict> conflicts = new ArrayList<>();
        List<List<Interval>> clusters = clusters(all);
        for (int i = 0; i + 1 < clusters.size(); i++) {
            List<Interval> earlier = clusters.get(i);
            List<Interval> later = clusters.get(i + 1);
            List<Interval> neighbours = new ArrayList<>(earlier);
            neighbours.addAll(later);
            disjointPair(neighbours).map(pair -> withBothSides(pair, earlier, later)).ifPresent(conflicts::add);
        }
        return conflicts.isEmpty() ? List.of(anyConflict.get()) : conflicts;
    }

    /**
     * Groups intervals that share a point (greedy stabbing: sorted by end, each new group starts at
     * the first interval beginning after the current group's point). Neighbouring groups are where
     * the disagreements are; the first and last group of a key are never compared directly.
     */
    private static List<List<Interval>> clusters(List<Interval> all) {
        List<List<Interval>> clusters = new ArrayList<>();
        BigDecimal point = null;
        boolean unbounded = false;
        for (Interval iv : all.stream().sorted(BY_END).toList()) {
            boolean inCurrent = !clusters.isEmpty() && (unbounded || iv.lo.compareTo(point) <= 0);
            if (!inCurrent) {
                clusters.add(new ArrayList<>());
                point = iv.hi;
                unbounded = iv.hi == null;
            }
            clusters.get(clusters.size() - 1).add(iv);
        }
        return clusters;
    }

    /**
     * A pair of intervals from different sources that do not meet, if there is one, found in linear
     * time: the earliest-ending interval against the latest start of any other source, then the
     * latest-starting against the earliest end of any other source.
     */
    private static Optional<GroupVerdict> disjointPair(List<Interval> intervals) {
        Map<String, Interval> minEndBySource = new TreeMap<>();
        Map<String, Interval> maxStartBySource = new TreeMap<>();
        for (Interval iv : intervals) {
            minEndBySource.merge(iv.claim.sourceId(), iv, (old, now) -> BY_END.compare(now, old) < 0 ? now : old);
            maxStartBySource.merge(iv.claim.sourceId(), iv, (old, now) -> BY_START.compare(now, old) > 0 ? now : old);
        }
        if (minEndBySource.size() < 2) {
            return Optional.empty();
        }
        Interval earliestEnd = minEndBySource.values().stream().min(BY_END).orElseThrow();
        Interval latestStartElsewhere = maxStartBySource.values().stream()
                .filter(iv -> !iv.claim.sourceId().equals(earliestEnd.claim.sourceId()))
                .max(BY_START).orElseThrow();
        if (earliestEnd.endsBefore(latestStartElsewhere)) {
            return Optional.of(conflict(earliestEnd, latestStartElsewhere));
        }
        Interval latestStart = maxStartBySource.values().stream().max(BY_START).orElseThrow();
        Interval earliestEndElsewhere = minEndBySource.values().stream()
                .filter(iv -> !iv.claim.sourceId().equals(latestStart.claim.sourceId()))
                .min(BY_END).orElseThrow();
        if (earliestEndElsewhere.endsBefore(latestStart)) {
            return Optional.of(conflict(earliestEndElsewhere, latestStart));
        }
        return Optional.empty();
    }

    /**
     * Adds to a conflict every other claim of the two groups that is just as incompatible with the
     * opposite witness, so no clashing claim goes unnamed (a draft's claim among them); linear.
     */
    private static GroupVerdict withBothSides(GroupVerdict pair, List<Interval> earlier, List<Interval> later) {
        Claim first = pair.claims().get(0);
        Claim second = pair.claims().get(1);
        Interval firstInterval = interval(first);
        Interval secondInterval = interval(second);
        List<Claim> others = new ArrayList<>();
        for (Interval iv : earlier) {
            if (iv.claim != first && iv.claim != second && iv.endsBefore(secondInterval)) {
                others.add(iv.claim);
            }
        }
        for (Interval iv : later) {
            if (iv.claim != first && iv.claim != second && firstInterval.endsBefore(iv)) {
                others.add(iv.claim);
            }
        }
        if (others.isEmpty()) {
            return pair;
        }
        List<Claim> claims = new ArrayList<>(pair.claims());
        claims.addAll(others);
        String named = others.stream().limit(5).map(c -> c.id() + " (" + c.value().asWritten() + ")").collect(Collectors.joining(", "));
        String more = others.size() > 5 ? " and " + (others.size() - 5) + " more" : "";
        return new GroupVerdict(pair.verdict(), claims, pair.explanation() + "; the same clash also involves " + named + more,
                pair.gapDays());
    }

    private static GroupVerdict agreement(List<Interval> all) {
        List<Claim> onePerSource = onePerSource(all.stream().map(Interval::claim).toList());
        boolean allSame = all.stream().allMatch(iv -> sameValue(iv.claim.value(), all.get(0).claim.value()));
        if (allSame) {
            return new GroupVerdict(Verdict.AGREE, onePerSource, onePerSource.size() + " sources agree: "
                    + Compare.values(onePerSource.get(0).value(), onePerSource.get(1).value()).explanation(), -1);
        }
        Interval widest = all.stream().max(Comparator.comparing(GroupCompare::width).thenComparing(iv -> iv.claim.id())).orElseThrow();
        Interval narrowest = all.stream().filter(iv -> !iv.claim.sourceId().equals(widest.claim.sourceId()))
                .min(Comparator.comparing(GroupCompare::width).thenComparing(iv -> iv.claim.id()))
                .orElse(widest);
        return new GroupVerdict(Verdict.REFINES, onePerSource,
                Compare.values(narrowest.claim.value(), widest.claim.value()).explanation(), -1);
    }

    /**
     * Whether two values state the same thing: the same interval for dates and durations, the same
     * amount in the same unit for quantities ("Sh600 billion" and "approximately Sh600 billion" agree;
     * the hedge only widens what else would be compatible).
     */
    private static boolean sameValue(Value a, Value b) {
        if (a instanceof QuantityValue x && b instanceof QuantityValue y) {
            return x.unit().equals(y.unit()) && x.amount().compareTo(y.amount()) == 0;
        }
        return Compare.values(a, b).relation() == Relation.EQUAL;
    }

    private static GroupVerdict conflict(Interval earlier, Interval later) {
        List<Claim> pair = List.of(earlier.claim, later.claim);
        Comparison comparison = Compare.values(later.claim.value(), earlier.claim.value());
        long gap = later.claim.value() instanceof DateValue ? comparison.gapDays() : -1;
        return new GroupVerdict(Verdict.CONFLICT, pair, comparison.explanation(), gap);
    }

    /** Width of an interval, unbounded ones widest. */
    private static BigDecimal width(Interval iv) {
        return iv.hi == null ? BigDecimal.valueOf(Long.MAX_VALUE) : iv.hi.subtract(iv.lo);
    }

    private static Optional<GroupVerdict> categorical(List<Claim> sorted) {
        Map<String, Claim> firstByValue = new TreeMap<>();
        for (Claim claim : sorted) {
            firstByValue.putIfAbsent(claim.value().normalized(), claim);
        }
        if (firstByValue.size() == 1) {
            List<Claim> onePerSource = onePerSource(sorted);
            return Optional.of(new GroupVerdict(Verdict.AGREE, onePerSource, onePerSource.size() + " sources agree: "
                    + Compare.values(onePerSource.get(0).value(), onePerSource.get(1).value()).explanation(), -1));
        }
        // one pass per distinct value: linear in claims for the few values a key has in practice
        for (Claim a : firstByValue.values()) {
            for (Claim b : sorted) {
                if (!b.sourceId().equals(a.sourceId()) && !b.value().normalized().equals(a.value().normalized())) {
                    return Optional.of(new GroupVerdict(Verdict.CONFLICT, List.of(a, b),
                            Compare.values(a.value(), b.value()).explanation(), -1));
                }
            }
        }
        return Optional.empty();
    }

    /** The first claim (by id) of each source, in source order: what AGREE and REFINES findings show. */
    private static List<Claim> onePerSource(List<Claim> claims) {
        Map<String, Claim> first = new TreeMap<>();
        claims.stream().sorted(BY_ID).forEach(c -> first.putIfAbsent(c.sourceId(), c));
        return List.copyOf(first.values());
    }

    /**
     * The claims compared value against value: not running totals (compared by their "as of" date,
     * see {@link RunningTotals}) and not unresolved relative dates (reported by their own rule).
     */
    static List<Claim> comparable(List<Claim> claims) {
        return claims.stream().filter(c -> c.asOf() == null && !(c.value() instanceof UnresolvedDate)).toList();
    }

    /**
     * Claims of one source that cannot all be true: for each source, its earliest-ending value
     * against its latest-starting one (linear), or two different categorical values.
     */
    public static List<GroupVerdict> withinSources(List<Claim> all) {
        Map<String, List<Claim>> bySource = new TreeMap<>();
        comparable(all).stream().sorted(BY_ID).forEach(c -> bySource.computeIfAbsent(c.sourceId(), s -> new ArrayList<>()).add(c));
        List<GroupVerdict> verdicts = new ArrayList<>();
        for (List<Claim> own : bySource.values()) {
            if (own.size() < 2 || incomparable(own) != null) {
                continue;
            }
            if (own.get(0).value() instanceof DateValue || own.get(0).value() instanceof QuantityValue
                    || own.get(0).value() instanceof DurationValue) {
                List<Interval> intervals = own.stream().map(GroupCompare::interval).toList();
                Interval earliestEnd = intervals.stream().min(BY_END).orElseThrow();
                Interval latestStart = intervals.stream().max(BY_START).orElseThrow();
                if (earliestEnd.endsBefore(latestStart)) {
                    verdicts.add(conflict(earliestEnd, latestStart));
                }
            } else {
                Claim first = own.get(0);
                own.stream().filter(c -> !c.value().normalized().equals(first.value().normalized())).findFirst()
                        .ifPresent(other -> verdicts.add(new GroupVerdict(Verdict.CONFLICT, List.of(first, other),
                                Compare.values(first.value(), other.value()).explanation(), -1)));
            }
        }
        return verdicts;
    }
}
