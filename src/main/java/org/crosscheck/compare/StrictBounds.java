package org.crosscheck.compare;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.DurationValue;
import org.crosscheck.model.Hedge;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.model.Value;

/**
 * A claim that puts a figure strictly on one side of a number ("nearly 25 years", "more than 1,000",
 * "under 5%", "just over $11 billion") says the figure is not that number. A reference record that
 * states exactly that number (or one on the other side) contradicts it, though the record's rounding
 * allowance would leave room: an editor compares the claim with the figure the document gives, and
 * "nearly 25 years" is wrong when the judgment gives 300 months. Only for records stated without a
 * hedge, in the claim's own unit (an amount's unit; a length's calendar months or days).
 */
final class StrictBounds {

    /** An ISO 8601 length in years and months only ("P25Y", "P300M", "P2Y3M"), or in days and weeks only. */
    private static final Pattern CALENDAR = Pattern.compile("P(?:(\\d+(?:\\.\\d+)?)Y)?(?:(\\d+(?:\\.\\d+)?)M)?");
    private static final Pattern DAYS = Pattern.compile("P(?:(\\d+(?:\\.\\d+)?)W)?(?:(\\d+(?:\\.\\d+)?)D)?");

    private StrictBounds() {
    }

    /** Why the record's stated figure lies outside the claim's strict bound, or empty when it does not. */
    static Optional<String> against(Value claim, Value record) {
        if (claim instanceof QuantityValue c && record instanceof QuantityValue r && r.hedge() == Hedge.EXACT && c.unit().equals(r.unit())) {
            return outside(c.hedge(), c.amount(), r.amount())
                    ? Optional.of(says(c, plain(c.amount()) + (c.unit().isEmpty() ? "" : " " + c.unit()), r, ""))
                    : Optional.empty();
        }
        if (claim instanceof DurationValue c && record instanceof DurationValue r && r.hedge() == Hedge.EXACT) {
            BigDecimal[] both = inOneUnit(c.iso(), r.iso());
            String unit = unitName(c.iso(), r.iso());
            return both != null && outside(c.hedge(), both[0], both[1])
                    ? Optional.of(says(c, plain(both[0]) + " " + unit, r, " (" + plain(both[1]) + " " + unit + ")"))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean outside(Hedge hedge, BigDecimal bound, BigDecimal stated) {
        return switch (hedge) {
            case NEARLY, LESS_THAN -> stated.compareTo(bound) >= 0;
            case MORE_THAN, JUST_OVER -> stated.compareTo(bound) <= 0;
            default -> false;
        };
    }

    /** "'nearly 25 years' says less than 300 months, and the record states '300 months' (300 months)". */
    private static String says(Value claim, String bound, Value record, String statedAs) {
        Hedge hedge = claim instanceof QuantityValue q ? q.hedge() : ((DurationValue) claim).hedge();
        return "'" + claim.asWritten() + "' says " + (hedge == Hedge.NEARLY || hedge == Hedge.LESS_THAN ? "less than " : "more than ")
                + bound + ", and the record states '" + record.asWritten() + "'" + statedAs;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Both lengths in calendar months, or both in days; null when they are written in units that do not convert exactly. */
    private static BigDecimal[] inOneUnit(String claimIso, String recordIso) {
        BigDecimal a = months(claimIso);
        BigDecimal b = months(recordIso);
        if (a != null && b != null) {
            return new BigDecimal[] {a, b};
        }
        a = days(claimIso);
        b = days(recordIso);
        return a != null && b != null ? new BigDecimal[] {a, b} : null;
    }

    private static String unitName(String claimIso, String recordIso) {
        return months(claimIso) != null && months(recordIso) != null ? "months" : "days";
    }

    private static BigDecimal months(String iso) {
        Matcher m = CALENDAR.matcher(iso);
        if (!m.matches() || iso.equals("P")) {
            return null;
        }
        BigDecimal years = m.group(1) == null ? BigDecimal.ZERO : new BigDecimal(m.group(1));
        BigDecimal months = m.group(2) == null ? BigDecimal.ZERO : new BigDecimal(m.group(2));
        return years.multiply(BigDecimal.valueOf(12)).add(months);
    }

    private static BigDecimal days(String iso) {
        Matcher m = DAYS.matcher(iso);
        if (!m.matches() || iso.equals("P")) {
            return null;
        }
        BigDecimal weeks = m.group(1) == null ? BigDecimal.ZERO : new BigDecimal(m.group(1));
        BigDecimal days = m.group(2) == null ? BigDecimal.ZERO : new BigDecimal(m.group(2));
        return weeks.multiply(BigDecimal.valueOf(7)).add(days);
    }
}
