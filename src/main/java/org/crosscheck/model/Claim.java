package org.crosscheck.model;

import java.util.List;

/**
 * One checkable statement of one source, typed and normalized.
 *
 * @param quote      the verbatim clause of the source that carries the value
 * @param asOf       for running totals, the date the value was true at; may be null
 * @param qualifiers free labels that change how rules read the claim, such as {@code planned}
 * @param location   where the claim starts in its facts file
 * @param between    for a duration, the two events it measures the time between; may be null
 * @param accordingTo the entity id of who gave the figure ({@code according_to:}, "according to the
 *     police"); null when the claim attributes it to no one. Claims with different attributions are
 *     not rivals.
 */
public record Claim(
        String id,
        Source source,
        ClaimKey key,
        Value value,
        String quote,
        DateValue asOf,
        List<String> qualifiers,
        Location location,
        Between between,
        String accordingTo) implements java.io.Serializable {

    public Claim {
        qualifiers = List.copyOf(qualifiers);
    }

    /** A claim attributed to no one. */
    public Claim(String id, Source source, ClaimKey key, Value value, String quote, DateValue asOf,
            List<String> qualifiers, Location location, Between between) {
        this(id, source, key, value, quote, asOf, qualifiers, location, between, null);
    }

    /** A claim that measures nothing between events; most claims. */
    public Claim(String id, Source source, ClaimKey key, Value value, String quote, DateValue asOf,
            List<String> qualifiers, Location location) {
        this(id, source, key, value, quote, asOf, qualifiers, location, null, null);
    }

    /**
     * The id alone: consistent with the record's equals (equal claims have equal ids), and cheap. The
     * generated hash walks the source, the value and the quote, and the rule engine hashes every
     * verdict that lists claims, so on a key with thousands of claims it dominated the run.
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    public String sourceId() {
        return source.id();
    }

    public boolean hasQualifier(String qualifier) {
        return qualifiers.contains(qualifier);
    }
}
