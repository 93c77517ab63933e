package org.crosscheck.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.RawClaim;
import org.crosscheck.model.RawSource;
import org.crosscheck.support.Sha256;

/**
 * A digest of each claim as written, with its place and its source's own fields: what tells an
 * incremental check which claims of an edited file changed, so only their keys are checked again
 * (an unchanged claim whose line moved has changed: a finding names its line). Claims without an id
 * get none, and a file holding one is taken as changed in every claim.
 */
final class RawClaimDigests {

    private RawClaimDigests() {
    }

    /** Each claim's digest by id, over these sources. */
    static Map<String, byte[]> of(List<RawSource> sources) {
        Map<String, byte[]> digests = new HashMap<>();
        for (RawSource source : sources) {
            String fields = String.join("\u0000", String.valueOf(source.id()), String.valueOf(source.title()),
                    String.valueOf(source.outlet()), String.valueOf(source.url()), String.valueOf(source.textFile()),
                    String.valueOf(source.published()), String.valueOf(source.basis()), String.valueOf(source.basisNote()),
                    String.valueOf(source.status()), String.valueOf(source.location()));
            for (RawClaim claim : source.claims()) {
                if (claim.id() != null) {
                    digests.put(claim.id(), digest(fields, claim.toString()));
                }
            }
        }
        return digests;
    }

    /** Whether every claim of these sources has an id (and so a digest). */
    static boolean allNamed(List<RawSource> sources) {
        return sources.stream().allMatch(source -> source.claims().stream().allMatch(claim -> claim.id() != null));
    }

    private static byte[] digest(String source, String claim) {
        MessageDigest sha = Sha256.newDigest();
        sha.update(source.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(claim.getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(sha.digest(), 16);
    }
}
