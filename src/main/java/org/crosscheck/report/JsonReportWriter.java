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
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ClaimStatuses;
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
     * Writes the head (tool, summary, rules) as one tree, and then each finding and problem straight
     * to the generator: a million claims make a report of hundreds of megabytes, whose tree would need
     * several times that in heap, and even a tree per finding cost a third of the writing.
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
                finding(json, finding, result.fails(finding), result.statuses());
            }
            json.writeEndArray();
            // every checked claim's status, decided per key before the rules ran, in id order
            json.writeArrayFieldStart("claims");
            for (String id : result.statuses().idsInOrder()) {
                json.writeStartObject();
                json.writeStringField("id", id);
                json.writeStringField("status", result.statuses().of(id).label());
                if (result.statuses().isLikelyWrong(id)) {
                    json.writeBooleanField("likelyWrong", true);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("problems");
            for (Problem problem : result.problems()) {
                problem(json, problem);
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
        if (tool.inputsDigest() != null) {
            root.put("inputsDigest", tool.inputsDigest());
        }
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
        ObjectNode byStatus = claims.putObject("statuses");
        result.statuses().counts().forEach((status, count) -> byStatus.put(status.label(),
                status == ClaimStatus.UNREADABLE ? count + result.accounting().rejected() : count));
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

    /**
     * One finding as this report writes it, on one line: for outputs that hold findings one per line
     * (the Spark job's JSON Lines), so they say exactly what report.json says.
     */
    public static String findingLine(Finding finding, boolean failing, ClaimStatuses statuses) {
        java.io.StringWriter line = new java.io.StringWriter();
        try (JsonGenerator json = LINES.createGenerator(line)) {
            finding(json, finding, failing, statuses);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return line.toString();
    }

    private static final com.fasterxml.jackson.core.JsonFactory LINES = new com.fasterxml.jackson.core.JsonFactory();

    private static void finding(JsonGenerator json, Finding finding, boolean failing, ClaimStatuses statuses) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", finding.rule().id());
        json.writeStringField("severity", finding.severity().label());
        json.writeStringField("verdict", finding.verdict().label());
        json.writeObjectFieldStart("key");
        json.writeStringField("subject", finding.key().subject());
        json.writeStringField("property", finding.key().property());
        json.writeEndObject();
        json.writeStringField("message", finding.message());
        json.writeBooleanField("failing", failing);
        json.writeObjectFieldStart("disposition");
        json.writeStringField("status", finding.disposition().status().label());
        if (!finding.disposition().isOpen()) {
            json.writeStringField("reason", finding.disposition().reason());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("claims");
        for (Claim claim : finding.claims()) {
            claim(json, claim, statuses);
        }
        json.writeEndArray();
        if (!finding.support().isEmpty()) {
            // the side the evidence favours: named, never blamed
            json.writeArrayFieldStart("support");
            for (Claim claim : finding.support()) {
                claim(json, claim, statuses);
            }
            json.writeEndArray();
        }
        if (!finding.references().isEmpty()) {
            json.writeArrayFieldStart("references");
            for (ReferenceRecord reference : finding.references()) {
                reference(json, reference);
            }
            json.writeEndArray();
        }
        if (finding.anchor() != null) {
            // a finding about no claim and no reference record (an expired or unused waiver) is
            // located only by this; SARIF and Code Quality point at the same place
            json.writeObjectFieldStart("anchor");
            json.writeStringField("file", finding.anchor().file());
            json.writeNumberField("line", finding.anchor().line());
            json.writeNumberField("column", finding.anchor().column());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void claim(JsonGenerator json, Claim claim, ClaimStatuses statuses) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", claim.id());
        json.writeStringField("source", claim.sourceId());
        if (statuses.of(claim.id()) != null) {
            json.writeStringField("status", statuses.of(claim.id()).label());
            if (statuses.isLikelyWrong(claim.id())) {
                json.writeBooleanField("likelyWrong", true);
            }
        }
        if (claim.accordingTo() != null) {
            json.writeStringField("accordingTo", claim.accordingTo());
        }
        json.writeStringField("quote", claim.quote());
        json.writeObjectFieldStart("value");
        json.writeStringField("kind", claim.value().kind().label());
        json.writeStringField("asWritten", claim.value().asWritten());
        json.writeStringField("normalized", claim.value().normalized());
        json.writeEndObject();
        json.writeStringField("file", claim.location().file());
        json.writeNumberField("line", claim.location().line());
        json.writeEndObject();
    }

    private static void reference(JsonGenerator json, ReferenceRecord reference) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", reference.id());
        json.writeStringField("value", reference.value().normalized());
        json.writeStringField("citation", reference.citation().toString());
        if (reference.issuer() != null) {
            json.writeStringField("issuer", reference.issuer());
        }
        json.writeStringField("file", reference.location().file());
        json.writeNumberField("line", reference.location().line());
        json.writeEndObject();
    }

    private static void problem(JsonGenerator json, Problem problem) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", problem.location().file());
        json.writeNumberField("line", problem.location().line());
        json.writeNumberField("column", problem.location().column());
        json.writeStringField("message", problem.message());
        json.writeStringField("hint", problem.hint());
        json.writeEndObject();
    }

}
