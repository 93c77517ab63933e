package org.crosscheck.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Disposition;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Location;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Severity;
import org.crosscheck.model.ToolInfo;

/**
 * {@code report.sarif}: SARIF 2.1.0 for code-scanning UIs. A result for each finding a CI job acts
 * on ({@link CheckResult#actionable}): information findings that pass, such as agreements, are left
 * to the JSON and HTML reports. Results point at the first claim's line
 * in its facts file, which for a conflict the evidence decides is the claim against it; the other
 * claims are related locations, and so are the claims the finding names as support, marked so. The fingerprint is the finding's
 * identity (rule, key, claims), so it stays the same when lines move.
 *
 * <p>Written with Jackson's generator, a result at a time (the tool descriptor as a tree), not
 * through a typed SARIF model: introspecting the model's classes cost a quarter of a second of every
 * check's start-up, and the model held the whole document. Tests check the output against the official schema and, byte for byte, against the typed
 * java-sarif model ({@code SarifModelOracle}). Properties come in the model's order, and SARIF's
 * defaults are left out as the model leaves them out (a {@code warning} level).
 */
public final class SarifReportWriter implements ReportWriter {

    static final String FINGERPRINT = "crosscheckIdentity/v1";

    /**
     * Related locations a result lists at most: GitHub code scanning refuses a whole SARIF file in which
     * one result has more than 1,000, and a key that a thousand articles mention makes such a result.
     */
    static final int MAX_RELATED = 1_000;
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final ObjectMapper mapper = ReportJson.mapper();

    @Override
    public ReportFormat format() {
        return ReportFormat.SARIF;
    }

    @Override
    public boolean streams() {
        return true;
    }

    @Override
    public void write(CheckResult result, ToolInfo tool, OutputStream out) throws IOException {
        List<RuleInfo> rules = result.rules().stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
        List<String> ruleIds = rules.stream().map(RuleInfo::id).toList();
        boolean baselineUsed = result.triage().baselineFile() != null;
        try (JsonGenerator json = mapper.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeFieldName("tool");
            mapper.writeTree(json, tool(tool, rules));
            if (tool.inputsDigest() != null) {
                // a run's property bag: SARIF's place for what the format itself has no field for
                json.writeObjectFieldStart("properties");
                json.writeStringField("crosscheckInputsDigest", tool.inputsDigest());
                json.writeEndObject();
            }
            // a file's URI once per file, not once per claim: a million claims come from ten thousand files
            Map<String, String> known = new HashMap<>();
            UnaryOperator<String> uris = file -> known.computeIfAbsent(file, f -> uri(tool.repositoryPath(f)));
            // present even when empty: SARIF reads a missing results array as "the tool did not run"
            json.writeArrayFieldStart("results");
            for (Finding finding : result.findings()) {
                if (result.actionable(finding)) {
                    result(json, finding, ruleIds.indexOf(finding.rule().id()), baselineUsed, uris);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private ObjectNode tool(ToolInfo tool, List<RuleInfo> rules) {
        ObjectNode node = mapper.createObjectNode();
        ObjectNode driver = node.putObject("driver");
        driver.put("name", tool.name());
        putIfPresent(driver, "version", tool.version());
        putIfPresent(driver, "semanticVersion", tool.version());
        ArrayNode descriptors = driver.putArray("rules");
        for (RuleInfo rule : rules) {
            // SARIF wants an absolute helpUri: give one only when the docs are published somewhere
            String url = tool.docsUrl(rule);
            ObjectNode descriptor = descriptors.addObject();
            descriptor.put("id", rule.id());
            descriptor.put("name", pascal(rule.id()));
            descriptor.putObject("shortDescription").put("text", rule.title());
            descriptor.putObject("fullDescription").put("text", rule.title() + " (" + rule.file() + ")");
            putLevel(descriptor.putObject("defaultConfiguration"), rule.severity());
            putIfPresent(descriptor, "helpUri", url);
            ObjectNode help = descriptor.putObject("help");
            help.put("text", "See " + rule.docsPath() + " in the crosscheck repository.");
            help.put("markdown", "See [" + rule.docsPath() + "](" + (url == null ? rule.docsPath() : url) + ").");
        }
        return node;
    }

    /** One result, straight to the generator: a tree per result cost a third of the writing. */
    private static void result(JsonGenerator json, Finding finding, int ruleIndex, boolean baselineUsed, UnaryOperator<String> uris)
            throws IOException {
        List<Claim> claims = finding.claims();
        json.writeStartObject();
        json.writeStringField("ruleId", finding.rule().id());
        json.writeNumberField("ruleIndex", ruleIndex);
        String level = level(finding.severity());
        if (level != null) {
            json.writeStringField("level", level);
        }
        message(json, resultText(finding));
        Location at = finding.location();
        if (at != null) {
            json.writeArrayFieldStart("locations");
            location(json, at, null, claims.isEmpty() ? null : claimText(claims.get(0)), uris);
            json.writeEndArray();
        }
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT, Fingerprints.of(finding));
        json.writeEndObject();
        if (!claims.isEmpty()) {
            json.writeArrayFieldStart("relatedLocations");
            for (int i = 1; i < Math.min(claims.size(), MAX_RELATED + 1); i++) {
                location(json, claims.get(i).location(), i, claimText(claims.get(i)), uris);
            }
            List<Claim> support = finding.support();
            for (int i = 0; i < Math.min(support.size(), MAX_RELATED + 1 - claims.size()); i++) {
                location(json, support.get(i).location(), claims.size() + i, "support: " + claimText(support.get(i)), uris);
            }
            json.writeEndArray();
        }
        if (finding.disposition().status() == Disposition.Status.WAIVED) {
            json.writeArrayFieldStart("suppressions");
            json.writeStartObject();
            json.writeStringField("kind", "external");
            json.writeStringField("status", "accepted");
            String reason = finding.disposition().reason();
            if (reason != null && !reason.isEmpty()) {
                json.writeStringField("justification", reason);
            }
            json.writeEndObject();
            json.writeEndArray();
        }
        if (baselineUsed) {
            json.writeStringField("baselineState", finding.disposition().status() == Disposition.Status.BASELINED ? "unchanged" : "new");
        }
        json.writeEndObject();
    }

    /**
     * The finding's message; when it names more claims than fit in related locations, it says how many
     * are left out and where they are.
     */
    private static String resultText(Finding finding) {
        int others = finding.claims().size() - 1;
        return others <= MAX_RELATED ? finding.message()
                : String.format(Locale.ROOT, "%s (%,d other claims; the first %,d are related locations, report.json lists them all)",
                        finding.message(), others, MAX_RELATED);
    }

    private static String claimText(Claim claim) {
        return claim.id() + " (" + claim.sourceId() + "): \"" + claim.quote() + "\"";
    }

    /** A place in a facts file, with the claim stated there when there is one. */
    private static void location(JsonGenerator json, Location at, Integer id, String text, UnaryOperator<String> uris) throws IOException {
        json.writeStartObject();
        if (id != null) {
            json.writeNumberField("id", id);
        }
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uris.apply(at.file()));
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", at.line());
        json.writeNumberField("startColumn", at.column());
        json.writeEndObject();
        json.writeEndObject();
        if (text != null) {
            message(json, text);
        }
        json.writeEndObject();
    }

    /**
     * A facts file as the URI reference SARIF requires (SARIF 2.1.0 §3.10.2, RFC 3986): a newsroom's
     * "Nation – Ruto budget.yaml" is {@code Nation%20%E2%80%93%20Ruto%20budget.yaml}, which code
     * scanning maps back to the file, where the raw name is not a URI at all. An absolute path becomes
     * a {@code file:} URI; a relative one whose first segment holds a colon gets a leading {@code ./},
     * or the text before the colon would read as a scheme.
     */
    static String uri(String file) {
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return path.toUri().toASCIIString();
        }
        int colon = file.indexOf(':');
        int slash = file.indexOf('/');
        String relative = colon >= 0 && (slash < 0 || colon < slash) ? "./" + file : file;
        try {
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a relative path with no colon in its first segment is a URI path: " + file, e);
        }
    }

    private static void message(JsonGenerator json, String text) throws IOException {
        json.writeObjectFieldStart("message");
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    /** SARIF's default level is {@code warning}, and the model leaves a default out: null for it. */
    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case INFO -> "note";
            case WARNING -> null;
        };
    }

    private static void putLevel(ObjectNode node, Severity severity) {
        putIfPresent(node, "level", level(severity));
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }

    /** SARIF's rule name is a readable identifier: SOURCES-CONFLICT becomes SourcesConflict. */
    private static String pascal(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            name.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return name.toString();
    }
}
