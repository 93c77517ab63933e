package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.crosscheck.support.FactsDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input ends in clear file:line:col messages and exit code 2, never a stack trace. */
class CheckCommandInputErrorsTest {

    @TempDir
    Path dir;

    @Test
    void missingFactsDirectoryIsOneClearLine() {
        CliRun run = CliRun.of("check", "--facts", "/no/such/dir", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(
                "/no/such/dir: facts directory not found (pass --facts DIR with a directory of YAML facts files)");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void misspelledKeyAndAnotherFilesErrorAreBothReportedInOneRun() throws Exception {
        FactsDir facts = new FactsDir(dir.resolve("facts")).file("entities.yaml", FactsDir.ENTITIES)
                .file("sources/a.yaml", FactsDir.source("a", "2024-07-01",
                        FactsDir.claim("a-1", "acme-deal", "signing-date", "date", "June 2024", "in June 2024")
                                .replace("quote:", "qoute:")))
                .file("sources/b.yaml", FactsDir.source("b", "2024-07-01",
                        FactsDir.claim("b-1", "acme-deal", "signing-date", "date", "2024-02-30", "on 2024-02-30")
                                + FactsDir.claim("b-2", "acme-deal", "signing-date", "date", "2024", "in 2024")));

        CliRun run = CliRun.of("check", "--facts", facts.root().toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        String a = facts.root().resolve("sources/a.yaml").toString();
        String b = facts.root().resolve("sources/b.yaml").toString();
        assertThat(run.out()).contains(
                a + ":13:5: unknown key 'qoute' in a claim (did you mean 'quote'?)",
                a + ":9:5: a claim is missing the required key 'quote' (add 'quote:')",
                b + ":12:19: date: 2024-02-30 is not a date: February 2024 has 29 days (check the day and month)",
                "crosscheck: 2 sources, 3 claims loaded, 1 checked, 2 rejected; 27 rules",
                "result: FAIL (invalid input)");
        assertThat(run.out() + run.err()).doesNotContain("Exception");
        assertThat(dir.resolve("out/report.json")).content().contains("\"rejected\" : 2");
    }

    @Test
    void brokenRuleFileIsReportedAtItsLineAndNothingIsChecked() throws Exception {
        new FactsDir(dir).file("rules/bad.drl", "package p;\nrule \"x\"\nwhen\n  Foo(\nthen\nend\n");

        CliRun run = CliRun.of("check", "--facts", CheckCommandEndToEndTest.FIXTURE, "--rules", dir.resolve("rules").toString(),
                "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(dir.resolve("rules/bad.drl") + ":");
        assertThat(run.err()).contains("rule does not compile").doesNotContain("\tat ");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aRuleThatLoopsForeverEndsTheRunWithItsIdAndExitTwo() throws Exception {
        new FactsDir(dir).file("rules/loop.drl", """
                package p;
                import org.crosscheck.normalize.ClaimGroup;
                rule "Loop"
                    @id("LOOPS") @severity("info") @title("loops")
                when
                    $k : ClaimGroup()
                then
                    update( $k );
                end
                """);

        CliRun run = CliRun.of("check", "--facts", CheckCommandEndToEndTest.FIXTURE, "--rules", dir.resolve("rules").toString(),
                "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(dir.resolve("rules/loop.drl") + ": rule LOOPS fired ").contains("it probably loops")
                .doesNotContain("\tat ");
    }

    @Test
    void unknownOptionsAndValuesExitTwoWithAHint() {
        CliRun badSeverity = CliRun.of("check", "--fail-on", "fatal");
        assertThat(badSeverity.exitCode()).isEqualTo(2);
        assertThat(badSeverity.err()).contains("'fatal' is not a severity; choose error, warning, info or never")
                .contains("Run 'crosscheck check --help'");

        CliRun badFormat = CliRun.of("check", "--format", "pdf");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("unknown format 'pdf'; choose from json,html");

        assertThat(CliRun.of("chekc").exitCode()).isEqualTo(2);
    }

    @Test
    void unwritableReportDirectoryIsAClearErrorNotACrash() throws Exception {
        new FactsDir(dir).file("blocker", "a file where the report directory should be");

        CliRun run = CliRun.of("check", "--facts", CheckCommandEndToEndTest.FIXTURE, "--out", dir.resolve("blocker").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("crosscheck: cannot write reports to " + dir.resolve("blocker")
                + ": it is a file, not a directory (choose another directory with --out)\n");
    }

    @Test
    void helpDocumentsTheExitCodes() {
        CliRun run = CliRun.of("check", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:", "0   no finding at or above --fail-on",
                "1   findings at or above --fail-on", "2   invalid input, rules or options", "3   internal error",
                "--fail-on=SEVERITY", "--facts=DIR", "--rules=DIR", "--out=DIR", "--format=LIST", "--quiet", "--debug");
    }
}
