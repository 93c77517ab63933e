package org.crosscheck.normalize;

/** How two values of one key relate. */
public enum Relation {
    EQUAL,
    /** The first value lies inside the second: it is the more precise statement. */
    WITHIN,
    /** The second value lies inside the first. */
    CONTAINS,
    /** They share some values and each allows values the other does not. */
    OVERLAPS,
    /** No value satisfies both; the comparison says how far apart they are. */
    DISJOINT,
    /** Different kinds or units; no conclusion without conversion. */
    INCOMPARABLE;

    /** Whether both values can be true at once. */
    public boolean isCompatible() {
        return this != DISJOINT && this != INCOMPARABLE;
    }

    /** The relation seen from the other side. */
    public Relation inverse() {
        return switch (this) {
            case WITHIN -> CONTAINS;
            case CONTAINS -> WITHIN;
            default -> this;
        };
    }
}
