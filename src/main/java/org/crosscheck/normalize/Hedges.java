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

    static final String PATTERN = "approximately|about|around|some|roughly|an estimated|estimated|nearly|almost"
            + "|close to|at least|more than|over|upwards of|under|less than|fewer than|up to|at most|within|maybe|perhaps";

    private static final Map<String, Hedge> WORDS = Map.ofEntries(
            Map.entry("approximately", Hedge.APPROX), Map.entry("about", Hedge.APPROX), Map.entry("around", Hedge.APPROX),
            Map.entry("some", Hedge.APPROX), Map.entry("roughly", Hedge.APPROX), Map.entry("an estimated", Hedge.APPROX),
            Map.entry("estimated", Hedge.APPROX), Map.entry("maybe", Hedge.APPROX), Map.entry("perhaps", Hedge.APPROX),
            Map.entry("nearly", Hedge.NEARLY), Map.entry("almost", Hedge.NEARLY), Map.entry("close to", Hedge.NEARLY),
            Map.entry("at least", Hedge.AT_LEAST), Map.entry("more than", Hedge.MORE_THAN), Map.entry("over", Hedge.MORE_THAN),
            Map.entry("upwards of", Hedge.MORE_THAN), Map.entry("under", Hedge.LESS_THAN), Map.entry("less than", Hedge.LESS_THAN),
            Map.entry("fewer than", Hedge.LESS_THAN), Map.entry("up to", Hedge.AT_MOST), Map.entry("at most", Hedge.AT_MOST),
            Map.entry("within", Hedge.AT_MOST));


    private Hedges() {
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
        };
    }
}
