package org.crosscheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Severity;
import org.crosscheck.model.ToolInfo;

/** {@code summary.md}: a short summary for a pull-request comment: result, counts, the top findings with their quotes. */
public final class MarkdownReportWriter implements ReportWriter {

    static final int TOP = 10;

    static final String INPUTS_DIGEST_MARK = "crosscheck-inputs-digest";

    @Override
    public boolean streams() {
        return true;
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.MARKDOWN;
    }

    @Override
    public void write(CheckResult result, ToolInfo tool, OutputStream out) throws IOException {
        PrintWriter md = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        var a = result.accounting();
        md.printf("## crosscheck: %s%n%n", Outcomes.headline(result));
        md.printf("%d sources, %d claims loaded, %d checked, %d rejected; failing on %s.%n%n", a.sources(), a.loaded(),
                a.checked(), a.rejected(), result.failOn().label());
        md.println("| error | warning | info | input problems |");
        md.println("|---:|---:|---:|---:|");
        var counts = result.countBySeverity();
        md.printf("| %d | %d | %d | %d |%n%n", counts.get(Severity.ERROR), counts.get(Severity.WARNING), counts.get(Severity.INFO),
                result.problems().size());
        String statuses = BlameText.summary(result);
        if (statuses != null) {
            md.println(MarkdownText.escape(statuses));
            md.println();
        }
        List<Finding> open = result.openWarningsAndErrors();
        List<Finding> top = open.stream().limit(TOP).toList();
        if (top.isEmpty()) {
            md.println("No open warnings or errors.");
        }
        for (Finding finding : top) {
            md.printf("### %s `%s` %s%n%n", finding.severity().label().toUpperCase(java.util.Locale.ROOT), finding.rule().id(),
                    MarkdownText.escape(finding.key().toString()));
            md.println(MarkdownText.escape(finding.message()));
            md.println();
            String blame = BlameText.line(finding, result.statuses());
            if (blame != null) {
                md.println(MarkdownText.escape(blame));
                md.println();
            }
            for (Claim claim : finding.claims()) {
                quote(md, claim, result.statuses().label(claim.id()));
            }
            for (Claim claim : finding.support()) {
                quote(md, claim, "support, " + result.statuses().label(claim.id()));
            }
        }
        long rest = open.size() - top.size();
        if (rest > 0) {
            md.printf("… and %d more warnings and errors in the full report.%n", rest);
        }
        if (!result.problems().isEmpty()) {
            md.printf("%n**Input problems**: %s%n", result.problems().stream().limit(5)
                    .map(p -> MarkdownText.escape(p.describe())).collect(Collectors.joining("; ")));
        }
        if (tool.inputsDigest() != null) {
            // an HTML comment: invisible where the summary is rendered (a pull-request comment, a job summary)
            md.printf("%n<!-- %s %s -->%n", INPUTS_DIGEST_MARK, tool.inputsDigest());
        }
        md.flush();
    }

    /** A claim's quote and where it comes from, with its status (and role) when known. */
    private static void quote(PrintWriter md, Claim claim, String status) {
        // the blank quoted line keeps the source a paragraph of its own, rendered and raw
        md.printf("> %s%n>%n> — %s, %s (%s:%d)%s%n%n", MarkdownText.escape(claim.quote()), MarkdownText.escape(claim.source().title()),
                MarkdownText.escape(claim.source().outlet()), MarkdownText.escape(claim.location().file()), claim.location().line(),
                status.isEmpty() ? "" : " · " + MarkdownText.escape(status));
    }
}
