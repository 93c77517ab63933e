package org.crosscheck.model;

import java.util.Objects;

/**
 * What a claim is about: claims with the same key are compared with each other.
 *
 * <p>A value class rather than a record only so that it can keep its hash. The rule engine's join
 * indexes hash a group's key for every rule that matches a reference record to it, nine times a
 * key, and a record's hash reads both strings again each time: at a million claims those reads,
 * mostly cache misses, were a twentieth of the rules' time.
 */
public final class ClaimKey implements Comparable<ClaimKey>, java.io.Serializable {

    private final String subject;
    private final String property;
    private final int hash;

    public ClaimKey(String subject, String property) {
        this.subject = subject;
        this.property = property;
        this.hash = 31 * Objects.hashCode(subject) + Objects.hashCode(property);
    }

    public String subject() {
        return subject;
    }

    public String property() {
        return property;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ClaimKey key && hash == key.hash
                && Objects.equals(subject, key.subject) && Objects.equals(property, key.property);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /**
     * By subject, then property. Written out rather than chained from {@code Comparator.comparing}:
     * grouping a million claims sorts a hundred thousand keys once, in code not yet compiled, where
     * every lambda of a chain is a call of its own.
     */
    @Override
    public int compareTo(ClaimKey other) {
        int bySubject = subject.compareTo(other.subject);
        return bySubject != 0 ? bySubject : property.compareTo(other.property);
    }

    @Override
    public String toString() {
        return subject + " / " + property;
    }
}
