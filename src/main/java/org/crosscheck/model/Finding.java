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
        String message,
        Disposition disposition) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::key)
            .thenComparing(Finding::claimIdList)
            .thenComparing(Finding::message);

    public Finding {
        claims = List.copyOf(claims);
        references = List.copyOf(references);
    }

    /** A finding as a rule reports it: open until triage says otherwise. */
    public Finding(RuleInfo rule, Severity severity, Verdict verdict, ClaimKey key, List<Claim> claims,
            List<ReferenceRecord> references, String message) {
        this(rule, severity, verdict, key, claims, references, message, Disposition.OPEN);
    }

    public Finding with(Disposition newDisposition) {
        return new Finding(rule, severity, verdict, key, claims, references, message, newDisposition);
    }

    /** What identifies a finding across runs (baselines, waivers): rule, key and claims, never lines. */
    public String identity() {
        return identity(rule.id(), key, claimIds());
    }

    /** The identity of a finding of this rule, key and claims; claim order does not matter. */
    public static String identity(String ruleId, ClaimKey key, List<String> claimIds) {
        return ruleId + " " + key + " " + claimIds.stream().sorted().toList();
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
