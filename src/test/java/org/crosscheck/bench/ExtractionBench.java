package org.crosscheck.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.crosscheck.extract.ArticleReader;
import org.crosscheck.extract.ArticleText;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.ExtractionCorpus;
import org.crosscheck.extract.Extractor;

/**
 * The extraction row of the benchmark (docs/extraction.md): a 1,000-word article extracted against a
 * generated corpus of 100,000 claims. The corpus is loaded and its key index built once, then the
 * article is extracted {@code --repeat} times in this JVM; the row gives the index build and the
 * best and median extraction, against the budget of 2 s an article.
 *
 * <pre>mvn -B -Pbench verify -Dbench.args="--extract 100000 5"</pre>
 */
public final class ExtractionBench {

    static final int WORDS = 1_000;
    static final double BUDGET_SECONDS = 2.0;

    private ExtractionBench() {
    }

    public static void main(String[] args) throws Exception {
        int claims = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path corpusDir = CorpusGenerator.cached(CorpusGenerator.Spec.forClaims(claims), Path.of("target/bench/corpora"));

        long t0 = System.nanoTime();
        ExtractionCorpus corpus = ExtractionCorpus.load(corpusDir);
        long loaded = System.nanoTime();
        int keys = corpus.keys().size();
        long indexed = System.nanoTime();

        String text = article(claims / 10, WORDS, 7L);
        ArticleText article = new ArticleReader().read("bench-article.txt", text.getBytes(StandardCharsets.UTF_8));
        Extractor extractor = new Extractor(corpus);
        double[] seconds = new double[repeat];
        Extraction last = null;
        for (int r = 0; r < repeat; r++) {
            long start = System.nanoTime();
            last = extractor.extract(article, "2025-09-01");
            seconds[r] = (System.nanoTime() - start) / 1e9;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[repeat / 2];
        System.out.printf(Locale.ROOT, "extraction: corpus of %,d claims (%,d keys) loaded, normalized and indexed in %.2f s%n",
                corpus.corpus().claims().size(), keys, (indexed - t0) / 1e9);
        System.out.printf(Locale.ROOT, "| %,d-word article, %d sentences, %d candidates | %,d claims | first %.2f s | best %.2f s | median %.2f s | budget %.1f s: %s |%n",
                WORDS, last.sentences().size(), last.candidates().size(), claims, seconds[0], sorted[0], median, BUDGET_SECONDS,
                median <= BUDGET_SECONDS ? "within" : "OVER");
        System.out.printf(Locale.ROOT, "(load and normalize %.2f s; every run: %s)%n", (loaded - t0) / 1e9, Arrays.toString(seconds));
    }

    /**
     * A news-like article of about {@code words} words about the generated corpus's subjects: dates,
     * amounts and counts in sentences that name "Subject N", mixed with sentences that name nothing.
     */
    static String article(int keys, int words, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] months = {"January", "March", "May", "July", "September", "November"};
        List<String> sentences = new ArrayList<>();
        int count = 0;
        while (count < words) {
            int key = random.nextInt(keys);
            String sentence = switch (random.nextInt(5)) {
                case 0 -> "Officials said the figure for subject " + key + " was $" + (100 + random.nextInt(900))
                        + " million, according to the report published in " + months[random.nextInt(months.length)] + " 2024.";
                case 1 -> "Work on Subject " + key + " began on " + (1 + random.nextInt(28)) + " " + months[random.nextInt(months.length)]
                        + " 2023, and about " + (100 + random.nextInt(5000)) + " people were affected within two years.";
                case 2 -> "Residents of the area, who asked not to be named, said the U.S. and its partners had promised more support last year.";
                case 3 -> "The ministry's spokesperson, speaking in the capital, declined to comment on the details of the plan.";
                default -> "Subject " + key + " now houses nearly " + (1000 + random.nextInt(9000)) + " people, up from "
                        + (100 + random.nextInt(900)) + " in 2022, the agency said.";
            };
            sentences.add(sentence);
            count += sentence.split("\\s+").length;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            text.append(sentences.get(i)).append(i % 4 == 3 ? "\n" : " ");
        }
        return text.toString().strip() + "\n";
    }
}
