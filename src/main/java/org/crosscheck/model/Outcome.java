package org.crosscheck.model;

import java.util.Locale;

/** The decision of a run, made once from the check result. */
public enum Outcome {
    PASS,
    FAIL,
    /** The input had problems; the findings shown are for what could be read. */
    INVALID_INPUT;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
