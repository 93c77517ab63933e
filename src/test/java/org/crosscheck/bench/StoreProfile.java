package org.crosscheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Phase;
import org.crosscheck.model.ToolInfo;
import org.crosscheck.pipeline.CheckPipeline;
import org.crosscheck.pipeline.CheckRequest;
import org.crosscheck.pipeline.InputsDigest;
import org.crosscheck.report.ReportFiles;
import org.crosscheck.report.ReportFormat;

/**
 * Where a one-file edit re-checked through the store spends its time, in one fresh JVM per call,
 * as the CLI runs it (the same pipeline, the inputs digest the reports carry, every report file):
 * the phases from the pipeline's progress calls, and the store's own steps from its debug log.
 *
 * <pre>
 * java -cp ... org.crosscheck.bench.StoreProfile prime CORPUS STORE REPORTS   # index, then a full check through the store
 * java -cp ... org.crosscheck.bench.StoreProfile full  CORPUS - REPORTS       # a full check without the store
 * java -cp ... org.crosscheck.bench.StoreProfile edit  CORPUS STORE REPORTS N # source file N edited, checked through the store, restored
 * </pre>
 *
 * Not a unit test and never run by one: figures from it are taken by hand, with the load average.
 */
final class StoreProfile {

    private StoreProfile() {
    }

    public static void main(String[] args) throws Exception {
        // the store's steps log their times at debug level; nothing else is asked to
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
        System.setProperty("org.slf4j.simpleLogger.log.org.crosscheck", "debug");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        String mode = args[0];
        Path corpus = Path.of(args[1]);
        Path store = args[2].equals("-") ? null : Path.of(args[2]);
        Path reports = Path.of(args[3]);
        Path edited = null;
        Path original = null;
        if (mode.equals("edit")) {
            edited = sources(corpus).get(Integer.parseInt(args[4]));
            original = Files.createTempFile("store-profile-", ".yaml");
            Files.copy(edited, original, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(edited, Files.readString(edited).replaceFirst("(?m)^(    quantity: [^0-9]*)(\\d)", "$19$2"));
        }
        try {
            run(mode, corpus, store, reports);
        } finally {
            if (original != null) {
                Files.move(original, edited, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void run(String mode, Path corpus, Path store, Path reports) throws Exception {
        Measure.Stopwatch watch = new Measure.Stopwatch();
        CpuUsage before = CpuUsage.now();
        Supplier<ReportFiles> reportFiles = ReportFiles.readyInBackground();
        CheckPipeline pipeline = new CheckPipeline(Path.of("target/bench/rules-cache"));
        if (store != null) {
            pipeline.withStore(store, notice -> System.err.println("notice: " + notice));
        }
        CheckRequest request = CheckRequest.of(corpus, Path.of("rules")).withToday(LocalDate.of(2026, 1, 1));
        long started = System.nanoTime();
        CheckResult result = pipeline.check(request, watch);
        long checked = System.nanoTime();
        // as the CLI: through the store, the facts files' SHA-256s are the store's
        ToolInfo tool = new ToolInfo("crosscheck", "bench", null, null).withInputsDigest(InputsDigest.of(
                new ToolInfo("crosscheck", "bench", null, null), request, pipeline.lastFactsHashes().orElse(null)));
        long digested = System.nanoTime();
        Files.createDirectories(reports);
        watch.started(Phase.REPORTS, -1);
        reportFiles.get().write(reports, EnumSet.copyOf(ReportFormat.files()), result, tool);
        watch.finished(Phase.REPORTS);
        Map<String, Object> cpu = CpuUsage.now().since(before);
        System.out.printf(Locale.ROOT, "%s: check %,d ms, inputs digest %,d ms, phases %s, findings %,d, keys %s, process %s%n", mode,
                (checked - started) / 1_000_000, (digested - checked) / 1_000_000, watch.millis(), result.findings().size(),
                pipeline.lastKeyCounts().map(Object::toString).orElse("-"), cpu);
    }

    private static List<Path> sources(Path corpus) throws java.io.IOException {
        try (Stream<Path> files = Files.list(corpus.resolve("sources"))) {
            return files.sorted().toList();
        }
    }
}
