package org.crosscheck.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.crosscheck.model.Finding;

/** A finding's identity (rule, key, claims) as a stable hash; never depends on line numbers. */
final class Fingerprints {

    private Fingerprints() {
    }

    static String of(Finding finding) {
        return HexFormat.of().formatHex(sha256(finding.identity()));
    }

    /** SHA-256 of the text's UTF-8 bytes; also hashes the HTML report's script for its CSP. */
    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
