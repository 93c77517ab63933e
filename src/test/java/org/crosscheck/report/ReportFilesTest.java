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
}
