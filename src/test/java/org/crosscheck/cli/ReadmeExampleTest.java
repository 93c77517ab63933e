package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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

    @Test
    void theExampleRulesInTheReadmeCompileAndFindWhatTheySay() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String fence = "```drl\n";
        int start = readme.indexOf(fence + "package org.crosscheck.rules.example;");
        assertThat(start).as("README shows the example rules").isNotNegative();
        Path rules = Files.createDirectories(out.resolve("rules"));
        Files.writeString(rules.resolve("example.drl"), readme.substring(start + fence.length(), readme.indexOf("```", start + fence.length())));

        // the rule case of an event after publication, with the entities the rule cases share
        Path cases = Path.of("src/test/resources/rule-cases");
        Path lateFacts = Files.createDirectories(out.resolve("late-facts/sources"));
        Files.copy(cases.resolve("TIME-AFTER-PUBLICATION/fires-on-an-event-after-publication/facts/sources/a.yaml"), lateFacts.resolve("a.yaml"));
        Files.copy(cases.resolve("entities.yaml"), lateFacts.resolveSibling("entities.yaml"));
        CliRun bundled = CliRun.of("check", "--rules", rules.toString(), "--out", out.resolve("bundled").toString());
        CliRun late = CliRun.of("check", "--rules", rules.toString(), "--facts", lateFacts.getParent().toString(),
                "--out", out.resolve("late").toString());

        // the bundled corpus has one conflict between sources and no event after publication
        assertThat(bundled.exitCode()).as(bundled.err()).isEqualTo(1);
        assertThat(bundled.out()).containsPattern("error +SOURCES-CONFLICT").doesNotContain("TIME-AFTER-PUBLICATION");
        assertThat(late.exitCode()).as(late.err()).isEqualTo(1);
        assertThat(late.out()).containsPattern("error +TIME-AFTER-PUBLICATION +acme-deal / signing-date")
                .contains("is after the source was published (2024-03-01)").doesNotContain("SOURCES-CONFLICT");
    }
}
