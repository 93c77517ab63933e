package org.crosscheck.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How much a finding matters. Declared most severe first, so natural order sorts reports. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** True when this severity is the threshold or more severe than it. */
    public boolean isAtLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    // spelled once: reports ask for a label per finding and per claim, and lower-casing it each time showed in profiles
    private final String label = name().toLowerCase(Locale.ROOT);

    /** The lower-case spelling used in rule metadata, options and reports. */
    public String label() {
        return label;
    }

    public static Optional<Severity> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(wanted)).findFirst();
    }

    public static String labels() {
        return Arrays.stream(values()).map(Severity::label).collect(Collectors.joining("|"));
    }
}
