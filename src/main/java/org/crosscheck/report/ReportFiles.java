package org.crosscheck.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.ReportRows;
import org.crosscheck.model.ToolInfo;
import org.crosscheck.support.AtomicFiles;
import org.crosscheck.support.DaemonThreads;
import org.crosscheck.support.Failures;

/**
 * Writes the chosen reports into a directory, as a set: all are written before any is moved into
 * place, and a manifest says which files belong together ({@link ReportSet}), so an interrupted
 * run leaves the previous reports whole, or a mix the next run detects.
 */
public final class ReportFiles {

    private final List<ReportWriter> writers;

    public ReportFiles() {
        this(List.of(new JsonReportWriter(), new HtmlReportWriter(), new SarifReportWriter(), new JunitReportWriter(),
                new MarkdownReportWriter(), new CodeQualityReportWriter()));
    }

    /**
     * Report writers made ready on a daemon thread (the HTML template compiles, the writers' classes
     * load) while the caller checks the facts; {@code get()} waits for them. In a cold check of the
     * bundled corpus this took about 70 ms on the main thread between the last finding and the
     * first report byte.
     */
    public static Supplier<ReportFiles> readyInBackground() {
        FutureTask<ReportFiles> ready = new FutureTask<>(ReportFiles::new);
        DaemonThreads.named("crosscheck-report-setup").newThread(ready).start();
        return () -> Failures.await(ready, "the report writers were getting ready");
    }

    ReportFiles(List<ReportWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    /** Writes every requested format; returns the paths written, in format order. */
    public List<Path> write(Path dir, Set<ReportFormat> formats, CheckResult result, ToolInfo tool) throws IOException {
        Files.createDirectories(dir);
        ReportSet.removeAbandoned(dir);
        List<ReportWriter> chosen = writers.stream().filter(w -> formats.contains(w.format())).toList();
        if (chosen.isEmpty()) {
            return List.of();
        }
        // every report into a staging directory first; moved into place only when all are written
        Path staging = ReportSet.staging(dir);
        Map<String, byte[]> digests;
        try {
            digests = writeAll(staging, chosen, result, tool);
        } catch (IOException | RuntimeException | Error e) {
            ReportSet.discard(staging);
            throw e;
        }
        ReportSet.publish(staging, dir, chosen.stream().map(w -> w.format().fileName()).toList(), digests, tool.inputsDigest());
        return chosen.stream().map(w -> dir.resolve(w.format().fileName())).toList();
    }

    /**
     * Writes {@code report.json} alone from a check's kept parts ({@link JsonReportWriter#write(JsonReportWriter.Head,
     * ToolInfo, ReportRows, OutputStream)}), staged and published as {@link #write} publishes a set of one.
     */
    public List<Path> writeJson(Path dir, JsonReportWriter.Head head, ToolInfo tool, ReportRows rows) throws IOException {
        Files.createDirectories(dir);
        ReportSet.removeAbandoned(dir);
        JsonReportWriter json = (JsonReportWriter) writers.stream().filter(w -> w.format() == ReportFormat.JSON).findFirst()
                .orElseGet(JsonReportWriter::new);
        Path staging = ReportSet.staging(dir);
        byte[] digest;
        try {
            digest = AtomicFiles.writeHashed(staging.resolve(ReportFormat.JSON.fileName()), out -> json.write(head, tool, rows, out));
        } catch (IOException | RuntimeException | Error e) {
            ReportSet.discard(staging);
            throw e;
        }
        ReportSet.publish(staging, dir, List.of(ReportFormat.JSON.fileName()), Map.of(ReportFormat.JSON.fileName(), digest),
                tool.inputsDigest());
        return List.of(dir.resolve(ReportFormat.JSON.fileName()));
    }

    /**
     * What is wrong with the set of reports in {@code dir} before this run replaces it, if anything:
     * files from two runs, or a file changed since it was written (see {@link ReportSet}).
     */
    public static java.util.Optional<String> mixedSet(Path dir) {
        return ReportSet.mixed(dir);
    }

    /** Writes each report into {@code dir}; returns the SHA-256 of each, by file name. */
    private Map<String, byte[]> writeAll(Path dir, List<ReportWriter> chosen, CheckResult result, ToolInfo tool) throws IOException {
        Map<String, byte[]> digests = new ConcurrentHashMap<>();
        List<List<ReportWriter>> lanes = lanes(chosen);
        // a thread per lane, more than the cores: a small check's reports cost mostly class loading,
        // which threads overlap, and at a million claims a writer left to wait behind a long one
        // (JUnit) would leave a core idle
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, lanes.size()), DaemonThreads.named("crosscheck-report"));
        try {
            List<Future<Void>> pending = new ArrayList<>();
            for (List<ReportWriter> lane : lanes) {
                pending.add(pool.submit(() -> {
                    for (ReportWriter writer : lane) {
                        digests.put(writer.format().fileName(),
                                AtomicFiles.writeHashed(dir.resolve(writer.format().fileName()), out -> writer.write(result, tool, out)));
                    }
                    return null;
                }));
            }
            // every report is finished (or cleaned up) before the first failure is thrown
            Throwable failure = null;
            for (Future<Void> lane : pending) {
                Throwable thrown = outcome(lane);
                failure = failure == null ? thrown : failure;
            }
            Failures.rethrow(failure, IOException.class);
        } finally {
            pool.shutdownNow();
        }
        return digests;
    }

    /**
     * The writers, in groups that run side by side; each group writes its reports one after another.
     * The writers that build their whole document take turns in one group, so the heap holds at most
     * one whole document, as when writing one report at a time; each streaming writer, which holds
     * one finding at a time, runs alongside on its own.
     */
    static List<List<ReportWriter>> lanes(List<ReportWriter> writers) {
        List<ReportWriter> whole = writers.stream().filter(w -> !w.streams()).toList();
        List<List<ReportWriter>> lanes = new ArrayList<>();
        if (!whole.isEmpty()) {
            lanes.add(whole);
        }
        writers.stream().filter(ReportWriter::streams).forEach(w -> lanes.add(List.of(w)));
        return lanes;
    }

    /** What writing a report threw, or null. */
    private static Throwable outcome(Future<Void> report) throws InterruptedIOException {
        try {
            report.get();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the reports");
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    /** Writes the baseline of the result's open warnings and errors; returns how many were recorded. */
    public int writeBaseline(Path file, CheckResult result, ToolInfo tool) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        AtomicFiles.write(file, out -> new BaselineWriter().write(result, tool, out));
        return BaselineWriter.recorded(result).size();
    }
}
