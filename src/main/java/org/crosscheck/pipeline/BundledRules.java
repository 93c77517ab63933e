package org.crosscheck.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.crosscheck.support.Sha256;

/**
 * The rules shipped inside the jar, the rule set a check uses when no rules directory is given or
 * found (as PMD and Vale ship theirs). Drools compiles rule files from a directory, so they are
 * copied out once into a directory of the system's temporary directory named by a hash of their
 * content, and used from there.
 */
public final class BundledRules {

    static final String RESOURCE = "/org/crosscheck/bundled-rules";

    private BundledRules() {
    }

    /** The directory holding the bundled rules; empty when this build has none. */
    public static Optional<Path> directory() throws IOException {
        Map<String, byte[]> files = files();
        if (files.isEmpty()) {
            return Optional.empty();
        }
        MessageDigest sha = Sha256.newDigest();
        files.forEach((name, bytes) -> {
            sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(bytes);
        });
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        Path dir = base.resolve("crosscheck-rules-" + HexFormat.of().formatHex(sha.digest(), 0, 8));
        if (Files.isDirectory(dir)) {
            return Optional.of(dir);
        }
        // written beside it and renamed, so two first runs at once never see half a rule set
        Path staging = Files.createTempDirectory(base, "crosscheck-rules-");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = staging.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        try {
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
            // another run was first; its copy holds the same bytes
            try (Stream<Path> all = Files.walk(staging)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Optional.of(dir);
    }

    /** The bundled rule files by their path under the rules directory, in order. */
    static Map<String, byte[]> files() throws IOException {
        URL url = BundledRules.class.getResource(RESOURCE);
        Map<String, byte[]> files = new TreeMap<>();
        if (url == null) {
            return files;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    read(jar.getPath(RESOURCE), files);
                }
            } else {
                read(Path.of(uri), files);
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot find the bundled rules: " + e.getMessage(), e);
        }
        return files;
    }

    private static void read(Path root, Map<String, byte[]> files) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(p -> p.toString().endsWith(".drl")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    files.put(root.relativize(file).toString(), in.readAllBytes());
                }
            }
        }
    }
}
