package org.crosscheck.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The data rows of a value corpus kept as test data (Duckling's and Recognizers-Text's phrases with
 * their expected values): tab-separated, '#' lines naming the source and its commit, then one
 * header line.
 */
final class CorpusTsv {

    private CorpusTsv() {
    }

    /** Every data row of the resource, its columns as written (empty trailing columns kept). */
    static List<String[]> rows(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = CorpusTsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("no test resource " + resource));
            }
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }
}
