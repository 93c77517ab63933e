package org.crosscheck.model;

/** A reference record as read; dates and value not yet parsed. {@code validFrom}/{@code validTo} may be null. */
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
        Location location) implements java.io.Serializable {
}
