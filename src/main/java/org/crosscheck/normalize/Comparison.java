package org.crosscheck.normalize;

/**
 * The relation between two values and the sentence a report prints for it.
 *
 * @param gapDays for disjoint dates, the days between the nearer ends; 0 otherwise
 */
public record Comparison(Relation relation, long gapDays, String explanation) {
}
