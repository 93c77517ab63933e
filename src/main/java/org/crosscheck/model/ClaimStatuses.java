package org.crosscheck.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The status of every checked claim, by claim id, and which of the disputed ones stand alone against
 * a majority of other outlets ("likely wrong"). Immutable once built.
 */
public final class ClaimStatuses {

    public static final ClaimStatuses NONE = new ClaimStatuses(Map.of(), Set.of());

    private final Map<String, ClaimStatus> byId;
    private final Set<String> likelyWrong;

    public ClaimStatuses(Map<String, ClaimStatus> byId, Set<String> likelyWrong) {
        this.byId = Collections.unmodifiableMap(new HashMap<>(byId));
        this.likelyWrong = Set.copyOf(likelyWrong);
    }

    /** The claim's status; null for an id this run did not check. */
    public ClaimStatus of(String claimId) {
        return byId.get(claimId);
    }

    /** Whether the claim is disputed and stands alone against two or more outlets that agree with each other. */
    public boolean isLikelyWrong(String claimId) {
        return likelyWrong.contains(claimId);
    }

    /** Every claim id with its status, in id order (for reports). */
    public Map<String, ClaimStatus> inIdOrder() {
        return Collections.unmodifiableMap(new TreeMap<>(byId));
    }

    public int size() {
        return byId.size();
    }

    /** How many claims have each status, every status listed. */
    public Map<ClaimStatus, Long> counts() {
        Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            counts.put(status, 0L);
        }
        byId.values().forEach(s -> counts.merge(s, 1L, Long::sum));
        return counts;
    }

    /** The label reports print: the status, or "disputed (likely wrong)". */
    public String label(String claimId) {
        ClaimStatus status = of(claimId);
        if (status == null) {
            return "";
        }
        return isLikelyWrong(claimId) ? status.label() + " (likely wrong)" : status.label();
    }
}
