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
     * the same value) and all disagree with {@code claim}; largest by outlets, then by claims. Works on
     * distinct values and their outlets, computed once per key, so a camp of thousands of claims costs
     * no more than one of two.
     */
    List<Claim> largestCampAgainst(Claim claim) {
        String own = outlet(claim);
        List<ValueGroup> opponents = new ArrayList<>();
        for (ValueGroup group : valueGroups()) {
            if (disjoint(claim.value(), group.claims.get(0).value())) {
                opponents.add(group);
            }
        }
        List<ValueGroup> best = List.of();
        int bestOutlets = 0;
        int bestClaims = 0;
        List<List<ValueGroup>> candidates = new ArrayList<>();
        if (intervals) {
            for (ValueGroup atPoint : opponents) {
                BigDecimal point = atPoint.lower;
                List<ValueGroup> camp = new ArrayList<>();
                for (ValueGroup group : opponents) {
                    // the camp holds either side of the claim alone: a point below it or above it
                    if (group.lower.compareTo(point) <= 0 && (group.upper == null || group.upper.compareTo(point) >= 0)) {
                        camp.add(group);
                    }
                }
                candidates.add(camp);
            }
        } else {
            opponents.forEach(group -> candidates.add(List.of(group)));
        }
        for (List<ValueGroup> camp : candidates) {
            Set<String> outlets = new java.util.HashSet<>();
            int claims = 0;
            for (ValueGroup group : camp) {
                outlets.addAll(group.outlets);
                claims += group.claims.size() - group.claimsOf(own);
            }
            outlets.remove(own);
            if (outlets.size() > bestOutlets || (outlets.size() == bestOutlets && claims > bestClaims)) {
                best = camp;
                bestOutlets = outlets.size();
                bestClaims = claims;
            }
        }
        List<Claim> camp = new ArrayList<>();
        best.forEach(group -> group.claims.stream().filter(c -> !outlet(c).equals(own)).forEach(camp::add));
        camp.sort(Comparator.comparing(Claim::id));
        return camp;
    }

    /** The claims of one distinct value, with the outlets that state it. */
    private static final class ValueGroup {
        final List<Claim> claims = new ArrayList<>();
        final Map<String, Integer> outletClaims = new HashMap<>();
        final Set<String> outlets = outletClaims.keySet();
        BigDecimal lower;
        BigDecimal upper;

        int claimsOf(String outlet) {
            return outletClaims.getOrDefault(outlet, 0);
        }
    }

    private List<ValueGroup> valueGroups;

    /** The distinct values in order of their first claim's id, made on first use. */
    private List<ValueGroup> valueGroups() {
        if (valueGroups == null) {
            Map<Object, ValueGroup> byValue = new LinkedHashMap<>();
            for (Claim claim : claims.stream().sorted(Comparator.comparing(Claim::id)).toList()) {
                ValueGroup group = byValue.computeIfAbsent(valueKey(claim.value()), k -> new ValueGroup());
                if (group.claims.isEmpty() && intervals) {
                    BigDecimal[] b = bounds(claim.value());
                    group.lower = b[0];
                    group.upper = b[1];
                }
                group.claims.add(claim);
                group.outletClaims.merge(outlet(claim), 1, Integer::sum);
            }
            valueGroups = new ArrayList<>(byValue.values());
        }
        return valueGroups;
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
