package org.crosscheck.model;

/** A claim or reference value as written: its declared kind and text, not yet parsed. */
public record RawValue(ValueKind kind, String text, Location location) implements java.io.Serializable {
}
