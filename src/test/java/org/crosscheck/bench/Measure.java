package org.crosscheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.crosscheck.engine.RuleBaseBuilder;
import org.crosscheck.engine.RulesBuild;
import org.crosscheck.load.FactsLoader;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Phase;
import org.crosscheck.model.Progress;
import org.crosscheck.model.ToolInfo;
import org.crosscheck.normalize.NormalizedFacts;
import org.crosscheck.normalize.Normalizer;
import org.crosscheck.pipeline.CheckPipeline;
import org.crosscheck.pipeline.CheckRequest;
import org.crosscheck.report.ReportFiles;
import org.crosscheck.report.ReportFormat;

/** One measurement in a fresh JVM: {@code --measure MODE CORPUS RULES RESULT.json RULES-CACHE}. */
final class Measure {

    private static final Stopwatch WATCH = new Stopwatch();

    private Measure() {
    }

    static int run(String[] args) {
        LiveHeap.watch();
        String mode = args[1];
        Path corpus = Path.of(args[2]);
        Path rules = Path.of(args[3]);
        Path result = Path.of(args[4]);
        Path rulesCache = Path.of(args[5]);
        try {
            Map<String, Object> out = switch (mode) {
                case "yaml" -> yaml(corpus, 1);
                case "yaml-parallel" -> yaml(corpus, Runtime.getRuntime().availableProcessors());
                case "floor" -> floor(corpus);
                case "rules" -> rules(rules, rulesCache);
                case "check" -> check(corpus, rules, rulesCache, null);
                case "check-cached" -> check(corpus, rules, rulesCache, factsCache(rulesCache, corpus));
                default -> throw new IllegalArgumentException("unknown mode " + mode);
            };
            out.put("peakHeapBytes", Benchmark.peakHeapBytes());
            out.put("peakLiveBytes", LiveHeap.peak());
            new ObjectMapper().writeValue(result.toFile(), out);
            return 0;
        } catch (OutOfMemoryError e) {
            System.err.println("benchmark: out of memory in " + mode + (WATCH.current() == null ? "" : " (" + WATCH.current().label() + ")")
                    + " on " + corpus);
            return 3;
        } catch (Exception e) {
            e.printStackTrace();
            return 1;
        }
    }

    /**
     * The floor for loading: every facts file read, decoded and turned into events by the YAML
     * parser the loader uses (SnakeYAML's), nothing built. On one thread, the floor the targets are
     * stated against; on as many threads as the loader uses, what the loader's parsing alone costs.
     */
    private static Map<String, Object> yaml(Path corpus, int threads) throws Exception {
        List<Path> files = yamlFiles(corpus);
        CpuUsage before = CpuUsage.now();
        long events = 0;
        if (threads == 1) {
            for (Path file : files) {
                events += parse(file);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Long>> parsed = new ArrayList<>();
                for (Path file : files) {
                    parsed.add(pool.submit(() -> parse(file)));
                }
                for (Future<Long> one : parsed) {
                    events += one.get();
                }
            } finally {
                pool.shutdownNow();
            }
        }
        Map<String, Object> out = CpuUsage.now().since(before);
        out.put("threads", threads);
        out.put("events", events);
        return out;
    }

    /** The YAML events in one file. */
    private static long parse(Path file) throws IOException {
        org.yaml.snakeyaml.LoaderOptions limits = new org.yaml.snakeyaml.LoaderOptions();
        limits.setCodePointLimit(20 * 1024 * 1024); // as the loader allows (YamlReader.MAX_CODE_POINTS)
        String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
        var parser = new org.yaml.snakeyaml.parser.ParserImpl(new org.yaml.snakeyaml.reader.StreamReader(text), limits);
        long events = 0;
        while (!parser.checkEvent(org.yaml.snakeyaml.events.Event.ID.StreamEnd)) {
            parser.getEvent();
            events++;
        }
        return events;
    }

    /** The floor for the engine: the same comparisons from a HashMap group-by, timed after loading. */
    private static Map<String, Object> floor(Path corpus) throws Exception {
        NormalizedFacts facts = new Normalizer().normalize(new FactsLoader().load(corpus));
        CpuUsage before = CpuUsage.now();
        int verdicts = HashMapFloor.run(facts.corpus());
        Map<String, Object> out = CpuUsage.now().since(before);
        out.put("verdicts", verdicts);
        return out;
    }

    /** Building the rule base alone: compiling it, or loading it when the cache has it. */
    private static Map<String, Object> rules(Path rules, Path rulesCache) {
        CpuUsage before = CpuUsage.now();
        RulesBuild build = new RuleBaseBuilder(rulesCache).build(rules);
        if (!build.problems().isEmpty()) {
            throw new IllegalStateException("the rules do not build: " + build.problems());
        }
        return CpuUsage.now().since(before);
    }

    /**
     * Where {@code check-cached} keeps the corpus's parsed files: beside the rules cache, one directory
     * per corpus. The benchmark's first such run fills it; the runs it times find every file there.
     */
    static Path factsCache(Path rulesCache, Path corpus) {
        return rulesCache.resolveSibling("facts-cache").resolve(corpus.getFileName().toString());
    }

    /**
     * The real check, as the CLI runs it, timed by phase, with every report file written; with
     * {@code factsCache}, it reads the parsed files kept there (--facts-cache).
     */
    private static Map<String, Object> check(Path corpus, Path rules, Path rulesCache, Path factsCache) throws Exception {
        Stopwatch watch = WATCH;
        CpuUsage before = CpuUsage.now();
        // as the CLI does (CheckCommand): the writers get ready on their own thread while the check runs
        Supplier<ReportFiles> reportFiles = ReportFiles.readyInBackground();
        CheckResult result = new CheckPipeline(rulesCache, factsCache).check(CheckRequest.of(corpus, rules).withToday(LocalDate.of(2026, 1, 1)), watch);
        Path reports = Files.createTempDirectory("crosscheck-bench-reports");
        ToolInfo tool = new ToolInfo("crosscheck", "bench", null, null);
        watch.started(Phase.REPORTS, -1);
        List<Path> written = reportFiles.get().write(reports, EnumSet.copyOf(ReportFormat.files()), result, tool);
        watch.finished(Phase.REPORTS);
        Map<String, Object> out = CpuUsage.now().since(before); // the check's wall and CPU, not the rewrites' after it
        long reportBytes = 0;
        for (Path file : written) {
            reportBytes += Files.size(file);
        }
        // then each format alone, outside the end-to-end time, for the breakdown (the check writes them side by side)
        Map<String, Object> byFormat = new LinkedHashMap<>();
        for (Path file : written) {
            Files.delete(file);
        }
        for (ReportFormat format : ReportFormat.files()) {
            long formatStart = System.nanoTime();
            Path one = new ReportFiles().write(reports, EnumSet.of(format), result, tool).get(0);
            byFormat.put(format.label(), Map.of("ms", (System.nanoTime() - formatStart) / 1_000_000, "bytes", Files.size(one)));
            Files.delete(one);
        }
        Files.delete(reports);
        out.put("phasesMs", watch.millis());
        out.put("claimsLoaded", result.accounting().loaded());
        out.put("claimsChecked", result.accounting().checked());
        out.put("problems", result.problems().size());
        out.put("findings", result.findings().size());
        out.put("reportBytes", reportBytes);
        out.put("reports", byFormat);
        return out;
    }

    private static List<Path> yamlFiles(Path corpus) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** Times each phase of a check from the pipeline's progress calls. */
    static final class Stopwatch implements Progress {
        private final Map<Phase, Long> started = new EnumMap<>(Phase.class);
        private final Map<Phase, Long> took = new EnumMap<>(Phase.class);

        private Phase current;

        @Override
        public void started(Phase phase, long total) {
            current = phase;
            started.put(phase, System.nanoTime());
            Runtime runtime = Runtime.getRuntime();
            System.err.printf(java.util.Locale.ROOT, "  %-13s heap in use %,d MB%n", phase.label(),
                    (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        }

        Phase current() {
            return current;
        }

        @Override
        public void finished(Phase phase) {
            took.merge(phase, System.nanoTime() - started.get(phase), Long::sum);
        }

        Map<String, Long> millis() {
            Map<String, Long> out = new LinkedHashMap<>();
            took.forEach((phase, nanos) -> out.put(phase.name().toLowerCase(java.util.Locale.ROOT), nanos / 1_000_000));
            return out;
        }
    }
}
