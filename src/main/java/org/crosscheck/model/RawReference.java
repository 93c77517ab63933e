package org.crosscheck.model;

/**
 * A reference record as read; dates and value not yet parsed. {@code validFrom}/{@code validTo} may be
 * null, and so may {@code issuerEntity}, the record's {@code issuer:} (the entity that gave the figure),
 * which is not the citation's free-text issuer.
 */
public record RawReference(
        String id,
        RawText subject,
        RawText property,
        RawValue value,
        RawText validFrom,
        RawText validTo,
        String issuer,
        String document,
        RawText citationDate,
        String url,
        boolean certain,
        Location location,
        RawText issuerEntity) implements java.io.Serializable {
}
