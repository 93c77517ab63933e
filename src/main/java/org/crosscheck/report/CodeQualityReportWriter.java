package org.crosscheck.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Location;
import org.crosscheck.model.ToolInfo;

/**
 * {@code codequality.json}: GitLab's Code Quality format, shown in merge requests. It lists the
 * open findings CI acts on ({@link CheckResult#openAndActionable}): warnings, errors, and information
 * findings only when they fail the run. Agreements and refinements are not code-quality issues, and
 * at archive scale they were four issues in five (117 MB of a million-claim check's report); they
 * stay in {@code report.json} and {@code report.html}. Waived and baselined findings are left out
 * because GitLab has no notion of either. The fingerprint is the finding's identity.
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
                Location at = finding.location();
                // GitLab needs a place for each issue; a finding has one unless it is about nothing in the facts
                if (result.openAndActionable(finding) && at != null) {
                    issue(json, finding, at, tool);
                }
            }
            json.writeEndArray();
        }
        out.write('\n');
    }

    /** One issue, written straight to the generator rather than built as a tree first. */
    private static void issue(JsonGenerator json, Finding finding, Location at, ToolInfo tool) throws IOException {
        json.writeStartObject();
        json.writeStringField("description", finding.rule().id() + ": " + finding.message());
        json.writeStringField("check_name", finding.rule().id());
        json.writeStringField("fingerprint", Fingerprints.of(finding));
        json.writeStringField("severity", switch (finding.severity()) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case INFO -> "info";
        });
        json.writeObjectFieldStart("location");
        json.writeStringField("path", tool.repositoryPath(at.file()));
        json.writeObjectFieldStart("lines");
        json.writeNumberField("begin", at.line());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }
}
