package org.crosscheck.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Disposition;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Problem;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.ToolInfo;

/**
 * {@code report.json}: the machine-readable result. Field names are a contract (fields may be
 * added, never renamed); {@link #FORMAT_VERSION} changes only when that contract breaks.
 */
public final class JsonReportWriter implements ReportWriter {

    public static final int FORMAT_VERSION = 1;

    private final ObjectMapper mapper = ReportJson.mapper();

    @Override
    public boolean streams() {
        return true;
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.JSON;
    }

    /**
     * Writes the head (tool, summary, rules) as one tree and then each finding and problem as it is
     * built: a million claims make a report of hundreds of megabytes, and its tree would need
     * several times that in heap.
     */
    @Override
    public void write(CheckResult result, ToolInfo tool, OutputStream out) throws IOException {
        try (JsonGenerator json = mapper.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            for (Map.Entry<String, JsonNode> field : head(result, tool).properties()) {
                json.writeFieldName(field.getKey());
                mapper.writeTree(json, field.getValue());
            }
            json.writeArrayFieldStart("findings");
            for (Finding finding : result.findings()) {
                ObjectNode node = mapper.createObjectNode();
                finding(node, finding, result.fails(finding));
                mapper.writeTree(json, node);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("problems");
            for (Problem problem : result.problems()) {
                ObjectNode node = mapper.createObjectNode();
                problem(node, problem);
                mapper.writeTree(json, node);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    /** Everything before the findings. */
    private ObjectNode head(CheckResult result, ToolInfo tool) {
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode toolNode = root.putObject("tool");
        toolNode.put("name", tool.name());
        toolNode.put("version", tool.version());
        if (tool.generatedAt() != null) {
            root.put("generatedAt", tool.generatedAt());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("sources", result.accounting().sources());
        ObjectNode claims = summary.putObject("claims");
        claims.put("loaded", result.accounting().loaded());
        claims.put("checked", result.accounting().checked());
        claims.put("rejected", result.accounting().rejected());
        ObjectNode bySeverity = summary.putObject("findings");
        result.countBySeverity().forEach((severity, count) -> bySeverity.put(severity.label(), count));
        ObjectNode byVerdict = summary.putObject("verdicts");
        result.countByVerdict().forEach((verdict, count) -> byVerdict.put(verdict.label(), count));
        summary.put("problems", result.problems().size());
        if (result.sourceTexts() >= 0) {
            summary.put("sourceTextsChecked", result.sourceTexts());
        }
        summary.put("failOn", result.failOn().label());
        summary.put("waived", result.count(Disposition.Status.WAIVED));
        summary.put("baselined", result.count(Disposition.Status.BASELINED));
        if (result.triage().baselineFile() != null) {
            ObjectNode baseline = summary.putObject("baseline");
            baseline.put("file", result.triage().baselineFile());
            ArrayNode fixed = baseline.putArray("fixed");
            result.triage().fixed().forEach(fixed::add);
        }
        if (result.triage().draft() != null) {
            ObjectNode draft = summary.putObject("draft");
            draft.put("sources", result.triage().draft());
            draft.put("findingsNotShown", result.triage().notShown());
        }
        summary.put("result", Outcomes.result(result));
        summary.put("outcome", result.outcome().label());
        ArrayNode rules = root.putArray("rules");
        result.rules().stream().sorted(java.util.Comparator.comparing(RuleInfo::id)).forEach(rule -> {
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.put("severity", rule.severity().label());
            node.put("title", rule.title());
            node.put("file", rule.file());
            node.put("docs", rule.docsPath());
        });
        return root;
    }

    private static void finding(ObjectNode node, Finding finding, boolean failing) {
        node.put("rule", finding.rule().id());
        node.put("severity", finding.severity().label());
        node.put("verdict", finding.verdict().label());
        ObjectNode key = node.putObject("key");
        key.put("subject", finding.key().subject());
        key.put("property", finding.key().property());
        node.put("message", finding.message());
        node.put("failing", failing);
        ObjectNode disposition = node.putObject("disposition");
        disposition.put("status", finding.disposition().status().label());
        if (!finding.disposition().isOpen()) {
            disposition.put("reason", finding.disposition().reason());
        }
        ArrayNode claims = node.putArray("claims");
        finding.claims().forEach(c -> claim(claims.addObject(), c));
        if (!finding.references().isEmpty()) {
            ArrayNode references = node.putArray("references");
            finding.references().forEach(r -> reference(references.addObject(), r));
        }
    }

    private static void claim(ObjectNode node, Claim claim) {
        node.put("id", claim.id());
        node.put("source", claim.sourceId());
        node.put("quote", claim.quote());
        ObjectNode value = node.putObject("value");
        value.put("kind", claim.value().kind().label());
        value.put("asWritten", claim.value().asWritten());
        value.put("normalized", claim.value().normalized());
        node.put("file", claim.location().file());
        node.put("line", claim.location().line());
    }

    private static void reference(ObjectNode node, ReferenceRecord reference) {
        node.put("id", reference.id());
        node.put("value", reference.value().normalized());
        node.put("citation", reference.citation().toString());
        node.put("file", reference.location().file());
        node.put("line", reference.location().line());
    }

    private static void problem(ObjectNode node, Problem problem) {
        node.put("file", problem.location().file());
        node.put("line", problem.location().line());
        node.put("column", problem.location().column());
        node.put("message", problem.message());
        node.put("hint", problem.hint());
    }

}
