package org.crosscheck.model;

import java.util.Locale;

/** Whether a source's publication date is printed in it or worked out by the fact-checker. */
public enum DateBasis {
    STATED,
    INFERRED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
