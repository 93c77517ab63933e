package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.ToolInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesOnlyTheChosenFormats() throws Exception {
        List<Path> written = new ReportFiles().write(dir, EnumSet.of(ReportFormat.JSON), SampleResult.standard(), SampleResult.TOOL);

        assertThat(written).containsExactly(dir.resolve("report.json"));
        assertThat(dir.resolve("report.html")).doesNotExist();
    }

    @Test
    void reportsGetTheDirectorysUsualPermissionsNotOwnerOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions only");
        Path plain = Files.createFile(dir.resolve("plain-file"));

        new ReportFiles().write(dir, EnumSet.of(ReportFormat.JSON), SampleResult.standard(), SampleResult.TOOL);

        assertThat(Files.getPosixFilePermissions(dir.resolve("report.json")))
                .isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aWriterThatFailsHalfwayLeavesThePreviousReportIntactAndNoTemporaryFile() throws Exception {
        Files.writeString(dir.resolve("report.json"), "previous report");
        ReportWriter failing = new ReportWriter() {
            @Override
            public ReportFormat format() {
                return ReportFormat.JSON;
            }

            @Override
            public void write(CheckResult result, ToolInfo tool, OutputStream out) throws IOException {
                out.write("{\"half".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full");
            }
        };

        assertThatThrownBy(() -> new ReportFiles(List.of(failing))
                .write(dir, EnumSet.of(ReportFormat.JSON), SampleResult.standard(), SampleResult.TOOL))
                .hasMessage("disk full");

        assertThat(dir.resolve("report.json")).hasContent("previous report");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("report.json"));
        }
    }

    @Test
    void reportsWrittenSideBySideAreByteForByteThoseWrittenOneAfterAnother() throws Exception {
        List<ReportWriter> all = List.of(new JsonReportWriter(), new HtmlReportWriter(), new SarifReportWriter(),
                new JunitReportWriter(), new MarkdownReportWriter(), new CodeQualityReportWriter());
        CheckResult result = SampleResult.standard();
        Path together = dir.resolve("together");
        Path inTurn = dir.resolve("in-turn");

        List<Path> parallel = new ReportFiles(all, Integer.MAX_VALUE).write(together, EnumSet.allOf(ReportFormat.class), result, SampleResult.TOOL);
        List<Path> sequential = new ReportFiles(all, -1).write(inTurn, EnumSet.allOf(ReportFormat.class), result, SampleResult.TOOL);

        assertThat(parallel).hasSize(6).extracting(Path::getFileName).isEqualTo(sequential.stream().map(Path::getFileName).toList());
        for (int i = 0; i < parallel.size(); i++) {
            assertThat(parallel.get(i)).hasSameBinaryContentAs(sequential.get(i));
        }
    }

    @Test
    void aFailureWhileWritingSideBySideIsReportedAndTheOtherReportsStillComplete() throws Exception {
        ReportWriter failing = new ReportWriter() {
            @Override
            public ReportFormat format() {
                return ReportFormat.SARIF;
            }

            @Override
            public void write(CheckResult result, ToolInfo tool, OutputStream out) throws IOException {
                throw new IOException("disk full");
            }
        };

        assertThatThrownBy(() -> new ReportFiles(List.of(new JsonReportWriter(), failing), Integer.MAX_VALUE)
                .write(dir, EnumSet.of(ReportFormat.JSON, ReportFormat.SARIF), SampleResult.standard(), SampleResult.TOOL))
                .isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(dir.resolve("report.json")).isNotEmptyFile();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("report.json");
        }
    }
}
