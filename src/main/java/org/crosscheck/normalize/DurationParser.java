package org.crosscheck.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.DurationValue;
import org.crosscheck.model.Hedge;
import org.crosscheck.values.Cardinals;
import org.crosscheck.values.Tokens;

/**
 * Reads lengths of time: "90 days", "16 years", "two decades", "a few months", "nearly two years",
 * "a fortnight", "three-day" and "90-day" (a length used as an adjective), "a month and a half", "2 years
 * and 3 months", "between 3 and 5 years", "not later than 180 days", "72 hours". Lengths are compared
 * in whole days, so hours are read only when they make whole days, and minutes and seconds are refused.
 */
public final class DurationParser {

    /** A unit of time: its ISO 8601 designator (with a multiplier), and its shortest and longest length in days. */
    private record TimeUnit(String name, String iso, int isoMultiple, long minDays, long maxDays) {
    }

    private static final TimeUnit DAY = new TimeUnit("day", "D", 1, 1, 1);
    private static final TimeUnit WEEK = new TimeUnit("week", "W", 1, 7, 7);
    private static final TimeUnit FORTNIGHT = new TimeUnit("fortnight", "W", 2, 14, 14);
    private static final TimeUnit MONTH = new TimeUnit("month", "M", 1, 28, 31);
    private static final TimeUnit QUARTER = new TimeUnit("quarter", "M", 3, 89, 92);
    private static final TimeUnit YEAR = new TimeUnit("year", "Y", 1, 365, 366);
    private static final TimeUnit DECADE = new TimeUnit("decade", "Y", 10, 3652, 3653);
    private static final TimeUnit CENTURY = new TimeUnit("century", "Y", 100, 36524, 36525);
    /** Hours make whole days or are refused; the marker unit is never put in a value. */
    private static final TimeUnit HOUR = new TimeUnit("hour", "H", 1, 0, 0);

    private static final Map<String, TimeUnit> UNITS = Map.ofEntries(
            Map.entry("day", DAY), Map.entry("days", DAY),
            Map.entry("week", WEEK), Map.entry("weeks", WEEK), Map.entry("wk", WEEK), Map.entry("wks", WEEK),
            Map.entry("fortnight", FORTNIGHT), Map.entry("fortnights", FORTNIGHT),
            Map.entry("month", MONTH), Map.entry("months", MONTH), Map.entry("mo", MONTH), Map.entry("mos", MONTH),
            Map.entry("quarter", QUARTER), Map.entry("quarters", QUARTER),
            Map.entry("year", YEAR), Map.entry("years", YEAR), Map.entry("yr", YEAR), Map.entry("yrs", YEAR),
            Map.entry("decade", DECADE), Map.entry("decades", DECADE),
            Map.entry("century", CENTURY), Map.entry("centuries", CENTURY),
            Map.entry("hour", HOUR), Map.entry("hours", HOUR), Map.entry("hr", HOUR), Map.entry("hrs", HOUR));
    /** Units shorter than a day: refused, since lengths of time are compared in days. */
    private static final Set<String> SHORTER = Set.of("minute", "minutes", "min", "mins", "second", "seconds", "sec", "secs",
            "hour", "hours", "hr", "hrs", "h");
    /** Words between a count and its unit that do not change the length ("two more years", "three straight days"). */
    private static final Set<String> FILLERS = Set.of("more", "additional", "extra", "further", "full", "straight", "consecutive",
            "whole", "entire", "long");
    /**
     * Words that stand for a count of one before a unit in the singular: "another month" (one more, as "two more
     * months" is two), "all week", "a whole week". Before a count, "another" adds nothing to it ("another two weeks"
     * is two weeks). "full", "whole" and "entire" without "a" are not among them: prose writes "the final full day of
     * the Games" and "the whole week" about a day or a week, not as a length, and extraction would find them.
     */
    private static final Set<String> ONE_WHOLE = Set.of("another", "all", "a", "an");
    private static final Set<String> SINGULAR = Set.of("day", "week", "fortnight", "month", "quarter", "year", "decade", "century");
    /** Words after a length that make it a date or a rate, not a length: refused, never dropped. */
    private static final Set<String> NOT_A_LENGTH = Set.of("ago", "later", "after", "before", "earlier", "since", "from", "hence",
            "per", "a", "an", "each", "every", "old");

    private DurationParser() {
    }

    /** Whether the word names a unit of time ("day", "fortnight"), so a hyphen before it may be opened ("three-day"). */
    static boolean isUnitWord(String word) {
        return UNITS.containsKey(word) || SHORTER.contains(word);
    }

    public static Parsed<DurationValue> parse(String written) {
        return parse(written, Tolerance.DEFAULT);
    }

    private static final String HINT = "write for example: 90 days | 16 years | two decades | a few months | a fortnight | three-day";

    /** One length as read: the count of each unit, or a vague count of one unit. */
    private record Length(List<Part> parts, Cardinals.Reading vague, int end) {
    }

    private record Part(BigDecimal count, TimeUnit unit) {
    }

    public static Parsed<DurationValue> parse(String written, Tolerance tolerance) {
        String trimmed = written.trim();
        String text = Words.folded(written);
        if (text.startsWith("the ")) {
            text = text.substring(4);
        }
        List<String> tokens = Tokens.of(text, QuantityParser::known);
        int i = 0;
        Hedge hedge = Hedge.EXACT;
        Optional<Hedges.At> at = Hedges.at(tokens, i);
        if (at.isPresent()) {
            hedge = at.get().hedge();
            i += at.get().used();
        }
        boolean between = false;
        if (i < tokens.size() && (tokens.get(i).equals("between") || tokens.get(i).equals("from"))) {
            between = true;
            i++;
        }
        if (i < tokens.size() && (tokens.get(i).equals("for") || (tokens.get(i).equals("a") || tokens.get(i).equals("another"))
                && i + 1 < tokens.size() && Cardinals.read(tokens, i + 1, false).isPresent() && !tokens.get(i + 1).equals("few"))) {
            i++; // "for two years", "a three-day visit", "another two weeks"
        }
        Parsed<Length> first = length(tokens, i, trimmed);
        if (first instanceof Parsed.Failed<Length> f) {
            return f.map(x -> null);
        }
        Length a = first.toOptional().orElseThrow();
        int end = a.end();
        Length b = null;
        // "3-5 years", "between three and five years": the first end may borrow the second's unit
        if (end < tokens.size() && (tokens.get(end).equals("-") || tokens.get(end).equals("to")
                || between && tokens.get(end).equals("and"))) {
            Parsed<Length> second = length(tokens, end + 1, trimmed);
            if (second instanceof Parsed.Failed<Length> f) {
                return f.map(x -> null);
            }
            b = second.toOptional().orElseThrow();
            end = b.end();
        } else if (between) {
            return Parsed.failed("cannot read '" + trimmed + "': a range needs both ends ('between 3 and 5 years')", HINT);
        }
        Length last = b == null ? a : b;
        if (end < tokens.size() && tokens.get(end).equals("of") && !last.parts().isEmpty()
                && last.parts().get(last.parts().size() - 1).unit() == QUARTER) {
            // "three quarters of voters" is a share of the voters, not nine months of them
            return Parsed.failed("cannot read '" + trimmed + "' as a length of time: 'quarters of' makes it a share of what follows",
                    "a share goes under quantity: (\"three quarters\" is 75%); a length of quarters is written alone (\"three quarters\")");
        }
        for (int k = end; k < tokens.size(); k++) {
            String t = tokens.get(k);
            if (NOT_A_LENGTH.contains(t) || isUnitWord(t) || Cardinals.isNumberWord(t) || Hedges.isHedgeWord(t)
                    || org.crosscheck.values.UnitsOfMeasure.isUnitWord(t) && !t.equals("in") // "a quarter mile" is no 3 months
                    || !t.matches("[a-z][a-z'-]*")) {
                return Parsed.failed("cannot read '" + trimmed + "' as a length of time: '" + t + "' after it changes it",
                        "a date goes under date: (\"3 days ago\"); a length is written alone (\"3 days\")");
            }
        }
        for (Length l : b == null ? List.of(a) : List.of(a, b)) {
            for (Part p : l.parts()) {
                if (p.count() != null && p.count().compareTo(Words.MAX_COUNT) > 0) {
                    return Parsed.failed("'" + trimmed + "': " + p.count().toPlainString() + " " + p.unit().name()
                            + "s is not a length of time a fact can state", "check the number; crosscheck reads up to " + Words.MAX_COUNT + " units");
                }
            }
        }
        if (b == null) {
            if (a.parts().isEmpty()) {
                return Parsed.failed("cannot read '" + trimmed + "' as a length of time: no unit of time", HINT);
            }
            Parsed<List<Part>> whole = wholeDays(a.parts(), trimmed);
            if (whole instanceof Parsed.Failed<List<Part>> f) {
                return f.map(x -> null);
            }
            return Parsed.ok(value(trimmed, a, hedge, tolerance));
        }
        return range(trimmed, a, b, hedge, tolerance);
    }

    /** A length at {@code from}: counts with units, joined by "and" or commas, or a count whose unit comes later in a range. */
    private static Parsed<Length> length(List<String> tokens, int from, String written) {
        int i = from;
        List<Part> parts = new java.util.ArrayList<>();
        Cardinals.Reading vague = null;
        while (i < tokens.size()) {
            int start = i;
            String t = tokens.get(i);
            TimeUnit unitAlone = UNITS.get(t);
            if (parts.isEmpty() && unitAlone != null && (t.equals("fortnight") || t.equals("decade") || t.equals("century"))) {
                parts.add(new Part(BigDecimal.ONE, unitAlone)); // "fortnight" alone, as in "the past fortnight"
                i++;
                continue;
            }
            Optional<Cardinals.Reading> number = Cardinals.read(tokens, i, false);
            BigDecimal count = null;
            if (number.isPresent()) {
                i += number.get().used();
                count = number.get().value();
            } else if ((t.equals("a") || t.equals("an") || t.equals("one")) && i + 1 < tokens.size() && UNITS.containsKey(tokens.get(i + 1))) {
                count = BigDecimal.ONE;
                i++;
            } else if (parts.isEmpty() && ONE_WHOLE.contains(t) && singularUnitAfter(tokens, i + 1)) {
                // "all week", "another month", "a full year" ("full" is a filler): one unit, read as "a week" is. Not
                // exactly seven days: "all week" is as often the five days of a working week
                count = BigDecimal.ONE;
                i++;
            } else if (Cardinals.fractionOfUnit(tokens, i).isPresent()) {
                Cardinals.Reading f = Cardinals.fractionOfUnit(tokens, i).get();
                count = f.value();
                i += f.used();
            } else {
                if (parts.isEmpty()) {
                    return Parsed.failed(noLength(tokens, i, written), HINT);
                }
                i = start;
                break;
            }
            while (i < tokens.size() && FILLERS.contains(tokens.get(i))) {
                i++;
            }
            if (i >= tokens.size() || !UNITS.containsKey(tokens.get(i))) {
                if (i < tokens.size() && SHORTER.contains(tokens.get(i))) {
                    return Parsed.failed("'" + written + "': crosscheck compares lengths of time in days, and '" + tokens.get(i)
                            + "' is shorter", "write the length in days, weeks, months or years");
                }
                if (parts.isEmpty() && number.isPresent() && i < tokens.size() && (tokens.get(i).equals("-") || tokens.get(i).equals("to")
                        || tokens.get(i).equals("and"))) {
                    // the first end of a range ("3-5 years"): its unit is the second end's
                    return Parsed.ok(new Length(List.of(), number.get(), i));
                }
                if (parts.isEmpty()) {
                    String word = i < tokens.size() ? tokens.get(i) : "";
                    return Parsed.failed("cannot read '" + written + "' as a length of time"
                            + (word.isEmpty() ? ": no unit of time" : ": '" + word + "' is not a unit of time"), HINT);
                }
                i = start;
                break;
            }
            TimeUnit unit = UNITS.get(tokens.get(i));
            i++;
            if (number.isPresent() && (number.get().vague() || number.get().approximate())) {
                if (!parts.isEmpty()) {
                    return Parsed.failed("'" + written + "': a vague count cannot follow another length", HINT);
                }
                if (unit == HOUR) {
                    return Parsed.failed("'" + written + "': crosscheck compares lengths of time in days, and hours are shorter",
                            "write the length in days");
                }
                vague = number.get();
                parts.add(new Part(null, unit));
                return Parsed.ok(new Length(parts, vague, i));
            }
            // "a month and a half", "an hour and a half", "5 and a half minutes" is read by Cardinals
            if (i + 2 < tokens.size() && tokens.get(i).equals("and") && (tokens.get(i + 1).equals("a") || tokens.get(i + 1).equals("an"))
                    && tokens.get(i + 2).equals("half")) {
                count = count.add(new BigDecimal("0.5"));
                i += 3;
            } else if (i + 1 < tokens.size() && tokens.get(i).equals("and") && tokens.get(i + 1).equals("half")) {
                count = count.add(new BigDecimal("0.5"));
                i += 2;
            }
            parts.add(new Part(count, unit));
            if (i < tokens.size() && (tokens.get(i).equals(",") || tokens.get(i).equals("and"))) {
                int after = tokens.get(i).equals(",") && i + 1 < tokens.size() && tokens.get(i + 1).equals("and") ? i + 2 : i + 1;
                if (after < tokens.size() && (Cardinals.read(tokens, after, false).isPresent() || tokens.get(after).equals("a")
                        || tokens.get(after).equals("an"))) {
                    i = after;
                    continue;
                }
            }
            if (i < tokens.size() && Cardinals.read(tokens, i, false).isPresent() && !Cardinals.read(tokens, i, false).get().vague()) {
                continue; // "2 years 3 months"
            }
            break;
        }
        return Parsed.ok(new Length(parts, vague, i));
    }

    /** Whether a unit in the singular follows at {@code i}, after words that do not change a length ("a whole week"). */
    private static boolean singularUnitAfter(List<String> tokens, int i) {
        int k = i;
        while (k < tokens.size() && FILLERS.contains(tokens.get(k))) {
            k++;
        }
        return k < tokens.size() && SINGULAR.contains(tokens.get(k));
    }

    private static String noLength(List<String> tokens, int i, String written) {
        if (i >= tokens.size()) {
            return "cannot read '" + written + "' as a length of time";
        }
        String word = tokens.get(i).equals("a") && i + 1 < tokens.size() ? tokens.get(i + 1) : tokens.get(i);
        if (Cardinals.NO_NUMBER.contains(word) || UNITS.containsKey(word)) {
            return "cannot read '" + written + "' as a length of time: '" + word + "' gives no number";
        }
        if (!QuantityParser.known(word) && !Hedges.isHedgeWord(word)) {
            return "cannot read '" + written + "' as a length of time: '" + word + "' is not a number or unit of time crosscheck knows";
        }
        return "cannot read '" + written + "' as a length of time";
    }

    private static DurationValue value(String written, Length length, Hedge hedge, Tolerance tolerance) {
        if (length.vague() != null) {
            TimeUnit unit = length.parts().get(0).unit();
            Cardinals.Reading v = length.vague();
            long min = v.lower().multiply(BigDecimal.valueOf(unit.minDays())).setScale(0, RoundingMode.FLOOR).longValue();
            long max = v.upper().multiply(BigDecimal.valueOf(unit.maxDays())).setScale(0, RoundingMode.CEILING).longValue();
            Hedge shown = hedge == Hedge.EXACT ? Hedge.APPROX : hedge;
            if (v.approximate() && !v.vague()) {
                BigDecimal[] low = Hedges.bounds(shown, v.value().multiply(BigDecimal.valueOf(unit.minDays())), BigDecimal.ZERO, tolerance);
                BigDecimal[] high = Hedges.bounds(shown, v.value().multiply(BigDecimal.valueOf(unit.maxDays())), BigDecimal.ZERO, tolerance);
                min = low[0].setScale(0, RoundingMode.FLOOR).longValue();
                max = high[1] == null ? Long.MAX_VALUE : high[1].setScale(0, RoundingMode.CEILING).longValue();
                return new DurationValue(written, iso(List.of(new Part(v.value(), unit))), shown, min, max);
            }
            if (hedge == Hedge.MORE_THAN || hedge == Hedge.AT_LEAST || hedge == Hedge.JUST_OVER) {
                max = Long.MAX_VALUE;
            } else if (hedge == Hedge.LESS_THAN || hedge == Hedge.AT_MOST || hedge == Hedge.NEARLY) {
                min = 0;
            }
            return new DurationValue(written, "PX" + unit.iso(), shown, min, max);
        }
        List<Part> parts = hoursAsDays(length.parts());
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            boolean last = k == parts.size() - 1;
            // "16 years" is a rounded figure: half its last digit either way, as numbers are read, so
            // 15.5 to 16.5 years, and "1.5 years" 1.45 to 1.55; days are counted, and earlier parts exact
            BigDecimal half = last && hedge == Hedge.EXACT && p.unit() != DAY && p.unit() != FORTNIGHT
                    ? BigDecimal.ONE.movePointLeft(Math.max(0, p.count().stripTrailingZeros().scale())).divide(BigDecimal.valueOf(2))
                    : BigDecimal.ZERO;
            if (p.unit() == MONTH || p.unit() == QUARTER) {
                BigDecimal months = BigDecimal.valueOf(p.unit().isoMultiple());
                low = low.add(shortestMonths(p.count().subtract(half).multiply(months)));
                high = high.add(longestMonths(p.count().add(half).multiply(months)));
                continue;
            }
            low = low.add(p.count().subtract(half).multiply(BigDecimal.valueOf(p.unit().minDays())));
            high = high.add(p.count().add(half).multiply(BigDecimal.valueOf(p.unit().maxDays())));
        }
        BigDecimal[] lowBounds = Hedges.bounds(hedge, low, BigDecimal.ZERO, tolerance);
        BigDecimal[] highBounds = Hedges.bounds(hedge, high, BigDecimal.ZERO, tolerance);
        long min = lowBounds[0].setScale(0, RoundingMode.FLOOR).longValue();
        long max = highBounds[1] == null ? Long.MAX_VALUE : highBounds[1].setScale(0, RoundingMode.CEILING).longValue();
        return new DurationValue(written, iso(parts), hedge, min, max);
    }

    /** Days in the shortest and the longest run of 0 to 11 consecutive calendar months (five months: 150 or 153 days). */
    private static final int[] SHORTEST_RUN = {0, 28, 59, 89, 120, 150, 181, 212, 242, 273, 303, 334};
    private static final int[] LONGEST_RUN = {0, 31, 62, 92, 123, 153, 184, 215, 245, 276, 306, 337};

    /**
     * The fewest days a run of {@code months} calendar months can last. Consecutive months are not
     * each 28 to 31 days at once: twelve of them make a year, and five make 150 to 153 days. So a count
     * of months is whole years (365 days each, as a year is read) and the months left over at their
     * shortest run; a fraction of a month counts at 28 days. 300 months is 25 years, not 8,400 days.
     */
    static BigDecimal shortestMonths(BigDecimal months) {
        if (months.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal[] years = months.divideAndRemainder(BigDecimal.valueOf(12));
        int whole = years[1].intValue();
        BigDecimal fraction = years[1].subtract(BigDecimal.valueOf(whole));
        return years[0].multiply(BigDecimal.valueOf(365)).add(BigDecimal.valueOf(SHORTEST_RUN[whole]))
                .add(fraction.multiply(BigDecimal.valueOf(28)));
    }

    /** The most days a run of {@code months} calendar months can last: years of 366 days, the rest at their longest. */
    static BigDecimal longestMonths(BigDecimal months) {
        if (months.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal[] years = months.divideAndRemainder(BigDecimal.valueOf(12));
        int whole = years[1].intValue();
        BigDecimal fraction = years[1].subtract(BigDecimal.valueOf(whole));
        return years[0].multiply(BigDecimal.valueOf(366)).add(BigDecimal.valueOf(LONGEST_RUN[whole]))
                .add(fraction.multiply(BigDecimal.valueOf(31)));
    }

    /** 48 hours is 2 days; hours that make no whole number of days cannot be compared in days. */
    private static List<Part> hoursAsDays(List<Part> parts) {
        return parts.stream().map(p -> p.unit() != HOUR ? p
                : new Part(p.count().divide(BigDecimal.valueOf(24), 6, RoundingMode.UNNECESSARY).stripTrailingZeros(), DAY)).toList();
    }

    private static Parsed<DurationValue> range(String written, Length a, Length b, Hedge hedge, Tolerance tolerance) {
        if (b.vague() != null || b.parts().isEmpty()) {
            return Parsed.failed("cannot read '" + written + "' as a range of lengths of time", HINT);
        }
        Length first = a;
        if (a.parts().isEmpty()) {
            TimeUnit unit = b.parts().get(0).unit();
            first = new Length(List.of(new Part(a.vague().value(), unit)), null, a.end());
        } else if (a.vague() != null) {
            return Parsed.failed("cannot read '" + written + "' as a range of lengths of time", HINT);
        }
        Parsed<List<Part>> checkedA = wholeDays(first.parts(), written);
        Parsed<List<Part>> checkedB = wholeDays(b.parts(), written);
        if (checkedA instanceof Parsed.Failed<List<Part>> f) {
            return f.map(x -> null);
        }
        if (checkedB instanceof Parsed.Failed<List<Part>> f) {
            return f.map(x -> null);
        }
        DurationValue lo = value(written, first, Hedge.EXACT, tolerance);
        DurationValue hi = value(written, b, Hedge.EXACT, tolerance);
        if (lo.minDays() > hi.maxDays()) {
            return Parsed.failed("'" + written + "': the range ends below where it starts", "write the shorter length first");
        }
        long min = lo.minDays();
        long max = hi.maxDays();
        if (hedge == Hedge.APPROX) {
            min = (long) Math.floor(min * (1 - tolerance.fraction().doubleValue()));
            max = (long) Math.ceil(max * (1 + tolerance.fraction().doubleValue()));
        }
        return Parsed.ok(new DurationValue(written, lo.iso() + "/" + hi.iso(), Hedge.BETWEEN, min, max));
    }

    private static Parsed<List<Part>> wholeDays(List<Part> parts, String written) {
        for (Part p : parts) {
            if (p.unit() == HOUR && p.count().remainder(BigDecimal.valueOf(24)).signum() != 0) {
                return Parsed.failed("'" + written + "': crosscheck compares lengths of time in days, and "
                        + p.count().stripTrailingZeros().toPlainString() + " hours is not a whole number of days", "write the length in days");
            }
        }
        return Parsed.ok(parts);
    }

    /** ISO 8601: "P90D", "P16Y", "P2Y3M", "P1.5Y"; a decade is ten years, a fortnight two weeks, a quarter three months. */
    private static String iso(List<Part> parts) {
        StringBuilder iso = new StringBuilder("P");
        for (Part p : parts) {
            iso.append(p.count().multiply(BigDecimal.valueOf(p.unit().isoMultiple())).stripTrailingZeros().toPlainString())
                    .append(p.unit().iso());
        }
        return iso.toString();
    }
}
