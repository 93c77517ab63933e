package org.crosscheck.model;

import java.util.Comparator;
import java.util.List;

/**
 * What one rule concluded about one key: the claims involved and the sentence that explains it.
 *
 * @param claims the claims the finding is about; for a conflict, the side the evidence is against
 *     (both sides when nothing decides between them)
 * @param support for a conflict, the claims on the side the evidence favours: named so a reader sees
 *     why, never blamed, never where the finding points, never failing a run; empty otherwise
 * @param references reference records the finding cites; empty when none
 * @param anchor where a finding about no claim and no reference record points (a waiver's place in
 *     its file); null otherwise
 */
public record Finding(
        RuleInfo rule,
        Severity severity,
        Verdict verdict,
        ClaimKey key,
        List<Claim> claims,
        List<Claim> support,
        List<ReferenceRecord> references,
        String message,
        Disposition disposition,
        Location anchor) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::key)
            .thenComparing(Finding::claims, Finding::compareIds)
            .thenComparing(Finding::message);

    public Finding {
        claims = List.copyOf(claims);
        support = List.copyOf(support);
        references = List.copyOf(references);
    }

    /** A finding with no supporting side (every finding but a conflict the evidence decides). */
    public Finding(RuleInfo rule, Severity severity, Verdict verdict, ClaimKey key, List<Claim> claims,
            List<ReferenceRecord> references, String message, Disposition disposition, Location anchor) {
        this(rule, severity, verdict, key, claims, List.of(), references, message, disposition, anchor);
    }

    /** A finding as a rule reports it: open until triage says otherwise. */
    public Finding(RuleInfo rule, Severity severity, Verdict verdict, ClaimKey key, List<Claim> claims,
            List<ReferenceRecord> references, String message) {
        this(rule, severity, verdict, key, claims, references, message, Disposition.OPEN);
    }

    public Finding(RuleInfo rule, Severity severity, Verdict verdict, ClaimKey key, List<Claim> claims,
            List<ReferenceRecord> references, String message, Disposition disposition) {
        this(rule, severity, verdict, key, claims, List.of(), references, message, disposition, null);
    }

    public Finding with(Disposition newDisposition) {
        return new Finding(rule, severity, verdict, key, claims, support, references, message, newDisposition, anchor);
    }

    public List<String> supportIds() {
        return support.stream().map(Claim::id).toList();
    }

    /**
     * Where the finding points: its first claim, else its first reference record, else its anchor;
     * null when it has none. Code-scanning tools refuse a result without a place.
     */
    public Location location() {
        if (!claims.isEmpty()) {
            return claims.get(0).location();
        }
        return references.isEmpty() ? anchor : references.get(0).location();
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

    /**
     * Claim lists in the order of their ids, one id after another, without building anything:
     * findings are sorted three times (after the rules, after triage, in the result), and joining
     * the ids on every comparison made each sort of a million claims' findings about a tenth slower.
     * For ids as the loader allows them (lower-case letters, digits and hyphens) this is the order
     * of the ids joined with commas, which it replaced.
     */
    private static int compareIds(List<Claim> these, List<Claim> those) {
        int shared = Math.min(these.size(), those.size());
        for (int i = 0; i < shared; i++) {
            int order = these.get(i).id().compareTo(those.get(i).id());
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(these.size(), those.size());
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
