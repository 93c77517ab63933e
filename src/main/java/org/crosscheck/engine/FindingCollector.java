package org.crosscheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Disposition;
import org.crosscheck.model.Finding;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Verdict;
import org.crosscheck.normalize.ClaimGroup;
import org.crosscheck.normalize.ClaimIssue;
import org.drools.model.Drools;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The one place rule consequences hand their findings to. DRL files declare it as
 * {@code global org.crosscheck.engine.FindingCollector findings;}. The rule's id, severity and
 * title come from its metadata, so a consequence only says what it found.
 */
public final class FindingCollector {

    private final Map<String, RuleInfo> rulesByName;
    private final List<Finding> findings = new ArrayList<>();
    /** For each finding, the key of the claim group its rule matched; null for a rule that matched none. */
    private final List<ClaimKey> origins = new ArrayList<>();

    FindingCollector(Map<String, RuleInfo> rulesByName) {
        this.rulesByName = rulesByName;
    }

    // Rules run from Drools' executable model, whose consequences see `drools` as a Drools; the DRL
    // compiler, which checks rules for errors, types it as a RuleContext. Both reach the same method.
    public void report(Drools drools, Verdict verdict, ClaimKey key, List<Claim> claims, String message) {
        report(context(drools), verdict, key, claims, List.of(), message);
    }

    public void report(Drools drools, Verdict verdict, ClaimKey key, List<Claim> claims,
            List<ReferenceRecord> references, String message) {
        report(context(drools), verdict, key, claims, references, message);
    }

    /**
     * A conflict the evidence decides: {@code claims} are the side it is against, {@code support} the
     * side it favours, named but never blamed.
     */
    public void report(Drools drools, Verdict verdict, ClaimKey key, List<Claim> claims, List<Claim> support,
            List<ReferenceRecord> references, String message) {
        report(context(drools), verdict, key, claims, support, references, message);
    }

    /** One claim's issue, as a finding about that claim alone. */
    public void report(Drools drools, Verdict verdict, ClaimIssue issue) {
        report(context(drools), verdict, issue);
    }

    private static RuleContext context(Drools drools) {
        if (drools instanceof RuleContext context) {
            return context;
        }
        throw new IllegalStateException("this Drools runtime does not tell a consequence its rule: " + drools.getClass());
    }

    public void report(RuleContext context, Verdict verdict, ClaimKey key, List<Claim> claims, String message) {
        report(context, verdict, key, claims, List.of(), message);
    }

    public void report(RuleContext context, Verdict verdict, ClaimIssue issue) {
        report(context, verdict, issue.claim().key(), List.of(issue.claim()), List.of(), issue.why());
    }

    public void report(RuleContext context, Verdict verdict, ClaimKey key, List<Claim> claims,
            List<ReferenceRecord> references, String message) {
        report(context, verdict, key, claims, List.of(), references, message);
    }

    public void report(RuleContext context, Verdict verdict, ClaimKey key, List<Claim> claims, List<Claim> support,
            List<ReferenceRecord> references, String message) {
        RuleInfo rule = rulesByName.get(context.getRule().getName());
        if (rule == null) {
            throw new IllegalStateException("finding from a rule with no metadata: " + context.getRule().getName());
        }
        findings.add(new Finding(rule, rule.severity(), verdict, key, claims, support, references, message, Disposition.OPEN, null));
        origins.add(origin(context));
    }

    /**
     * The key of the claim group among the facts the rule matched: what a finding depends on, which
     * the finding's own key need not say (a rule may report on any key it likes). Kept so a check can
     * keep findings per key between runs ({@link Engine#runByOrigin}).
     */
    private static ClaimKey origin(RuleContext context) {
        for (Object fact : context.getMatch().getObjects()) {
            if (fact instanceof ClaimGroup group) {
                return group.key();
            }
        }
        return null;
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** The origins of {@link #findings()}, index for index. */
    List<ClaimKey> origins() {
        return java.util.Collections.unmodifiableList(origins);
    }
}
