package org.crosscheck.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.support.Visible;
import org.crosscheck.model.Accounting;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ClaimStatuses;
import org.crosscheck.model.FailOn;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Problem;
import org.crosscheck.model.Severity;
import org.crosscheck.model.TriageSummary;
import org.crosscheck.model.Verdict;
import org.crosscheck.model.Disposition;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Location;

/** The few lines a person or CI log sees: corpus, counts, the top findings with file:line, the result. */
public final class ConsoleSummary {

    /** How many findings the console lists; the reports have all of them. */
    static final int TOP = 10;

    private ConsoleSummary() {
    }

    public static void print(CheckResult result, List<Path> reports, PrintStream out) {
        List<Finding> open = result.openWarningsAndErrors();
        List<String> top = open.stream().limit(TOP).map(finding -> lines(finding, result.statuses())).toList();
        print(new Summary(result.accounting(), result.rules().size(), result.sourceTexts(), result.problems(),
                result.countBySeverity(), result.countByVerdict(), BlameText.summary(result), result.count(Disposition.Status.WAIVED),
                result.count(Disposition.Status.BASELINED), result.triage(), top, open.size() - top.size(), result.outcome(),
                result.failOn()), reports, out);
    }

    /**
     * What the console prints, whether from a check's result or, for a report streamed from the
     * store's kept parts, from its counts and the kept lines of the first open warnings and errors.
     *
     * @param statusLine "claims: ..." ({@link #statusLine}), or null when no claim has a status
     * @param top        the lines of at most the first {@link #TOP} open warnings and errors ({@link #lines})
     * @param rest       how many more open warnings and errors there are
     */
    public record Summary(Accounting accounting, int rules, int sourceTexts, List<Problem> problems, Map<Severity, Long> severities,
            Map<Verdict, Long> verdicts, String statusLine, long waived, long baselined, TriageSummary triage, List<String> top,
            long rest, Outcome outcome, FailOn failOn) {
    }

    /** How many open warnings and errors the console lists by name. */
    public static int top() {
        return TOP;
    }

    /** "claims: 3 confirmed, ..." for these counts (every status, rejected claims not counted), or null when there are none. */
    public static String statusLine(Map<ClaimStatus, Long> statuses, int rejected, long likelyWrong) {
        return BlameText.summary(statuses, rejected, likelyWrong);
    }

    public static void print(Summary result, List<Path> reports, PrintStream out) {
        var a = result.accounting();
        out.printf("crosscheck: %d sources, %d claims loaded, %d checked, %d rejected; %d rules%n",
                a.sources(), a.loaded(), a.checked(), a.rejected(), result.rules());
        if (result.sourceTexts() >= 0) {
            out.printf("quotes: checked against the texts of %d of %d sources%n", result.sourceTexts(), a.sources());
        }
        if (!result.problems().isEmpty()) {
            out.printf("%d input problem(s):%n", result.problems().size());
            result.problems().forEach(p -> out.println("  " + Visible.of(p.describe())));
        }
        out.println("findings: " + result.severities().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "))
                + " (" + result.verdicts().entrySet().stream().filter(e -> e.getValue() > 0)
                        .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")");
        if (result.statusLine() != null) {
            out.println(result.statusLine());
        }
        long waived = result.waived();
        long baselined = result.baselined();
        if (waived + baselined > 0) {
            out.printf("triage: %d waived, %d in the baseline (shown in the reports, not failing the run)%n", waived, baselined);
        }
        if (result.triage().baselineFile() != null && !result.triage().fixed().isEmpty()) {
            out.printf("fixed since the baseline (%d):%n", result.triage().fixed().size());
            result.triage().fixed().forEach(f -> out.println("  " + Visible.of(String.valueOf(f))));
        }
        if (result.triage().draft() != null) {
            out.printf("draft mode: only findings involving %s; %d other findings not shown%n", result.triage().draft(),
                    result.triage().notShown());
        }
        result.top().forEach(out::print);
        if (result.rest() > 0) {
            out.printf("  … and %d more warnings and errors in the reports%n", result.rest());
        }
        if (!reports.isEmpty()) {
            out.println("reports: " + reports.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        out.printf("result: %s (fail on %s)%n", headline(result.outcome()), result.failOn().label());
    }

    /** The lines the console prints for one open warning or error, each ending in a line break. */
    static String lines(Finding finding, ClaimStatuses statuses) {
        java.io.StringWriter text = new java.io.StringWriter();
        java.io.PrintWriter out = new java.io.PrintWriter(text);
        Location at = finding.location();
        String where = at == null ? "" : at.file() + ":" + at.line();
        out.printf("  %-7s %-20s %s  %s%n    %s%n", finding.severity().label(), finding.rule().id(),
                Visible.of(String.valueOf(finding.key())), Visible.of(where), Visible.of(finding.message()));
        String blame = BlameText.line(finding, statuses);
        if (blame != null) {
            out.println("    " + Visible.of(blame));
        }
        out.flush();
        return text.toString();
    }

    private static String headline(Outcome outcome) {
        return switch (outcome) {
            case PASS -> "PASS";
            case FAIL -> "FAIL";
            case INVALID_INPUT -> "FAIL (invalid input)";
        };
    }
}
