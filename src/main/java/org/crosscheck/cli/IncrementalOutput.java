package org.crosscheck.cli;

import java.util.List;
import org.crosscheck.model.TriageSummary;
import org.crosscheck.pipeline.IncrementalReport;
import org.crosscheck.report.ConsoleSummary;
import org.crosscheck.report.JsonReportWriter;

/**
 * What a check done incrementally ({@link IncrementalReport}) gives the JSON report's head and the
 * console: what a full check's result gives them, for a run with no input problem, no article texts,
 * no waiver, no baseline and no draft (the only runs done that way).
 */
public final class IncrementalOutput {

    private IncrementalOutput() {
    }

    public static JsonReportWriter.Head head(IncrementalReport report) {
        var counts = report.counts();
        return new JsonReportWriter.Head(report.accounting(), counts.severities(), counts.verdicts(), counts.statuses(), 0, -1,
                report.failOn(), 0, 0, TriageSummary.NONE, report.outcome(), report.rules());
    }

    public static ConsoleSummary.Summary console(IncrementalReport report) {
        var counts = report.counts();
        return new ConsoleSummary.Summary(report.accounting(), report.rules().size(), -1, List.of(), counts.severities(),
                counts.verdicts(), ConsoleSummary.statusLine(counts.statuses(), 0, counts.likelyWrong()), 0, 0, TriageSummary.NONE,
                counts.top(), counts.openWarningsAndErrors() - counts.top().size(), report.outcome(), report.failOn());
    }
}
