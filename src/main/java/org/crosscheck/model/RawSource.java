package org.crosscheck.model;

import java.util.List;

/**
 * A source file as read: metadata and its structurally complete claims.
 *
 * @param published  the publication date as written, or null when unknown
 * @param basis      stated or inferred; null when there is no publication date
 * @param claimsRead how many entries the file's claims list had, including those rejected while reading
 */
public record RawSource(
        String id,
        String title,
        String outlet,
        String url,
        String textFile,
        RawText published,
        DateBasis basis,
        String basisNote,
        SourceStatus status,
        Location location,
        List<RawClaim> claims,
        int claimsRead) {

    public RawSource {
        claims = List.copyOf(claims);
    }

    /** The same source with other claims (those left after some were rejected), still counting every entry read. */
    public RawSource withClaims(List<RawClaim> kept) {
        return new RawSource(id, title, outlet, url, textFile, published, basis, basisNote, status, location, kept, claimsRead);
    }
}
