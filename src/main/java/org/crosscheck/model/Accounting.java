package org.crosscheck.model;

/**
 * How many claims were read, checked and turned away. {@code loaded == checked + rejected} always;
 * the constructor refuses anything else so a report can never print figures that do not reconcile.
 */
public record Accounting(int sources, int loaded, int checked, int rejected) implements java.io.Serializable {

    public Accounting {
        if (loaded != checked + rejected) {
            throw new IllegalArgumentException(
                    "claims do not reconcile: loaded " + loaded + " != checked " + checked + " + rejected " + rejected);
        }
    }
}
