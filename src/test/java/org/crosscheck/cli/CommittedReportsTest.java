package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.FailOn;
import org.crosscheck.model.ToolInfo;
import org.crosscheck.pipeline.CheckPipeline;
import org.crosscheck.pipeline.CheckRequest;
import org.crosscheck.pipeline.InputsDigest;
import org.crosscheck.report.ReportFiles;
import org.crosscheck.report.ReportFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

/** reports/ in the repository shows what the tool produces; it must match the bundled corpus exactly. */
class CommittedReportsTest {

    @TempDir
    static Path fresh;

    static java.util.List<ReportFormat> files() {
        return ReportFormat.files();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("files")
    void committedReportIsWhatTheBundledCorpusProducesToday(ReportFormat format) throws Exception {
        Path generated = fresh.resolve(format.fileName());
        if (!Files.exists(generated)) {
            CheckRequest request = CheckRequest.of(Path.of("facts"), Path.of("rules"));
            CheckResult result = new CheckPipeline().check(request);
            ToolInfo tool = new ToolInfo("crosscheck", VersionProvider.version(), null);
            new ReportFiles().write(fresh, EnumSet.allOf(ReportFormat.class), result,
                    tool.withInputsDigest(InputsDigest.of(tool, request)));
        }
        Path committed = Path.of("reports", format.fileName());

        assertThat(committed).as("reports/%s is missing: run ./crosscheck check and commit reports/", format.fileName()).exists();
        assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                .as("reports/%s is stale: run ./crosscheck check and commit reports/", format.fileName())
                .isEqualTo(Files.readString(generated, StandardCharsets.UTF_8));
    }
}
