package org.crosscheck.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.crosscheck.model.Claim;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.DurationValue;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.model.Verdict;

/**
 * Derived arithmetic: a duration claim that says what it measures ({@code between: {from, to}}) is
 * checked against the dates the corpus gives for those two events. Each end is taken from its
 * reference records when there are any, otherwise from what all the claims for it have in common;
 * an end whose claims disagree is left to the conflict rules and not used.
 */
public final class Arithmetic {

    /** A duration written as the adjective of an event's length in days: "five-day", "3-day". */
    private static final java.util.regex.Pattern N_DAY_EVENT = java.util.regex.Pattern.compile("(?i)[a-z0-9]-day\\b");

    private Arithmetic() {
    }

    /** A date known for one end, and where it came from, for the message. */
    record End(LocalDate start, LocalDate end, String from, boolean uncertain) {
        String describe() {
            return (start.equals(end) ? start.toString() : start + ".." + end) + " (" + from + ")";
        }
    }

    /**
     * AGREE or CONFLICT for the claim, or empty when either end has no usable date. The length of an
     * "N-day" event (written as that adjective: "a five-day visit", "a 3-day summit") from its own first
     * day to its last (both ends dates of one subject: the visit's start and end) counts the days of
     * its dates inclusively, as a reader does: a visit from 22 to 26 April is a five-day visit. An
     * "N-day" length between two events (dates of two subjects) may be either: "a 40-day journey" from
     * a launch on 14 July to a landing on 23 August is elapsed time (launch and landing are moments),
     * "a 17-day Games" from the opening ceremony to the closing one counts both days, and the facts do
     * not say which, so both counts are allowed. Every other length ("35 days after the launch", "a
     * day later") is the time elapsed.
     */
    public static List<DerivedDuration> durationBetween(Claim claim, List<Claim> fromClaims, List<ReferenceRecord> fromRefs,
            List<Claim> toClaims, List<ReferenceRecord> toRefs) {
        if (!(claim.value() instanceof DurationValue duration) || claim.between() == null) {
            return List.of();
        }
        Optional<End> from = end(fromClaims, fromRefs);
        Optional<End> to = end(toClaims, toRefs);
        if (from.isEmpty() || to.isEmpty()) {
            return List.of();
        }
        // an "N-day" event from its own first day to its last (one subject: a five-day visit) counts
        // both dates, as a reader does; between two events (a 40-day journey from the launch to the
        // landing, a 17-day Games from one ceremony to the other) it may be elapsed or inclusive, and
        // a one-day difference there is not an error; any other length is elapsed
        boolean nDay = N_DAY_EVENT.matcher(duration.asWritten()).find();
        boolean oneEvent = claim.between().from().subject().equals(claim.between().to().subject());
        long inclusive = nDay && oneEvent ? 1 : 0;
        long eitherWay = nDay && !oneEvent ? 1 : 0;
        long least = Math.max(0, ChronoUnit.DAYS.between(from.get().end(), to.get().start())) + inclusive;
        long most = ChronoUnit.DAYS.between(from.get().start(), to.get().end()) + inclusive + eitherWay;
        String arithmetic = "from " + claim.between().from() + " " + from.get().describe() + " to " + claim.between().to()
                + " " + to.get().describe() + " is " + span(least, most) + "; '" + duration.asWritten() + "' is "
                + span(duration.minDays(), duration.maxDays()) + (inclusive == 1 ? " (days counted inclusively, both dates included)"
                        : eitherWay == 1 ? " (elapsed, or one more counted inclusively: the ends are two events)" : "");
        boolean fits = most >= 0 && most >= duration.minDays() && least <= duration.maxDays();
        boolean uncertain = from.get().uncertain() || to.get().uncertain();
        return List.of(new DerivedDuration(fits ? Verdict.AGREE : Verdict.CONFLICT, List.of(claim),
                arithmetic + (fits ? "" : ": the arithmetic does not hold") + (uncertain && !fits
                        ? " (a date comes from a record marked uncertain: check it before correcting the claim)" : ""), uncertain));
    }

    private static Optional<End> end(List<Claim> claims, List<ReferenceRecord> references) {
        List<DateValue> referenced = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean uncertain = false;
        for (ReferenceRecord reference : references.stream().sorted(Comparator.comparing(ReferenceRecord::id)).toList()) {
            if (reference.value() instanceof DateValue date) {
                referenced.add(date);
                names.add(reference.id() + (reference.certain() ? "" : ", uncertain"));
                uncertain |= !reference.certain();
            }
        }
        if (referenced.isEmpty()) {
            for (Claim claim : GroupCompare.inIdOrder(claims)) {
                if (claim.value() instanceof DateValue date) {
                    referenced.add(date);
                    names.add(claim.id());
                }
            }
        }
        if (referenced.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = referenced.stream().map(DateValue::start).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate end = referenced.stream().map(DateValue::end).min(Comparator.naturalOrder()).orElseThrow();
        return end.isBefore(start) ? Optional.empty() : Optional.of(new End(start, end, String.join(", ", names), uncertain));
    }

    private static String span(long minDays, long maxDays) {
        return minDays + ".." + maxDays + " days (" + years(minDays) + ".." + years(maxDays) + " years)";
    }

    private static String years(long days) {
        return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(365.25), 1, RoundingMode.HALF_UP).toPlainString();
    }
}
