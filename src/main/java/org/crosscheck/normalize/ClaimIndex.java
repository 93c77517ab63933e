package org.crosscheck.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;

/**
 * Every key's claims, for a rule that needs claims of another key than the group it matched (a
 * duration checked against the dates of the events it spans). The engine shows rules the claim
 * groups a batch at a time, so joining two ClaimGroup facts could miss a group in another batch;
 * this index always holds them all.
 */
public final class ClaimIndex {

    private final Map<ClaimKey, List<Claim>> byKey = new HashMap<>();

    public ClaimIndex(List<ClaimGroup> groups) {
        groups.forEach(g -> byKey.put(g.key(), g.claims()));
    }

    /** The claims of the key in id order; empty when no claim is about it. */
    public List<Claim> claims(ClaimKey key) {
        return byKey.getOrDefault(key, List.of());
    }
}
