package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureTest {

    @Test
    void theParseOnEveryCoreReadsTheSameEventsAsTheParseOnOneThread(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(CorpusGenerator.Spec.forClaims(2_000)).write(corpus);

        Map<String, Object> serial = measure("yaml", corpus, dir);
        Map<String, Object> parallel = measure("yaml-parallel", corpus, dir);

        // a claim is at least a mapping's start and end and a key and a value: many events each
        assertThat(((Number) serial.get("events")).longValue()).isGreaterThan(4 * 2_000);
        assertThat(parallel.get("events")).isEqualTo(serial.get("events"));
        assertThat(serial.get("threads")).isEqualTo(1);
        assertThat(parallel.get("threads")).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(parallel).containsKeys("wallMs", "cpuMs", "busyPercent");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure(String mode, Path corpus, Path dir) throws Exception {
        Path result = dir.resolve(mode + ".json");
        int code = Measure.run(new String[] {"--measure", mode, corpus.toString(), "rules", result.toString(), dir.resolve("cache").toString()});
        assertThat(code).isZero();
        return new ObjectMapper().readValue(result.toFile(), Map.class);
    }
}
