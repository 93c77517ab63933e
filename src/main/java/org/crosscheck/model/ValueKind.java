package org.crosscheck.model;

import java.util.Locale;

/** The closed set of value types a claim can carry; the YAML key under {@code value:}. */
public enum ValueKind {
    DATE,
    QUANTITY,
    DURATION,
    ENTITY,
    TEXT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
