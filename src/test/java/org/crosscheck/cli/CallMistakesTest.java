package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in how crosscheck is called: each one line that says what to do, exit code 2, no stack trace. */
class CallMistakesTest {

    @TempDir
    Path dir;

    private static void noStackTrace(CliRun run) {
        assertThat(run.out() + run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void noArgumentsPrintsTheUsageAndExitsTwo() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: crosscheck").contains("no command given");
    }

    @Test
    void typosGetPicoclisSuggestions() {
        CliRun command = CliRun.of("chek");
        CliRun option = CliRun.of("check", "--fromat", "json");

        assertThat(command.exitCode()).isEqualTo(2);
        assertThat(command.err()).contains("Did you mean: crosscheck check");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).contains("--format");
    }

    @Test
    void aBadSourceDateEpochIsAUsageErrorNotACrash() {
        assertThatThrownBy(() -> Environment.sourceDateEpoch("99999999999999999999"))
                .isInstanceOf(UsageError.class).hasMessageStartingWith("SOURCE_DATE_EPOCH is '99999999999999999999'");
        assertThatThrownBy(() -> Environment.sourceDateEpoch("9223372036854775807")).isInstanceOf(UsageError.class);
        assertThatThrownBy(() -> Environment.sourceDateEpoch("yesterday")).isInstanceOf(UsageError.class);
        assertThat(Environment.sourceDateEpoch("1719792000")).contains(java.time.Instant.parse("2024-07-01T00:00:00Z"));
        assertThat(Environment.sourceDateEpoch(null)).isEmpty();
    }

    @Test
    void todayInAnotherFormatSaysWhichFormat() {
        CliRun run = CliRun.of("check", "--facts", dir.toString(), "--today", "01/01/2025");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'01/01/2025' is not a date; write it as YYYY-MM-DD, e.g. 2025-01-01");
        noStackTrace(run);
    }

    @Test
    void normalizeSaysAnchorAndChecksAs() {
        CliRun relative = CliRun.of("normalize", "earlier this year");
        CliRun kind = CliRun.of("normalize", "--as", "dat", "2024");

        assertThat(relative.exitCode()).isEqualTo(2);
        assertThat(relative.err()).contains("--anchor").doesNotContain("published:");
        assertThat(kind.exitCode()).isEqualTo(2);
        assertThat(kind.err()).contains("--as dat is not a kind of value (did you mean 'date'?)");
    }

    @Test
    void outputUsesTheSameDigitsWhateverTheLocale() throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
            CliRun run = CliRun.of("check", "--facts", CheckCommandEndToEndTest.FIXTURE, "--out", dir.toString());

            assertThat(run.out()).as(run.out()).matches("(?s)crosscheck: [0-9]+ sources.*");
            assertThat(Files.readString(dir.resolve("summary.md"))).doesNotContainPattern("[\\u0E50-\\u0E59\\u0660-\\u0669]");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anEmptyFactsOrOutIsAMistakeNotTheWorkingDirectory() {
        CliRun facts = CliRun.of("check", "--facts", "", "--out", dir.toString());
        CliRun out = CliRun.of("check", "--facts", CheckCommandEndToEndTest.FIXTURE, "--out", "");

        assertThat(facts.exitCode()).isEqualTo(2);
        assertThat(facts.err()).contains("--facts is empty");
        assertThat(out.exitCode()).isEqualTo(2);
        assertThat(out.err()).contains("--out is empty");
        assertThat(dir).isEmptyDirectory();
    }
}
