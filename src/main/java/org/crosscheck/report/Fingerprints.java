package org.crosscheck.report;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.crosscheck.model.Finding;
import org.crosscheck.support.Sha256;

/** A finding's identity (rule, key, claims) as a stable hash; never depends on line numbers. */
final class Fingerprints {

    private Fingerprints() {
    }

    static String of(Finding finding) {
        return HexFormat.of().formatHex(sha256(finding.identity()));
    }

    /** SHA-256 of the text's UTF-8 bytes; also hashes the HTML report's script for its CSP. */
    static byte[] sha256(String text) {
        return Sha256.of(text.getBytes(StandardCharsets.UTF_8));
    }
}
