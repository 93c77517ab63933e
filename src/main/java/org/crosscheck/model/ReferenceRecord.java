package org.crosscheck.model;

import java.time.LocalDate;

/**
 * An authoritative value for a key, valid from–to (either end open when null).
 *
 * @param certain false when the record is a best reading rather than a cited fact; rules treat it as advice
 */
public record ReferenceRecord(
        String id,
        ClaimKey key,
        Value value,
        LocalDate validFrom,
        LocalDate validTo,
        Citation citation,
        boolean certain,
        Location location) implements java.io.Serializable {

    /** Whether the record speaks for the given day. */
    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
