package org.crosscheck.model;

import java.util.Locale;

/**
 * What triage decided about a finding. Triage marks findings and never removes them: a waived or
 * baselined finding stays in every report, shown as such, and only open findings can fail a run.
 *
 * @param reason why (the waiver's reason and author, or the baseline file); empty when open
 */
public record Disposition(Status status, String reason) implements java.io.Serializable {

    public enum Status {
        OPEN,
        WAIVED,
        BASELINED;

        // spelled once: reports ask for a label per finding and per claim, and lower-casing it each time showed in profiles
        private final String label = name().toLowerCase(Locale.ROOT);

        public String label() {
            return label;
        }
    }

    public static final Disposition OPEN = new Disposition(Status.OPEN, "");

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
