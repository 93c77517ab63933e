package org.crosscheck.model;

/** A string as read from a facts file, with where it was written, before normalization. */
public record RawText(String text, Location location) implements java.io.Serializable {
}
