package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs each corpus with the options the launcher would give it (see cli.LauncherTest). */
class LauncherOptionsTest {

    @TempDir
    Path dir;

    @Test
    void theBenchmarkUsesTheLaunchersLimitAndOptions() throws IOException {
        Matcher limit = Pattern.compile("(?m)^small_facts_kb=(\\d+)$").matcher(Files.readString(Path.of("crosscheck")));

        assertThat(limit.find()).as("small_facts_kb= in the launcher").isTrue();
        assertThat(Long.parseLong(limit.group(1))).isEqualTo(Benchmark.SMALL_FACTS_KB);
        assertThat(Benchmark.launcherJvmOptions(dir)).contains("-XX:TieredStopAtLevel=1")
                .containsAll(Benchmark.launcherJvmOptions());
    }
}
