package org.crosscheck.extract;

/** A corpus entity named in a sentence, by its name or one of its aliases, at [start, end). */
public record Mention(String entityId, int start, int end) {

    boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }

    /** Characters between this mention and [from, to); 0 when they touch or overlap. */
    int distanceTo(int from, int to) {
        return end <= from ? from - end : to <= start ? start - to : 0;
    }
}
