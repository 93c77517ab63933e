package org.crosscheck.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.model.CheckResult;
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
        var a = result.accounting();
        out.printf("crosscheck: %d sources, %d claims loaded, %d checked, %d rejected; %d rules%n",
                a.sources(), a.loaded(), a.checked(), a.rejected(), result.rules().size());
        if (result.sourceTexts() >= 0) {
            out.printf("quotes: checked against the texts of %d of %d sources%n", result.sourceTexts(), a.sources());
        }
        if (!result.problems().isEmpty()) {
            out.printf("%d input problem(s):%n", result.problems().size());
            result.problems().forEach(p -> out.println("  " + p.describe()));
        }
        out.println("findings: " + result.countBySeverity().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "))
                + " (" + result.countByVerdict().entrySet().stream().filter(e -> e.getValue() > 0)
                        .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")");
        String statuses = BlameText.summary(result);
        if (statuses != null) {
            out.println(statuses);
        }
        long waived = result.count(Disposition.Status.WAIVED);
        long baselined = result.count(Disposition.Status.BASELINED);
        if (waived + baselined > 0) {
            out.printf("triage: %d waived, %d in the baseline (shown in the reports, not failing the run)%n", waived, baselined);
        }
        if (result.triage().baselineFile() != null && !result.triage().fixed().isEmpty()) {
            out.printf("fixed since the baseline (%d):%n", result.triage().fixed().size());
            result.triage().fixed().forEach(f -> out.println("  " + f));
        }
        if (result.triage().draft() != null) {
            out.printf("draft mode: only findings involving %s; %d other findings not shown%n", result.triage().draft(),
                    result.triage().notShown());
        }
        List<Finding> open = result.openWarningsAndErrors();
        List<Finding> top = open.stream().limit(TOP).toList();
        for (Finding finding : top) {
            Location at = finding.location();
            String where = at == null ? "" : at.file() + ":" + at.line();
            out.printf("  %-7s %-20s %s  %s%n    %s%n", finding.severity().label(), finding.rule().id(), finding.key(),
                    where, finding.message());
            String blame = BlameText.line(finding, result.statuses());
            if (blame != null) {
                out.println("    " + blame);
            }
        }
        long rest = open.size() - top.size();
        if (rest > 0) {
            out.printf("  … and %d more warnings and errors in the reports%n", rest);
        }
        if (!reports.isEmpty()) {
            out.println("reports: " + reports.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        out.printf("result: %s (fail on %s)%n", Outcomes.headline(result), result.failOn().label());
    }
}
