package org.crosscheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Location;
import org.crosscheck.model.ToolInfo;

/**
 * {@code codequality.json}: GitLab's Code Quality format, shown in merge requests. Open findings
 * only (GitLab has no notion of a waiver); the fingerprint is the finding's identity.
 */
public final class CodeQualityReportWriter implements ReportWriter {

    private final ObjectMapper mapper = ReportJson.mapper();

    @Override
    public ReportFormat format() {
        return ReportFormat.CODEQUALITY;
    }

    @Override
    public boolean streams() {
        return true;
    }

    @Override
    public void write(CheckResult result, ToolInfo tool, OutputStream out) throws IOException {
        try (JsonGenerator json = mapper.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartArray();
            for (Finding finding : result.findings()) {
                // GitLab needs a place for each issue; a finding has one unless it is about nothing in the facts
                if (finding.disposition().isOpen() && finding.location() != null) {
                    mapper.writeTree(json, issue(finding));
                }
            }
            json.writeEndArray();
        }
        out.write('\n');
    }

    private ObjectNode issue(Finding finding) {
        ObjectNode issue = mapper.createObjectNode();
        issue.put("description", finding.rule().id() + ": " + finding.message());
        issue.put("check_name", finding.rule().id());
        issue.put("fingerprint", Fingerprints.of(finding));
        issue.put("severity", switch (finding.severity()) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case INFO -> "info";
        });
        Location at = finding.location();
        ObjectNode location = issue.putObject("location");
        location.put("path", at.file());
        location.putObject("lines").put("begin", at.line());
        return issue;
    }
}
