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
    AT_MOST,
    /** "just over", "slightly more than": the number and up to a tenth more. */
    JUST_OVER,
    /** A range the source gave by its ends: "between 200 and 300", "3-5 km", "22–26 April". */
    BETWEEN;

    // spelled once: reports ask for a label per finding and per claim, and lower-casing it each time showed in profiles
    private final String label = name().toLowerCase(Locale.ROOT).replace('_', ' ');

    public String label() {
        return label;
    }
}
