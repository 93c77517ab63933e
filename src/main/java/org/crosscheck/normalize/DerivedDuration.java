package org.crosscheck.normalize;

import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Verdict;

/**
 * A stated duration checked against the dates of the two events it spans.
 *
 * @param verdict AGREE or CONFLICT
 * @param uncertain whether a date it was checked against comes from a reference record marked
 *     {@code certain: false}: a contradiction then is advice (a warning), not an error
 */
public record DerivedDuration(Verdict verdict, List<Claim> claims, String explanation, boolean uncertain) {

    public DerivedDuration {
        claims = List.copyOf(claims);
    }
}
