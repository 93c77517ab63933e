package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Disposition;
import org.crosscheck.model.FailOn;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Verdict;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML, Markdown, GitLab Code Quality and GitHub annotations, each on the fixed sample result. */
class MachineReportsTest {

    private static byte[] render(ReportWriter writer, CheckResult result) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(result, SampleResult.TOOL, out);
        return out.toByteArray();
    }

    private static Document junit(CheckResult result) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(render(new JunitReportWriter(), result)));
    }

    private static List<String> caseNames(Element suite) {
        NodeList cases = suite.getElementsByTagName("testcase");
        return IntStream.range(0, cases.getLength()).mapToObj(i -> ((Element) cases.item(i)).getAttribute("name")).toList();
    }

    private static CheckResult withFindings(CheckResult base, List<Finding> findings, FailOn failOn) {
        return new CheckResult(base.accounting(), base.sources(), base.rules(), findings, base.problems(),
                failOn, base.sourceTexts(), base.triage(), base.coverage());
    }

    @Test
    void junitHasASuitePerRuleACasePerKeyWithAnErrorAndOnePassingCaseForTheOtherKeys() throws Exception {
        Element root = junit(SampleResult.standard()).getDocumentElement();

        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("3");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        Element conflict = (Element) suites.item(1);
        assertThat(conflict.getAttribute("name")).isEqualTo("SOURCES-CONFLICT");
        assertThat(conflict.getAttribute("tests")).isEqualTo("2");
        assertThat(conflict.getAttribute("failures")).isEqualTo("1");
        assertThat(caseNames(conflict)).containsExactly("deal / signing-date", "(every other key)");
        Element failing = (Element) conflict.getElementsByTagName("testcase").item(0);
        Element failure = (Element) failing.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("error");
        assertThat(failure.getAttribute("message")).isEqualTo("June 2024 does not meet 2024-05");
        assertThat(failure.getTextContent()).contains("facts/sources/a.yaml:9 a-1 \"signed in June 2024\"");
        Element others = (Element) conflict.getElementsByTagName("testcase").item(1);
        assertThat(others.getElementsByTagName("failure").getLength()).isZero();
        assertThat(others.getElementsByTagName("system-out").item(0).getTextContent())
                .isEqualTo("2 keys with no warning or error from SOURCES-CONFLICT\n");
    }

    @Test
    void junitCountsInformationFindingsInThePassingCaseRatherThanGivingThemCasesOfTheirOwn() throws Exception {
        Element agree = (Element) junit(SampleResult.standard()).getElementsByTagName("testsuite").item(0);

        assertThat(agree.getAttribute("name")).isEqualTo("SOURCES-AGREE");
        assertThat(agree.getAttribute("tests")).isEqualTo("1");
        assertThat(caseNames(agree)).containsExactly("(every other key)");
        assertThat(agree.getElementsByTagName("system-out").item(0).getTextContent())
                .isEqualTo("3 keys with no warning or error from SOURCES-AGREE; 1 information finding on them, listed in the JSON and HTML reports\n");
    }

    @Test
    void junitGivesAnInformationFindingACaseWhenItFailsTheRunOrIsWaived() throws Exception {
        CheckResult base = SampleResult.standard();
        Element failingInfo = (Element) junit(withFindings(base, base.findings(), new FailOn(Severity.INFO)))
                .getElementsByTagName("testsuite").item(0);
        List<Finding> waived = base.findings().stream()
                .map(f -> f.verdict() == Verdict.AGREE ? f.with(new Disposition(Disposition.Status.WAIVED, "known (desk)")) : f).toList();
        Element skippedInfo = (Element) junit(withFindings(base, waived, FailOn.DEFAULT)).getElementsByTagName("testsuite").item(0);

        assertThat(caseNames(failingInfo)).containsExactly("deal / buyer", "(every other key)");
        assertThat(failingInfo.getAttribute("failures")).isEqualTo("1");
        assertThat(failingInfo.getElementsByTagName("failure").item(0).getTextContent()).startsWith("info agree: 2 sources agree\n");
        assertThat(caseNames(skippedInfo)).containsExactly("deal / buyer", "(every other key)");
        assertThat(skippedInfo.getAttribute("skipped")).isEqualTo("1");
        assertThat(((Element) skippedInfo.getElementsByTagName("skipped").item(0)).getAttribute("message")).isEqualTo("waived: known (desk)");
        assertThat(skippedInfo.getElementsByTagName("system-out").item(0).getTextContent())
                .isEqualTo("2 keys with no warning or error from SOURCES-AGREE\n");
    }

    @Test
    void junitLeavesOutThePassingCaseWhenTheRuleReportsOnEveryKey() throws Exception {
        CheckResult base = SampleResult.standard();
        Finding conflict = base.findings().stream().filter(f -> f.verdict() == Verdict.CONFLICT).findFirst().orElseThrow();
        List<Finding> everywhere = base.coverage().stream()
                .map(k -> new Finding(conflict.rule(), Severity.ERROR, Verdict.CONFLICT, k.key(), conflict.claims(), List.of(), "on " + k.key()))
                .toList();

        Element suite = (Element) junit(withFindings(base, everywhere, FailOn.DEFAULT)).getElementsByTagName("testsuite").item(1);

        assertThat(caseNames(suite)).containsExactly("deal / buyer", "deal / price", "deal / signing-date");
        assertThat(suite.getAttribute("failures")).isEqualTo("3");
    }

    @Test
    void junitEscapesTextFromFacts() throws Exception {
        CheckResult base = SampleResult.standard();
        String message = "a <b>bold</b> & \"quoted\" 'claim' ]]> here";
        List<Finding> findings = base.findings().stream().map(f -> f.verdict() != Verdict.CONFLICT ? f
                : new Finding(f.rule(), f.severity(), f.verdict(), f.key(), f.claims(), f.references(), message)).toList();

        byte[] junit = render(new JunitReportWriter(), withFindings(base, findings, base.failOn()));

        Element failure = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(junit)).getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo(message);
        assertThat(failure.getTextContent()).startsWith("error conflict: " + message + "\n");
        assertThat(new String(junit, StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .doesNotContain("<b>bold");
    }

    @Test
    void junitFailsNothingWhenThePolicyNeverFailsAndKeepsTheErrorAsTheCasesOutput() throws Exception {
        CheckResult never = SampleResult.with(SampleResult.source("a", "A", "Alpha"), SampleResult.source("b", "B", "Beta"), FailOn.NEVER);

        Document xml = junit(never);

        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("3");
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        assertThat(xml.getElementsByTagName("failure").getLength()).isZero();
        Element conflict = (Element) xml.getElementsByTagName("testsuite").item(1);
        assertThat(caseNames(conflict)).containsExactly("deal / signing-date", "(every other key)");
        assertThat(conflict.getElementsByTagName("system-out").item(0).getTextContent()).startsWith("error conflict: June 2024 does not meet 2024-05\n");
    }

    @Test
    void markdownSummaryShowsResultCountsAndBothQuotesWithFactsTextEscaped() throws Exception {
        CheckResult hostile = SampleResult.with(SampleResult.source("a", "<img src=x onerror=alert(1)> *bold* [link](javascript:x)", "Alpha"),
                SampleResult.source("b", "Beta | table", "Beta"), FailOn.DEFAULT);

        String md = new String(render(new MarkdownReportWriter(), hostile), StandardCharsets.UTF_8);

        assertThat(md).startsWith("## crosscheck: FAIL (invalid input)\n");
        assertThat(md).contains("| 1 | 0 | 1 | 1 |");
        assertThat(md).contains("### ERROR `SOURCES-CONFLICT` deal / signing-date");
        assertThat(md).contains("> signed in June 2024\n>\n> — \\<img src=x onerror=alert(1)\\> \\*bold\\* \\[link\\](javascript:x), Alpha (facts/sources/a.yaml:9)");
        assertThat(md).contains("> signed in 2024-05\n>\n> — Beta \\| table, Beta");
        // every '<' and ']' from the facts is escaped, so no HTML tag or link can start
        assertThat(md).doesNotContainPattern("(?<!\\\\)<img").doesNotContainPattern("(?<!\\\\)\\]\\(javascript");
    }

    @Test
    void theConsolePlacesAFindingAboutNoClaimAtItsAnchor() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        ConsoleSummary.print(SampleResult.withExpiredWaiver(), List.of(), new java.io.PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("  warning WAIVER-EXPIRED       deal / price  facts/waivers.yaml:12\n")
                .contains("  error   SOURCES-CONFLICT     deal / signing-date  facts/sources/a.yaml:9\n");
    }

    @Test
    void codeQualityAndAnnotationsPlaceAFindingAboutNoClaimAtItsAnchor() throws Exception {
        CheckResult waiver = SampleResult.withExpiredWaiver();

        JsonNode issues = new ObjectMapper().readTree(render(new CodeQualityReportWriter(), waiver));
        StringWriter annotations = new StringWriter();
        GithubAnnotations.print(waiver, new PrintWriter(annotations));

        assertThat(issues).hasSize(2);
        JsonNode expired = issues.get(1);
        assertThat(expired.path("check_name").asText()).isEqualTo("WAIVER-EXPIRED");
        assertThat(expired.path("location").path("path").asText()).isEqualTo("facts/waivers.yaml");
        assertThat(expired.path("location").path("lines").path("begin").asInt()).isEqualTo(12);
        assertThat(annotations.toString()).contains("::warning file=facts/waivers.yaml,line=12,col=3,title=WAIVER-EXPIRED deal / price::");
    }

    @Test
    void codeQualityListsOpenFindingsCiActsOnWithStableFingerprints() throws Exception {
        JsonNode issues = new ObjectMapper().readTree(render(new CodeQualityReportWriter(), SampleResult.standard()));

        // the agreement is information that passes: not a code-quality issue, so only the conflict is listed
        assertThat(issues).hasSize(1);
        JsonNode first = issues.get(0);
        assertThat(first.path("check_name").asText()).isEqualTo("SOURCES-CONFLICT");
        assertThat(first.path("severity").asText()).isEqualTo("critical");
        assertThat(first.path("description").asText()).isEqualTo("SOURCES-CONFLICT: June 2024 does not meet 2024-05");
        assertThat(first.path("location").path("path").asText()).isEqualTo("facts/sources/a.yaml");
        assertThat(first.path("location").path("lines").path("begin").asInt()).isEqualTo(9);
        assertThat(first.path("fingerprint").asText()).matches("[0-9a-f]{64}");
    }

    @Test
    void codeQualityAndAnnotationsListInformationFindingsWhenTheyFailTheRun() throws Exception {
        CheckResult failOnInfo = SampleResult.with(SampleResult.source("a", "Deal signed", "Alpha Times"),
                SampleResult.source("b", "Deal talk", "Beta Post"), new FailOn(Severity.INFO));

        JsonNode issues = new ObjectMapper().readTree(render(new CodeQualityReportWriter(), failOnInfo));
        StringWriter annotations = new StringWriter();
        GithubAnnotations.print(failOnInfo, new PrintWriter(annotations));

        assertThat(issues).extracting(i -> i.path("check_name").asText() + " " + i.path("severity").asText())
                .containsExactly("SOURCES-CONFLICT critical", "SOURCES-AGREE info");
        assertThat(annotations.toString().lines()).containsExactly(
                "::error file=facts/sources/a.yaml,line=9,col=5,title=SOURCES-CONFLICT deal / signing-date::June 2024 does not meet 2024-05",
                "::notice file=facts/sources/a.yaml,line=14,col=5,title=SOURCES-AGREE deal / buyer::2 sources agree");
    }

    @Test
    void codeQualityIsLaidOutAsTheMappersTreeWouldBe() throws Exception {
        // the issues are written straight to the generator; the layout GitLab users diff must not change
        CheckResult result = SampleResult.withExpiredWaiver();
        ObjectMapper mapper = new ObjectMapper().enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

        String written = new String(render(new CodeQualityReportWriter(), result), StandardCharsets.UTF_8);

        assertThat(written).isEqualTo(mapper.writeValueAsString(mapper.readTree(written)) + "\n");
        assertThat(written).contains("{\n  \"description\" : \"SOURCES-CONFLICT: June 2024 does not meet 2024-05\",\n");
    }

    @Test
    void githubAnnotationsUseWorkflowCommandsWithTheirOwnEncoding() {
        StringWriter text = new StringWriter();
        GithubAnnotations.print(SampleResult.standard(), new PrintWriter(text));

        // the agreement passes, so it is no annotation: GitHub shows few per step, and they are for what needs attention
        assertThat(text.toString().lines()).containsExactly(
                "::error file=facts/sources/a.yaml,line=9,col=5,title=SOURCES-CONFLICT deal / signing-date::June 2024 does not meet 2024-05");
        assertThat(GithubAnnotations.data("50% done\r\nnext")).isEqualTo("50%25 done%0D%0Anext");
        assertThat(GithubAnnotations.property("a:b,c")).isEqualTo("a%3Ab%2Cc");
    }
}
