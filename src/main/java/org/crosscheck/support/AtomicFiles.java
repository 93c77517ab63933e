package org.crosscheck.support;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Files written whole or not at all: to a temporary file beside the target, then renamed over it,
 * so an interrupted run leaves the previous file as it was and a reader never sees half of one.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** What goes into the file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code target} through a 64 KB buffer; the temporary file is gone afterwards, whatever happened. */
    public static void write(Path target, Body body) throws IOException {
        write(target, body, null);
    }

    /**
     * As {@link #write(Path, Body)}, and returns the SHA-256 of the bytes written, taken as they pass:
     * a report set's manifest needs it, and reading a million claims' report back to hash it cost as
     * much again as a one-file edit's whole check.
     */
    public static byte[] writeHashed(Path target, Body body) throws IOException {
        MessageDigest sha = Sha256.newDigest();
        write(target, body, sha);
        return sha.digest();
    }

    private static void write(Path target, Body body, MessageDigest sha) throws IOException {
        // not Files.createTempFile: its owner-only permissions would carry over to the file, which
        // CI servers and reviewers other than the owner must be able to read; CREATE_NEW keeps the umask
        Path temp = target.toAbsolutePath().resolveSibling("." + target.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            OutputStream file = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            // the digest below the buffer, so it is fed 64 KB at a time
            try (OutputStream out = new BufferedOutputStream(sha == null ? file : new DigestOutputStream(file, sha), 1 << 16)) {
                body.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
