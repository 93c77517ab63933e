package org.crosscheck.spark;

import java.nio.file.Path;
import org.crosscheck.bench.CorpusGenerator;

/**
 * Writes the benchmark's generated corpus of N claims (once; it is cached by its spec) and prints its
 * directory: {@code GenerateCorpus N DIR [HOT_KEY_CLAIMS]}. For bench/run.
 */
public final class GenerateCorpus {

    private GenerateCorpus() {
    }

    public static void main(String[] args) {
        CorpusGenerator.Spec spec = CorpusGenerator.Spec.forClaims(Integer.parseInt(args[0]));
        if (args.length > 2) {
            spec = spec.withHotKey(Integer.parseInt(args[2]));
        }
        System.out.println(CorpusGenerator.cached(spec, Path.of(args[1])).toAbsolutePath());
    }
}
