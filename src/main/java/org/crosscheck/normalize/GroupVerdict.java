package org.crosscheck.normalize;

import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.DatePrecision;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.Verdict;

/**
 * One conclusion about one key: the verdict, the claims that show it, and why.
 *
 * @param gapDays for disjoint dates, the days between the nearer ends (rules use it to tell a near
 *                miss from a conflict); -1 for other values and other verdicts
 */
public record GroupVerdict(Verdict verdict, List<Claim> claims, String explanation, long gapDays) {

    public GroupVerdict {
        claims = List.copyOf(claims);
    }

    /**
     * From the verdict, the gap, and the first and last claims and how many there are: consistent with
     * the record's equals, which compares them all. The generated hash walks every claim and the
     * explanation, and the rule engine hashes each verdict it matches ({@code from}); on a million
     * claims that was about a second of CPU, most of it the hot key's verdicts that list thousands.
     */
    @Override
    public int hashCode() {
        int hash = verdict.hashCode();
        hash = 31 * hash + Long.hashCode(gapDays);
        hash = 31 * hash + claims.size();
        return claims.isEmpty() ? hash : 31 * (31 * hash + claims.get(0).hashCode()) + claims.get(claims.size() - 1).hashCode();
    }

    public boolean hasQualifier(String qualifier) {
        return claims.stream().anyMatch(c -> c.hasQualifier(qualifier));
    }

    /** What most often makes two close dates for one event differ, for a near-miss finding. */
    public String likelyCause() {
        if (hasQualifier("announcement")) {
            return "one date is when it was announced, the other when it took effect";
        }
        boolean exactDays = claims.stream().allMatch(c -> c.value() instanceof DateValue d && d.precision() == DatePrecision.DAY);
        if (gapDays <= 1 && exactDays) {
            return "a time-zone or date-line difference, or a report filed the day after";
        }
        return "announcement vs effective date, or the start vs the end of the event";
    }
}
