package org.crosscheck.normalize;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.crosscheck.model.Claim;
import org.crosscheck.model.DatePrecision;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.Publication;
import org.crosscheck.model.UnresolvedDate;

/** Dates that cannot be right on their own. Each check returns the explanation, or null when it holds. */
public final class TimeChecks {

    /** The qualifier that marks an event as still to come when the source was published. */
    public static final String PLANNED = "planned";

    private TimeChecks() {
    }

    /** {@link #afterPublication(Claim)} for each of {@code claims}: the ones it finds wrong. */
    public static List<ClaimIssue> afterPublication(List<Claim> claims) {
        return ClaimIssue.each(claims, TimeChecks::afterPublication);
    }

    /** An event dated wholly after its source was published, unless the claim says it is planned. */
    public static String afterPublication(Claim claim) {
        if (!(claim.value() instanceof DateValue date) || claim.hasQualifier(PLANNED)) {
            return null;
        }
        Publication published = claim.source().publication();
        if (published == null || !date.start().isAfter(published.date().end())) {
            return null;
        }
        return date.describe() + " is after the source was published (" + published.date().asWritten()
                + "); if the event was still to come, mark the claim 'qualifiers: [planned]'";
    }

    /** {@link #weekdayMismatch(Claim)} for each of {@code claims}: the ones it finds wrong. */
    public static List<ClaimIssue> weekdayMismatch(List<Claim> claims) {
        return ClaimIssue.each(claims, TimeChecks::weekdayMismatch);
    }

    /** A weekday written with a date ("Wednesday, May 22") that the calendar contradicts. */
    public static String weekdayMismatch(Claim claim) {
        if (!(claim.value() instanceof DateValue date) || date.weekday() == null || date.precision() != DatePrecision.DAY) {
            return null;
        }
        if (date.start().getDayOfWeek() == date.weekday()) {
            return null;
        }
        return "'" + date.asWritten() + "': " + date.start() + " was a " + name(date.start().getDayOfWeek())
                + ", not a " + name(date.weekday());
    }

    /** {@link #needsPublicationDate(Claim)} for each of {@code claims}: the ones it finds wrong. */
    public static List<ClaimIssue> needsPublicationDate(List<Claim> claims) {
        return ClaimIssue.each(claims, TimeChecks::needsPublicationDate);
    }

    /** A relative date left unresolved because its source has no publication date. */
    public static String needsPublicationDate(Claim claim) {
        if (!(claim.value() instanceof UnresolvedDate unresolved)) {
            return null;
        }
        return "'" + unresolved.asWritten() + "' is relative, and source " + claim.sourceId()
                + " has no publication date to resolve it against; add 'published:' to the source";
    }

    private static String name(java.time.DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
