package org.crosscheck.normalize;

import java.math.BigDecimal;
import java.math.MathContext;

/** Prints large amounts the way a reader expects: "604.6 billion", not 604600000000. */
final class Numbers {

    private static final BigDecimal MILLION = new BigDecimal("1e6");
    private static final BigDecimal BILLION = new BigDecimal("1e9");
    private static final BigDecimal TRILLION = new BigDecimal("1e12");

    private Numbers() {
    }

    static String human(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal abs = value.abs();
        if (abs.compareTo(TRILLION) >= 0) {
            return scaled(value, TRILLION, " trillion");
        }
        if (abs.compareTo(BILLION) >= 0) {
            return scaled(value, BILLION, " billion");
        }
        if (abs.compareTo(MILLION) >= 0) {
            return scaled(value, MILLION, " million");
        }
        return value.round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static String scaled(BigDecimal value, BigDecimal unit, String word) {
        return value.divide(unit, new MathContext(6)).stripTrailingZeros().toPlainString() + word;
    }

}
