package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.crosscheck.support.FactsDir;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that would block or never end (a named pipe, a device) are refused at once with a message. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BlockingInputsTest {

    @TempDir
    Path dir;

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        int made = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
        Assumptions.assumeTrue(made == 0, "mkfifo is needed");
        return fifo;
    }

    @Test
    void aPipeAsTheSettingsIsRefusedNotWaitedFor() throws Exception {
        Path pipe = fifo("crosscheck.yaml");

        CliRun run = CliRun.of("check", "--facts", CheckCommandEndToEndTest.FIXTURE, "--config", pipe.toString(),
                "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out() + run.err()).contains(pipe + ": the settings are not a regular file (a directory, a device or a pipe)");
    }

    @Test
    void aPipeAsAnArticleTextIsRefusedNotWaitedFor() throws Exception {
        Path facts = new FactsDir(dir.resolve("facts")).file("entities.yaml", FactsDir.ENTITIES)
                .file("sources/a.yaml", FactsDir.source("a", "2024-07-01",
                        FactsDir.claim("a-1", "acme-deal", "signing-date", "date", "June 2024", "in June 2024"))
                        .replace("  outlet: Outlet\n", "  outlet: Outlet\n  text: a.txt\n"))
                .root();
        java.nio.file.Files.createDirectories(dir.resolve("texts"));
        fifo("texts/a.txt");

        CliRun run = CliRun.of("check", "--facts", facts.toString(), "--texts", dir.resolve("texts").toString(),
                "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.out() + run.err()).contains("text 'a.txt' is not a regular file (a directory, a device or a pipe)");
    }
}
