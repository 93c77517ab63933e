package org.crosscheck.model;

import java.util.Optional;

/**
 * The CI policy: the least severity that fails the run, or never.
 *
 * @param threshold null means the run never fails on findings
 */
public record FailOn(Severity threshold) {

    public static final FailOn DEFAULT = new FailOn(Severity.ERROR);
    public static final FailOn NEVER = new FailOn(null);

    public boolean fails(Severity severity) {
        return threshold != null && severity.isAtLeast(threshold);
    }

    public String label() {
        return threshold == null ? "never" : threshold.label();
    }

    public static Optional<FailOn> fromLabel(String text) {
        if ("never".equalsIgnoreCase(text == null ? "" : text.trim())) {
            return Optional.of(NEVER);
        }
        return Severity.fromLabel(text).map(FailOn::new);
    }
}
