package org.crosscheck.compare;

import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Verdict;
import org.crosscheck.normalize.GroupVerdict;

/**
 * Sources that disagree about one key where no certain record decides.
 *
 * @param likelyWrong true when {@code claims} (one outlet's value) stand alone against two or more
 *     other outlets that agree with each other, listed in {@code support}; false when nothing
 *     decides, and then {@code claims} holds both sides and {@code support} is empty
 * @param gapDays for dates, the days between the nearer ends; -1 otherwise
 */
public record Dispute(boolean likelyWrong, List<Claim> claims, List<Claim> support, String explanation, long gapDays) {

    public Dispute {
        claims = List.copyOf(claims);
        support = List.copyOf(support);
    }

    /** What most often makes two close dates for one event differ. */
    public String likelyCause() {
        List<Claim> all = new java.util.ArrayList<>(claims);
        all.addAll(support);
        return new GroupVerdict(Verdict.CONFLICT, all, explanation, gapDays).likelyCause();
    }
}
