package org.crosscheck.model;

/** A typed claim value: always kept as written beside its normalized form. */
public sealed interface Value permits DateValue, UnresolvedDate, QuantityValue, DurationValue, EntityValue, TextValue {

    ValueKind kind();

    /** The value as the source wrote it. */
    String asWritten();

    /** The canonical form rules compare, printed in reports. */
    String normalized();
}
