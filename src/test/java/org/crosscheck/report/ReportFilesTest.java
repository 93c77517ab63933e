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
import org.crosscheck.support.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    /** A writer of {@code format} that holds its whole document (the default) and writes what {@code body} writes. */
    private static ReportWriter writer(ReportFormat format, AtomicFiles.Body body) {
        return new ReportWriter() {
            @Override
            public ReportFormat format() {
                return format;
            }

            @Override
            public void write(CheckResult result, ToolInfo tool, OutputStream out) throws IOException {
                body.writeTo(out);
            }
        };
    }

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
        ReportWriter failing = writer(ReportFormat.JSON, out -> {
            out.write("{\"half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        });

        assertThatThrownBy(() -> new ReportFiles(List.of(failing))
                .write(dir, EnumSet.of(ReportFormat.JSON), SampleResult.standard(), SampleResult.TOOL))
                .hasMessage("disk full");

        assertThat(dir.resolve("report.json")).hasContent("previous report");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("report.json"));
        }
    }

    @Test
    void reportsWrittenSideBySideAreByteForByteThoseWrittenAlone() throws Exception {
        List<ReportWriter> all = List.of(new JsonReportWriter(), new HtmlReportWriter(), new SarifReportWriter(),
                new JunitReportWriter(), new MarkdownReportWriter(), new CodeQualityReportWriter());
        CheckResult result = SampleResult.standard();
        Path alone = dir.resolve("alone");
        for (ReportWriter writer : all) {
            new ReportFiles(List.of(writer)).write(alone, EnumSet.of(writer.format()), result, SampleResult.TOOL);
        }

        Path together = dir.resolve("together");
        List<Path> written = new ReportFiles(all).write(together, EnumSet.allOf(ReportFormat.class), result, SampleResult.TOOL);

        assertThat(written).hasSize(6);
        for (Path file : written) {
            assertThat(file).hasSameBinaryContentAs(alone.resolve(file.getFileName()));
        }
    }

    @Test
    void theWritersThatHoldAWholeDocumentTakeTurnsAndStreamingOnesRunAlongside() {
        List<ReportWriter> all = List.of(new JsonReportWriter(), new HtmlReportWriter(), new SarifReportWriter(),
                new JunitReportWriter(), new MarkdownReportWriter(), new CodeQualityReportWriter());

        assertThat(ReportFiles.lanes(all)).extracting(lane -> lane.stream().map(w -> w.format().label()).toList())
                .containsExactly(List.of("html"), List.of("json"), List.of("sarif"), List.of("junit"), List.of("md"), List.of("codequality"));
        ReportWriter wholeDocument = writer(ReportFormat.MARKDOWN, out -> { });
        assertThat(ReportFiles.lanes(List.of(new HtmlReportWriter(), new JsonReportWriter(), wholeDocument)))
                .extracting(lane -> lane.stream().map(w -> w.format().label()).toList())
                .containsExactly(List.of("html", "md"), List.of("json"));
        assertThat(ReportFiles.lanes(List.of(new JsonReportWriter())))
                .singleElement().satisfies(lane -> assertThat(lane).singleElement().isInstanceOf(JsonReportWriter.class));
    }

    @Test
    void aFailureWhileWritingSideBySideIsReportedAndTheOtherReportsStillComplete() throws Exception {
        ReportWriter failing = writer(ReportFormat.SARIF, out -> {
            throw new IOException("disk full");
        });

        assertThatThrownBy(() -> new ReportFiles(List.of(new JsonReportWriter(), failing))
                .write(dir, EnumSet.of(ReportFormat.JSON, ReportFormat.SARIF), SampleResult.standard(), SampleResult.TOOL))
                .isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(dir.resolve("report.json")).isNotEmptyFile();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("report.json");
        }
    }
}
