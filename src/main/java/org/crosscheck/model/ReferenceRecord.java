package org.crosscheck.model;

import java.time.LocalDate;

/**
 * An authoritative value for a key, valid from–to (either end open when null).
 *
 * @param certain false when the record is a best reading rather than a cited fact; rules treat it as advice
 * @param issuer  the entity id of who gave the figure ({@code issuer:}), so a claim "according to" that
 *     entity is judged against its own record; null when the record is the one authoritative value
 */
public record ReferenceRecord(
        String id,
        ClaimKey key,
        Value value,
        LocalDate validFrom,
        LocalDate validTo,
        Citation citation,
        boolean certain,
        Location location,
        String issuer) implements java.io.Serializable {

    /** A record that is the one authoritative value for its key, issued by no particular counter. */
    public ReferenceRecord(String id, ClaimKey key, Value value, LocalDate validFrom, LocalDate validTo, Citation citation,
            boolean certain, Location location) {
        this(id, key, value, validFrom, validTo, citation, certain, location, null);
    }

    /** Whether the record speaks for the given day. */
    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
