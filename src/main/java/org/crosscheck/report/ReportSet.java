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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

/**
 * A set of reports moved into place together, and the record that says which files belong to it.
 *
 * <p>The reports are written into a staging directory inside the report directory; only when every
 * one is written are they moved into place, one rename each, and then {@value #MANIFEST} is
 * replaced: one line per report, {@code <sha256>  <file>}, the format {@code sha256sum -c} checks.
 * The same inputs give the same reports and so the same lines. A run killed while moving the files
 * leaves the previous manifest beside some new files, and the next run (or {@code sha256sum -c})
 * finds the mismatch and says so. Staging directories of runs that were killed are removed.
 */
final class ReportSet {

    static final String MANIFEST = "report-set.sha256";
    private static final String STAGING_PREFIX = ".crosscheck-staging-";
    private static final Pattern STAGING = Pattern.compile(Pattern.quote(STAGING_PREFIX) + "(\\d+)-[0-9a-z]+");
    /** Temporary files of {@link AtomicFiles} from older versions: no process id to test, so removed once old. */
    private static final Pattern OLD_TEMPORARY = Pattern.compile("\\..+\\.[0-9a-z]+\\.tmp");
    private static final Duration OLD = Duration.ofHours(1);
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (.+)");

    private ReportSet() {
    }

    /** A new staging directory in {@code dir}, named with this process's id so a later run can tell whether it is abandoned. */
    static Path staging(Path dir) throws IOException {
        return Files.createDirectory(dir.resolve(STAGING_PREFIX + ProcessHandle.current().pid() + "-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)));
    }

    /**
     * Moves the staged reports into {@code dir} and then writes the manifest of them; the staging
     * directory is removed whatever happens.
     */
    static void publish(Path staging, Path dir, List<String> names) throws IOException {
        try {
            Map<String, String> digests = new LinkedHashMap<>();
            for (String name : names) {
                digests.put(name, sha256(staging.resolve(name)));
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
     * or a file changed by hand).
     */
    static Optional<String> mixed(Path dir) {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        List<String> wrong = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                Matcher m = LINE.matcher(line);
                if (!m.matches() || m.group(2).contains("/") || m.group(2).contains("\\")) {
                    continue;
                }
                Path file = dir.resolve(m.group(2));
                if (!Files.isRegularFile(file)) {
                    wrong.add(m.group(2) + " is missing");
                } else if (!m.group(1).equals(sha256(file))) {
                    wrong.add(m.group(2) + " is from another run");
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("its " + MANIFEST + " cannot be read (" + e.getMessage() + ")");
        }
        return wrong.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", wrong));
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
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            DigestInputStream digesting = (DigestInputStream) in;
            digesting.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
