package org.crosscheck.bench;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The amount reader's speed on the quantity values of the generated million-claim corpus, for two
 * builds of crosscheck in one run: each jar is loaded in a class loader of its own, and the two read
 * the values block by block in turn (A then B, B then A, ...), so that both see the same host load. The
 * ratio of their times is the figure; the absolute times depend on the minute on a shared host.
 *
 * <p>{@code java -cp target/test-classes:<the jar's dependencies> org.crosscheck.bench.AmountReaderBench
 * --corpus-claims 1000000 --rounds 5 A.jar B.jar}; prints one line per round and the ratio of B's time to A's.
 */
public final class AmountReaderBench {

    private AmountReaderBench() {
    }

    public static void main(String[] args) throws Throwable {
        int claims = 1_000_000;
        int rounds = 5;
        List<Path> jars = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus-claims" -> claims = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> jars.add(Path.of(args[i]));
            }
        }
        if (jars.size() != 2) {
            throw new IllegalArgumentException("give two crosscheck jars to compare");
        }
        Path corpus = CorpusGenerator.cached(CorpusGenerator.Spec.forClaims(claims), Path.of("target/bench/corpora"));
        List<String> values = quantities(corpus);
        System.out.printf(Locale.ROOT, "%d quantity values from %s%n", values.size(), corpus);
        MethodHandle[] readers = {reader(jars.get(0)), reader(jars.get(1))};
        for (int warm = 0; warm < 2; warm++) {
            for (MethodHandle reader : readers) {
                read(reader, values, 0, values.size()); // let both builds be compiled before the rounds that count
            }
        }
        // the builds take turns block by block, so that a change in the host's load falls on both alike
        int block = 10_000;
        double[] ratios = new double[rounds];
        long[] total = new long[2];
        for (int round = 0; round < rounds; round++) {
            long[] nanos = new long[2];
            long[] read = new long[2];
            for (int from = 0, b = 0; from < values.size(); from += block, b++) {
                int to = Math.min(values.size(), from + block);
                for (int j = 0; j < 2; j++) {
                    int which = (b + round) % 2 == 0 ? j : 1 - j;
                    long start = System.nanoTime();
                    read[which] += read(readers[which], values, from, to);
                    nanos[which] += System.nanoTime() - start;
                }
            }
            ratios[round] = (double) nanos[1] / nanos[0];
            total[0] += nanos[0];
            total[1] += nanos[1];
            System.out.printf(Locale.ROOT, "round %d: %s %.2f s (%d read), %s %.2f s (%d read); ratio %.3f%n", round + 1,
                    jars.get(0).getFileName(), nanos[0] / 1e9, read[0], jars.get(1).getFileName(), nanos[1] / 1e9, read[1], ratios[round]);
        }
        Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "all rounds: %s %.2f s, %s %.2f s; ratio of totals %.3f, median round ratio %.3f (%.3f..%.3f); load average %s%n",
                jars.get(0).getFileName(), total[0] / 1e9, jars.get(1).getFileName(), total[1] / 1e9, (double) total[1] / total[0],
                ratios[ratios.length / 2], ratios[0], ratios[ratios.length - 1], Files.readString(Path.of("/proc/loadavg")).strip());
    }

    /** {@code QuantityParser.parse(String)} of the build in {@code jar}, isolated from every other build. */
    private static MethodHandle reader(Path jar) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Class<?> parser = Class.forName("org.crosscheck.normalize.QuantityParser", true, loader);
        Class<?> parsed = Class.forName("org.crosscheck.normalize.Parsed", true, loader);
        return MethodHandles.publicLookup().findStatic(parser, "parse", MethodType.methodType(parsed, String.class));
    }

    /** Reads values {@code from} to {@code to}; returns how many were read (not refused), so two builds' work can be compared. */
    private static long read(MethodHandle reader, List<String> values, int from, int to) throws Throwable {
        long read = 0;
        for (int i = from; i < to; i++) {
            Object result = reader.invoke(values.get(i));
            if (!result.getClass().getSimpleName().equals("Failed")) {
                read++;
            }
        }
        return read;
    }

    /** Every {@code quantity:} value of the corpus's sources, as written. */
    private static List<String> quantities(Path corpus) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus.resolve("sources"))) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int at = line.indexOf("quantity: ");
                    if (at >= 0) {
                        String v = line.substring(at + "quantity: ".length()).strip();
                        out.add(v.startsWith("\"") || v.startsWith("'") ? v.substring(1, v.length() - 1) : v);
                    }
                }
            }
        }
        return out;
    }

}
