package org.crosscheck.model;

/**
 * A relative date ("last year") whose source has no publication date: kept as written, never
 * guessed, never compared, and reported by a rule so the editor adds the date.
 */
public record UnresolvedDate(String asWritten) implements java.io.Serializable, Value {

    @Override
    public ValueKind kind() {
        return ValueKind.DATE;
    }

    @Override
    public String normalized() {
        return "unresolved (needs a publication date)";
    }
}
