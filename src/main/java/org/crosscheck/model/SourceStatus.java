package org.crosscheck.model;

import java.util.Locale;

/** A published article, or an editor's draft checked before publication. */
public enum SourceStatus {
    PUBLISHED,
    DRAFT;

    // spelled once: reports ask for a label per finding and per claim, and lower-casing it each time showed in profiles
    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
