package org.crosscheck.model;

import java.util.List;

/**
 * What triage did, for the reports.
 *
 * @param baselineFile the baseline used, or null
 * @param fixed        baseline entries no finding matches any more (identities): fixed since the baseline
 * @param draft        the draft being checked (its source ids), or null outside pre-publication mode
 * @param notShown     in draft mode, findings that do not involve the draft and are left out
 * @param scope        the sources whose blamed claims decide the run: the draft's in draft mode, the
 *                     changed files' in pull-request mode; empty when every source counts
 */
public record TriageSummary(String baselineFile, List<String> fixed, String draft, int notShown, java.util.Set<String> scope) {

    public static final TriageSummary NONE = new TriageSummary(null, List.of(), null, 0);

    public TriageSummary {
        fixed = List.copyOf(fixed);
        scope = scope == null ? java.util.Set.of() : java.util.Set.copyOf(scope);
    }

    /** A summary whose scope is the draft's sources, named in {@code draft} (source ids hold no comma or space). */
    public TriageSummary(String baselineFile, List<String> fixed, String draft, int notShown) {
        this(baselineFile, fixed, draft, notShown, draft == null ? java.util.Set.of() : java.util.Set.of(draft.split(", ")));
    }
}
