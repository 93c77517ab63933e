package org.crosscheck.model;

import java.util.Locale;

/** A categorical value in words ("first", "largest trading partner"); compared case-insensitively. */
public record TextValue(String asWritten) implements Value {

    @Override
    public ValueKind kind() {
        return ValueKind.TEXT;
    }

    @Override
    public String normalized() {
        return asWritten.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
