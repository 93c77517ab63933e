package org.crosscheck.store;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.crosscheck.support.Sha256;

/**
 * What identifies the crosscheck build that wrote a store, so a store kept by another build is
 * never trusted (PMD's analysis cache once hashed only the paths of its classpath, so a changed rule jar
 * kept stale results: gradle/gradle#2862, pmd/pmd#603; see docs/design.md). Unlike {@code support.BuildIdentity} (the jar's
 * path, size and time), this is a hash of the jar's contents as its central directory lists them,
 * every entry's name, size and CRC-32: the jar is built reproducibly, so CI, which rebuilds it on
 * every run, keeps its cached store, while any change to crosscheck or a library in it is seen.
 * From a classes directory (tests, an IDE) it hashes the class files' names, sizes and times.
 */
public final class ToolIdentity {

    private ToolIdentity() {
    }

    /** Identities found in this process, by the code's location: every class of the jar shares one. */
    private static final java.util.Map<String, String> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

    /** The identity of the code {@code type} was loaded from, found once per process. */
    public static String of(Class<?> type) {
        return KNOWN.computeIfAbsent(location(type), where -> find(type));
    }

    /**
     * Takes {@code identity} as that of {@code type}'s code for the rest of the process, without
     * hashing it: for a store that recorded it beside the jar's path, size and time
     * ({@code support.BuildIdentity}), when those are the running jar's (hashing 33,000 entries took
     * 0.13 s of every cold check through a store). A jar rebuilt, even to the same bytes, has
     * another time, so it is hashed once again.
     */
    static void remember(Class<?> type, String identity) {
        KNOWN.putIfAbsent(location(type), identity);
    }

    private static String location(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? type.getName() : source.getLocation().toString();
    }

    private static String find(Class<?> type) {
        try {
            Path code = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            java.security.MessageDigest digest = Sha256.newDigest();
            if (Files.isRegularFile(code)) {
                try (ZipFile jar = new ZipFile(code.toFile())) {
                    Enumeration<? extends ZipEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        ZipEntry entry = entries.nextElement();
                        digest.update((entry.getName() + "|" + entry.getSize() + "|" + entry.getCrc() + "\n")
                                .getBytes(StandardCharsets.UTF_8));
                    }
                }
                return "jar:" + HexFormat.of().formatHex(digest.digest());
            }
            try (Stream<Path> walk = Files.walk(code)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update((code.relativize(file) + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis()
                            + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return "classes:" + HexFormat.of().formatHex(digest.digest());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // unknown code: a store it writes is never taken for another build's
            return "unknown:" + System.nanoTime();
        }
    }
}
