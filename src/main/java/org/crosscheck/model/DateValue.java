package org.crosscheck.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A date as an interval [start, end] (both inclusive) with its precision. "2024" is all of 2024,
 * never 1 January. A relative phrase keeps the anchor it was resolved against.
 *
 * @param timex    the TIMEX3-style value ("2024-06", "2024-Q2", "2025-01-01/2025-07-15")
 * @param anchor   the publication date (TIMEX3 value) a relative phrase was resolved against, or null
 * @param weekday  a weekday the source gave with the date ("Wednesday, May 22"), or null
 */
public record DateValue(
        String asWritten,
        String timex,
        DatePrecision precision,
        LocalDate start,
        LocalDate end,
        String anchor,
        java.time.DayOfWeek weekday) implements java.io.Serializable, Value {

    /** Start of an interval open to the past ("before June 2024"). */
    public static final LocalDate OPEN_START = LocalDate.of(-9999, 1, 1);
    /** End of an interval open to the future ("since 2008"). */
    public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    public DateValue {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("interval ends before it starts: " + start + ".." + end);
        }
    }

    @Override
    public ValueKind kind() {
        return ValueKind.DATE;
    }

    @Override
    public String normalized() {
        return timex;
    }

    public boolean isRelative() {
        return anchor != null;
    }

    /** Length in days, counting both ends. */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The interval, as in "2024-06-01..2024-06-30". */
    public String interval() {
        if (start.equals(end)) {
            return start.toString();
        }
        return (start.equals(OPEN_START) ? "" : start.toString()) + ".." + (end.equals(OPEN_END) ? "" : end.toString());
    }

    /** The value for a person: the interval, and how it was read when that is not obvious. */
    public String describe() {
        String written = "(" + asWritten + (anchor == null ? "" : ", published " + anchor) + ")";
        return interval() + " " + written;
    }
}
