package org.crosscheck.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.crosscheck.model.Hedge;

/**
 * Words that qualify a number, and the bounds each implies. An unhedged number is read as rounded
 * at its last non-zero digit when it looks rounded: it has a scale word ("600 billion", "$4.7 billion")
 * or ends in two or more zeros ("1,000"). Never looser than ±10%: "600 billion" allows 550–650
 * billion, "1,000" allows 900–1,100. Small counts ("30 countries", "5%") are exact. "About" allows
 * ±10%; "nearly" up to 10% under and nothing over.
 */
final class Hedges {

    private static final Map<String, Hedge> WORDS = Map.ofEntries(
            Map.entry("approximately", Hedge.APPROX), Map.entry("about", Hedge.APPROX), Map.entry("around", Hedge.APPROX),
            Map.entry("some", Hedge.APPROX), Map.entry("roughly", Hedge.APPROX), Map.entry("an estimated", Hedge.APPROX),
            Map.entry("estimated", Hedge.APPROX), Map.entry("maybe", Hedge.APPROX), Map.entry("perhaps", Hedge.APPROX),
            Map.entry("circa", Hedge.APPROX), Map.entry("~", Hedge.APPROX), Map.entry("just about", Hedge.APPROX),
            Map.entry("approx", Hedge.APPROX), Map.entry("an approximate", Hedge.APPROX), Map.entry("a roughly", Hedge.APPROX),
            // "barely two months": only just that much, a little either side; a reader cannot say which
            Map.entry("barely", Hedge.APPROX), Map.entry("hardly", Hedge.APPROX), Map.entry("scarcely", Hedge.APPROX),
            Map.entry("nearly", Hedge.NEARLY), Map.entry("almost", Hedge.NEARLY), Map.entry("close to", Hedge.NEARLY),
            Map.entry("just under", Hedge.NEARLY), Map.entry("just shy of", Hedge.NEARLY), Map.entry("slightly less than", Hedge.NEARLY),
            Map.entry("a little under", Hedge.NEARLY), Map.entry("a little less than", Hedge.NEARLY), Map.entry("just below", Hedge.NEARLY),
            Map.entry("slightly under", Hedge.NEARLY), Map.entry("not quite", Hedge.NEARLY), Map.entry("close on", Hedge.NEARLY),
            Map.entry("at least", Hedge.AT_LEAST), Map.entry("no fewer than", Hedge.AT_LEAST), Map.entry("no less than", Hedge.AT_LEAST),
            Map.entry("not less than", Hedge.AT_LEAST), Map.entry("not fewer than", Hedge.AT_LEAST), Map.entry("a minimum of", Hedge.AT_LEAST),
            Map.entry("no earlier than", Hedge.AT_LEAST), Map.entry("not earlier than", Hedge.AT_LEAST),
            Map.entry("more than", Hedge.MORE_THAN), Map.entry("over", Hedge.MORE_THAN), Map.entry("upwards of", Hedge.MORE_THAN),
            Map.entry("upward of", Hedge.MORE_THAN), Map.entry("exceeds", Hedge.MORE_THAN), Map.entry("exceeding", Hedge.MORE_THAN),
            Map.entry("exceeded", Hedge.MORE_THAN), Map.entry("in excess of", Hedge.MORE_THAN), Map.entry("above", Hedge.MORE_THAN),
            Map.entry("well over", Hedge.MORE_THAN), Map.entry("well above", Hedge.MORE_THAN), Map.entry("greater than", Hedge.MORE_THAN),
            Map.entry("higher than", Hedge.MORE_THAN), Map.entry("well in excess of", Hedge.MORE_THAN),
            Map.entry("just over", Hedge.JUST_OVER), Map.entry("just above", Hedge.JUST_OVER), Map.entry("slightly more than", Hedge.JUST_OVER),
            Map.entry("slightly over", Hedge.JUST_OVER), Map.entry("a little over", Hedge.JUST_OVER), Map.entry("a little more than", Hedge.JUST_OVER),
            Map.entry("just more than", Hedge.JUST_OVER), Map.entry("slightly above", Hedge.JUST_OVER),
            Map.entry("under", Hedge.LESS_THAN), Map.entry("less than", Hedge.LESS_THAN), Map.entry("fewer than", Hedge.LESS_THAN),
            Map.entry("below", Hedge.LESS_THAN), Map.entry("lower than", Hedge.LESS_THAN), Map.entry("well under", Hedge.LESS_THAN),
            Map.entry("well below", Hedge.LESS_THAN), Map.entry("shorter than", Hedge.LESS_THAN),
            Map.entry("up to", Hedge.AT_MOST), Map.entry("at most", Hedge.AT_MOST), Map.entry("within", Hedge.AT_MOST),
            Map.entry("as many as", Hedge.AT_MOST), Map.entry("as much as", Hedge.AT_MOST), Map.entry("no more than", Hedge.AT_MOST),
            Map.entry("not more than", Hedge.AT_MOST), Map.entry("a maximum of", Hedge.AT_MOST), Map.entry("not exceeding", Hedge.AT_MOST),
            Map.entry("not later than", Hedge.AT_MOST), Map.entry("no later than", Hedge.AT_MOST), Map.entry("as long as", Hedge.AT_MOST),
            Map.entry("as high as", Hedge.AT_MOST), Map.entry("no longer than", Hedge.AT_MOST), Map.entry("not longer than", Hedge.AT_MOST),
            Map.entry("as few as", Hedge.AT_LEAST), Map.entry("as little as", Hedge.AT_LEAST),
            // comparisons as specifications and statistics write them ("greater than or equal to 50", "≥ 50", "exceed 3000")
            Map.entry("exceed", Hedge.MORE_THAN), Map.entry("surpass", Hedge.MORE_THAN), Map.entry("surpasses", Hedge.MORE_THAN),
            Map.entry("surpassing", Hedge.MORE_THAN), Map.entry("surpassed", Hedge.MORE_THAN), Map.entry("larger than", Hedge.MORE_THAN),
            Map.entry("bigger than", Hedge.MORE_THAN), Map.entry("smaller than", Hedge.LESS_THAN),
            Map.entry(">", Hedge.MORE_THAN), Map.entry("<", Hedge.LESS_THAN), Map.entry(">=", Hedge.AT_LEAST), Map.entry("≥", Hedge.AT_LEAST),
            Map.entry("> =", Hedge.AT_LEAST), Map.entry("<=", Hedge.AT_MOST), Map.entry("≤", Hedge.AT_MOST), Map.entry("< =", Hedge.AT_MOST),
            Map.entry("greater than or equal to", Hedge.AT_LEAST), Map.entry("more than or equal to", Hedge.AT_LEAST),
            Map.entry("higher than or equal to", Hedge.AT_LEAST), Map.entry("larger than or equal to", Hedge.AT_LEAST),
            Map.entry("bigger than or equal to", Hedge.AT_LEAST), Map.entry("greater or equal to", Hedge.AT_LEAST),
            Map.entry("greater or equal than", Hedge.AT_LEAST), Map.entry("higher or equal than", Hedge.AT_LEAST),
            Map.entry("bigger or equal than", Hedge.AT_LEAST), Map.entry("larger or equal than", Hedge.AT_LEAST),
            Map.entry("equal to or more than", Hedge.AT_LEAST), Map.entry("equal to or greater than", Hedge.AT_LEAST),
            Map.entry("equal to or higher than", Hedge.AT_LEAST),
            Map.entry("less than or equal to", Hedge.AT_MOST), Map.entry("fewer than or equal to", Hedge.AT_MOST),
            Map.entry("smaller than or equal to", Hedge.AT_MOST), Map.entry("lower than or equal to", Hedge.AT_MOST),
            Map.entry("less or equal to", Hedge.AT_MOST), Map.entry("less or equal than", Hedge.AT_MOST),
            Map.entry("smaller or equal than", Hedge.AT_MOST), Map.entry("lower or equal than", Hedge.AT_MOST),
            Map.entry("equal to or less than", Hedge.AT_MOST), Map.entry("equal to or fewer than", Hedge.AT_MOST),
            Map.entry("equal to or lower than", Hedge.AT_MOST),
            // the number itself, said to be equal
            Map.entry("equal to", Hedge.EXACT), Map.entry("equals", Hedge.EXACT), Map.entry("equals to", Hedge.EXACT),
            Map.entry("equaling", Hedge.EXACT), Map.entry("equaling to", Hedge.EXACT), Map.entry("equalling", Hedge.EXACT),
            Map.entry("equalling to", Hedge.EXACT));

    /** Every hedge phrase as a regular-expression alternation, longest first, for the parsers still written as patterns. */
    static final String PATTERN = WORDS.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
            .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"));

    private static final int LONGEST = WORDS.keySet().stream().mapToInt(w -> w.split(" ").length).max().orElse(1);

    /** A hedge read from tokens, and how many it took. */
    record At(Hedge hedge, int used) {
    }

    /** The longest hedge phrase at {@code from} in {@code tokens}, if any. */
    static java.util.Optional<At> at(java.util.List<String> tokens, int from) {
        for (int n = Math.min(LONGEST, tokens.size() - from); n >= 1; n--) {
            Hedge h = WORDS.get(String.join(" ", tokens.subList(from, from + n)));
            if (h != null) {
                return java.util.Optional.of(new At(h, n));
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether a token starts a hedge phrase, so that a reader never drops one it met after a number. */
    static boolean isHedgeWord(String token) {
        return FIRST_WORDS.contains(token);
    }

    private static final java.util.Set<String> FIRST_WORDS = WORDS.keySet().stream().map(w -> w.split(" ")[0])
            .filter(w -> !w.equals("a") && !w.equals("an") && !w.equals("as") && !w.equals("no") && !w.equals("not")
                    && !w.equals("in") && !w.equals("some") && !w.equals("just")
                    // adjectives before what is counted ("3 larger rivals"); their hedges are read only before a number
                    && !w.equals("larger") && !w.equals("bigger") && !w.equals("smaller"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private Hedges() {
    }

    /** Whether the hedge bounds the value from below ("more than", "at least", "just over"). */
    static boolean fromBelow(Hedge hedge) {
        return hedge == Hedge.MORE_THAN || hedge == Hedge.AT_LEAST || hedge == Hedge.JUST_OVER;
    }

    /** Whether the hedge bounds the value from above ("less than", "at most", "nearly"). */
    static boolean fromAbove(Hedge hedge) {
        return hedge == Hedge.LESS_THAN || hedge == Hedge.AT_MOST || hedge == Hedge.NEARLY;
    }

    static Hedge of(String word) {
        return word == null ? Hedge.EXACT : WORDS.get(word);
    }

    /** Half a unit of the last non-zero digit as written, when the number looks rounded; else zero. */
    static BigDecimal rounding(BigDecimal written, BigDecimal scale) {
        BigDecimal stripped = written.stripTrailingZeros();
        boolean scaled = scale.compareTo(BigDecimal.ONE) != 0;
        int trailingZeros = Math.max(0, -stripped.scale());
        if (!scaled && trailingZeros < 2) {
            return BigDecimal.ZERO;
        }
        BigDecimal place = BigDecimal.ONE.scaleByPowerOfTen(-stripped.scale());
        return place.multiply(scale).divide(BigDecimal.valueOf(2), 12, RoundingMode.HALF_UP);
    }

    /**
     * The least value that rounds to {@code written} at its last written digit: half a unit below
     * ("34" from 33.5, "59.9" from 59.85). With {@link #roundedUp}, the half-open interval of values
     * written so, for figures that are always written rounded, such as percentages.
     */
    static BigDecimal roundedDown(BigDecimal written) {
        return written.subtract(halfUnit(written));
    }

    /**
     * Just under the least value that rounds to the next figure: half a unit above, less a thousandth
     * of the unit, so the intervals of neighbouring figures never meet ("59.8%" and "59.9%" disagree,
     * "34%" and "33.7%" agree).
     */
    static BigDecimal roundedUp(BigDecimal written) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, written.scale()));
        return written.add(halfUnit(written)).subtract(unit.movePointLeft(3));
    }

    private static BigDecimal halfUnit(BigDecimal written) {
        return BigDecimal.ONE.movePointLeft(Math.max(0, written.scale())).divide(BigDecimal.valueOf(2));
    }

    /** [lower, upper] for a value; {@code tolerance} is what "about" allows and the most rounding may. */
    static BigDecimal[] bounds(Hedge hedge, BigDecimal value, BigDecimal rounding, Tolerance tolerance) {
        BigDecimal tenPercent = value.multiply(tolerance.fraction()).abs();
        BigDecimal rounded = rounding.min(tenPercent);
        return switch (hedge) {
            case EXACT -> new BigDecimal[] {value.subtract(rounded), value.add(rounded)};
            case APPROX -> new BigDecimal[] {value.subtract(tenPercent), value.add(tenPercent)};
            case NEARLY -> new BigDecimal[] {value.subtract(tenPercent), value};
            case AT_LEAST, MORE_THAN -> new BigDecimal[] {value, null};
            case AT_MOST, LESS_THAN -> new BigDecimal[] {BigDecimal.ZERO, value};
            case JUST_OVER -> new BigDecimal[] {value, value.add(tenPercent)};
            // a range's bounds are its ends; the readers build them and never ask here
            case BETWEEN -> new BigDecimal[] {value, value};
        };
    }
}
