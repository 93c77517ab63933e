package org.crosscheck.model;

import java.time.LocalDate;
import java.util.Set;

/**
 * An editor's decision to accept a finding: rule id and key, optionally the claims it accepts.
 *
 * @param claimIds the claims the waiver accepts; empty means any claims of the key
 * @param expires  the last day the waiver holds; null when it does not expire
 */
public record Waiver(String ruleId, ClaimKey key, Set<String> claimIds, String reason, String by, LocalDate expires,
        Location location) implements java.io.Serializable {

    public Waiver {
        claimIds = Set.copyOf(claimIds);
    }

    /** Whether the waiver covers the finding: same rule and key, and every claim involved accepted. */
    public boolean covers(Finding finding) {
        return finding.rule().id().equals(ruleId) && finding.key().equals(key)
                && (claimIds.isEmpty() || claimIds.containsAll(finding.claimIds()));
    }

    public boolean isExpiredOn(LocalDate day) {
        return expires != null && day.isAfter(expires);
    }
}
