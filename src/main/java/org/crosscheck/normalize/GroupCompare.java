package org.crosscheck.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.DurationValue;
import org.crosscheck.model.QuantityValue;
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
     * The cross-source verdict (AGREE, REFINES or CONFLICT) for one key; null when the claims come
     * from fewer than two sources or cannot be compared (see {@link #incomparable}).
     */
    public static GroupVerdict acrossSources(List<Claim> claims) {
        if (sourceCount(claims) < 2 || incomparable(claims) != null) {
            return null;
        }
        List<Claim> sorted = claims.stream().sorted(BY_ID).toList();
        if (!(sorted.get(0).value() instanceof DateValue || sorted.get(0).value() instanceof QuantityValue
                || sorted.get(0).value() instanceof DurationValue)) {
            return categorical(sorted);
        }
        return intervals(sorted.stream().map(GroupCompare::interval).toList());
    }

    /**
     * Why the claims of a key cannot be compared (different kinds of value, or amounts in different
     * currencies or units), or null when they can.
     */
    public static String incomparable(List<Claim> claims) {
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

    private static GroupVerdict intervals(List<Interval> all) {
        Comparator<Interval> byEnd = Comparator.comparing(Interval::hi, Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<Interval> byStart = Comparator.comparing(Interval::lo);
        Map<String, Interval> minEndBySource = new TreeMap<>();
        Map<String, Interval> maxStartBySource = new TreeMap<>();
        for (Interval iv : all) {
            minEndBySource.merge(iv.claim.sourceId(), iv, (old, now) -> byEnd.compare(now, old) < 0 ? now : old);
            maxStartBySource.merge(iv.claim.sourceId(), iv, (old, now) -> byStart.compare(now, old) > 0 ? now : old);
        }
        Interval earliestEnd = minEndBySource.values().stream().min(byEnd).orElseThrow();
        Interval latestStartElsewhere = maxStartBySource.values().stream()
                .filter(iv -> !iv.claim.sourceId().equals(earliestEnd.claim.sourceId()))
                .max(byStart).orElseThrow();
        if (earliestEnd.endsBefore(latestStartElsewhere)) {
            return conflict(earliestEnd, latestStartElsewhere);
        }
        Interval latestStart = maxStartBySource.values().stream().max(byStart).orElseThrow();
        Interval earliestEndElsewhere = minEndBySource.values().stream()
                .filter(iv -> !iv.claim.sourceId().equals(latestStart.claim.sourceId()))
                .min(byEnd).orElseThrow();
        if (earliestEndElsewhere.endsBefore(latestStart)) {
            return conflict(earliestEndElsewhere, latestStart);
        }
        List<Claim> onePerSource = onePerSource(all.stream().map(Interval::claim).toList());
        boolean allEqual = all.stream().allMatch(iv -> sameBounds(iv, all.get(0)));
        if (allEqual) {
            Claim first = onePerSource.get(0);
            return new GroupVerdict(Verdict.AGREE, onePerSource, onePerSource.size() + " sources agree: "
                    + Compare.values(first.value(), onePerSource.get(1).value()).explanation());
        }
        Interval widest = all.stream().max(Comparator.comparing(GroupCompare::width).thenComparing(iv -> iv.claim.id())).orElseThrow();
        Interval narrowest = all.stream().filter(iv -> !iv.claim.sourceId().equals(widest.claim.sourceId()))
                .min(Comparator.comparing(GroupCompare::width).thenComparing(iv -> iv.claim.id()))
                .orElse(widest);
        return new GroupVerdict(Verdict.REFINES, onePerSource,
                Compare.values(narrowest.claim.value(), widest.claim.value()).explanation());
    }

    private static GroupVerdict conflict(Interval earlier, Interval later) {
        List<Claim> pair = List.of(earlier.claim, later.claim);
        return new GroupVerdict(Verdict.CONFLICT, pair, Compare.values(later.claim.value(), earlier.claim.value()).explanation());
    }

    private static boolean sameBounds(Interval a, Interval b) {
        boolean sameHi = a.hi == null ? b.hi == null : b.hi != null && a.hi.compareTo(b.hi) == 0;
        return a.lo.compareTo(b.lo) == 0 && sameHi;
    }

    /** Width of an interval, unbounded ones widest. */
    private static BigDecimal width(Interval iv) {
        return iv.hi == null ? BigDecimal.valueOf(Long.MAX_VALUE) : iv.hi.subtract(iv.lo);
    }

    private static GroupVerdict categorical(List<Claim> sorted) {
        Map<String, Claim> firstByValue = new TreeMap<>();
        for (Claim claim : sorted) {
            firstByValue.putIfAbsent(claim.value().normalized(), claim);
        }
        if (firstByValue.size() == 1) {
            List<Claim> onePerSource = onePerSource(sorted);
            return new GroupVerdict(Verdict.AGREE, onePerSource, onePerSource.size() + " sources agree: "
                    + Compare.values(onePerSource.get(0).value(), onePerSource.get(1).value()).explanation());
        }
        for (Claim a : firstByValue.values()) {
            for (Claim b : sorted) {
                if (!b.sourceId().equals(a.sourceId()) && !b.value().normalized().equals(a.value().normalized())) {
                    return new GroupVerdict(Verdict.CONFLICT, List.of(a, b), Compare.values(a.value(), b.value()).explanation());
                }
            }
        }
        return null;
    }

    /** The first claim (by id) of each source, in source order: what AGREE and REFINES findings show. */
    private static List<Claim> onePerSource(List<Claim> claims) {
        Map<String, Claim> first = new TreeMap<>();
        claims.stream().sorted(BY_ID).forEach(c -> first.putIfAbsent(c.sourceId(), c));
        return List.copyOf(first.values());
    }

    /** Distinct source ids of the claims, sorted. */
    public static List<String> sources(List<Claim> claims) {
        return List.copyOf(claims.stream().map(Claim::sourceId).collect(Collectors.toCollection(TreeSet::new)));
    }
}
