package org.crosscheck.model;

import java.util.List;

/** One key of the corpus and the sources that state it: the rows of the agreement matrix. */
public record KeyCoverage(ClaimKey key, List<String> sources) implements Comparable<KeyCoverage> {

    public KeyCoverage {
        sources = sources.stream().distinct().sorted().toList();
    }

    @Override
    public int compareTo(KeyCoverage other) {
        return key.compareTo(other.key);
    }
}
