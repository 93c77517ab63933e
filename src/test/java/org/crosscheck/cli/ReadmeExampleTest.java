package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The README's worked examples are real output; this keeps them so as the rules and facts change. */
class ReadmeExampleTest {

    @TempDir
    Path out;

    @ParameterizedTest(name = "$ ./crosscheck {0}")
    @CsvSource(delimiter = '|', textBlock = """
            check                                                   | check
            check --draft docs/examples/draft-mnna-explainer.yaml   | check,--draft,docs/examples/draft-mnna-explainer.yaml
            """)
    void exampleInTheReadmeIsWhatTheCommandPrints(String shown, String args) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String prompt = "$ ./crosscheck " + shown + "\n";
        int start = readme.indexOf(prompt);
        assertThat(start).as("README shows '%s'", prompt.strip()).isNotNegative();
        int end = readme.indexOf("```", start);
        String documented = readme.substring(start + prompt.length(), end).replaceAll("(?m)^\\$ echo \\$\\?\\n\\d+\\n", "");

        String[] argv = (args + ",--out," + out).split(",");
        CliRun run = CliRun.of(argv);
        String printed = run.out().replace(out + "/", "reports/");

        assertThat(documented).as("README example for '%s'; refresh it from the real output", shown).isEqualTo(printed);
    }
}
