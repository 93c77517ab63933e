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
import org.crosscheck.extract.ExtractionCorpus;
import org.crosscheck.pipeline.CheckPipeline;
import org.crosscheck.pipeline.CheckRequest;

/**
 * The editor's desk row (issue 34): a 1,000-word draft (ExtractionBench's article) pasted into the
 * desk against a generated corpus read through the store. The store is built and the desk started
 * once (the corpus loaded for extraction, the rules built), as {@code crosscheck serve --store} does;
 * then the draft is answered {@code repeat} times in this JVM, extraction and check, as the desk's
 * {@code /api/analyze} answers it (without HTTP). The budget is 1 s after the paste.
 *
 * <pre>mvn -B -Pbench verify -Dbench.args="--desk 100000 5"</pre>
 */
public final class DeskBench {

    static final double BUDGET_SECONDS = 1.0;

    private DeskBench() {
    }

    public static void main(String[] args) throws Exception {
        int claims = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path corpusDir = CorpusGenerator.cached(CorpusGenerator.Spec.forClaims(claims), Path.of("target/bench/corpora"));
        Path store = Files.createTempDirectory(Path.of("target/bench"), "desk-store-");
        Path rules = Path.of("rules");

        long t0 = System.nanoTime();
        new CheckPipeline().index(corpusDir, store, notice -> System.err.println("store: " + notice));
        long indexed = System.nanoTime();
        ExtractionCorpus corpus = ExtractionCorpus.load(corpusDir);
        long loaded = System.nanoTime();
        List<CheckPipeline> pipelines = new ArrayList<>();
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            pipelines.add(new CheckPipeline(Path.of("target/bench/rules-cache")).withStore(store, notice -> System.err.println("store: " + notice)));
        }
        DeskService desk = new DeskService(corpus, pipelines, CheckRequest.of(corpusDir, rules).withSettings(Path.of("crosscheck.yaml")));
        desk.warmUp();
        long started = System.nanoTime();

        String text = ExtractionBench.article(claims / 10, ExtractionBench.WORDS, 7L);
        double[] seconds = new double[repeat];
        DeskView.Analysis last = null;
        for (int r = 0; r < repeat; r++) {
            long start = System.nanoTime();
            last = desk.analyze(text, "2025-09-01");
            seconds[r] = (System.nanoTime() - start) / 1e9;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[repeat / 2];
        System.out.printf(Locale.ROOT, "desk: store built in %.2f s; corpus of %,d claims loaded and indexed for extraction in %.2f s; "
                + "rules built and the corpus loaded and normalized for checking in %.2f s%n", (indexed - t0) / 1e9, corpus.corpus().claims().size(), (loaded - indexed) / 1e9,
                (started - loaded) / 1e9);
        System.out.printf(Locale.ROOT, "| %,d-word draft, %d sentences, %d candidate claims, %d findings | %,d claims | first %.2f s | "
                + "best %.2f s | median %.2f s | budget %.1f s: %s | load average %.2f |%n", ExtractionBench.WORDS, last.sentences().size(),
                last.claims().size(), last.outcome().findings().size(), claims, seconds[0], sorted[0], median, BUDGET_SECONDS,
                median <= BUDGET_SECONDS ? "within" : "OVER", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "(every run: %s)%n", Arrays.toString(seconds));
    }
}
