package org.crosscheck.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.load.FactsLoader;
import org.crosscheck.model.Problem;
import org.crosscheck.model.ToolInfo;
import org.crosscheck.support.Sha256;

/**
 * One SHA-256 over everything a check's findings depend on, so each report of a run can say which
 * inputs it came from and a report set mixing two runs can be told from a whole one.
 *
 * <p>Hashed, in this order, each part labelled and length-prefixed: the tool's name and version;
 * every facts file the loader reads (its path relative to the facts directory, and the SHA-256 of
 * its bytes); every rule file (path relative to the rules directory, and bytes); the settings file's bytes;
 * the article texts, the draft and the baseline, when given; the date waivers expire against when
 * it was stated (--today or SOURCE_DATE_EPOCH; the clock's date is left out, so a report does not
 * change by the day); the fail-on policy; and the pull-request mode's changed files. No absolute
 * path and no time goes in: the same inputs checked from another directory give the same digest.
 * The tool is named by its version, not by a hash of its build, so committed reports do not change
 * with every commit to crosscheck's own code (docs/design.md).
 *
 * <p>Facts files go in by their SHA-256 rather than their bytes so that a check through the store,
 * which keeps each file's SHA-256 and trusts an unchanged file by its stat, gives the same digest
 * without reading the archive again: at a million claims hashing 202 MB was an eighth of a draft
 * check's time ({@link FactsHashes}).
 */
public final class InputsDigest {

    /** What every digest starts with, so a reader can tell the algorithm. */
    public static final String PREFIX = "sha256:";

    private final MessageDigest sha;

    private InputsDigest() {
        sha = Sha256.newDigest();
    }

    /**
     * The digest of a check's inputs, {@code sha256:<64 hex digits>}.
     *
     * @param tool    the tool, named by its name and version
     * @param request the check's request; its {@code today} counts only when the caller stated it
     */
    public static String of(ToolInfo tool, CheckRequest request) throws IOException {
        return of(tool, request, null);
    }

    /**
     * As {@link #of(ToolInfo, CheckRequest)}, taking the facts files and their SHA-256s from
     * {@code known} (what a check through the store listed and kept) instead of listing and reading
     * them; null to list and read them. The digest is the same either way.
     */
    public static String of(ToolInfo tool, CheckRequest request, FactsHashes known) throws IOException {
        InputsDigest digest = new InputsDigest();
        digest.text("tool", tool.name() + " " + tool.version());
        digest.facts(request.facts(), known != null ? known : FactsHashes.read(request.facts(), factsFiles(request.facts())));
        digest.tree("rules", request.rules(), ruleFiles(request.rules()));
        digest.file("settings", request.settings());
        if (request.texts() != null) {
            digest.tree("texts", request.texts(), regularFiles(request.texts()));
        }
        digest.file("draft", request.draft());
        digest.file("baseline", request.baseline());
        digest.text("today", request.today() == null ? "" : request.today().toString());
        digest.text("fail-on", request.failOn().label());
        if (request.changed() != null) {
            digest.text("changed", String.join("\n", request.changed().stream().map(InputsDigest::slashed).sorted().toList()));
        }
        return PREFIX + HexFormat.of().formatHex(digest.sha.digest());
    }

    /** The files the facts loader reads, in its order; a directory it cannot list adds none. */
    private static List<Path> factsFiles(Path dir) {
        try {
            return FactsLoader.factsFiles(dir, new ArrayList<Problem>());
        } catch (FactsLoader.MissingFactsException e) {
            return List.of();
        }
    }

    private static List<Path> ruleFiles(Path dir) throws IOException {
        return regularFiles(dir).stream().filter(p -> p.getFileName().toString().endsWith(".drl")).toList();
    }

    private static List<Path> regularFiles(Path dir) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Each facts file's path relative to the facts directory and its SHA-256, in the loader's order. */
    private void facts(Path dir, FactsHashes hashes) {
        text("facts", Integer.toString(hashes.files().size()));
        for (FactsHashes.FileHash file : hashes.files()) {
            text("path", file.path());
            length(file.sha256().length);
            sha.update(file.sha256());
        }
    }

    /** Each file's path relative to {@code dir} and its bytes, in the order given. */
    private void tree(String label, Path dir, List<Path> files) throws IOException {
        text(label, Integer.toString(files.size()));
        if (files.isEmpty()) {
            return; // the directory may not exist: nothing was read from it
        }
        Path base = dir.toRealPath();
        for (Path file : files) {
            Path real = file.toRealPath();
            text("path", slashed(real.startsWith(base) ? base.relativize(real) : file.getFileName()));
            bytes(file);
        }
    }

    /** A single file's bytes, or a mark that there is none. */
    private void file(String label, Path file) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            text(label, "absent");
            return;
        }
        text(label, "present");
        bytes(file);
    }

    private void bytes(Path file) throws IOException {
        length(Files.size(file));
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
    }

    private void text(String label, String value) {
        for (String part : List.of(label, value)) {
            byte[] utf8 = part.getBytes(StandardCharsets.UTF_8);
            length(utf8.length);
            sha.update(utf8);
        }
    }

    /** A length before each part, so no two different sequences of parts hash the same bytes. */
    private void length(long n) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            sha.update((byte) (n >>> shift));
        }
    }

    private static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }
}
