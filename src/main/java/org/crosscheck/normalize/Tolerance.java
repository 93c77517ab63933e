package org.crosscheck.normalize;

import java.math.BigDecimal;

/** How far a hedged number may stray ("about 600" with 10%: 540..660); set by approx-percent. */
public record Tolerance(BigDecimal fraction) {

    public static final Tolerance DEFAULT = ofPercent(10);

    public static Tolerance ofPercent(int percent) {
        return new Tolerance(BigDecimal.valueOf(percent).movePointLeft(2));
    }
}
