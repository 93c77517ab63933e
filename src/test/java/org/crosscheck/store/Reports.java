package org.crosscheck.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.ToolInfo;
import org.crosscheck.report.CodeQualityReportWriter;
import org.crosscheck.report.HtmlReportWriter;
import org.crosscheck.report.JsonReportWriter;
import org.crosscheck.report.JunitReportWriter;
import org.crosscheck.report.MarkdownReportWriter;
import org.crosscheck.report.ReportWriter;
import org.crosscheck.report.SarifReportWriter;

/** Reports of a check as text, to compare a check through the store with one without, byte for byte. */
final class Reports {

    static final ToolInfo TOOL = new ToolInfo("crosscheck", "test", null);

    private Reports() {
    }

    /** Every report a check writes (JSON, HTML, SARIF, JUnit, Markdown, Code Quality), one after another. */
    static String all(CheckResult result) {
        StringBuilder text = new StringBuilder();
        for (ReportWriter writer : List.of(new JsonReportWriter(), new HtmlReportWriter(), new SarifReportWriter(),
                new JunitReportWriter(), new MarkdownReportWriter(), new CodeQualityReportWriter())) {
            text.append(write(writer, result)).append("\n----\n");
        }
        return text.toString();
    }

    static String json(CheckResult result) {
        return write(new JsonReportWriter(), result);
    }

    /** The findings as the JSON report lists them, with their claims: what a draft or pull-request check is judged on. */
    static String findings(CheckResult result) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json(result)).path("findings").toPrettyString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String write(ReportWriter writer, CheckResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(result, TOOL, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
