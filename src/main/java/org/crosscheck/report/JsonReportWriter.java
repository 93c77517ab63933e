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
import java.util.List;
import org.crosscheck.model.Accounting;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.FailOn;
import org.crosscheck.model.FindingRenderer;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.ReportRows;
import org.crosscheck.model.Severity;
import org.crosscheck.model.TriageSummary;
import org.crosscheck.model.Verdict;
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
            writeHead(json, Head.of(result), tool);
            json.writeArrayFieldStart("findings");
            for (Finding finding : result.findings()) {
                finding(json, finding, result.fails(finding), result.statuses());
            }
            json.writeEndArray();
            // every checked claim's status, decided per key before the rules ran, in id order
            json.writeArrayFieldStart("claims");
            for (String id : result.statuses().idsInOrder()) {
                claimEntry(json, id, result.statuses().of(id), result.statuses().isLikelyWrong(id));
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

    /**
     * The report from kept parts ({@link ReportRows}): the head from {@code head}, then each finding
     * and claim entry as kept, raw, between the same separators the generator writes around its own;
     * no problems (a run with problems is not written this way). Byte for byte what
     * {@link #write(CheckResult, ToolInfo, OutputStream)} writes for the same check.
     */
    public void write(Head head, ToolInfo tool, ReportRows rows, OutputStream out) throws IOException {
        if (head.problems() != 0) {
            throw new IllegalArgumentException("a report with problems is written from its result");
        }
        try (JsonGenerator json = mapper.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            writeHead(json, head, tool);
            json.writeArrayFieldStart("findings");
            rows.findings(utf8 -> json.writeRawValue(new RawUtf8(utf8)));
            json.writeEndArray();
            json.writeArrayFieldStart("claims");
            rows.claims((id, status, likelyWrong) -> claimEntry(json, id, status, likelyWrong));
            json.writeEndArray();
            json.writeArrayFieldStart("problems");
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private void writeHead(JsonGenerator json, Head head, ToolInfo tool) throws IOException {
        for (Map.Entry<String, JsonNode> field : head(head, tool).properties()) {
            json.writeFieldName(field.getKey());
            mapper.writeTree(json, field.getValue());
        }
    }

    private static void claimEntry(JsonGenerator json, String id, ClaimStatus status, boolean likelyWrong) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("status", status.label());
        if (likelyWrong) {
            json.writeBooleanField("likelyWrong", true);
        }
        json.writeEndObject();
    }

    /**
     * What the report's head says, apart from the tool: the counts of a check, whether they come from
     * its result or, for a report streamed from kept parts, from the store's counts of them.
     *
     * @param statuses how many claims have each status, every status listed, rejected claims not counted
     */
    public record Head(Accounting accounting, Map<Severity, Long> severities, Map<Verdict, Long> verdicts,
            Map<ClaimStatus, Long> statuses, int problems, int sourceTexts, FailOn failOn, long waived, long baselined,
            TriageSummary triage, Outcome outcome, List<RuleInfo> rules) {

        public static Head of(CheckResult result) {
            return new Head(result.accounting(), result.countBySeverity(), result.countByVerdict(), result.statuses().counts(),
                    result.problems().size(), result.sourceTexts(), result.failOn(), result.count(Disposition.Status.WAIVED),
                    result.count(Disposition.Status.BASELINED), result.triage(), result.outcome(), result.rules());
        }
    }

    /**
     * A finding's entry as {@link #write(CheckResult, ToolInfo, OutputStream)} writes it inside the
     * findings array (same indentation), with {@code failing} false; for keeping per key.
     */
    public static FindingRenderer.Rendered render(Finding finding, ClaimStatuses statuses) {
        java.io.StringWriter text = new java.io.StringWriter();
        try (JsonGenerator json = ReportJson.mapper().getFactory().createGenerator(text)) {
            // an element of the findings array sits one level in: the root object's
            json.setPrettyPrinter(new AtDepth(1));
            finding(json, finding, false, statuses);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        String rendered = text.toString();
        // field names and string values are escaped, so the first unescaped '"failing" : ' is the field
        int at = rendered.indexOf(FAILING_FALSE);
        if (at < 0) {
            throw new IllegalStateException("a rendered finding without its failing field: " + rendered);
        }
        boolean console = finding.disposition().isOpen() && finding.severity().isAtLeast(Severity.WARNING);
        return new FindingRenderer.Rendered(rendered, at + FAILING_FALSE.length() - "false".length(),
                console ? ConsoleSummary.lines(finding, statuses) : null);
    }

    private static final String FAILING_FALSE = "\"failing\" : false";

    /** The report's pretty printer, starting {@code depth} objects in. */
    private static final class AtDepth extends com.fasterxml.jackson.core.util.DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        AtDepth(int depth) {
            _nesting = depth;
        }

        @Override
        public AtDepth createInstance() {
            return new AtDepth(_nesting);
        }
    }

    /** Everything before the findings. */
    private ObjectNode head(Head result, ToolInfo tool) {
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
        result.severities().forEach((severity, count) -> bySeverity.put(severity.label(), count));
        ObjectNode byVerdict = summary.putObject("verdicts");
        result.verdicts().forEach((verdict, count) -> byVerdict.put(verdict.label(), count));
        ObjectNode byStatus = claims.putObject("statuses");
        result.statuses().forEach((status, count) -> byStatus.put(status.label(),
                status == ClaimStatus.UNREADABLE ? count + result.accounting().rejected() : count));
        summary.put("problems", result.problems());
        if (result.sourceTexts() >= 0) {
            summary.put("sourceTextsChecked", result.sourceTexts());
        }
        summary.put("failOn", result.failOn().label());
        summary.put("waived", result.waived());
        summary.put("baselined", result.baselined());
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
        summary.put("result", result.outcome() == Outcome.PASS ? "pass" : "fail");
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
