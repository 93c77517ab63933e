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

    /** By the end of the "as of" date, then its start, then claim id; written out, as it runs for every key. */
    private static final Comparator<Claim> BY_AS_OF = (a, b) -> {
        int byEnd = a.asOf().end().compareTo(b.asOf().end());
        if (byEnd != 0) {
            return byEnd;
        }
        int byStart = a.asOf().start().compareTo(b.asOf().start());
        return byStart != 0 ? byStart : a.id().compareTo(b.id());
    };

    private RunningTotals() {
    }

    /** Verdicts for neighbouring running-total claims of one key, in "as of" order. */
    public static List<GroupVerdict> compare(List<Claim> claims) {
        List<Claim> totals = new ArrayList<>();
        for (Claim claim : claims) {
            if (claim.asOf() != null && claim.value() instanceof QuantityValue) {
                totals.add(claim);
            }
        }
        if (totals.size() < 2) {
            return List.of(); // most keys: nothing to put in order
        }
        totals.sort(BY_AS_OF);
        List<GroupVerdict> verdicts = new ArrayList<>();
        for (int i = 0; i + 1 < totals.size(); i++) {
            judge(totals.get(i), totals.get(i + 1)).ifPresent(verdicts::add);
        }
        return verdicts;
    }

    private static java.util.Optional<GroupVerdict> judge(Claim earlier, Claim later) {
        QuantityValue before = (QuantityValue) earlier.value();
        QuantityValue after = (QuantityValue) later.value();
        // most neighbouring totals are compatible (or in different units): decided before any sentence is written
        if (Compare.relation(after, before) != Relation.DISJOINT) {
            return java.util.Optional.empty();
        }
        Comparison comparison = Compare.quantities(after, before);
        boolean sameMoment = !later.asOf().start().isAfter(earlier.asOf().end());
        String when = "'" + after.asWritten() + "' as of " + later.asOf().asWritten() + " and '" + before.asWritten()
                + "' as of " + earlier.asOf().asWritten();
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
