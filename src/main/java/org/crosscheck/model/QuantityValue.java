package org.crosscheck.model;

import java.math.BigDecimal;

/**
 * An amount, count or percentage with the bounds its wording allows ("about 5%" is 4.5..5.5,
 * "more than 1,000" is 1,000..unbounded). Bounds are inclusive; a null upper bound means unbounded.
 *
 * @param unit     a currency code (KES, USD, CNY, EUR, GBP), "%", "pp" (percentage points), or the unit a measure is
 *                 compared in ("m", "m²", "kg", "L", "Wh", "W", "km/h"); "" for a count (what is counted is not kept)
 * @param hedge    how the source qualified the number
 * @param measured a measure in the unit it was written in ("27 km", "16.8 mi"), whose amount and bounds are in
 *                 {@code unit} (metres); null for counts, money and percentages
 */
public record QuantityValue(
        String asWritten,
        BigDecimal amount,
        String unit,
        Hedge hedge,
        BigDecimal lower,
        BigDecimal upper,
        String measured) implements java.io.Serializable, Value {

    /** A count, an amount of money or a percentage: no unit of measure. */
    public QuantityValue(String asWritten, BigDecimal amount, String unit, Hedge hedge, BigDecimal lower, BigDecimal upper) {
        this(asWritten, amount, unit, hedge, lower, upper, null);
    }

    @Override
    public ValueKind kind() {
        return ValueKind.QUANTITY;
    }

    @Override
    public String normalized() {
        String unitSuffix = unit.isEmpty() ? "" : "%".equals(unit) ? "%" : " " + unit;
        if (hedge == Hedge.BETWEEN) {
            return measured != null ? measured : bounds() + unitSuffix;
        }
        String withUnit = measured != null ? measured : amount.stripTrailingZeros().toPlainString() + unitSuffix;
        return hedge == Hedge.EXACT ? withUnit : hedge.label() + " " + withUnit;
    }

    /** The bounds as text, "4.5..5.5" or "1000..". */
    public String bounds() {
        return lower.stripTrailingZeros().toPlainString() + ".."
                + (upper == null ? "" : upper.stripTrailingZeros().toPlainString());
    }
}
