package org.crosscheck.compare;

import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.model.Verdict;
import org.crosscheck.normalize.GroupVerdict;

/**
 * A claim against a reference record valid at its date: the claim is the side to blame, and the
 * claims that agree with the same record are its support.
 *
 * @param gapDays for dates, the days between the nearer ends (near miss or not); -1 otherwise
 * @param matchesIssuer when the claim names one counter ({@code according_to}) and its figure is what
 *     another counter's record gives, that other counter's entity id; null otherwise
 */
public record Contradiction(Claim claim, ReferenceRecord record, List<Claim> support, String explanation, long gapDays,
        String matchesIssuer) {

    public Contradiction {
        support = List.copyOf(support);
    }

    /** Whether the record is certain: only a certain record blames a claim (DRL reads it as {@code certain}). */
    public boolean certain() {
        return record.certain();
    }

    public boolean misattributed() {
        return matchesIssuer != null;
    }

    /** What most often makes a date a few weeks off the record. */
    public String likelyCause() {
        return new GroupVerdict(Verdict.CONFLICT, List.of(claim), explanation, gapDays).likelyCause();
    }

    /** The claim alone, for a finding's claims. */
    public List<Claim> claims() {
        return List.of(claim);
    }

    /** The record alone, for a finding's references. */
    public List<ReferenceRecord> records() {
        return List.of(record);
    }
}
