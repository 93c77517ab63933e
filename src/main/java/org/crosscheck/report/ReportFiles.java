package org.crosscheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.ToolInfo;

/**
 * Writes the chosen reports into a directory. Each file is written to a temporary file beside
 * it and then renamed over the old one, so an interrupted run leaves the previous report whole.
 */
public final class ReportFiles {

    private final List<ReportWriter> writers;

    public ReportFiles() {
        this(List.of(new JsonReportWriter(), new HtmlReportWriter(), new SarifReportWriter(), new JunitReportWriter(),
                new MarkdownReportWriter(), new CodeQualityReportWriter()));
    }

    ReportFiles(List<ReportWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    /** Writes every requested format; returns the paths written, in format order. */
    public List<Path> write(Path dir, Set<ReportFormat> formats, CheckResult result, ToolInfo tool) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (ReportWriter writer : writers) {
            if (formats.contains(writer.format())) {
                Path target = dir.resolve(writer.format().fileName());
                writeAtomically(target, out -> writer.write(result, tool, out));
                written.add(target);
            }
        }
        return written;
    }

    /** Writes the baseline of the result's open warnings and errors; returns how many were recorded. */
    public int writeBaseline(Path file, CheckResult result, ToolInfo tool) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        writeAtomically(file, out -> new BaselineWriter().write(result, tool, out));
        return BaselineWriter.recorded(result).size();
    }

    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    static void writeAtomically(Path target, Body body) throws IOException {
        // not Files.createTempFile: its owner-only permissions would carry over to the report, which
        // CI servers and reviewers other than the owner must be able to read; CREATE_NEW keeps the umask
        Path temp = target.toAbsolutePath().resolveSibling("." + target.getFileName() + "."
                + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(
                    Files.newOutputStream(temp, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE),
                    1 << 16)) {
                body.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
