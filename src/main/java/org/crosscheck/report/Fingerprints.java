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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(finding.identity().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
