package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.crosscheck.bench.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus too big for the heap ends with a clear message and exit code 3, not a stack trace. */
class OutOfMemoryTest {

    @Test
    void aCorpusTooBigForTheHeapSaysSoAndHowToGiveItMore(@TempDir Path dir) throws Exception {
        new CorpusGenerator(CorpusGenerator.Spec.forClaims(20_000)).write(dir.resolve("facts"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx24m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", "--facts", dir.resolve("facts").toString(), "--out", dir.resolve("reports").toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isEqualTo(3);
        assertThat(output).contains("crosscheck: out of memory: the corpus needs more than the ")
                .contains("CROSSCHECK_JAVA_OPTS=-Xmx2g")
                .doesNotContain("\tat ").doesNotContain("Exception in thread");
    }

    @Test
    void recognisesTheHeapRunningOutEvenWhenAClassInitialiserHidItInAMessage() {
        assertThat(Main.causedByOutOfMemory(new OutOfMemoryError("Java heap space"))).isTrue();
        assertThat(Main.causedByOutOfMemory(new NoClassDefFoundError("Could not initialize class X")
                .initCause(new ExceptionInInitializerError("Exception java.lang.OutOfMemoryError: Java heap space [in thread \"main\"]"))))
                .isTrue();
        assertThat(Main.causedByOutOfMemory(new NoClassDefFoundError("org/example/Missing"))).isFalse();
        assertThat(Main.causedByOutOfMemory(new StackOverflowError())).isFalse();
    }

    @Test
    void theMessageNamesTheHeapInMegabytes() {
        assertThat(Main.outOfMemory(512L * 1024 * 1024)).startsWith("crosscheck: out of memory: the corpus needs more than the 512 MB");
    }
}
