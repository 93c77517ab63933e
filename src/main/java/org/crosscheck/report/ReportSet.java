package org.crosscheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.support.AtomicFiles;
import org.crosscheck.support.Sha256;

/**
 * A set of reports moved into place together, and the record that says which files belong to it.
 *
 * <p>The reports are written into a staging directory inside the report directory; only when every
 * one is written are they moved into place, one rename each, and then {@value #MANIFEST} is
 * replaced: one line per report, {@code <sha256>  <file>}, the format {@code sha256sum -c} checks.
 * The same inputs give the same reports and so the same lines. A run killed while moving the files
 * leaves the previous manifest beside some new files, and the next run (or {@code sha256sum -c})
 * finds the mismatch and says so. Staging directories of runs that were killed are removed.
 *
 * <p>The manifest's first line, {@code # inputs sha256:<hex>}, is the digest of the run's inputs
 * that every report carries inside it too (codequality.json, a bare array, has no place for it);
 * {@code sha256sum -c} skips a line starting with {@code #}. A set whose reports carry different
 * digests, or another digest than the manifest's, mixes runs even when the manifest is gone.
 */
final class ReportSet {

    static final String MANIFEST = "report-set.sha256";
    private static final String STAGING_PREFIX = ".crosscheck-staging-";
    private static final Pattern STAGING = Pattern.compile(Pattern.quote(STAGING_PREFIX) + "(\\d+)-[0-9a-z]+");
    /** Temporary files of {@link AtomicFiles} from older versions: no process id to test, so removed once old. */
    private static final Pattern OLD_TEMPORARY = Pattern.compile("\\..+\\.[0-9a-z]+\\.tmp");
    private static final Duration OLD = Duration.ofHours(1);
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (.+)");
    private static final String INPUTS_LINE = "# inputs ";
    private static final String DIGEST = "(sha256:[0-9a-f]{64})";
    /** Where each report carries the inputs digest (see the writers); all near the start but summary.md's, which is short. */
    private static final Map<String, Pattern> EMBEDDED = Map.of(
            ReportFormat.JSON.fileName(), Pattern.compile("\"inputsDigest\" ?: ?\"" + DIGEST + "\""),
            ReportFormat.SARIF.fileName(), Pattern.compile("\"crosscheckInputsDigest\" ?: ?\"" + DIGEST + "\""),
            ReportFormat.JUNIT.fileName(), Pattern.compile("name=\"" + Pattern.quote(JunitReportWriter.INPUTS_DIGEST_PROPERTY)
                    + "\" value=\"" + DIGEST + "\""),
            ReportFormat.HTML.fileName(), Pattern.compile("<meta name=\"crosscheck-inputs-digest\" content=\"" + DIGEST + "\">"),
            ReportFormat.MARKDOWN.fileName(), Pattern.compile("<!-- " + MarkdownReportWriter.INPUTS_DIGEST_MARK + " " + DIGEST + " -->"));
    /** How much of a report is searched for its digest: a million claims' report.json runs to gigabytes. */
    private static final int HEAD = 4 * 1024 * 1024;

    private ReportSet() {
    }

    /** A new staging directory in {@code dir}, named with this process's id so a later run can tell whether it is abandoned. */
    static Path staging(Path dir) throws IOException {
        return Files.createDirectory(dir.resolve(STAGING_PREFIX + ProcessHandle.current().pid() + "-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)));
    }

    /**
     * Moves the staged reports into {@code dir} and then writes the manifest of them, with the
     * SHA-256 each was {@code written} with; the staging directory is removed whatever happens.
     */
    static void publish(Path staging, Path dir, List<String> names, Map<String, byte[]> written, String inputsDigest)
            throws IOException {
        try {
            Map<String, String> digests = new LinkedHashMap<>();
            for (String name : names) {
                byte[] digest = written.get(name);
                if (digest == null) {
                    throw new IllegalArgumentException(name + " was not written through AtomicFiles.writeHashed");
                }
                digests.put(name, HexFormat.of().formatHex(digest));
            }
            for (String name : names) {
                try {
                    Files.move(staging.resolve(name), dir.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(staging.resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            StringBuilder manifest = new StringBuilder();
            if (inputsDigest != null) {
                manifest.append(INPUTS_LINE).append(inputsDigest).append('\n');
            }
            digests.forEach((name, digest) -> manifest.append(digest).append("  ").append(name).append('\n'));
            AtomicFiles.write(dir.resolve(MANIFEST), out -> out.write(manifest.toString().getBytes(StandardCharsets.UTF_8)));
        } finally {
            deleteTree(staging);
        }
    }

    /** Removes the staging directory of a set that could not be written whole. */
    static void discard(Path staging) {
        deleteTree(staging);
    }

    /**
     * What is wrong with the set of reports now in {@code dir}, if anything: a file its manifest
     * lists that is missing or holds other bytes (a run stopped while moving its reports into place,
     * or a file changed by hand). Only the files last written when or after the manifest was are
     * hashed: one written before it is the one it lists, unless something put an older file back
     * with its old time kept (a copy with {@code cp -p}); that file's embedded inputs digest is still
     * compared.
     */
    static Optional<String> mixed(Path dir) {
        Path manifest = dir.resolve(MANIFEST);
        List<String> wrong = new ArrayList<>();
        String expected = null;
        if (Files.isRegularFile(manifest)) {
            try {
                expected = listed(dir, manifest, wrong);
            } catch (IOException | RuntimeException e) {
                return Optional.of("its " + MANIFEST + " cannot be read (" + e.getMessage() + ")");
            }
        }
        disagreeing(dir, expected, wrong);
        return wrong.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", wrong));
    }

    /**
     * Adds to {@code wrong} each report whose inputs digest is not {@code expected} (the manifest's),
     * or, with none expected, that disagrees with the first report's; a report already said to be
     * wrong, or that carries no digest (written by an older version), is passed over.
     */
    private static void disagreeing(Path dir, String expected, List<String> wrong) {
        String first = expected;
        for (ReportFormat format : ReportFormat.files()) {
            String name = format.fileName();
            Pattern pattern = EMBEDDED.get(name);
            Path file = dir.resolve(name);
            if (pattern == null || !Files.isRegularFile(file) || wrong.stream().anyMatch(w -> w.startsWith(name + " "))) {
                continue;
            }
            Optional<String> digest = embedded(file, pattern);
            if (digest.isEmpty()) {
                continue;
            }
            if (first == null) {
                first = digest.get();
            } else if (!first.equals(digest.get())) {
                wrong.add(name + (expected != null ? " was written from other inputs than " + MANIFEST + " names"
                        : " was written from other inputs than the reports before it"));
            }
        }
    }

    /** The inputs digest a report carries, searched for in its first {@link #HEAD} bytes. */
    private static Optional<String> embedded(Path file, Pattern pattern) {
        try (InputStream in = Files.newInputStream(file)) {
            Matcher m = pattern.matcher(new String(in.readNBytes(HEAD), StandardCharsets.UTF_8));
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Checks the files the manifest lists, adding what is wrong; returns its inputs digest, or null. */
    private static String listed(Path dir, Path manifest, List<String> wrong) throws IOException {
        String inputs = null;
        FileTime listedAt = Files.getLastModifiedTime(manifest);
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.startsWith(INPUTS_LINE) && line.substring(INPUTS_LINE.length()).matches(DIGEST)) {
                inputs = line.substring(INPUTS_LINE.length());
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches() || m.group(2).contains("/") || m.group(2).contains("\\")) {
                continue;
            }
            Path file = dir.resolve(m.group(2));
            if (!Files.isRegularFile(file)) {
                wrong.add(m.group(2) + " is missing");
            } else if (Files.getLastModifiedTime(file).compareTo(listedAt) < 0) {
                // last written before the manifest that lists it, so the file it lists: a report moved in
                // by a later run, or edited, has a later time. Hashing it again cost every run into the
                // same directory half a second per 600 MB at a million claims. A file written in the
                // manifest's own tick (times are coarse) is hashed, as Git treats a racily clean file.
                continue;
            } else if (!m.group(1).equals(sha256(file))) {
                wrong.add(m.group(2) + " is from another run");
            }
        }
        return inputs;
    }

    /** Removes staging directories of processes that no longer run, and old temporary files. */
    static void removeAbandoned(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Instant old = Instant.now().minus(OLD);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                Matcher staging = STAGING.matcher(name);
                if (staging.matches() && Files.isDirectory(entry)
                        && ProcessHandle.of(Long.parseLong(staging.group(1))).map(p -> !p.isAlive()).orElse(true)) {
                    deleteTree(entry);
                } else if (OLD_TEMPORARY.matcher(name).matches() && Files.isRegularFile(entry)
                        && Files.getLastModifiedTime(entry).compareTo(FileTime.from(old)) < 0) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // tidying up never fails a check
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // left for the next run
                }
            });
        } catch (IOException e) {
            // left for the next run
        }
    }

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), Sha256.newDigest())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        }
    }
}
