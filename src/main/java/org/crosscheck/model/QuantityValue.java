package org.crosscheck.model;

import java.math.BigDecimal;

/**
 * An amount, count or percentage with the bounds its wording allows ("about 5%" is 4.5..5.5,
 * "more than 1,000" is 1,000..unbounded). Bounds are inclusive; a null upper bound means unbounded.
 *
 * @param unit  a currency code (KES, USD, CNY, EUR, GBP), "%" or a counted noun ("officers"); "" when none
 * @param hedge how the source qualified the number
 */
public record QuantityValue(
        String asWritten,
        BigDecimal amount,
        String unit,
        Hedge hedge,
        BigDecimal lower,
        BigDecimal upper) implements java.io.Serializable, Value {

    @Override
    public ValueKind kind() {
        return ValueKind.QUANTITY;
    }

    @Override
    public String normalized() {
        String number = amount.stripTrailingZeros().toPlainString();
        String withUnit = unit.isEmpty() ? number : "%".equals(unit) ? number + "%" : number + " " + unit;
        return hedge == Hedge.EXACT ? withUnit : hedge.label() + " " + withUnit;
    }

    /** The bounds as text, "4.5..5.5" or "1000..". */
    public String bounds() {
        return lower.stripTrailingZeros().toPlainString() + ".."
                + (upper == null ? "" : upper.stripTrailingZeros().toPlainString());
    }
}
