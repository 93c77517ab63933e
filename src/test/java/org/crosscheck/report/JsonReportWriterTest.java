package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import org.crosscheck.model.CheckResult;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

    private static JsonNode render(CheckResult result) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportWriter().write(result, SampleResult.TOOL, out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void writesTheContractedShape() throws Exception {
        JsonNode json = render(SampleResult.standard());

        assertThat(json.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(json.path("tool").path("version").asText()).isEqualTo("9.9.9");
        assertThat(json.has("generatedAt")).isFalse();
        JsonNode summary = json.path("summary");
        assertThat(summary.path("sources").asInt()).isEqualTo(2);
        assertThat(summary.path("claims").toString()).isEqualTo("{\"loaded\":5,\"checked\":4,\"rejected\":1,\"statuses\":"
                + "{\"confirmed\":0,\"corroborated\":0,\"contradicted\":0,\"disputed\":0,\"uncorroborated\":0,\"unreadable\":1}}");
        assertThat(summary.path("findings").toString()).isEqualTo("{\"error\":1,\"warning\":0,\"info\":1}");
        assertThat(summary.path("result").asText()).isEqualTo("fail");
        assertThat(summary.path("outcome").asText()).isEqualTo("invalid-input");

        JsonNode first = json.path("findings").get(0);
        assertThat(first.path("rule").asText()).isEqualTo("SOURCES-CONFLICT");
        assertThat(first.path("severity").asText()).isEqualTo("error");
        assertThat(first.path("verdict").asText()).isEqualTo("conflict");
        assertThat(first.path("key").toString()).isEqualTo("{\"subject\":\"deal\",\"property\":\"signing-date\"}");
        assertThat(first.path("failing").asBoolean()).isTrue();
        JsonNode claim = first.path("claims").get(0);
        assertThat(claim.path("id").asText()).isEqualTo("a-1");
        assertThat(claim.path("source").asText()).isEqualTo("a");
        assertThat(claim.path("quote").asText()).isEqualTo("signed in June 2024");
        assertThat(claim.path("value").path("asWritten").asText()).isEqualTo("June 2024");
        assertThat(claim.path("value").path("normalized").asText()).isEqualTo("2024-06");
        assertThat(claim.path("file").asText()).isEqualTo("facts/sources/a.yaml");
        assertThat(claim.path("line").asInt()).isEqualTo(9);
        assertThat(json.path("problems").get(0).path("column").asInt()).isEqualTo(7);
    }

    @Test
    void aFindingAboutNoClaimIsLocatedByItsAnchorAndOnlySuchAFindingHasOne() throws Exception {
        JsonNode findings = render(SampleResult.withExpiredWaiver()).path("findings");

        JsonNode waiver = findings.get(1);
        assertThat(waiver.path("rule").asText()).isEqualTo("WAIVER-EXPIRED");
        assertThat(waiver.path("claims")).isEmpty();
        assertThat(waiver.path("anchor").toString()).isEqualTo("{\"file\":\"facts/waivers.yaml\",\"line\":12,\"column\":3}");
        assertThat(findings).filteredOn(f -> !f.path("rule").asText().equals("WAIVER-EXPIRED"))
                .hasSize(2).noneMatch(f -> f.has("anchor"));
    }

    @Test
    void findingsAreSortedMostSevereFirstWhateverTheInputOrder() throws Exception {
        JsonNode json = render(SampleResult.standard());

        assertThat(json.path("findings")).extracting(n -> n.path("rule").asText())
                .containsExactly("SOURCES-CONFLICT", "SOURCES-AGREE");
    }

    @Test
    void sameResultGivesIdenticalBytes() throws Exception {
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        ByteArrayOutputStream two = new ByteArrayOutputStream();
        new JsonReportWriter().write(SampleResult.standard(), SampleResult.TOOL, one);
        new JsonReportWriter().write(SampleResult.standard(), SampleResult.TOOL, two);

        assertThat(one.toByteArray()).isEqualTo(two.toByteArray());
    }

    @Test
    void namesEachClaimsStatusAndTheSupportingSideOfAConflictTheRecordDecides() throws Exception {
        CheckResult result = new org.crosscheck.pipeline.CheckPipeline().check(
                org.crosscheck.pipeline.CheckRequest.of(java.nio.file.Path.of("facts"), java.nio.file.Path.of("rules")));
        JsonNode json = render(result);

        JsonNode statuses = json.path("summary").path("claims").path("statuses");
        assertThat(statuses.path("contradicted").asInt()).isEqualTo(3);
        java.util.Map<String, String> byId = new java.util.TreeMap<>();
        json.path("claims").forEach(c -> byId.put(c.path("id").asText(), c.path("status").asText()));
        assertThat(byId).hasSize(result.accounting().checked())
                .containsEntry("rb-mnna-designation-date", "contradicted")
                .containsEntry("rd-mnna-designation-date", "confirmed");
        JsonNode designation = null;
        for (JsonNode finding : json.path("findings")) {
            if (finding.path("rule").asText().equals("REFERENCE-CONFLICT")
                    && finding.path("key").path("property").asText().equals("designation-date")) {
                designation = finding;
            }
        }
        assertThat(designation).isNotNull();
        assertThat(designation.path("claims").get(0).path("status").asText()).isEqualTo("contradicted");
        assertThat(designation.path("support")).hasSize(1);
        assertThat(designation.path("support").get(0).path("id").asText()).isEqualTo("rd-mnna-designation-date");
        assertThat(designation.path("support").get(0).path("status").asText()).isEqualTo("confirmed");
    }
}
