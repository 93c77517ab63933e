package org.crosscheck.normalize;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.Publication;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.model.Verdict;

/**
 * Compares claims with an authoritative record. A record with a validity interval (an office held
 * from–to, a member count from a date on) speaks only for claims it is valid for: judged at the
 * claim's "as of" date, else at its source's publication date, and only when the record is valid for
 * the whole of that (possibly imprecise) date, so an uncertain date never produces a false error.
 */
public final class ReferenceCompare {

    private ReferenceCompare() {
    }

    /** One CONFLICT per contradicting claim, then one AGREE listing the claims the record confirms. */
    public static List<GroupVerdict> against(ReferenceRecord reference, List<Claim> claims) {
        List<GroupVerdict> verdicts = new ArrayList<>();
        List<Claim> confirmed = new ArrayList<>();
        for (Claim claim : GroupCompare.inIdOrder(claims)) {
            if (!applies(reference, claim)) {
                continue;
            }
            Relation relation = Compare.relation(claim.value(), reference.value());
            if (relation == Relation.DISJOINT) {
                // only a conflict needs the sentence: most claims are confirmed, and writing it for each cost more than comparing
                Comparison comparison = Compare.values(claim.value(), reference.value());
                long gap = claim.value() instanceof DateValue ? comparison.gapDays() : -1;
                verdicts.add(new GroupVerdict(Verdict.CONFLICT, List.of(claim), comparison.explanation() + validity(reference)
                        + "; reference: " + reference.citation(), gap));
            } else if (relation.isCompatible()) {
                confirmed.add(claim);
            }
        }
        if (!confirmed.isEmpty()) {
            verdicts.add(new GroupVerdict(Verdict.AGREE, confirmed, confirmed.size() + (confirmed.size() == 1 ? " claim matches" : " claims match")
                    + " the reference value " + reference.value().normalized() + validity(reference) + "; reference: "
                    + reference.citation(), -1));
        }
        return verdicts;
    }

    /** Whether the record is valid for the whole date the claim speaks for. */
    public static boolean applies(ReferenceRecord reference, Claim claim) {
        if (reference.validFrom() == null && reference.validTo() == null) {
            return true;
        }
        DateValue when = claim.asOf() != null ? claim.asOf()
                : claim.source().published().map(Publication::date).orElse(null);
        if (when == null) {
            return false;
        }
        return reference.isValidOn(when.start()) && reference.isValidOn(when.end());
    }

    private static String validity(ReferenceRecord reference) {
        if (reference.validFrom() == null && reference.validTo() == null) {
            return "";
        }
        return " (reference valid " + (reference.validFrom() == null ? "" : reference.validFrom()) + ".."
                + (reference.validTo() == null ? "" : reference.validTo()) + ")";
    }
}
