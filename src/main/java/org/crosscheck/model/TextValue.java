package org.crosscheck.model;

import java.util.Locale;

/** A categorical value in words ("first", "largest trading partner"); compared case-insensitively. */
public record TextValue(String asWritten) implements java.io.Serializable, Value {

    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s+");

    @Override
    public ValueKind kind() {
        return ValueKind.TEXT;
    }

    @Override
    public String normalized() {
        return SPACE.matcher(asWritten.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
