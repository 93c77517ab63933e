package org.crosscheck.compare;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.ClaimStatus;

/**
 * What the evidence says about one key, decided once before any rule runs: the status of each claim,
 * the claims a record contradicts (with the claims it confirms as their support), the record
 * agreements, the disputes between sources that no record decides, and the running totals (claims
 * with {@code as_of}) that conflict when no record speaks against either. Rules choose which of
 * these to report, at what severity and in which words; they never decide blame themselves.
 */
public record KeyAssessment(
        ClaimKey key,
        Map<String, ClaimStatus> statuses,
        Set<String> likelyWrong,
        List<Contradiction> contradictions,
        List<Agreement> agreements,
        List<Dispute> disputes,
        List<Dispute> runningTotalConflicts) {

    public KeyAssessment {
        statuses = Map.copyOf(statuses);
        likelyWrong = Set.copyOf(likelyWrong);
        contradictions = List.copyOf(contradictions);
        agreements = List.copyOf(agreements);
        disputes = List.copyOf(disputes);
        runningTotalConflicts = List.copyOf(runningTotalConflicts);
    }

    public ClaimStatus status(String claimId) {
        return statuses.get(claimId);
    }

    /**
     * Of claims that clash within one source (an article giving two values for one fact), the ones to
     * blame: when a certain record decides (each clashing claim is contradicted or confirmed by it, and
     * some are each), the contradicted ones; otherwise all of them, since nothing tells the sides apart.
     */
    public List<Claim> blamedAmong(List<Claim> clashing) {
        return decides(clashing) ? clashing.stream().filter(c -> status(c.id()) == ClaimStatus.CONTRADICTED).toList() : clashing;
    }

    /** Of claims that clash within one source, the ones a certain record confirms when it decides the clash; else none. */
    public List<Claim> supportAmong(List<Claim> clashing) {
        return decides(clashing) ? clashing.stream().filter(c -> status(c.id()) == ClaimStatus.CONFIRMED).toList() : List.of();
    }

    private boolean decides(List<Claim> clashing) {
        boolean against = false;
        boolean with = false;
        for (Claim claim : clashing) {
            ClaimStatus status = status(claim.id());
            against |= status == ClaimStatus.CONTRADICTED;
            with |= status == ClaimStatus.CONFIRMED;
            if (status != ClaimStatus.CONTRADICTED && status != ClaimStatus.CONFIRMED) {
                return false;
            }
        }
        return against && with;
    }

    /** Whether any claim of the key is against the evidence or disputed. */
    public boolean hasDisagreement() {
        return !contradictions.isEmpty() || !disputes.isEmpty();
    }
}
