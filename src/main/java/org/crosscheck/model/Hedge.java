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

    // spelled once: reports ask for a label per finding and per claim, and lower-casing it each time showed in profiles
    private final String label = name().toLowerCase(Locale.ROOT).replace('_', ' ');

    public String label() {
        return label;
    }
}
