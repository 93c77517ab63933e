package org.crosscheck.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.model.Verdict;

/**
 * Running totals (a death toll, people deployed so far): claims that carry an "as of" date. They
 * are not rival values: sorted by that date, a later larger figure supersedes an earlier one; a
 * later smaller figure, or two different figures for the same moment, is a conflict.
 */
public final class RunningTotals {

    private RunningTotals() {
    }

    /** Verdicts for neighbouring running-total claims of one key, in "as of" order. */
    public static List<GroupVerdict> compare(List<Claim> claims) {
        List<Claim> totals = claims.stream()
                .filter(c -> c.asOf() != null && c.value() instanceof QuantityValue)
                .sorted(Comparator.comparing((Claim c) -> c.asOf().end()).thenComparing(c -> c.asOf().start())
                        .thenComparing(Claim::id))
                .toList();
        List<GroupVerdict> verdicts = new ArrayList<>();
        for (int i = 0; i + 1 < totals.size(); i++) {
            judge(totals.get(i), totals.get(i + 1)).ifPresent(verdicts::add);
        }
        return verdicts;
    }

    private static java.util.Optional<GroupVerdict> judge(Claim earlier, Claim later) {
        QuantityValue before = (QuantityValue) earlier.value();
        QuantityValue after = (QuantityValue) later.value();
        Comparison comparison = Compare.quantities(after, before);
        if (comparison.relation() == Relation.INCOMPARABLE) {
            return java.util.Optional.empty();
        }
        boolean sameMoment = !later.asOf().start().isAfter(earlier.asOf().end());
        String when = "'" + after.asWritten() + "' as of " + later.asOf().asWritten() + " and '" + before.asWritten()
                + "' as of " + earlier.asOf().asWritten();
        if (comparison.relation() != Relation.DISJOINT) {
            return java.util.Optional.empty();
        }
        if (sameMoment) {
            return java.util.Optional.of(new GroupVerdict(Verdict.CONFLICT, List.of(earlier, later),
                    when + " speak of the same time but differ: " + comparison.explanation(), -1));
        }
        boolean grew = after.lower().compareTo(before.upper() == null ? before.lower() : before.upper()) > 0;
        if (grew) {
            return java.util.Optional.of(new GroupVerdict(Verdict.SUPERSEDED, List.of(earlier, later),
                    when + ": the later total supersedes the earlier one", -1));
        }
        return java.util.Optional.of(new GroupVerdict(Verdict.CONFLICT, List.of(earlier, later),
                when + ": a running total cannot fall over time (" + comparison.explanation() + ")", -1));
    }
}
