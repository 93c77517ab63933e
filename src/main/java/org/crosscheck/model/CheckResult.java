package org.crosscheck.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a report writer needs, and the single place the pass/fail decision is made.
 *
 * @param problems input problems; claims they concern are counted as rejected
 * @param sourceTexts how many sources' texts quotes were checked against; -1 when no texts directory was given
 * @param triage      baseline and draft-mode facts for the reports
 * @param coverage    every key the rules ran over with the sources that state it, sorted by key
 * @param statuses    the status of every checked claim, decided per key before the rules ran
 */
public record CheckResult(
        Accounting accounting,
        List<Source> sources,
        List<RuleInfo> rules,
        List<Finding> findings,
        List<Problem> problems,
        FailOn failOn,
        int sourceTexts,
        TriageSummary triage,
        List<KeyCoverage> coverage,
        ClaimStatuses statuses) {

    public CheckResult {
        statuses = statuses == null ? ClaimStatuses.NONE : statuses;
        sources = List.copyOf(sources);
        rules = List.copyOf(rules);
        findings = findings.stream().sorted().toList();
        problems = problems.stream().sorted().toList();
        coverage = coverage.stream().sorted().toList();
    }

    /** A result without claim statuses (reports built by hand in tests, and callers that do not ask). */
    public CheckResult(Accounting accounting, List<Source> sources, List<RuleInfo> rules, List<Finding> findings,
            List<Problem> problems, FailOn failOn, int sourceTexts, TriageSummary triage, List<KeyCoverage> coverage) {
        this(accounting, sources, rules, findings, problems, failOn, sourceTexts, triage, coverage, ClaimStatuses.NONE);
    }

    /** Every key the rules ran over, sorted. */
    public List<ClaimKey> keys() {
        return coverage.stream().map(KeyCoverage::key).toList();
    }

    public Outcome outcome() {
        if (!problems.isEmpty()) {
            return Outcome.INVALID_INPUT;
        }
        return findings.stream().anyMatch(this::fails) ? Outcome.FAIL : Outcome.PASS;
    }

    /** Whether this finding, on its own, fails the run: open (not waived or baselined) and severe enough. */
    public boolean fails(Finding finding) {
        return finding.disposition().isOpen() && failOn.fails(finding.severity()) && blamesTheDraft(finding);
    }

    /**
     * Outside draft and pull-request mode, always true. Otherwise, whether the finding blames a claim of
     * the draft (or of the changed files): a finding that names them only as support (an archive
     * article contradicted by the record the draft agrees with) is shown, but never fails the run.
     */
    private boolean blamesTheDraft(Finding finding) {
        if (triage.draft() == null || finding.claims().isEmpty()) {
            return true;
        }
        java.util.Set<String> draft = triage.scope();
        return finding.claims().stream().anyMatch(c -> draft.contains(c.sourceId()));
    }

    /**
     * Whether the reports CI servers read finding by finding (SARIF, JUnit) carry this finding: a
     * warning or an error, anything that fails the run, and anything waived or baselined, whose
     * record CI keeps. Information findings (agreements, refinements, superseded totals) that pass are
     * left to the JSON and HTML reports: at archive scale they are four findings in five, and GitHub
     * code scanning refuses a SARIF run of more than 25,000 results.
     */
    public boolean actionable(Finding finding) {
        return finding.severity().isAtLeast(Severity.WARNING) || fails(finding) || !finding.disposition().isOpen();
    }

    /**
     * Whether the CI formats that have no notion of a waiver (GitLab Code Quality, GitHub
     * annotations) show this finding: open, and {@link #actionable}.
     */
    public boolean openAndActionable(Finding finding) {
        return finding.disposition().isOpen() && actionable(finding);
    }

    /** Open (not waived or baselined) warnings and errors, most severe first: what needs a person's attention. */
    public List<Finding> openWarningsAndErrors() {
        return findings.stream().filter(f -> f.disposition().isOpen() && f.severity().isAtLeast(Severity.WARNING)).toList();
    }

    public long count(Disposition.Status status) {
        return findings.stream().filter(f -> f.disposition().status() == status).count();
    }

    public Map<Severity, Long> countBySeverity() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        Arrays.stream(Severity.values()).forEach(s -> counts.put(s, 0L));
        findings.forEach(f -> counts.merge(f.severity(), 1L, Long::sum));
        return counts;
    }

    public Map<Verdict, Long> countByVerdict() {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        Arrays.stream(Verdict.values()).forEach(v -> counts.put(v, 0L));
        findings.forEach(f -> counts.merge(f.verdict(), 1L, Long::sum));
        return counts;
    }
}
