package org.crosscheck.engine;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule bases kept between builds, keyed by a hash of the rule files and of the crosscheck
 * build that compiled them. In memory for the life of the process; on disk, as executable-model
 * jars, when given a directory. A cache never fails a check: an entry that cannot be read or
 * written is logged (with --debug) and the rules are compiled again.
 */
final class RuleBaseCache {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBaseCache.class);
    /** Bumped when the layout of a cached jar changes. */
    private static final String FORMAT = "crosscheck-rules-1";
    private static final int MEMORY_ENTRIES = 16;
    private static final int DISK_ENTRIES = 16;
    /** Shared by every cache in the process: tests and repeated runs in one JVM compile a rule set once. */
    private static final Map<String, KieBase> SHARED_MEMORY = memory();
    private static final Optional<String> BUILD = buildIdentity();

    private final Path dir;
    private final String build;
    private final Map<String, KieBase> memory;

    /**
     * @param dir where compiled rule bases are kept between runs; null keeps them in memory only, as
     *            does running from a classes directory, whose changes no cheap identity reveals
     */
    RuleBaseCache(Path dir) {
        this(dir, BUILD.orElse(null), SHARED_MEMORY);
    }

    /**
     * @param build  what identifies the crosscheck build; null keeps rule bases in memory only
     * @param memory rule bases already loaded in this process, by key
     */
    RuleBaseCache(Path dir, String build, Map<String, KieBase> memory) {
        this.dir = build == null ? null : dir;
        this.build = build == null ? "classes" : build;
        this.memory = memory;
    }

    /** A small least-recently-used map, safe to share between threads. */
    static Map<String, KieBase> memory() {
        return Collections.synchronizedMap(new LinkedHashMap<>(MEMORY_ENTRIES, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, KieBase> eldest) {
                return size() > MEMORY_ENTRIES;
            }
        });
    }

    /** The cache key of a rule set: its files' relative paths and texts, and the build reading them. */
    String key(Map<String, String> textsByRelativePath) {
        MessageDigest digest = sha256();
        update(digest, FORMAT);
        update(digest, build);
        textsByRelativePath.forEach((path, text) -> {
            update(digest, path);
            update(digest, text);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    Optional<KieBase> find(String key) {
        KieBase kept = memory.get(key);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<Path> file = file(key).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            KieBase kieBase = ModelJar.load(Files.readAllBytes(file.get()));
            memory.put(key, kieBase);
            return Optional.of(kieBase);
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.debug("ignoring the unreadable cached rule base {}", file.get(), e);
            deleteQuietly(file.get());
            return Optional.empty();
        }
    }

    void store(String key, byte[] jar, KieBase kieBase) {
        memory.put(key, kieBase);
        Optional<Path> file = file(key);
        if (file.isEmpty()) {
            return;
        }
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "rules-", ".tmp");
            Files.write(tmp, jar);
            try {
                Files.move(tmp, file.get(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file.get(), StandardCopyOption.REPLACE_EXISTING);
            }
            prune();
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot keep the compiled rules in {}", dir, e);
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    private Optional<Path> file(String key) {
        return dir == null ? Optional.empty() : Optional.of(dir.resolve("rules-" + key + ".jar"));
    }

    /** Editors change rules often; only the most recently written rule bases are kept. */
    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(dir)) {
            entries = files.filter(f -> f.getFileName().toString().matches("rules-[0-9a-f]{64}\\.jar"))
                    .sorted(Comparator.comparing(RuleBaseCache::modified).reversed()).toList();
        }
        entries.stream().skip(DISK_ENTRIES).forEach(RuleBaseCache::deleteQuietly);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("cannot delete {}", file, e);
        }
    }

    /**
     * What identifies the code a cached rule base was compiled against: the jar crosscheck runs from
     * (its size and time), so a rebuilt crosscheck never loads rules compiled for an older one.
     */
    private static Optional<String> buildIdentity() {
        try {
            Path code = Path.of(RuleBaseCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code)) {
                return Optional.empty();
            }
            return Optional.of(code + "|" + Files.size(code) + "|" + Files.getLastModifiedTime(code).toMillis());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
