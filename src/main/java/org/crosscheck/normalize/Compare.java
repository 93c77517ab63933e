package org.crosscheck.normalize;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.DurationValue;
import org.crosscheck.model.EntityValue;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.model.TextValue;
import org.crosscheck.model.Value;

/** One comparison function per value type; rules call these and never compare values themselves. */
public final class Compare {

    private Compare() {
    }

    /**
     * The relation {@link #values} finds, without writing the explanation that goes with it: for the
     * many comparisons whose outcome alone decides (is this claim confirmed, does this total fall),
     * where writing out both values' dates or amounts cost more than comparing them.
     */
    public static Relation relation(Value a, Value b) {
        if (a instanceof DateValue x && b instanceof DateValue y) {
            return relation(x.start().toEpochDay(), x.end().toEpochDay(), y.start().toEpochDay(), y.end().toEpochDay());
        }
        if (a instanceof QuantityValue x && b instanceof QuantityValue y) {
            return x.unit().equals(y.unit()) ? relation(x.lower(), x.upper(), y.lower(), y.upper()) : Relation.INCOMPARABLE;
        }
        if (a instanceof DurationValue x && b instanceof DurationValue y) {
            return relation(x.minDays(), x.maxDays(), y.minDays(), y.maxDays());
        }
        if ((a instanceof EntityValue || a instanceof TextValue) && a.kind() == b.kind()) {
            return a.normalized().equals(b.normalized()) ? Relation.EQUAL : Relation.DISJOINT;
        }
        return Relation.INCOMPARABLE;
    }

    public static Comparison values(Value a, Value b) {
        if (a instanceof DateValue x && b instanceof DateValue y) {
            return dates(x, y);
        }
        if (a instanceof QuantityValue x && b instanceof QuantityValue y) {
            return quantities(x, y);
        }
        if (a instanceof DurationValue x && b instanceof DurationValue y) {
            return durations(x, y);
        }
        if ((a instanceof EntityValue || a instanceof TextValue) && a.kind() == b.kind()) {
            return categorical(a, b);
        }
        return new Comparison(Relation.INCOMPARABLE, 0, "'" + a.asWritten() + "' (" + a.kind().label()
                + ") and '" + b.asWritten() + "' (" + b.kind().label() + ") are different kinds of value");
    }

    public static Comparison dates(DateValue a, DateValue b) {
        Relation relation = relation(a.start().toEpochDay(), a.end().toEpochDay(), b.start().toEpochDay(), b.end().toEpochDay());
        String left = a.describe();
        String right = b.describe();
        return switch (relation) {
            case EQUAL -> new Comparison(relation, 0, left + " and " + right + " are the same dates");
            case WITHIN -> new Comparison(relation, 0, left + " refines " + right + ": it lies within it");
            case CONTAINS -> new Comparison(relation, 0, right + " refines " + left + ": it lies within it");
            case OVERLAPS -> new Comparison(relation, 0, left + " overlaps " + right + " without either containing the other");
            default -> {
                long gap = a.end().isBefore(b.start())
                        ? ChronoUnit.DAYS.between(a.end(), b.start())
                        : ChronoUnit.DAYS.between(b.end(), a.start());
                yield new Comparison(relation, gap, left + " does not meet " + right + ": " + gap
                        + (gap == 1 ? " day" : " days") + " apart");
            }
        };
    }

    public static Comparison quantities(QuantityValue a, QuantityValue b) {
        if (!a.unit().equals(b.unit())) {
            return new Comparison(Relation.INCOMPARABLE, 0, "'" + a.asWritten() + "' is in " + unitName(a.unit())
                    + " and '" + b.asWritten() + "' in " + unitName(b.unit()) + ": not compared without a rate");
        }
        Relation relation = relation(a.lower(), a.upper(), b.lower(), b.upper());
        String left = "'" + a.asWritten() + "' (" + range(a) + ")";
        String right = "'" + b.asWritten() + "' (" + range(b) + ")";
        if (relation == Relation.DISJOINT) {
            return new Comparison(relation, 0, left + " is incompatible with " + right);
        }
        if (a.amount().compareTo(b.amount()) == 0) {
            return new Comparison(relation, 0, left + " and " + right + " state the same amount");
        }
        return new Comparison(relation, 0, left + " and " + right + " are within each other's tolerance");
    }

    public static Comparison durations(DurationValue a, DurationValue b) {
        Relation relation = relation(a.minDays(), a.maxDays(), b.minDays(), b.maxDays());
        String left = "'" + a.asWritten() + "' (" + a.minDays() + ".." + a.maxDays() + " days)";
        String right = "'" + b.asWritten() + "' (" + b.minDays() + ".." + b.maxDays() + " days)";
        return new Comparison(relation, 0, relation == Relation.DISJOINT
                ? left + " cannot be the same length as " + right
                : left + " is compatible with " + right);
    }

    public static Comparison categorical(Value a, Value b) {
        boolean same = a.normalized().equals(b.normalized());
        return new Comparison(same ? Relation.EQUAL : Relation.DISJOINT, 0, same
                ? "'" + a.asWritten() + "' and '" + b.asWritten() + "' are the same (" + a.normalized() + ")"
                : "'" + a.asWritten() + "' (" + a.normalized() + ") is not '" + b.asWritten() + "' (" + b.normalized() + ")");
    }

    /** The interval relation of [aLo, aHi] and [bLo, bHi]; bounds are inclusive. */
    static Relation relation(long aLo, long aHi, long bLo, long bHi) {
        if (aHi < bLo || bHi < aLo) {
            return Relation.DISJOINT;
        }
        if (aLo == bLo && aHi == bHi) {
            return Relation.EQUAL;
        }
        if (aLo >= bLo && aHi <= bHi) {
            return Relation.WITHIN;
        }
        if (bLo >= aLo && bHi <= aHi) {
            return Relation.CONTAINS;
        }
        return Relation.OVERLAPS;
    }

    /** As above for amounts, where a null upper bound is unbounded. */
    static Relation relation(BigDecimal aLo, BigDecimal aHi, BigDecimal bLo, BigDecimal bHi) {
        if (below(aHi, bLo) || below(bHi, aLo)) {
            return Relation.DISJOINT;
        }
        boolean sameLo = aLo.compareTo(bLo) == 0;
        boolean sameHi = aHi == null ? bHi == null : bHi != null && aHi.compareTo(bHi) == 0;
        if (sameLo && sameHi) {
            return Relation.EQUAL;
        }
        if (aLo.compareTo(bLo) >= 0 && atMost(aHi, bHi)) {
            return Relation.WITHIN;
        }
        if (bLo.compareTo(aLo) >= 0 && atMost(bHi, aHi)) {
            return Relation.CONTAINS;
        }
        return Relation.OVERLAPS;
    }

    private static boolean below(BigDecimal upper, BigDecimal lower) {
        return upper != null && upper.compareTo(lower) < 0;
    }

    private static boolean atMost(BigDecimal upper, BigDecimal limit) {
        return limit == null || (upper != null && upper.compareTo(limit) <= 0);
    }

    private static String unitName(String unit) {
        return unit.isEmpty() ? "a plain count" : unit.equals("%") ? "percent" : unit;
    }

    /** "exactly 30", "550 billion..650 billion KES", "1000.." */
    private static String range(QuantityValue q) {
        if (q.upper() != null && q.lower().compareTo(q.upper()) == 0) {
            return "exactly " + Numbers.human(q.lower()) + unitSuffix(q);
        }
        return Numbers.human(q.lower()) + ".." + Numbers.human(q.upper()) + unitSuffix(q);
    }

    private static String unitSuffix(QuantityValue q) {
        return q.unit().isEmpty() ? "" : q.unit().equals("%") ? "%" : " " + q.unit();
    }
}
