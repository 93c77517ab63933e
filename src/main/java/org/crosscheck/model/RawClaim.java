package org.crosscheck.model;

import java.util.List;

/** A claim as read from YAML: structurally complete, its values not yet parsed. {@code asOf} may be null. */
public record RawClaim(
        String id,
        RawText subject,
        RawText property,
        RawValue value,
        String quote,
        RawText asOf,
        List<String> qualifiers,
        Location location,
        RawKeyRef betweenFrom,
        RawKeyRef betweenTo) {

    public RawClaim {
        qualifiers = List.copyOf(qualifiers);
    }
}
