package org.crosscheck.model;

import java.util.Locale;

/** The closed set of value types a claim can carry; the YAML key under {@code value:}. */
public enum ValueKind {
    DATE,
    QUANTITY,
    DURATION,
    ENTITY,
    TEXT;

    // spelled once: reports ask for a label per finding and per claim, and lower-casing it each time showed in profiles
    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
