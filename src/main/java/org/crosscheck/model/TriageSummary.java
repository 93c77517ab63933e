package org.crosscheck.model;

import java.util.List;

/**
 * What triage did, for the reports.
 *
 * @param baselineFile the baseline used, or null
 * @param fixed        baseline entries no finding matches any more (identities): fixed since the baseline
 * @param draft        the draft being checked (its source ids), or null outside pre-publication mode
 * @param notShown     in draft mode, findings that do not involve the draft and are left out
 */
public record TriageSummary(String baselineFile, List<String> fixed, String draft, int notShown) {

    public static final TriageSummary NONE = new TriageSummary(null, List.of(), null, 0);

    public TriageSummary {
        fixed = List.copyOf(fixed);
    }

    /** The draft's source ids (source ids never hold a comma or a space); empty outside draft mode. */
    public java.util.Set<String> draftSourceIds() {
        return draft == null ? java.util.Set.of() : java.util.Set.of(draft.split(", "));
    }
}
