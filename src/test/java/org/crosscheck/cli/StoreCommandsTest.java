package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.support.FactsDir;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck index}, {@code check --store}, {@code --changed} and {@code --changed-since}, end to end on a copy of the bundled corpus. */
class StoreCommandsTest {

    @TempDir
    Path dir;
    Path facts;
    Path store;

    @BeforeEach
    void copyCorpus() throws IOException {
        facts = dir.resolve("facts");
        store = dir.resolve("store");
        FactsDir.copyTree(Path.of("facts"), facts);
    }

    private CliRun check(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("check", "--facts", facts.toString(), "--out",
                dir.resolve("reports").toString(), "--format", "json", "--today", "2026-01-01"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private String report() throws IOException {
        return Files.readString(dir.resolve("reports/report.json"));
    }

    @Test
    void indexBuildsTheStoreAndThenReadsOnlyWhatChanged() throws Exception {
        CliRun first = CliRun.of("index", "--facts", facts.toString(), "--store", store.toString());
        Path source = facts.resolve("sources/roundtable-brief.yaml");
        Files.writeString(source, Files.readString(source) + "\n");
        Files.delete(facts.resolve("sources/xi-sincere-partner.yaml"));
        CliRun second = CliRun.of("index", "--facts", facts.toString(), "--store", store.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("9 facts files (9 read");
        assertThat(second.out()).contains("8 facts files (1 read", "1 removed");
    }

    @Test
    void checkThroughTheStoreWritesTheSameReport() throws Exception {
        CliRun plain = check();
        String without = report();

        CliRun stored = check("--store", store.toString());

        assertThat(stored.exitCode()).isEqualTo(plain.exitCode()).isEqualTo(1);
        assertThat(report()).isEqualTo(without);
        assertThat(stored.err()).isEmpty();
    }

    @Test
    void aJsonCheckAfterAnEditComesFromTheStoresPartsAndEqualsACheckWithoutTheStore() throws Exception {
        CliRun prime = check("--store", store.toString());
        Path source = facts.resolve("sources/xi-sincere-partner.yaml");
        String text = Files.readString(source);
        assertThat(text).contains("value: {quantity: \"three\"}");
        Files.writeString(source, text.replace("value: {quantity: \"three\"}", "value: {quantity: \"four\"}"));

        CliRun edit = check("--store", store.toString());
        String incremental = report();
        CliRun plain = check();

        assertThat(prime.out()).contains("keys' findings taken from the store");
        assertThat(edit.out()).as(edit.out() + edit.err()).contains("store: rules run on 1 keys of the 1 files changed since the last check");
        assertThat(incremental).isEqualTo(report());
        assertThat(edit.exitCode()).isEqualTo(plain.exitCode());
        assertThat(edit.out().lines().filter(line -> !line.startsWith("store: ")).toList()).isEqualTo(plain.out().lines().toList());
        assertThat(edit.err()).isEmpty();
    }

    @Test
    void withAnotherFormatThanJsonTheCheckAfterAnEditIsWhole() throws Exception {
        check("--store", store.toString());
        Path source = facts.resolve("sources/xi-sincere-partner.yaml");
        Files.writeString(source, Files.readString(source).replace("value: {quantity: \"three\"}", "value: {quantity: \"four\"}"));

        CliRun edit = check("--store", store.toString(), "--format", "json,sarif");

        assertThat(edit.out()).contains("keys' findings taken from the store").doesNotContain("files changed since the last check");
    }

    @Test
    void pullRequestModeTakesItsExitCodeFromTheChangedFilesAlone() throws Exception {
        // the full check fails on conflicts in other files; this file has none
        CliRun quiet = check("--store", store.toString(), "--changed", facts.resolve("sources/xi-sincere-partner.yaml").toString());
        CliRun failing = check("--changed", facts.resolve("sources/roundtable-brief.yaml").toString());

        assertThat(quiet.exitCode()).as(quiet.out() + quiet.err()).isZero();
        assertThat(quiet.out()).contains("the changed files (" + facts.resolve("sources/xi-sincere-partner.yaml"));
        assertThat(failing.exitCode()).isEqualTo(1);
        assertThat(report()).contains("roundtable-brief.yaml").doesNotContain("\"file\" : \"" + facts.resolve("sources/xi-sincere-partner.yaml"));
    }

    @Test
    void aChangedFileOutsideTheFactsDirectoryIsAnInputError() {
        CliRun run = check("--changed", "README.md");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("README.md: a --changed file must be inside the facts directory");
    }

    @Test
    void changedSinceAsksGitWhichFactsFilesChanged() throws Exception {
        git("init", "-q");
        git("-c", "user.name=t", "-c", "user.email=t@example.org", "add", "-A");
        git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "corpus");
        Path source = facts.resolve("sources/roundtable-brief.yaml");
        Files.writeString(source, Files.readString(source) + "\n");

        CliRun run = check("--store", store.toString(), "--changed-since", "HEAD");
        CliRun nothing = check("--changed-since", "HEAD~0", "--changed", facts.resolve("sources/xi-sincere-partner.yaml").toString());
        CliRun unknown = check("--changed-since", "no-such-ref");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("the changed files (" + source + ")");
        assertThat(nothing.out()).contains(source.toString(), "xi-sincere-partner.yaml");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--changed-since no-such-ref: git diff");
    }

    @Test
    void aDamagedStoreIsBuiltAgainWithAMessageAndTheCheckGoesOn() throws Exception {
        Files.createDirectories(store);
        Files.writeString(store.resolve("crosscheck-store.db"), "not a database");

        CliRun run = check("--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("crosscheck: store " + store + " is not a store this crosscheck can read",
                "building it again from the facts");
    }

    private void git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor()).isZero();
    }
}
