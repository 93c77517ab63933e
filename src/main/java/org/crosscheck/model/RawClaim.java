package org.crosscheck.model;

import java.util.List;

/**
 * A claim as read from YAML: structurally complete, its values not yet parsed. {@code asOf} and
 * {@code accordingTo} (who gave the figure, an entity name) may be null.
 */
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
        RawKeyRef betweenTo,
        RawText accordingTo) {

    public RawClaim {
        qualifiers = List.copyOf(qualifiers);
    }
}
