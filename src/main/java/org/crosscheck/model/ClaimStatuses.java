package org.crosscheck.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The status of every checked claim, by claim id, and which of the disputed ones stand alone against
 * a majority of other outlets ("likely wrong"). Immutable once built.
 */
public final class ClaimStatuses implements java.io.Serializable {

    public static final ClaimStatuses NONE = new ClaimStatuses(Map.of(), Set.of());

    private final Map<String, ClaimStatus> byId;
    private final Set<String> likelyWrong;

    /**
     * Takes the maps as they are, without copying: at a million claims a copy is tens of megabytes.
     * The caller hands them over and does not change them afterwards.
     */
    public ClaimStatuses(Map<String, ClaimStatus> byId, Set<String> likelyWrong) {
        this.byId = Collections.unmodifiableMap(byId);
        this.likelyWrong = Collections.unmodifiableSet(likelyWrong);
    }

    /** The claim's status; null for an id this run did not check. */
    public ClaimStatus of(String claimId) {
        return byId.get(claimId);
    }

    /** Whether the claim is disputed and stands alone against two or more outlets that agree with each other. */
    public boolean isLikelyWrong(String claimId) {
        return likelyWrong.contains(claimId);
    }

    /** Every claim id, sorted (for reports, which list them in a stable order). */
    public String[] idsInOrder() {
        String[] ids = byId.keySet().toArray(String[]::new);
        java.util.Arrays.sort(ids);
        return ids;
    }

    /** These statuses for the claims of {@code ids} only (those of them that have one). */
    public ClaimStatuses restrictedTo(java.util.Collection<String> ids) {
        Map<String, ClaimStatus> kept = new java.util.HashMap<>();
        Set<String> wrong = new java.util.HashSet<>();
        for (String id : ids) {
            ClaimStatus status = byId.get(id);
            if (status != null) {
                kept.put(id, status);
                if (likelyWrong.contains(id)) {
                    wrong.add(id);
                }
            }
        }
        return new ClaimStatuses(kept, wrong);
    }

    /** How many claims are likely wrong. */
    public int likelyWrongCount() {
        return likelyWrong.size();
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

    /** Equal when every claim has the same status and the same claims are likely wrong: results compare by value. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ClaimStatuses that && byId.equals(that.byId) && likelyWrong.equals(that.likelyWrong);
    }

    @Override
    public int hashCode() {
        return 31 * byId.hashCode() + likelyWrong.hashCode();
    }

    @Override
    public String toString() {
        return "ClaimStatuses" + new java.util.TreeMap<>(byId) + (likelyWrong.isEmpty() ? "" : " likely wrong " + new java.util.TreeSet<>(likelyWrong));
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
