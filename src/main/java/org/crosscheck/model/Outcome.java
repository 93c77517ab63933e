package org.crosscheck.model;

import java.util.Locale;

/** The decision of a run, made once from the check result. */
public enum Outcome {
    PASS,
    FAIL,
    /** The input had problems; the findings shown are for what could be read. */
    INVALID_INPUT;

    // spelled once: reports ask for a label per finding and per claim, and lower-casing it each time showed in profiles
    private final String label = name().toLowerCase(Locale.ROOT).replace('_', '-');

    public String label() {
        return label;
    }
}
