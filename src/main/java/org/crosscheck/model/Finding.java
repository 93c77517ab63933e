package org.crosscheck.model;

import java.util.Comparator;
import java.util.List;

/**
 * What one rule concluded about one key: the claims involved and the sentence that explains it.
 *
 * @param references reference records the finding cites; empty when none
 */
public record Finding(
        RuleInfo rule,
        Severity severity,
        Verdict verdict,
        ClaimKey key,
        List<Claim> claims,
        List<ReferenceRecord> references,
        String message) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::key)
            .thenComparing(Finding::claimIdList)
            .thenComparing(Finding::message);

    public Finding {
        claims = List.copyOf(claims);
        references = List.copyOf(references);
    }

    public List<String> claimIds() {
        return claims.stream().map(Claim::id).toList();
    }

    private String claimIdList() {
        return String.join(",", claimIds());
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
