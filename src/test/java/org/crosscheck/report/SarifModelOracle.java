package org.crosscheck.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Disposition;
import org.crosscheck.model.Finding;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Severity;
import org.crosscheck.model.ToolInfo;

/**
 * The SARIF report as the typed java-sarif model (generated from the official schema) writes it.
 * crosscheck's own {@link SarifReportWriter} builds the same document without the model, which
 * costs a quarter of a second of start-up; tests hold the two to the same bytes.
 */
final class SarifModelOracle implements ReportWriter {

    static final String FINGERPRINT = SarifReportWriter.FINGERPRINT;

    private final ObjectMapper mapper = ReportJson.compactMapper();

    @Override
    public ReportFormat format() {
        return ReportFormat.SARIF;
    }

    @Override
    public void write(CheckResult result, ToolInfo tool, OutputStream out) throws IOException {
        mapper.writeValue(out, document(result, tool));
        out.write('\n');
    }

    SarifSchema210 document(CheckResult result, ToolInfo tool) {
        List<RuleInfo> rules = result.rules().stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
        Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
        for (RuleInfo rule : rules) {
            // SARIF wants an absolute helpUri: give one only when the docs are published somewhere
            String url = tool.docsUrl(rule);
            descriptors.add(new ReportingDescriptor()
                    .withId(rule.id())
                    .withName(pascal(rule.id()))
                    .withShortDescription(new MultiformatMessageString().withText(rule.title()))
                    .withFullDescription(new MultiformatMessageString().withText(rule.title() + " (" + rule.file() + ")"))
                    .withHelp(new MultiformatMessageString().withText("See " + rule.docsPath() + " in the crosscheck repository.")
                            .withMarkdown("See [" + rule.docsPath() + "](" + (url == null ? rule.docsPath() : url) + ")."))
                    .withHelpUri(url == null ? null : URI.create(url))
                    .withDefaultConfiguration(new ReportingConfiguration().withLevel(configurationLevel(rule.severity()))));
        }
        List<String> ruleIds = rules.stream().map(RuleInfo::id).toList();
        List<Result> results = new ArrayList<>();
        for (Finding finding : result.findings()) {
            if (result.actionable(finding)) {
                results.add(result(finding, ruleIds.indexOf(finding.rule().id()), result.triage().baselineFile() != null));
            }
        }
        Run run = new Run()
                .withTool(new Tool().withDriver(new ToolComponent()
                        .withName(tool.name())
                        .withVersion(tool.version())
                        .withSemanticVersion(tool.version())
                        .withRules(descriptors)))
                .withResults(results);
        return new SarifSchema210()
                .withVersion(SarifSchema210.Version._2_1_0)
                .with$schema(URI.create("https://json.schemastore.org/sarif-2.1.0.json"))
                .withRuns(List.of(run));
    }

    private static Result result(Finding finding, int ruleIndex, boolean baselineUsed) {
        Result result = new Result()
                .withRuleId(finding.rule().id())
                .withRuleIndex(ruleIndex)
                .withLevel(level(finding.severity()))
                .withMessage(new Message().withText(message(finding)))
                .withPartialFingerprints(new PartialFingerprints().withAdditionalProperty(FINGERPRINT, Fingerprints.of(finding)));
        List<Claim> claims = finding.claims();
        if (!claims.isEmpty()) {
            result.withLocations(List.of(location(claims.get(0).location(), null, text(claims.get(0)))));
            Set<Location> related = new LinkedHashSet<>();
            // GitHub refuses a result with more than 1,000 related locations
            for (int i = 1; i < claims.size() && related.size() < 1_000; i++) {
                related.add(location(claims.get(i).location(), i, text(claims.get(i))));
            }
            for (int i = 0; i < finding.support().size() && related.size() < 1_000; i++) {
                related.add(location(finding.support().get(i).location(), claims.size() + i, "support: " + text(finding.support().get(i))));
            }
            result.withRelatedLocations(related);
        } else if (finding.location() != null) {
            result.withLocations(List.of(location(finding.location(), null, null)));
        }
        if (finding.disposition().status() == Disposition.Status.WAIVED) {
            result.withSuppressions(new LinkedHashSet<>(List.of(new Suppression()
                    .withKind(Suppression.Kind.EXTERNAL)
                    .withStatus(Suppression.Status.ACCEPTED)
                    .withJustification(finding.disposition().reason()))));
        }
        if (baselineUsed) {
            result.withBaselineState(finding.disposition().status() == Disposition.Status.BASELINED
                    ? Result.BaselineState.UNCHANGED : Result.BaselineState.NEW);
        }
        return result;
    }

    private static String message(Finding finding) {
        int others = finding.claims().size() - 1;
        if (others <= 1_000) {
            return finding.message();
        }
        return finding.message() + " (" + String.format(java.util.Locale.ROOT, "%,d", others)
                + " other claims; the first 1,000 are related locations, report.json lists them all)";
    }

    private static String text(Claim claim) {
        return claim.id() + " (" + claim.sourceId() + "): \"" + claim.quote() + "\"";
    }

    private static Location location(org.crosscheck.model.Location at, Integer id, String text) {
        Location location = new Location()
                .withPhysicalLocation(new PhysicalLocation()
                        .withArtifactLocation(new ArtifactLocation().withUri(at.file()))
                        .withRegion(new Region().withStartLine(at.line()).withStartColumn(at.column())));
        if (text != null) {
            location.withMessage(new Message().withText(text));
        }
        return id == null ? location : location.withId(id);
    }

    private static Result.Level level(Severity severity) {
        return switch (severity) {
            case ERROR -> Result.Level.ERROR;
            case WARNING -> Result.Level.WARNING;
            case INFO -> Result.Level.NOTE;
        };
    }

    private static ReportingConfiguration.Level configurationLevel(Severity severity) {
        return switch (severity) {
            case ERROR -> ReportingConfiguration.Level.ERROR;
            case WARNING -> ReportingConfiguration.Level.WARNING;
            case INFO -> ReportingConfiguration.Level.NOTE;
        };
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
