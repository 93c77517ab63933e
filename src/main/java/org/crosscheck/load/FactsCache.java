package org.crosscheck.load;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.model.Problem;
import org.crosscheck.support.AtomicFiles;
import org.crosscheck.support.BuildIdentity;
import org.crosscheck.support.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parsed facts files kept between runs, so a large archive whose files mostly did not change
 * skips parsing them again (as PMD's and ESLint's caches do). Parsing YAML is most of loading, and
 * a kept tree reads back several times faster than the YAML it came from.
 *
 * <p>One entry per facts file, named by a hash of the file's name as reports show it, holds the
 * crosscheck build that wrote it, that name, a SHA-256 of the file's bytes and the parsed tree
 * ({@link TreeCodec}). An entry is used only when all three match, so an edited file, a renamed
 * facts directory or a rebuilt crosscheck parses again. Only files that parsed without a problem
 * are kept, so every problem is found again on every run. Binding the trees to claims is not
 * cached: ids are checked across files, which a per-file entry cannot know about.
 *
 * <p>A cache never fails a check: an entry that cannot be read is parsed again, one that cannot
 * be written is skipped, each logged with --debug.
 */
final class FactsCache {

    private static final Logger LOG = LoggerFactory.getLogger(FactsCache.class);
    /** Bumped when the layout of an entry or of {@link TreeCodec}'s tokens changes. */
    private static final String FORMAT = "crosscheck-facts-2";
    /** Length of the SHA-256 of the entry's other bytes, written at its end. */
    private static final int CHECKSUM = 32;
    private static final String SUFFIX = ".smile";
    private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{32}\\.smile");
    private static final SmileFactory SMILE = SmileFactory.builder()
            .enable(SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES)
            .disable(SmileGenerator.Feature.ENCODE_BINARY_AS_7BIT)
            .build();
    private static final FactsCache OFF = new FactsCache(null, "");

    private final Path dir;
    private final String build;
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger parsed = new AtomicInteger();

    /** Caches nothing: every file is parsed. */
    static FactsCache off() {
        return OFF;
    }

    /** Entries in {@code dir}, for the build crosscheck runs from; none when it runs from classes. */
    static FactsCache in(Path dir) {
        Optional<String> build = BuildIdentity.of(FactsCache.class);
        if (build.isEmpty()) {
            LOG.debug("not keeping parsed facts in {}: crosscheck runs from a classes directory", dir);
            return OFF;
        }
        return new FactsCache(dir, build.get());
    }

    /** @param build what identifies the code that parsed the trees; entries of another build are not used */
    FactsCache(Path dir, String build) {
        this.dir = dir;
        this.build = build;
    }

    /**
     * The file's tree: the kept one when these bytes were kept under this name by this build, else
     * parsed by {@code yaml} (with any problems added) and kept when it parsed without one.
     */
    Optional<YamlNode> read(YamlReader yaml, String display, byte[] bytes, List<Problem> problems) {
        if (!isOn()) {
            return yaml.read(display, bytes, problems);
        }
        Path entry = dir.resolve(entryName(display));
        byte[] digest = sha256(bytes);
        Optional<YamlNode> kept = kept(entry, display, digest);
        if (kept.isPresent()) {
            reused.incrementAndGet();
            return kept;
        }
        parsed.incrementAndGet();
        int before = problems.size();
        Optional<YamlNode> tree = yaml.read(display, bytes, problems);
        if (tree.isPresent() && problems.size() == before) {
            keep(entry, display, digest, tree.get());
        }
        return tree;
    }

    /**
     * The kept tree, when the entry is whole and for these bytes. An entry ends with a SHA-256 of
     * the bytes before it, checked before any of it is believed: a flipped byte inside the tree
     * could otherwise still read as a tree, with another value or location, and be used as it is.
     */
    private Optional<YamlNode> kept(Path entry, String display, byte[] digest) {
        byte[] all;
        try {
            all = Files.readAllBytes(entry);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debug("parsing {} again: its cache entry {} cannot be read", display, entry, e);
            return Optional.empty();
        }
        int length = all.length - CHECKSUM;
        if (length <= 0 || !MessageDigest.isEqual(sha256(all, length), Arrays.copyOfRange(all, length, all.length))) {
            LOG.debug("parsing {} again: its cache entry {} is damaged (its checksum does not match)", display, entry);
            return Optional.empty();
        }
        try (JsonParser parser = SMILE.createParser(all, 0, length)) {
            if (parser.nextToken() != JsonToken.START_ARRAY || !FORMAT.equals(parser.nextTextValue())
                    || !build.equals(parser.nextTextValue()) || !display.equals(parser.nextTextValue())
                    || parser.nextToken() != JsonToken.VALUE_EMBEDDED_OBJECT || !Arrays.equals(digest, parser.getBinaryValue())) {
                return Optional.empty();
            }
            YamlNode tree = TreeCodec.read(parser, display);
            return parser.nextToken() == JsonToken.END_ARRAY ? Optional.of(tree) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debug("parsing {} again: its cache entry {} cannot be read", display, entry, e);
            return Optional.empty();
        }
    }

    private void keep(Path entry, String display, byte[] digest, YamlNode tree) {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (JsonGenerator generator = SMILE.createGenerator(bytes)) {
                generator.writeStartArray();
                generator.writeString(FORMAT);
                generator.writeString(build);
                generator.writeString(display);
                generator.writeBinary(digest);
                TreeCodec.write(tree, generator);
                generator.writeEndArray();
            }
            byte[] payload = bytes.toByteArray();
            Files.createDirectories(dir);
            AtomicFiles.write(entry, out -> {
                out.write(payload);
                out.write(sha256(payload, payload.length));
            });
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot keep the parsed {} in {}", display, dir, e);
        }
    }

    /** False for {@link #off()}, which keeps nothing and so has nothing to prune. */
    boolean isOn() {
        return dir != null;
    }

    /** Deletes the entries of files this run did not read, so the cache does not outgrow the facts. */
    void prune(List<String> displays) {
        if (!isOn() || !Files.isDirectory(dir)) {
            return;
        }
        Set<String> wanted = new HashSet<>();
        displays.forEach(display -> wanted.add(entryName(display)));
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(entry -> ENTRY.matcher(entry.getFileName().toString()).matches())
                    .filter(entry -> !wanted.contains(entry.getFileName().toString()))
                    .forEach(FactsCache::deleteQuietly);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot tidy the facts cache {}", dir, e);
        }
        LOG.debug("facts cache {}: {} files read from it, {} parsed", dir, reused.get(), parsed.get());
    }

    /** Files whose kept tree was used, in this cache's life. */
    int reused() {
        return reused.get();
    }

    /** Files parsed because no usable entry was kept, in this cache's life. */
    int parsed() {
        return parsed.get();
    }

    private static String entryName(String display) {
        return HexFormat.of().formatHex(sha256(display.getBytes(StandardCharsets.UTF_8)), 0, 16) + SUFFIX;
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256(bytes, bytes.length);
    }

    private static byte[] sha256(byte[] bytes, int length) {
        MessageDigest sha = Sha256.newDigest();
        sha.update(bytes, 0, length);
        return sha.digest();
    }

    private static void deleteQuietly(Path entry) {
        try {
            Files.deleteIfExists(entry);
        } catch (IOException e) {
            LOG.debug("cannot delete {}", entry, e);
        }
    }
}
