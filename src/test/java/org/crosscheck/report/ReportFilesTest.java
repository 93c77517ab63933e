package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
    void aFailureWhileWritingSideBySideIsReportedAndNoReportOfTheSetIsMovedIntoPlace() throws Exception {
        ReportWriter failing = writer(ReportFormat.SARIF, out -> {
            throw new IOException("disk full");
        });

        assertThatThrownBy(() -> new ReportFiles(List.of(new JsonReportWriter(), failing))
                .write(dir, EnumSet.of(ReportFormat.JSON, ReportFormat.SARIF), SampleResult.standard(), SampleResult.TOOL))
                .isInstanceOf(IOException.class).hasMessage("disk full");
        try (var files = Files.list(dir)) {
            assertThat(files).as("the JSON report, written, is not moved into place without its set").isEmpty();
        }
    }

    @Test
    void whenOneReportOfTheSetFailsNoneIsReplacedAndNothingTemporaryIsLeft() throws Exception {
        Files.writeString(dir.resolve("report.json"), "previous json");
        Files.writeString(dir.resolve("summary.md"), "previous summary");
        ReportWriter json = writer(ReportFormat.JSON, out -> out.write("new json".getBytes(StandardCharsets.UTF_8)));
        ReportWriter markdown = writer(ReportFormat.MARKDOWN, out -> {
            throw new IOException("disk full");
        });

        assertThatThrownBy(() -> new ReportFiles(List.of(json, markdown))
                .write(dir, EnumSet.of(ReportFormat.JSON, ReportFormat.MARKDOWN), SampleResult.standard(), SampleResult.TOOL))
                .hasMessage("disk full");

        assertThat(dir.resolve("report.json")).hasContent("previous json");
        assertThat(dir.resolve("summary.md")).hasContent("previous summary");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(dir.resolve("report.json"), dir.resolve("summary.md"));
        }
    }

    @Test
    void theManifestIsTheSameForTheSameInputsAndAMixedSetIsDetected() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        Path reports = dir.resolve("reports");
        new ReportFiles().write(reports, EnumSet.allOf(ReportFormat.class), SampleResult.standard(), SampleResult.TOOL);
        new ReportFiles().write(other, EnumSet.allOf(ReportFormat.class), SampleResult.standard(), SampleResult.TOOL);

        Path manifest = reports.resolve(ReportSet.MANIFEST);
        assertThat(manifest).hasSameTextualContentAs(other.resolve(ReportSet.MANIFEST));
        assertThat(Files.readAllLines(manifest)).hasSize(ReportFormat.files().size())
                .allSatisfy(line -> assertThat(line).matches("[0-9a-f]{64}  [a-z.]+"))
                .anySatisfy(line -> assertThat(line).isEqualTo(ReportSet.sha256(reports.resolve("report.json")) + "  report.json"));
        assertThat(ReportFiles.mixedSet(reports)).isEmpty();

        // as a run killed between moving summary.md and report.json into place would leave them
        Files.writeString(reports.resolve("summary.md"), "# another run's summary\n");
        Files.delete(reports.resolve("junit.xml"));

        assertThat(ReportFiles.mixedSet(reports)).contains("junit.xml is missing, summary.md is from another run");
        new ReportFiles().write(reports, EnumSet.allOf(ReportFormat.class), SampleResult.standard(), SampleResult.TOOL);
        assertThat(ReportFiles.mixedSet(reports)).isEmpty();
    }

    @Test
    void onlyAReportWrittenWhenOrAfterItsManifestWasIsHashedAgain() throws Exception {
        Path reports = dir.resolve("reports");
        new ReportFiles().write(reports, EnumSet.allOf(ReportFormat.class), SampleResult.standard(), SampleResult.TOOL);
        FileTime listedAt = Files.getLastModifiedTime(reports.resolve(ReportSet.MANIFEST));
        Path summary = reports.resolve("summary.md");

        // other bytes with a time before the manifest's: taken as the file it lists, without reading it
        Files.writeString(summary, "# another run's summary\n");
        Files.setLastModifiedTime(summary, FileTime.fromMillis(listedAt.toMillis() - 5_000));
        assertThat(ReportFiles.mixedSet(reports)).isEmpty();

        // written in the manifest's own tick: hashed, and found
        Files.setLastModifiedTime(summary, listedAt);
        assertThat(ReportFiles.mixedSet(reports)).contains("summary.md is from another run");
        Files.setLastModifiedTime(summary, FileTime.fromMillis(listedAt.toMillis() + 5_000));
        assertThat(ReportFiles.mixedSet(reports)).contains("summary.md is from another run");
    }

    @Test
    void stagingDirectoriesOfRunsThatWereKilledAreRemoved() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path abandoned = Files.createDirectories(dir.resolve(".crosscheck-staging-" + gone.pid() + "-abc"));
        Files.writeString(abandoned.resolve("report.json"), "half a report");
        Path running = Files.createDirectories(dir.resolve(".crosscheck-staging-" + ProcessHandle.current().pid() + "-def"));
        Path oldTemporary = Files.writeString(dir.resolve(".report.html.k3j2.tmp"), "half");
        Files.setLastModifiedTime(oldTemporary, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200)));

        new ReportFiles().write(dir, EnumSet.of(ReportFormat.JSON), SampleResult.standard(), SampleResult.TOOL);

        assertThat(abandoned).doesNotExist();
        assertThat(oldTemporary).doesNotExist();
        assertThat(running).as("a run still going keeps its staging directory").exists();
    }
}
