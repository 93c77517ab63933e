package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** What {@code crosscheck serve} refuses before it listens: each with a clear message and exit code 2. */
class ServeCommandTest {

    @Test
    void anAddressBeyondThisMachineNeedsAToken() {
        assumeTrue(System.getenv(ServeCommand.TOKEN_VARIABLE) == null, "the environment sets a desk token");
        CliRun run = CliRun.of("serve", "--host", "0.0.0.0", "--port", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--host 0.0.0.0", "needs an access token", "--token", ServeCommand.TOKEN_VARIABLE)
                .doesNotContain("Exception");
        assertThat(run.out()).doesNotContain("the editor's desk is at");
    }

    @Test
    void aShortTokenIsRefused() {
        CliRun run = CliRun.of("serve", "--host", "0.0.0.0", "--port", "0", "--token", "secret");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("6 characters long; give at least 16");
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        CliRun run = CliRun.of("serve", "--port", "70000");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--port 70000 is not a port");
    }

    @Test
    void aMissingCorpusIsNamed() {
        CliRun run = CliRun.of("serve", "--port", "0", "--facts", "no-such-facts-dir");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no-such-facts-dir").doesNotContain("Exception");
    }
}
