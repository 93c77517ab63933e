package org.crosscheck.normalize;

import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Verdict;

/** The state of one key across its sources: the verdict, the claims that show it, and why. */
public record GroupVerdict(Verdict verdict, List<Claim> claims, String explanation) {

    public GroupVerdict {
        claims = List.copyOf(claims);
    }
}
