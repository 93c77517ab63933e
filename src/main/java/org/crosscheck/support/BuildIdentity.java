package org.crosscheck.support;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What identifies the crosscheck build a cache entry was made by: the jar it runs from, by path,
 * size and time, so a rebuilt crosscheck never trusts what an older one kept. Empty when running
 * from a classes directory, whose changes no cheap identity reveals; caches then keep nothing on disk.
 */
public final class BuildIdentity {

    private BuildIdentity() {
    }

    /** The identity of the jar {@code type} was loaded from. */
    public static Optional<String> of(Class<?> type) {
        try {
            Path code = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code)) {
                return Optional.empty();
            }
            return Optional.of(code + "|" + Files.size(code) + "|" + Files.getLastModifiedTime(code).toMillis());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
