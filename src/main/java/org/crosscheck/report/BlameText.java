package org.crosscheck.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ClaimStatuses;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Verdict;

/** The words the text reports (console, Markdown, JUnit) use for claim statuses and for who a conflict blames. */
final class BlameText {

    private BlameText() {
    }

    /**
     * For a conflict, which claims it blames with their statuses, and which it names as support
     * ("wrong: c-1 (contradicted) · support: a-1, b-1"); null for other findings or when the run
     * decided no statuses.
     */
    static String line(Finding finding, ClaimStatuses statuses) {
        if (finding.verdict() != Verdict.CONFLICT || finding.claims().isEmpty() || statuses.size() == 0) {
            return null;
        }
        boolean decided = !finding.support().isEmpty() || finding.claims().stream()
                .allMatch(c -> statuses.of(c.id()) == ClaimStatus.CONTRADICTED || statuses.isLikelyWrong(c.id()));
        String blamed = (decided ? "wrong: " : "disputed: ") + withStatus(finding.claims(), statuses);
        return finding.support().isEmpty() ? blamed : blamed + " · support: " + ids(finding.support());
    }

    /** "claims: 3 confirmed, 1 contradicted, ..." with the statuses that occur, or null when there are none. */
    static String summary(CheckResult result) {
        if (result.statuses().size() == 0) {
            return null;
        }
        return summary(result.statuses().counts(), result.accounting().rejected(), result.statuses().likelyWrongCount());
    }

    /** As {@link #summary(CheckResult)}, from the counts (every status listed, rejected claims not counted). */
    static String summary(Map<ClaimStatus, Long> statuses, int rejected, long likelyWrong) {
        if (statuses.values().stream().mapToLong(Long::longValue).sum() == 0) {
            return null;
        }
        Map<ClaimStatus, Long> counts = new java.util.EnumMap<>(statuses);
        counts.merge(ClaimStatus.UNREADABLE, (long) rejected, Long::sum);
        return "claims: " + counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey().label()
                        + (e.getKey() == ClaimStatus.DISPUTED && likelyWrong > 0 ? " (" + likelyWrong + " likely wrong)" : ""))
                .collect(Collectors.joining(", "));
    }

    private static String withStatus(List<Claim> claims, ClaimStatuses statuses) {
        String named = claims.stream().limit(5).map(c -> c.id() + " (" + statuses.label(c.id()) + ")").collect(Collectors.joining(", "));
        return claims.size() > 5 ? named + " and " + (claims.size() - 5) + " more" : named;
    }

    private static String ids(List<Claim> claims) {
        String named = claims.stream().limit(5).map(Claim::id).collect(Collectors.joining(", "));
        return claims.size() > 5 ? named + " and " + (claims.size() - 5) + " more" : named;
    }
}
