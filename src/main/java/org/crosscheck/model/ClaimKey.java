package org.crosscheck.model;

/** What a claim is about: claims with the same key are compared with each other. */
public record ClaimKey(String subject, String property) implements Comparable<ClaimKey> {

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
