package org.crosscheck.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.crosscheck.desk.DeskService;
import org.crosscheck.desk.DeskView;
import org.crosscheck.pipeline.CheckPipeline;
import org.crosscheck.pipeline.CheckRequest;

/**
 * The editor's desk row (issue 34): a 1,000-word draft (ExtractionBench's article) pasted into the
 * desk against a generated corpus. The desk is started once as {@code crosscheck serve} starts it
 * ({@link DeskService#start}: the rules built, the corpus loaded and normalized once, extraction's
 * indexes built on it, every pipeline's rules built), each step timed and followed by the live heap
 * after a full collection; with {@code --store} the store is built first and the desk reads the
 * corpus through it, as {@code serve --store} does. Then the draft is answered {@code repeat} times
 * in this JVM, extraction and check, as the desk's {@code /api/analyze} answers it (without HTTP).
 * The budget is 1 s after the paste.
 *
 * <pre>mvn -B -Pbench verify -Dbench.args="--desk 100000 5"      (add --store to start through the store)</pre>
 */
public final class DeskBench {

    static final double BUDGET_SECONDS = 1.0;

    private DeskBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> plain = new ArrayList<>(Arrays.asList(args));
        boolean throughStore = plain.remove("--store");
        int claims = plain.size() > 0 ? Integer.parseInt(plain.get(0)) : 100_000;
        int repeat = plain.size() > 1 ? Integer.parseInt(plain.get(1)) : 5;
        Path corpusDir = CorpusGenerator.cached(CorpusGenerator.Spec.forClaims(claims), Path.of("target/bench/corpora"));
        Path rules = Path.of("rules");
        LiveHeap.watch();
        System.out.printf(Locale.ROOT, "desk start-up, %,d claims%s, max heap %,d MB, load average %.2f:%n", claims,
                throughStore ? ", through the store" : "", Runtime.getRuntime().maxMemory() >> 20, load());
        long t0 = System.nanoTime();
        Path store = null;
        if (throughStore) {
            store = Files.createTempDirectory(Path.of("target/bench"), "desk-store-");
            new CheckPipeline().index(corpusDir, store, notice -> System.err.println("store: " + notice));
            step("store built", System.nanoTime() - t0);
        }
        List<CheckPipeline> pipelines = new ArrayList<>();
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            CheckPipeline pipeline = new CheckPipeline(Path.of("target/bench/rules-cache"));
            if (store != null) {
                pipeline.withStore(store, notice -> System.err.println("store: " + notice));
            }
            pipelines.add(pipeline);
        }
        long startedAt = System.nanoTime();
        long[] measured = new long[1];
        DeskService desk = DeskService.start(pipelines, CheckRequest.of(corpusDir, rules).withSettings(Path.of("crosscheck.yaml")),
                s -> {
                    measured[0] += s.nanos();
                    step(s.what(), s.nanos());
                });
        desk.warmUp(s -> { // as serve does
            measured[0] += s.nanos();
            step(s.what(), s.nanos());
        });
        System.out.printf(Locale.ROOT, "  started in %.2f s (%.2f s of it in the steps, the rest in the heap readings), "
                + "%,d claims; live heap at most %,d MB so far%n", (System.nanoTime() - startedAt) / 1e9, measured[0] / 1e9,
                desk.claims(), LiveHeap.peak() >> 20);

        String text = ExtractionBench.article(claims / 10, ExtractionBench.WORDS, 7L);
        double[] seconds = new double[repeat];
        DeskView.Analysis last = null;
        double loadBefore = load();
        for (int r = 0; r < repeat; r++) {
            long start = System.nanoTime();
            last = desk.analyze(text, "2025-09-01");
            seconds[r] = (System.nanoTime() - start) / 1e9;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[repeat / 2];
        System.out.printf(Locale.ROOT, "| %,d-word draft, %d sentences, %d candidate claims, %d findings | %,d claims | first %.2f s | "
                + "best %.2f s | median %.2f s | budget %.1f s: %s | load average %.2f → %.2f | live heap at most %,d MB |%n",
                ExtractionBench.WORDS, last.sentences().size(), last.claims().size(), last.outcome().findings().size(), claims,
                seconds[0], sorted[0], median, BUDGET_SECONDS, median <= BUDGET_SECONDS ? "within" : "OVER", loadBefore, load(),
                LiveHeap.peak() >> 20);
        System.out.printf(Locale.ROOT, "(every run: %s)%n", Arrays.toString(seconds));
    }

    /** One start-up step, with the heap still in use after a full collection once it ended. */
    private static void step(String what, long nanos) {
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "  %-90s %8.2f s   live heap %,6d MB   load %.2f%n", what, nanos / 1e9, live >> 20, load());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
