package org.crosscheck.model;

import java.util.Comparator;

/** A place in an input file; lines and columns count from 1, and 0 means the whole file or directory. */
public record Location(String file, int line, int column) implements java.io.Serializable, Comparable<Location> {

    private static final Comparator<Location> ORDER = Comparator.comparing(Location::file)
            .thenComparingInt(Location::line)
            .thenComparingInt(Location::column);

    public static Location ofFile(String file) {
        return new Location(file, 1, 1);
    }

    /** A whole file or directory, where a line number would mean nothing. */
    public static Location ofPath(String path) {
        return new Location(path, 0, 0);
    }

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
