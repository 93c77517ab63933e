package org.crosscheck.model;

import java.util.Locale;

/** How finely a date is stated; part of the value, as in Wikidata and TIMEX3. */
public enum DatePrecision {
    DAY,
    MONTH,
    SEASON,
    QUARTER,
    YEAR,
    DECADE,
    /** An interval given by its ends ("between May and June", "since 2008", a relative span). */
    SPAN;

    // spelled once: reports ask for a label per finding and per claim, and lower-casing it each time showed in profiles
    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
