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

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
