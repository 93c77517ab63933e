package org.crosscheck.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.crosscheck.values.Currencies;

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

    // The comparators here are written out rather than chained from Comparator.comparing: a chain
    // calls each key extractor through a call site shared with every other chain in the program,
    // which the JIT cannot inline, and a check at a million claims runs these hundreds of millions
    // of times, most of them before C2 has compiled anything.
    private static final Comparator<Claim> BY_ID = (a, b) -> a.id().compareTo(b.id());

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
        if (!fromSeveralSources(claims) || !ofOneClass(claims)) {
            return List.of();
        }
        List<Claim> sorted = inIdOrder(claims);
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
        if (ofOneClass(claims) || allAmountsOfMoney(claims)) {
            return null;
        }
        Map<String, List<String>> classes = new TreeMap<>();
        for (Claim claim : claims) {
            classes.computeIfAbsent(comparabilityClass(claim.value()), k -> new ArrayList<>()).add(claim.id());
        }
        return "the claims use values that cannot be compared: " + classes.entrySet().stream()
                .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                .collect(Collectors.joining("; "));
    }

    /**
     * Whether every claim's value is in the same comparability class as the first's: the question
     * {@link #incomparable} answers, asked of every key, without spelling out each claim's class.
     */
    private static boolean ofOneClass(List<Claim> claims) {
        for (int i = 1; i < claims.size(); i++) {
            if (!sameClass(claims.get(0).value(), claims.get(i).value())) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #comparabilityClass} is the same for both: a quantity's class is its unit's, any other value's its kind's. */
    private static boolean sameClass(Value a, Value b) {
        if (a instanceof QuantityValue x) {
            return b instanceof QuantityValue y && x.unit().equals(y.unit());
        }
        return !(b instanceof QuantityValue) && a.kind() == b.kind();
    }

    /**
     * Whether every value is an amount of money: amounts in different currencies are each compared
     * within their currency (compare.KeyAssessor), and across currencies only through a cited rate
     * (CurrencyCheck), so a second currency on a key is not a reason to give up comparing.
     */
    private static boolean allAmountsOfMoney(List<Claim> claims) {
        for (Claim claim : claims) {
            if (!(claim.value() instanceof QuantityValue q && isCurrency(q.unit()))) {
                return false;
            }
        }
        return true;
    }

    /** Currency codes are three capital letters (USD, KES), or a currency whose country is not stated ("dinar (country not stated)"). */
    private static boolean isCurrency(String unit) {
        return Currencies.isMoneyUnit(unit);
    }

    /** Whether the claims come from two sources or more; stops at the first claim from a second one. */
    private static boolean fromSeveralSources(List<Claim> claims) {
        for (int i = 1; i < claims.size(); i++) {
            if (!claims.get(i).sourceId().equals(claims.get(0).sourceId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The claims sorted by id: the list itself when it is already (a key's group keeps its claims so),
     * else a sorted copy. Every comparison in this package that walks claims in id order takes them from here.
     */
    static List<Claim> inIdOrder(List<Claim> claims) {
        for (int i = 1; i < claims.size(); i++) {
            if (BY_ID.compare(claims.get(i - 1), claims.get(i)) > 0) {
                List<Claim> sorted = new ArrayList<>(claims);
                sorted.sort(BY_ID);
                return sorted;
            }
        }
        return claims;
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

    /** By end (unbounded last), then start, then claim id. */
    private static final Comparator<Interval> BY_END = (a, b) -> {
        int byEnd = a.hi == null ? (b.hi == null ? 0 : 1) : b.hi == null ? -1 : a.hi.compareTo(b.hi);
        if (byEnd != 0) {
            return byEnd;
        }
        int byStart = a.lo.compareTo(b.lo);
        return byStart != 0 ? byStart : a.claim.id().compareTo(b.claim.id());
    };
    /** By start, then claim id. */
    private static final Comparator<Interval> BY_START = (a, b) -> {
        int byStart = a.lo.compareTo(b.lo);
        return byStart != 0 ? byStart : a.claim.id().compareTo(b.claim.id());
    };
    private static final Comparator<Interval> LATEST_START_FIRST = BY_START.reversed();
    /** By width, then claim id. */
    private static final Comparator<Interval> BY_WIDTH = (a, b) -> {
        int byWidth = width(a).compareTo(width(b));
        return byWidth != 0 ? byWidth : a.claim.id().compareTo(b.claim.id());
    };
    private static final Comparator<Interval> WIDEST_FIRST = BY_WIDTH.reversed();

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
        // The earliest end of all is the earliest of each source's earliest, and the latest start of
        // the other sources the latest of their latest, so one pass over the intervals finds each.
        Interval earliestEnd = first(intervals, BY_END, null);
        if (earliestEnd == null) {
            return Optional.empty();
        }
        Interval latestStartElsewhere = first(intervals, LATEST_START_FIRST, earliestEnd.claim.sourceId());
        if (latestStartElsewhere == null) {
            return Optional.empty(); // one source
        }
        if (earliestEnd.endsBefore(latestStartElsewhere)) {
            return Optional.of(conflict(earliestEnd, latestStartElsewhere));
        }
        Interval latestStart = first(intervals, LATEST_START_FIRST, null);
        Interval earliestEndElsewhere = first(intervals, BY_END, latestStart.claim.sourceId());
        if (earliestEndElsewhere.endsBefore(latestStart)) {
            return Optional.of(conflict(earliestEndElsewhere, latestStart));
        }
        return Optional.empty();
    }

    /** The first interval in {@code order} among those not from the source {@code except} (null: among all); null when there is none. */
    private static Interval first(List<Interval> intervals, Comparator<Interval> order, String except) {
        Interval best = null;
        for (Interval iv : intervals) {
            if ((except == null || !iv.claim.sourceId().equals(except)) && (best == null || order.compare(iv, best) < 0)) {
                best = iv;
            }
        }
        return best;
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
        Interval widest = first(all, WIDEST_FIRST, null);
        Interval narrowestElsewhere = first(all, BY_WIDTH, widest.claim.sourceId());
        Interval narrowest = narrowestElsewhere != null ? narrowestElsewhere : widest;
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
        return Compare.relation(a, b) == Relation.EQUAL;
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
        for (Claim claim : inIdOrder(claims)) {
            first.putIfAbsent(claim.sourceId(), claim);
        }
        return List.copyOf(first.values());
    }

    /**
     * The claims compared value against value: not running totals (compared by their "as of" date,
     * see {@link RunningTotals}) and not unresolved relative dates (reported by their own rule).
     */
    static List<Claim> comparable(List<Claim> claims) {
        for (Claim claim : claims) {
            if (!isComparable(claim)) {
                return claims.stream().filter(GroupCompare::isComparable).toList();
            }
        }
        return claims; // usually all are: no copy
    }

    private static boolean isComparable(Claim claim) {
        return claim.asOf() == null && !(claim.value() instanceof UnresolvedDate);
    }

    /**
     * Claims of one source that cannot all be true: for each source, its earliest-ending value
     * against its latest-starting one (linear), or two different categorical values.
     */
    public static List<GroupVerdict> withinSources(List<Claim> all) {
        List<Claim> claims = inIdOrder(comparable(all));
        Map<String, List<Claim>> bySource = new HashMap<>();
        for (Claim claim : claims) {
            bySource.computeIfAbsent(claim.sourceId(), s -> new ArrayList<>()).add(claim);
        }
        if (bySource.size() == claims.size()) {
            return List.of(); // each source states the key once, as on most keys
        }
        List<GroupVerdict> verdicts = new ArrayList<>();
        for (List<Claim> own : new TreeMap<>(bySource).values()) {
            if (own.size() < 2 || !ofOneClass(own)) {
                continue;
            }
            if (own.get(0).value() instanceof DateValue || own.get(0).value() instanceof QuantityValue
                    || own.get(0).value() instanceof DurationValue) {
                List<Interval> intervals = own.stream().map(GroupCompare::interval).toList();
                Interval earliestEnd = first(intervals, BY_END, null);
                Interval latestStart = first(intervals, LATEST_START_FIRST, null);
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
