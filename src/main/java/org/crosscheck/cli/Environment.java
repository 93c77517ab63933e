package org.crosscheck.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/** Environment variables crosscheck reads, checked before they are believed. */
final class Environment {

    private Environment() {
    }

    /**
     * SOURCE_DATE_EPOCH as an instant, when it is set (reproducible builds set it). A value that is
     * not a whole number of seconds a date can hold is a usage error, not a crash.
     */
    static Optional<Instant> sourceDateEpoch() {
        return sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"));
    }

    static Optional<Instant> sourceDateEpoch(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            if (value.matches("\\d{1,19}")) {
                Instant at = Instant.ofEpochSecond(Long.parseLong(value));
                at.atZone(java.time.ZoneOffset.UTC).toLocalDate(); // within the years a date can hold
                return Optional.of(at);
            }
        } catch (NumberFormatException | DateTimeException e) {
            // said below
        }
        throw new UsageError("SOURCE_DATE_EPOCH is '" + org.crosscheck.support.Ascii.shortened(value)
                + "', which is not a Unix time crosscheck can use (set it to whole seconds since 1970, e.g. 1719792000, or unset it)");
    }
}
