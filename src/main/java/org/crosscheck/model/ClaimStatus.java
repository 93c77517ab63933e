package org.crosscheck.model;

import java.util.Locale;

/**
 * What the evidence says about one claim, decided once per key before any finding is written.
 * Exactly one applies to each claim; a rule reads it, never recomputes it.
 */
public enum ClaimStatus {
    /** Agrees with a certain reference record valid at its date, and no undecided source clashes with it. */
    CONFIRMED,
    /** Agrees with at least one independent source (another outlet); no record decides, and none clashes. */
    CORROBORATED,
    /** Disagrees with a certain reference record valid at its date: the claim to correct. */
    CONTRADICTED,
    /**
     * Disagrees with another independent source and nothing decides between them. When two or more
     * outlets agree against a claim that no other outlet supports, the claim is disputed and
     * {@linkplain ClaimStatuses#isLikelyWrong likely wrong}: majority is evidence, not proof.
     */
    DISPUTED,
    /** No other source and no record speak to it. */
    UNCORROBORATED,
    /** Its value could not be read or resolved (refused with a problem, or a relative date without an anchor). */
    UNREADABLE;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
