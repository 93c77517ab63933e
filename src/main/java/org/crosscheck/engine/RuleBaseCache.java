package org.crosscheck.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.crosscheck.support.AtomicFiles;
import org.crosscheck.support.BuildIdentity;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule bases kept between builds, keyed by the rule files and the crosscheck build that
 * compiled them. In memory for the life of the process; on disk, as executable-model
 * jars, when given a directory. A cache never fails a check: an entry that cannot be read or
 * written is logged (with --debug) and the rules are compiled again.
 */
final class RuleBaseCache {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBaseCache.class);
    /** Bumped when the layout of a cached jar changes. */
    private static final String FORMAT = "crosscheck-rules-1";
    private static final int MEMORY_ENTRIES = 16;
    private static final int DISK_ENTRIES = 16;
    private static final Pattern ENTRY = Pattern.compile("rules-[0-9a-f]+\\.jar");
    /** Shared by every cache in the process: tests and repeated runs in one JVM compile a rule set once. */
    private static final Map<String, KieBase> SHARED_MEMORY = memory();
    private static final Optional<String> BUILD = BuildIdentity.of(RuleBaseCache.class);

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
     * @param memory rule bases already loaded in this process, by {@link Key#source()}
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

    /**
     * What a rule set is compiled from, and the name its compiled jar is kept under. The name is a
     * short checksum, cheap to compute in a cold JVM (SHA-256's provider took longer to start than
     * the rest of the lookup); the jar holds the whole {@code source}, and is used only when it
     * matches, so two rule sets that share a name cost a compile, never a wrong rule base.
     */
    record Key(String source, String checksum) {

        String fileName() {
            return "rules-" + checksum + ".jar";
        }
    }

    /** The key of a rule set: its files' relative paths and texts, and the build reading them. */
    Key key(Map<String, String> textsByRelativePath) {
        StringBuilder source = new StringBuilder(FORMAT).append('\n').append(build).append('\n');
        textsByRelativePath.forEach((path, text) -> source.append(path).append('\n').append(text.length()).append('\n').append(text));
        String text = source.toString();
        CRC32C crc = new CRC32C();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return new Key(text, String.format(Locale.ROOT, "%08x%08x%08x", crc.getValue(), text.hashCode(), text.length()));
    }

    Optional<KieBase> find(Key key) {
        KieBase kept = memory.get(key.source());
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<Path> file = file(key).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            KieBase kieBase = ModelJar.load(Files.readAllBytes(file.get()), key.source());
            memory.put(key.source(), kieBase);
            return Optional.of(kieBase);
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.debug("ignoring the unreadable cached rule base {}", file.get(), e);
            deleteQuietly(file.get());
            return Optional.empty();
        }
    }

    void store(Key key, byte[] jar, KieBase kieBase) {
        memory.put(key.source(), kieBase);
        Optional<Path> file = file(key);
        if (file.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(file.get(), out -> out.write(jar));
            prune();
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot keep the compiled rules in {}", dir, e);
        }
    }

    private Optional<Path> file(Key key) {
        return dir == null ? Optional.empty() : Optional.of(dir.resolve(key.fileName()));
    }

    /** Editors change rules often; only the most recently written rule bases are kept. */
    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(dir)) {
            entries = files.filter(f -> ENTRY.matcher(f.getFileName().toString()).matches())
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
}
