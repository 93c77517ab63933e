package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.crosscheck.support.FactsDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from the facts that could act instead of being read: a line break that forges a GitHub
 * workflow command, escape sequences for the terminal, characters XML cannot carry, and a
 * right-to-left override that makes a page show other words. Each is written out visibly.
 */
class HostileTextTest {

    @TempDir
    Path dir;

    private static final String FORGED = "June 2024\\n::error file=README.md,line=1::forged";

    private Path corpus() {
        return new FactsDir(dir.resolve("facts")).file("entities.yaml", FactsDir.ENTITIES)
                .file("sources/a.yaml", FactsDir.source("a", "2024-07-01",
                        FactsDir.claim("a-1", "acme-deal", "signing-venue", "text", FORGED + " \\e[2J",
                                "tab\\v vertical \\0 nul \\e[31m red \\uFFFE not a character \\u202Egnol\\u202C")))
                .file("sources/b.yaml", FactsDir.source("b", "2024-07-01",
                        FactsDir.claim("b-1", "acme-deal", "signing-venue", "text", "Nairobi", "in Nairobi")))
                .root();
    }

    private CliRun check(String... more) {
        String[] args = new String[] {"check", "--facts", corpus().toString(), "--out", dir.resolve("out").toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRun.of(all);
    }

    @Test
    void aLineBreakInAValueCannotForgeAWorkflowCommandNorAnEscapeReachTheTerminal() {
        CliRun run = check("--format", "github");

        String printed = run.out() + run.err();
        assertThat(printed).as(printed).contains("\\n::error file=README.md");
        assertThat(printed.lines().filter(line -> line.contains("forged")))
                .isNotEmpty().allSatisfy(line -> assertThat(line).doesNotStartWith("::error file=README.md"));
        assertThat(printed).doesNotContain("\u001b").contains("\\u001B[2J");
    }

    @Test
    void controlCharactersInAQuoteLeaveJunitXmlWellFormedAndTheHtmlShowsTheOverride() throws Exception {
        CliRun run = check("--format", "junit,html,md");

        assertThat(run.exitCode()).as(run.out() + run.err()).isLessThan(2);
        Path junit = dir.resolve("out/junit.xml");
        // parsing fails on any character XML 1.0 cannot carry
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        String xml = Files.readString(junit);
        String html = Files.readString(dir.resolve("out/report.html"));
        String md = Files.readString(dir.resolve("out/summary.md"));
        for (String report : new String[] {xml, html, md}) {
            assertThat(report).doesNotContain("\u202E").doesNotContain("\u001b").doesNotContain("\u000B");
        }
        assertThat(html).contains("\\u202Egnol");
        assertThat(xml).contains("\\u000B").contains("\\uFFFE");
        assertThat(md).contains("\\u001B");
    }
}
