package org.crosscheck.model;

import java.util.Locale;

/** What a rule concluded about the claims of one key. */
public enum Verdict {
    /** Every source gives the same value. */
    AGREE,
    /** The values are compatible and at least one is more precise than another. */
    REFINES,
    /** At least two values cannot both be true. */
    CONFLICT,
    /** A later running total replaces an earlier one. */
    SUPERSEDED,
    /** Only one source states this fact. */
    UNCORROBORATED,
    /** A claim that cannot be right on its own (a date after publication, a wrong weekday, a quote not in its source). */
    INVALID;

    // spelled once: reports ask for a label per finding and per claim, and lower-casing it each time showed in profiles
    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
