package org.crosscheck.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.DurationValue;
import org.crosscheck.model.Hedge;

/** Reads lengths of time: "90 days", "16 years", "two decades", "a few months", "nearly two years". */
public final class DurationParser {

    private static final Pattern DURATION = Pattern.compile(
            "(?:(" + Hedges.PATTERN + ") )?(a few|several|a couple of|" + Words.NUMBER_PATTERN
                    + ") (day|week|month|year|decade)s?");

    private DurationParser() {
    }

    public static Parsed<DurationValue> parse(String written) {
        return parse(written, Tolerance.DEFAULT);
    }

    public static Parsed<DurationValue> parse(String written, Tolerance tolerance) {
        String text = Words.folded(written);
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            return Parsed.failed("cannot read '" + written.trim() + "' as a length of time",
                    "write for example: 90 days | 16 years | two decades | a few months");
        }
        Hedge hedge = Hedges.of(m.group(1));
        String unit = m.group(3);
        long minUnit = switch (unit) {
            case "day" -> 1;
            case "week" -> 7;
            case "month" -> 28;
            case "year" -> 365;
            default -> 3652;
        };
        long maxUnit = switch (unit) {
            case "day" -> 1;
            case "week" -> 7;
            case "month" -> 31;
            case "year" -> 366;
            default -> 3653;
        };
        String isoUnit = switch (unit) {
            case "day" -> "D";
            case "week" -> "W";
            case "month" -> "M";
            case "decade" -> "0Y";
            default -> "Y";
        };
        String count = m.group(2);
        long[] range = switch (count) {
            case "a few" -> new long[] {2, 5};
            case "several" -> new long[] {3, 9};
            case "a couple of" -> new long[] {2, 2};
            default -> null;
        };
        if (range != null) {
            return Parsed.ok(new DurationValue(written.trim(), "PX" + isoUnit.replace("0Y", "0Y"), Hedge.APPROX,
                    range[0] * minUnit, range[1] * maxUnit));
        }
        Optional<BigDecimal> number = Words.number(count);
        if (number.isEmpty()) {
            return Parsed.failed("cannot read '" + count + "' in '" + written.trim() + "' as a number",
                    "write digits (90) or a number word (two)");
        }
        if (number.get().compareTo(Words.MAX_COUNT) > 0) {
            return Parsed.failed("'" + written.trim() + "': " + count + " " + unit + "s is not a length of time a fact can state",
                    "check the number; crosscheck reads up to " + Words.MAX_COUNT + " units");
        }
        BigDecimal n = number.get();
        String iso = unit.equals("decade") ? "P" + plain(n.movePointRight(1)) + "Y" : "P" + plain(n) + isoUnit;
        // "16 years" is a rounded figure: half its last digit either way, as numbers are read, so
        // 15.5 to 16.5 years, and "1.5 years" 1.45 to 1.55 (not 2 years, as when counts were whole)
        BigDecimal half = hedge == Hedge.EXACT && !unit.equals("day")
                ? BigDecimal.ONE.movePointLeft(Math.max(0, n.scale())).divide(BigDecimal.valueOf(2)) : BigDecimal.ZERO;
        BigDecimal[] low = Hedges.bounds(hedge, n.subtract(half).multiply(BigDecimal.valueOf(minUnit)),
                BigDecimal.ZERO, tolerance);
        BigDecimal[] high = Hedges.bounds(hedge, n.add(half).multiply(BigDecimal.valueOf(maxUnit)),
                BigDecimal.ZERO, tolerance);
        long min = low[0].setScale(0, RoundingMode.FLOOR).longValue();
        long max = high[1] == null ? Long.MAX_VALUE : high[1].setScale(0, RoundingMode.CEILING).longValue();
        return Parsed.ok(new DurationValue(written.trim(), iso, hedge, min, max));
    }

    /** A count as ISO 8601 writes it: "16", "1.5" (a decimal fraction is allowed in the smallest unit). */
    private static String plain(BigDecimal count) {
        return count.stripTrailingZeros().toPlainString();
    }
}
