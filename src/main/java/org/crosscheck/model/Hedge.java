package org.crosscheck.model;

import java.util.Locale;

/** How a number was qualified; TimeML-style modifiers applied to quantities. */
public enum Hedge {
    /** No qualifier: still allowed the rounding its stated precision implies. */
    EXACT,
    APPROX,
    /** "nearly", "almost": a little under the number, never over it. */
    NEARLY,
    MORE_THAN,
    AT_LEAST,
    LESS_THAN,
    AT_MOST;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
