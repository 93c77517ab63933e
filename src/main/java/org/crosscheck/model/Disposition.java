package org.crosscheck.model;

import java.util.Locale;

/**
 * What triage decided about a finding. Triage marks findings and never removes them: a waived or
 * baselined finding stays in every report, shown as such, and only open findings can fail a run.
 *
 * @param reason why (the waiver's reason and author, or the baseline file); empty when open
 */
public record Disposition(Status status, String reason) {

    public enum Status {
        OPEN,
        WAIVED,
        BASELINED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final Disposition OPEN = new Disposition(Status.OPEN, "");

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
