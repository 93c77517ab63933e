package org.crosscheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark harness: generates corpora of N claims and measures, each in a fresh JVM with the
 * documented heap, the full check by phase, the bare YAML parse of the same files, and a plain-Java
 * HashMap group-by doing the same comparisons as the rules. Prints the table and the ratios and
 * writes them to {@code target/bench/results.md} and {@code results.json}.
 *
 * <p>Run with {@code mvn -B -Pbench verify} (see docs/performance.md); it is never part of the unit tests.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measures crosscheck on generated corpora; see docs/performance.md.")
public final class Benchmark implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", paramLabel = "N,...", defaultValue = "10000,100000,1000000",
            description = "Corpus sizes in claims (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--hot-key", split = ",", paramLabel = "H,...", defaultValue = "1000,2500,5000,10000,20000",
            description = "Claims on the hot key, for the linearity series at --hot-key-corpus claims (default: ${DEFAULT-VALUE}).")
    List<Integer> hotKey;

    @Option(names = "--hot-key-corpus", paramLabel = "N", defaultValue = "100000",
            description = "Corpus size for the hot-key series (default: ${DEFAULT-VALUE}).")
    int hotKeyCorpus;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "2g",
            description = "Maximum heap of each measuring JVM (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--repeat", paramLabel = "R", defaultValue = "1",
            description = "Runs per measurement; the fastest is kept (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Where corpora are cached and results written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--store-sizes", split = ",", paramLabel = "N,...", defaultValue = "100000",
            description = "Corpus sizes for the store's rows, cold processes through ./crosscheck (default: ${DEFAULT-VALUE}; "
                    + "add 1000000 for the million-claim rows).")
    List<Integer> storeSizes;

    @Option(names = "--store-runs", paramLabel = "R", defaultValue = "3",
            description = "Timed runs per store row, after one untimed run; the median is kept (default: ${DEFAULT-VALUE}).")
    int storeRuns;

    @Option(names = "--store-only", description = "Measure only the store's rows.")
    boolean storeOnly;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", description = "Rules to measure (default: ${DEFAULT-VALUE}).")
    Path rules;

    private static final Path JAR = Path.of("target/crosscheck.jar");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--measure")) {
            System.exit(Measure.run(args));
        }
        if (args.length > 0 && args[0].equals("--extract")) { // the extraction row: ExtractionBench
            try {
                ExtractionBench.main(Arrays.copyOfRange(args, 1, args.length));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            System.exit(0);
        }
        if (args.length > 0 && args[0].equals("--desk")) { // the editor's desk row: DeskBench
            try {
                DeskBench.main(Arrays.copyOfRange(args, 1, args.length));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            System.exit(0);
        }
        System.exit(new CommandLine(new Benchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(out);
        if (storeOnly) {
            return storeRows();
        }
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", machine());
        List<Map<String, Object>> bySize = new ArrayList<>();
        // the checks load the rules from the cache, as every run after the first does; ruleBase() times both
        fork("rules", Path.of("."));
        for (int n : sizes) {
            Path corpus = generate(CorpusGenerator.Spec.forClaims(n));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("claims", n);
            row.put("corpusBytes", sizeOf(corpus));
            row.put("yaml", best("yaml", corpus));
            row.put("yamlParallel", best("yaml-parallel", corpus));
            row.put("floor", best("floor", corpus));
            row.put("check", best("check", corpus));
            // a run again over files that did not change (--facts-cache): one check fills the cache, untimed
            fork("check-cached", corpus);
            row.put("checkCached", best("check-cached", corpus));
            bySize.add(row);
            System.out.println(Table.sizeRow(row));
            System.out.println(Table.cpuRow(row));
            System.out.println(Table.cachedRow(row));
        }
        results.put("sizes", bySize);
        List<Map<String, Object>> hot = new ArrayList<>();
        for (int h : hotKey) {
            Path corpus = generate(CorpusGenerator.Spec.forClaims(hotKeyCorpus).withHotKey(h));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("hotKeyClaims", h);
            row.put("check", best("check", corpus));
            hot.add(row);
            System.out.println(Table.hotRow(row));
        }
        results.put("hotKey", hot);
        results.put("ruleBase", ruleBase());
        results.put("coldStart", ColdStart.measure(Path.of("./crosscheck"), 5));
        Files.writeString(out.resolve("results.json"), JSON.writeValueAsString(results));
        String table = Table.markdown(results);
        Files.writeString(out.resolve("results.md"), table);
        System.out.println();
        System.out.println(table);
        return storeRows();
    }

    /** The store's rows (issue 32), written to {@code store.md} and {@code store.json}. */
    private int storeRows() throws IOException, InterruptedException {
        List<Map<String, Object>> rows = new ArrayList<>();
        StoreBenchmark bench = new StoreBenchmark(out, storeRuns);
        for (int n : storeSizes) {
            Map<String, Object> row = bench.measure(generate(CorpusGenerator.Spec.forClaims(n)), n);
            rows.add(row);
            System.out.println("store: " + row);
        }
        String table = StoreBenchmark.markdown(rows);
        Files.writeString(out.resolve("store.json"), JSON.writeValueAsString(rows));
        Files.writeString(out.resolve("store.md"), table);
        System.out.println();
        System.out.println(table);
        return 0;
    }

    private Path generate(CorpusGenerator.Spec spec) {
        System.err.printf(Locale.ROOT, "corpus: %,d claims, %,d sources, %,d keys, hot key %,d%n", spec.claims(),
                spec.sources(), spec.keys(), spec.hotKeyClaims());
        return CorpusGenerator.cached(spec, out.resolve("corpora"));
    }

    /**
     * Building the rule base in a fresh JVM: compiled (an empty cache, as after a rule edit), then
     * loaded from the cache that run filled.
     */
    private Map<String, Object> ruleBase() throws IOException, InterruptedException {
        Path cache = Files.createTempDirectory(out, "rules-cache-");
        Map<String, Object> compiled = fork("rules", Path.of("."), cache);
        Map<String, Object> loaded = fork("rules", Path.of("."), cache);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("compileMs", compiled.get("wallMs"));
        row.put("cachedMs", loaded.get("wallMs"));
        row.put("compileStealPercent", compiled.get("stealPercent"));
        row.put("cachedStealPercent", loaded.get("stealPercent"));
        System.out.println("rule base: compiled in " + compiled.get("wallMs") + " ms, loaded from the cache in " + loaded.get("wallMs") + " ms");
        return row;
    }

    /** The fastest of {@link #repeat} runs of one measurement, each in a fresh JVM. */
    private Map<String, Object> best(String mode, Path corpus) throws IOException, InterruptedException {
        Map<String, Object> best = null;
        for (int i = 0; i < repeat; i++) {
            Map<String, Object> run = fork(mode, corpus);
            if (best == null || ((Number) run.get("wallMs")).longValue() < ((Number) best.get("wallMs")).longValue()) {
                best = run;
            }
        }
        return best;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fork(String mode, Path corpus) throws IOException, InterruptedException {
        return fork(mode, corpus, out.resolve("rules-cache"));
    }

    private Map<String, Object> fork(String mode, Path corpus, Path rulesCache) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path result = Files.createTempFile(out, "measure-", ".json");
        // crosscheck's classes come from the jar, as in a real run: the rules cache keys on the jar
        // and keeps nothing on disk for a classes directory
        String classPath = Files.exists(JAR) ? JAR + File.pathSeparator + System.getProperty("java.class.path")
                : System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-Dorg.slf4j.simpleLogger.defaultLogLevel=error"));
        // the rule base builds before any facts are read, so it runs with the options every run has
        command.addAll(mode.equals("rules") ? launcherJvmOptions() : launcherJvmOptions(corpus));
        command.addAll(List.of("-cp", classPath, Benchmark.class.getName(), "--measure", mode, corpus.toString(), rules.toString(),
                result.toString(), rulesCache.toString()));
        Process process = new ProcessBuilder(command).inheritIO().start();
        int code = process.waitFor();
        try {
            if (code != 0) {
                Map<String, Object> failed = new LinkedHashMap<>();
                failed.put("failed", "exit " + code + (code == 3 ? " (out of memory at -Xmx" + heap + ")" : ""));
                failed.put("wallMs", Long.MAX_VALUE);
                return failed;
            }
            return JSON.readValue(result.toFile(), Map.class);
        } finally {
            Files.deleteIfExists(result);
        }
    }

    /**
     * The largest facts directory the launcher adds {@code jvm-small-facts.options} for, in kilobytes:
     * {@code small_facts_kb} in the {@code crosscheck} script ({@code LauncherOptionsTest} keeps the two equal).
     */
    static final long SMALL_FACTS_KB = 32_768;

    /** The JVM options the launcher runs crosscheck with on every corpus. */
    static List<String> launcherJvmOptions() throws IOException {
        return options(Path.of("src/main/launcher/jvm.options"));
    }

    /**
     * The JVM options the launcher runs crosscheck with on {@code corpus}, so the measurements are of
     * what users run: the small-facts options too when the corpus is small. Every measurement of one
     * corpus, the floors included, runs with the same options.
     */
    static List<String> launcherJvmOptions(Path corpus) throws IOException {
        List<String> options = new ArrayList<>(launcherJvmOptions());
        if (Files.isDirectory(corpus) && kilobytes(corpus) <= SMALL_FACTS_KB) {
            options.addAll(options(Path.of("src/main/launcher/jvm-small-facts.options")));
        }
        return options;
    }

    private static List<String> options(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** The directory's size as {@code du -sk} counts it: whole 4 KB blocks per file. */
    private static long kilobytes(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return (Files.size(file) + 4095) / 4096 * 4;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private Map<String, Object> machine() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("heap", "-Xmx" + heap);
        m.put("jvmOptions", launcherJvmOptions());
        m.put("cpu", cpuModel());
        return m;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long sizeOf(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Peak heap in use since the JVM started: the sum of the heap pools' peaks (an upper bound; it counts garbage). */
    static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
