package org.crosscheck.store;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Finding;

/**
 * Bytes whose order, compared byte by byte as SQLite compares blobs, is the report's order: findings
 * as {@link Finding} sorts them (severity, rule id, key, claim ids one by one, message), claim
 * entries by id as Java sorts strings. Each text is written as its UTF-16 code units, big-endian (so
 * bytes sort as Java's {@code compareTo} sorts), and ends in {@code 00 00}, which sorts before any
 * code unit: the units {@code 0000} and {@code 0001} are written {@code 00 01 00} and {@code 00 01 01}
 * so no text holds the end mark, and the order of those two is kept.
 */
final class OrderKey {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);

    private OrderKey() {
    }

    /** The place of a finding in the report's findings. */
    static byte[] of(Finding finding) {
        OrderKey key = new OrderKey();
        key.bytes.write(finding.severity().ordinal());
        key.text(finding.rule().id());
        key.text(finding.key().subject());
        key.text(finding.key().property());
        List<Claim> claims = finding.claims();
        for (Claim claim : claims) {
            key.bytes.write(1); // one more claim: a list that ends (0) sorts before one that goes on
            key.text(claim.id());
        }
        key.bytes.write(0);
        key.text(finding.message());
        return key.bytes.toByteArray();
    }

    /** The place of a claim's entry among the report's claims. */
    static byte[] of(String claimId) {
        OrderKey key = new OrderKey();
        key.text(claimId);
        return key.bytes.toByteArray();
    }

    private void text(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 1) {
                bytes.write(0);
                bytes.write(1);
                bytes.write(c);
            } else {
                bytes.write(c >>> 8);
                bytes.write(c & 0xff);
            }
        }
        bytes.write(0);
        bytes.write(0);
    }
}
