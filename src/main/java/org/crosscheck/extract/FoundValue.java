package org.crosscheck.extract;

import org.crosscheck.model.Value;
import org.crosscheck.model.ValueKind;

/**
 * A value one of crosscheck's readers read in a sentence.
 *
 * @param start where the value starts in the sentence
 * @param end   where it ends (exclusive)
 * @param value the value as the reader read it; its {@code asWritten} is the sentence's own text
 */
public record FoundValue(int start, int end, Value value) {

    public ValueKind kind() {
        return value.kind();
    }

    public String written() {
        return value.asWritten();
    }

    boolean overlaps(FoundValue other) {
        return start < other.end && other.start < end;
    }
}
