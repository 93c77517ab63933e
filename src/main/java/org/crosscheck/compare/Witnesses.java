package org.crosscheck.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.model.Claim;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.DurationValue;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.model.Value;

/**
 * Who agrees and who disagrees with each claim of one partition of like values, counted without
 * comparing every pair: interval values through sorted bounds (a claim's disjoint rivals are those
 * ending before it starts plus those starting after it ends), categorical values through counts.
 * Support is counted by outlet (two articles of one outlet are one witness, so wire copy repeated does
 * not corroborate itself); disagreement by source (another article of the same outlet that says
 * otherwise is still a disagreement to show).
 */
final class Witnesses {

    private final List<Claim> claims;
    private final boolean intervals;
    private final Counter all;
    private final Map<String, Counter> byOutlet = new HashMap<>();
    private final Map<String, Counter> bySource = new HashMap<>();
    private final int distinctValues;

    private Witnesses(List<Claim> claims) {
        this.claims = claims;
        this.intervals = isInterval(claims.get(0).value());
        Map<String, List<Claim>> outlets = new HashMap<>();
        Map<String, List<Claim>> sources = new HashMap<>();
        for (Claim claim : claims) {
            outlets.computeIfAbsent(outlet(claim), k -> new ArrayList<>()).add(claim);
            sources.computeIfAbsent(claim.sourceId(), k -> new ArrayList<>()).add(claim);
        }
        this.all = counter(claims);
        outlets.forEach((k, v) -> byOutlet.put(k, counter(v)));
        sources.forEach((k, v) -> bySource.put(k, counter(v)));
        this.distinctValues = (int) claims.stream().map(c -> valueKey(c.value())).distinct().count();
    }

    static Witnesses of(List<Claim> claims) {
        return new Witnesses(claims);
    }

    int distinctValues() {
        return distinctValues;
    }

    /** Whether a claim of another source cannot be true together with this one. */
    boolean disputed(Claim claim) {
        return all.disjoint(claim) - bySource.get(claim.sourceId()).disjoint(claim) > 0;
    }

    /** Whether a claim of another outlet is compatible with this one. */
    boolean supported(Claim claim) {
        Counter own = byOutlet.get(outlet(claim));
        return (all.size() - all.disjoint(claim)) - (own.size() - own.disjoint(claim)) > 0;
    }

    /**
     * The largest set of claims from other outlets that agree with each other (share a point, or state
     * the same value) and all disagree with {@code claim}; largest by outlets, then by claims. Looks at
     * distinct values only.
     */
    List<Claim> largestCampAgainst(Claim claim) {
        String own = outlet(claim);
        List<Claim> opponents = new ArrayList<>();
        for (Claim other : claims) {
            if (!outlet(other).equals(own) && disjoint(claim.value(), other.value())) {
                opponents.add(other);
            }
        }
        Map<Object, List<Claim>> byValue = new LinkedHashMap<>();
        opponents.stream().sorted(Comparator.comparing(Claim::id))
                .forEach(c -> byValue.computeIfAbsent(valueKey(c.value()), k -> new ArrayList<>()).add(c));
        List<Claim> best = List.of();
        if (intervals) {
            for (List<Claim> atPoint : byValue.values()) {
                BigDecimal point = bounds(atPoint.get(0).value())[0];
                List<Claim> camp = new ArrayList<>();
                for (List<Claim> same : byValue.values()) {
                    BigDecimal[] b = bounds(same.get(0).value());
                    // the camp holds either side of the claim alone: a point below it or above it
                    if (b[0].compareTo(point) <= 0 && (b[1] == null || b[1].compareTo(point) >= 0)) {
                        camp.addAll(same);
                    }
                }
                best = better(camp, best);
            }
        } else {
            for (List<Claim> same : byValue.values()) {
                best = better(same, best);
            }
        }
        return best.stream().sorted(Comparator.comparing(Claim::id)).toList();
    }

    private static List<Claim> better(List<Claim> candidate, List<Claim> best) {
        int byOutlets = Integer.compare(outlets(candidate).size(), outlets(best).size());
        return byOutlets > 0 || (byOutlets == 0 && candidate.size() > best.size()) ? candidate : best;
    }

    /**
     * The outlet a claim's source belongs to: its {@code outlet}, compared without case, or the source
     * itself when the outlet is not given or "unknown" (an unknown outlet is never merged with another).
     */
    static String outlet(Claim claim) {
        String outlet = claim.source().outlet();
        if (outlet == null || outlet.isBlank() || outlet.trim().equalsIgnoreCase("unknown")) {
            return "source " + claim.sourceId();
        }
        return outlet.trim().toLowerCase(java.util.Locale.ROOT);
    }

    static Set<String> outlets(List<Claim> claims) {
        Set<String> outlets = new TreeSet<>();
        claims.forEach(c -> outlets.add(outlet(c)));
        return outlets;
    }

    /** What makes two values the same value here: their bounds, or their canonical text. */
    static Object valueKey(Value value) {
        if (isInterval(value)) {
            BigDecimal[] b = bounds(value);
            return Arrays.asList(b[0].stripTrailingZeros(), b[1] == null ? null : b[1].stripTrailingZeros());
        }
        return value.normalized();
    }

    private static boolean isInterval(Value value) {
        return value instanceof DateValue || value instanceof QuantityValue || value instanceof DurationValue;
    }

    private boolean disjoint(Value a, Value b) {
        if (!intervals) {
            return !a.normalized().equals(b.normalized());
        }
        BigDecimal[] x = bounds(a);
        BigDecimal[] y = bounds(b);
        return (x[1] != null && x[1].compareTo(y[0]) < 0) || (y[1] != null && y[1].compareTo(x[0]) < 0);
    }

    /** Lower and upper bound (null: unbounded) of an interval value, as GroupCompare reads them. */
    static BigDecimal[] bounds(Value value) {
        if (value instanceof DateValue d) {
            return new BigDecimal[] {BigDecimal.valueOf(d.start().toEpochDay()), BigDecimal.valueOf(d.end().toEpochDay())};
        }
        if (value instanceof QuantityValue q) {
            return new BigDecimal[] {q.lower(), q.upper()};
        }
        DurationValue d = (DurationValue) value;
        return new BigDecimal[] {BigDecimal.valueOf(d.minDays()), d.maxDays() == Long.MAX_VALUE ? null : BigDecimal.valueOf(d.maxDays())};
    }

    private Counter counter(List<Claim> some) {
        return intervals ? new IntervalCounter(some) : new ValueCounter(some);
    }

    /** How many of a set of claims cannot be true together with a given claim. */
    private interface Counter {
        int size();

        int disjoint(Claim claim);
    }

    private static final class IntervalCounter implements Counter {
        private final BigDecimal[] starts;
        private final BigDecimal[] ends; // bounded ends only: an unbounded end is never before anything
        private final int size;

        IntervalCounter(List<Claim> claims) {
            size = claims.size();
            starts = new BigDecimal[size];
            List<BigDecimal> bounded = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                BigDecimal[] b = bounds(claims.get(i).value());
                starts[i] = b[0];
                if (b[1] != null) {
                    bounded.add(b[1]);
                }
            }
            ends = bounded.toArray(BigDecimal[]::new);
            Arrays.sort(starts);
            Arrays.sort(ends);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public int disjoint(Claim claim) {
            BigDecimal[] b = bounds(claim.value());
            int endingBefore = firstAtLeast(ends, b[0]);
            int startingAfter = b[1] == null ? 0 : starts.length - firstAbove(starts, b[1]);
            return endingBefore + startingAfter;
        }

        private static int firstAtLeast(BigDecimal[] sorted, BigDecimal x) {
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid].compareTo(x) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private static int firstAbove(BigDecimal[] sorted, BigDecimal x) {
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid].compareTo(x) <= 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    private static final class ValueCounter implements Counter {
        private final Map<String, Integer> counts = new HashMap<>();
        private final int size;

        ValueCounter(List<Claim> claims) {
            size = claims.size();
            claims.forEach(c -> counts.merge(c.value().normalized(), 1, Integer::sum));
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public int disjoint(Claim claim) {
            return size - counts.getOrDefault(claim.value().normalized(), 0);
        }
    }
}
