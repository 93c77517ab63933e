package org.crosscheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The facts files Git says changed since a commit ({@code check --changed-since REF}): those whose
 * content differs from REF in the working tree, and new files Git does not ignore. Files that were
 * deleted are left out: they have no findings left to report.
 */
final class ChangedFiles {

    /** Git could not answer (not a repository, an unknown commit, no git); the message says which. */
    static final class GitFailed extends Exception {
        private static final long serialVersionUID = 1L;

        GitFailed(String message) {
            super(message);
        }
    }

    private ChangedFiles() {
    }

    static List<Path> since(Path factsDir, String ref) throws GitFailed {
        TreeSet<String> names = new TreeSet<>();
        names.addAll(git(factsDir, "diff", "--name-only", "--relative", "--no-renames", "--diff-filter=d", ref, "--", "."));
        names.addAll(git(factsDir, "ls-files", "--others", "--exclude-standard", "--", "."));
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                files.add(factsDir.resolve(name));
            }
        }
        return files;
    }

    private static List<String> git(Path dir, String... args) throws GitFailed {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getOutputStream().close();
            byte[] out;
            byte[] err;
            try (InputStream stdout = process.getInputStream(); InputStream stderr = process.getErrorStream()) {
                out = stdout.readAllBytes();
                err = stderr.readAllBytes();
            }
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                String why = new String(err, StandardCharsets.UTF_8).strip();
                throw new GitFailed("git " + String.join(" ", args) + " failed: " + (why.isEmpty() ? "no message" : why.lines().findFirst().orElse("")));
            }
            return new String(out, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new GitFailed("cannot run git: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitFailed("interrupted while git ran");
        }
    }
}
