package org.crosscheck.model;

import java.util.Locale;

/** A published article, or an editor's draft checked before publication. */
public enum SourceStatus {
    PUBLISHED,
    DRAFT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
