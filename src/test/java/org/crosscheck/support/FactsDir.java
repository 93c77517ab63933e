package org.crosscheck.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Writes small facts corpora for tests, file by file. */
public final class FactsDir {

    public static final String ENTITIES = """
            entities:
              - id: acme-deal
                type: event
                name: Acme merger
                aliases: [the Acme deal]
              - id: city-council
                type: organisation
                name: City Council
            """;

    private final Path root;

    public FactsDir(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public FactsDir file(String relative, String text) {
        return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public FactsDir bytes(String relative, byte[] content) {
        try {
            Path path = root.resolve(relative);
            Files.createDirectories(path.getParent());
            Files.write(path, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A source file with the given claims block (already indented under {@code claims:}). */
    public static String source(String id, String published, String claims) {
        return "source:\n  id: " + id + "\n  title: Title of " + id + "\n  outlet: Outlet\n"
                + (published == null ? "" : "  published:\n    date: " + published + "\n    basis: stated\n")
                + "claims:\n" + claims;
    }

    /** One claim entry. */
    public static String claim(String id, String subject, String property, String kind, String value, String quote) {
        return "  - id: " + id + "\n    subject: " + subject + "\n    property: " + property + "\n    value: {"
                + kind + ": \"" + value + "\"}\n    quote: \"" + quote + "\"\n";
    }

    /** Copies a directory tree, such as the bundled {@code facts/}, so a test can change its copy. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
