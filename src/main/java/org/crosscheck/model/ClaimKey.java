package org.crosscheck.model;

import java.util.Comparator;

/** What a claim is about: claims with the same key are compared with each other. */
public record ClaimKey(String subject, String property) implements Comparable<ClaimKey> {

    private static final Comparator<ClaimKey> ORDER =
            Comparator.comparing(ClaimKey::subject).thenComparing(ClaimKey::property);

    @Override
    public int compareTo(ClaimKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return subject + " / " + property;
    }
}
