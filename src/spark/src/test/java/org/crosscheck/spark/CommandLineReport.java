package org.crosscheck.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Problem;
import org.crosscheck.model.ToolInfo;
import org.crosscheck.pipeline.CheckPipeline;
import org.crosscheck.pipeline.CheckRequest;
import org.crosscheck.pipeline.InputRejected;
import org.crosscheck.report.JsonReportWriter;

/**
 * The two sides of the comparison, each read from the JSON that {@link JsonReportWriter} wrote: the
 * command line's report.json, and the job's findings.jsonl. Both are reduced to what a finding says
 * (rule, key, claims, message, severity), so fields added to findings later change both alike.
 */
final class CommandLineReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one finding says, as the comparison sees it: with its disposition (open, waived or baselined, and why). */
    record Said(String rule, String severity, String subject, String property, List<String> claims, String message,
            String disposition, boolean failing) {

        static Said of(JsonNode finding) {
            List<String> claims = new ArrayList<>();
            finding.get("claims").forEach(c -> claims.add(c.get("id").asText()));
            JsonNode disposition = finding.get("disposition");
            return new Said(finding.get("rule").asText(), finding.get("severity").asText(),
                    finding.get("key").get("subject").asText(), finding.get("key").get("property").asText(), claims,
                    finding.get("message").asText(), disposition.get("status").asText()
                            + (disposition.has("reason") ? ": " + disposition.get("reason").asText() : ""),
                    finding.get("failing").asBoolean());
        }
    }

    /** The command line's result and its report.json. */
    record Cli(CheckResult result, JsonNode report) {

        List<Said> findings() {
            List<Said> said = new ArrayList<>();
            report.get("findings").forEach(f -> said.add(Said.of(f)));
            return said;
        }

        List<String> problems() {
            return result.problems().stream().map(Problem::describe).toList();
        }
    }

    private CommandLineReport() {
    }

    /** The day both sides judge waivers' expiry against. */
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    static Cli check(Path facts, Path rules) {
        return check(facts, rules, null);
    }

    /** The command line's check, with a baseline when {@code baseline} is not null. */
    static Cli check(Path facts, Path rules, Path baseline) {
        try {
            CheckRequest request = CheckRequest.of(facts, rules).withToday(TODAY);
            CheckResult result = new CheckPipeline().check(baseline == null ? request : request.withBaseline(baseline));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new JsonReportWriter().write(result, new ToolInfo("crosscheck", "test", null), out);
            return new Cli(result, JSON.readTree(out.toByteArray()));
        } catch (InputRejected | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The job's findings, in the order of its part files. */
    static List<Said> jobFindings(Path out) {
        List<Said> said = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("findings.jsonl"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(part)) {
                    said.add(Said.of(JSON.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return said;
    }
}
