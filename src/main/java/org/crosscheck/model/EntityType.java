package org.crosscheck.model;

import java.util.Locale;

/** What kind of thing an entity is. */
public enum EntityType {
    PERSON,
    ORGANISATION,
    PLACE,
    EVENT,
    PROJECT,
    OFFICE,
    STATUS;

    // spelled once: reports ask for a label per finding and per claim, and lower-casing it each time showed in profiles
    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
