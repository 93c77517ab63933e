package org.crosscheck.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.support.Sha256;

/**
 * The facts files of a check, in the loader's order, each with its path inside the facts directory
 * (forward slashes) and the SHA-256 of its bytes: what {@link InputsDigest} hashes of the facts. A
 * check through the store has these already (the store keeps every file's SHA-256); without one
 * they are read here.
 */
public record FactsHashes(List<FileHash> files) {

    public FactsHashes {
        files = List.copyOf(files);
    }

    /** One facts file: its path relative to the facts directory, and the SHA-256 of its bytes. */
    public record FileHash(String path, byte[] sha256) {
    }

    /** The path of {@code file} inside {@code dir} as the digest names it, the same whether the store or the files gave it. */
    public static String relative(Path dir, Path file) {
        return dir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** {@code files} of {@code dir}, each read and hashed. */
    static FactsHashes read(Path dir, List<Path> files) throws IOException {
        List<FileHash> hashes = new ArrayList<>(files.size());
        for (Path file : files) {
            MessageDigest sha = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            hashes.add(new FileHash(relative(dir, file), sha.digest()));
        }
        return new FactsHashes(hashes);
    }

    private static MessageDigest sha256() {
        return Sha256.newDigest();
    }
}
