package org.crosscheck.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.crosscheck.model.Claim;

/**
 * One claim a check of single claims found wrong, and why.
 *
 * <p>Rules get these for a whole group at once ({@code from TimeChecks.afterPublication(
 * $group.claims() )}) rather than walking the group's claims one at a time ({@code $claim : Claim()
 * from $group.claims()}) and checking each: the rule engine makes a fact handle and a tuple for every
 * object a {@code from} yields, so seven such walks cost it seven million of each at a million claims,
 * a quarter of the rules' time, for the few claims that are wrong.
 *
 * @param why the sentence that explains it
 */
public record ClaimIssue(Claim claim, String why) {

    /** The claims {@code check} finds wrong (it returns why, or null when a claim is right), in order. */
    public static List<ClaimIssue> each(List<Claim> claims, Function<Claim, String> check) {
        List<ClaimIssue> issues = new ArrayList<>(0);
        for (Claim claim : claims) {
            String why = check.apply(claim);
            if (why != null) {
                issues.add(new ClaimIssue(claim, why));
            }
        }
        return issues;
    }
}
