package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.crosscheck.report.ReportFiles;
import org.crosscheck.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every report of a run carries the digest of its inputs, read back here by parsing each format. */
class InputsDigestReportsTest {

    private static final String FIXTURE = CheckCommandEndToEndTest.FIXTURE;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path run(String name, String... more) throws Exception {
        Path out = dir.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("check", "--facts", FIXTURE, "--rules", "rules", "--out",
                out.toString(), "--today", "2025-06-01"));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        return out;
    }

    @Test
    void theSameInputsGiveByteIdenticalReportsCarryingOneDigestInEveryFormat() throws Exception {
        Path first = run("first");
        Path second = run("second");

        for (ReportFormat format : ReportFormat.files()) {
            assertThat(Files.readAllBytes(second.resolve(format.fileName()))).as(format.fileName())
                    .isEqualTo(Files.readAllBytes(first.resolve(format.fileName())));
        }
        assertThat(Files.readAllBytes(second.resolve("report-set.sha256"))).isEqualTo(Files.readAllBytes(first.resolve("report-set.sha256")));
        Map<String, String> digests = embedded(first);
        assertThat(digests).containsOnlyKeys("report.json", "report.sarif", "junit.xml", "report.html", "summary.md",
                "report-set.sha256");
        assertThat(digests.values()).allMatch(d -> d.matches("sha256:[0-9a-f]{64}")).containsOnly(digests.get("report.json"));
    }

    @Test
    void anotherThresholdGivesAnotherDigest() throws Exception {
        Path settings = Files.writeString(dir.resolve("crosscheck.yaml"), "thresholds:\n  near-miss-days: 46\n");

        String plain = embedded(run("plain")).get("report.json");
        String changed = embedded(run("changed", "--config", settings.toString())).get("report.json");

        assertThat(changed).isNotEqualTo(plain);
    }

    @Test
    void theManifestWithItsDigestLineIsAcceptedBySha256sum() throws Exception {
        Path out = run("checked");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/sha256sum")), "GNU sha256sum");

        Process check = new ProcessBuilder("/usr/bin/sha256sum", "--check", "--strict", "report-set.sha256")
                .directory(out.toFile()).redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.waitFor()).as(said).isZero();
        assertThat(said).contains("report.json: OK").doesNotContain("WARNING");
    }

    @Test
    void aReportCopiedFromAnotherRunIsSaidToBeMixedWithOrWithoutTheManifest() throws Exception {
        Path out = run("mixed");
        Path other = run("other", "--fail-on", "warning");
        assertThat(ReportFiles.mixedSet(out)).isEmpty();

        Files.copy(other.resolve("summary.md"), out.resolve("summary.md"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(ReportFiles.mixedSet(out)).hasValueSatisfying(said -> assertThat(said).contains("summary.md"));

        // the manifest lost too (a run killed while replacing it): the reports' own digests still disagree
        Files.delete(out.resolve("report-set.sha256"));
        assertThat(ReportFiles.mixedSet(out)).hasValueSatisfying(said -> assertThat(said)
                .isEqualTo("summary.md was written from other inputs than the reports before it"));

        CliRun next = CliRun.of("check", "--facts", FIXTURE, "--rules", "rules", "--out", out.toString(), "--today", "2025-06-01");
        assertThat(next.err()).contains("were a mixed set: summary.md was written from other inputs");
        assertThat(ReportFiles.mixedSet(out)).isEmpty();
    }

    @Test
    void aWholeSetOfAnOlderRunIsNotMixed() throws Exception {
        Path out = run("older");
        Files.delete(out.resolve("report-set.sha256"));

        assertThat(ReportFiles.mixedSet(out)).isEmpty();
    }

    /** Each report's digest, found by parsing it as its format. */
    private static Map<String, String> embedded(Path out) throws Exception {
        Map<String, String> found = new LinkedHashMap<>();
        JsonNode json = JSON.readTree(out.resolve("report.json").toFile());
        found.put("report.json", json.path("inputsDigest").asText(null));
        JsonNode sarif = JSON.readTree(out.resolve("report.sarif").toFile());
        found.put("report.sarif", sarif.path("runs").path(0).path("properties").path("crosscheckInputsDigest").asText(null));
        found.put("junit.xml", junitDigest(out.resolve("junit.xml")));
        found.put("report.html", htmlMeta(Files.readString(out.resolve("report.html"))));
        found.put("summary.md", markdownComment(Files.readString(out.resolve("summary.md"))));
        String manifest = Files.readAllLines(out.resolve("report-set.sha256")).get(0);
        found.put("report-set.sha256", manifest.startsWith("# inputs ") ? manifest.substring("# inputs ".length()) : null);
        return found;
    }

    /** Every testsuite's crosscheck.inputsDigest property, which must all agree. */
    private static String junitDigest(Path file) throws Exception {
        NodeList suites = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isPositive();
        java.util.Set<String> values = new java.util.HashSet<>();
        for (int i = 0; i < suites.getLength(); i++) {
            NodeList properties = ((Element) suites.item(i)).getElementsByTagName("property");
            assertThat(properties.getLength()).isEqualTo(1);
            Element property = (Element) properties.item(0);
            assertThat(property.getAttribute("name")).isEqualTo("crosscheck.inputsDigest");
            values.add(property.getAttribute("value"));
        }
        assertThat(values).hasSize(1);
        return values.iterator().next();
    }

    /** The meta element in the document's head (only one, and before the body). */
    private static String htmlMeta(String html) {
        String head = html.substring(0, html.indexOf("</head>"));
        Matcher m = Pattern.compile("<meta name=\"crosscheck-inputs-digest\" content=\"([^\"]*)\">").matcher(head);
        assertThat(m.find()).isTrue();
        String digest = m.group(1);
        assertThat(m.find()).isFalse();
        return digest;
    }

    /** The HTML comment block, which a Markdown renderer passes through as a comment: nothing a reader sees. */
    private static String markdownComment(String markdown) {
        var document = Parser.builder().build().parse(markdown);
        java.util.List<String> blocks = new java.util.ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                blocks.add(block.getLiteral().strip());
            }
        });
        assertThat(HtmlRenderer.builder().build().render(document)).contains("<!-- crosscheck-inputs-digest sha256:");
        Matcher m = Pattern.compile("<!-- crosscheck-inputs-digest (sha256:[0-9a-f]{64}) -->").matcher(String.join("\n", blocks));
        return m.find() ? m.group(1) : null;
    }
}
