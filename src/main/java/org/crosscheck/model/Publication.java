package org.crosscheck.model;

/**
 * When a source was published: the anchor for its relative dates.
 *
 * @param note for an inferred date, what it was inferred from
 */
public record Publication(DateValue date, DateBasis basis, String note) implements java.io.Serializable {
}
