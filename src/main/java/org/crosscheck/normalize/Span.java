package org.crosscheck.normalize;

import java.time.LocalDate;
import org.crosscheck.model.DatePrecision;

/** An interval of days with the precision and TIMEX3 value it was stated in; the parsers' working unit. */
record Span(LocalDate start, LocalDate end, DatePrecision precision, String timex) {

    /** The smallest span covering both, as when a relative phrase is resolved against both ends of its anchor. */
    Span union(Span other) {
        if (equals(other)) {
            return this;
        }
        LocalDate from = start.isBefore(other.start) ? start : other.start;
        LocalDate to = end.isAfter(other.end) ? end : other.end;
        return new Span(from, to, DatePrecision.SPAN, from + "/" + to);
    }

    static Span ofDays(LocalDate from, LocalDate to) {
        return from.equals(to)
                ? new Span(from, to, DatePrecision.DAY, from.toString())
                : new Span(from, to, DatePrecision.SPAN, from + "/" + to);
    }
}
