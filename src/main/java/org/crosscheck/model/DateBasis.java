package org.crosscheck.model;

import java.util.Locale;

/** Whether a source's publication date is printed in it or worked out by the fact-checker. */
public enum DateBasis {
    STATED,
    INFERRED;

    // spelled once: reports ask for a label per finding and per claim, and lower-casing it each time showed in profiles
    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
