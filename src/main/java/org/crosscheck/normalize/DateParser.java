package org.crosscheck.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.model.DatePrecision;
import org.crosscheck.model.DateValue;
import org.crosscheck.values.Holidays;

/**
 * Reads dates the way newsrooms write them into intervals with their precision (TIMEX3 / ISO 8601
 * conventions). Relative phrases ("earlier this year", "last Wednesday") are resolved against the
 * publication date; when that date is itself imprecise (a month), the phrase is resolved at both
 * ends of it and the result covers both, so imprecision is never turned into false certainty.
 */
public final class DateParser {

    private static final String M = Words.MONTH_PATTERN;
    private static final String W = Words.WEEKDAY_PATTERN;
    private static final String ORD = "(\\d{1,2})(?:st|nd|rd|th)?";
    /** The season words {@link #seasonCode} knows. */
    private static final String SEASONS = "spring|summer|autumn|fall|winter";

    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** ISO 8601 interval of two absolute dates: "2025-07-08/2025-12-31", "2024-05/2024-06". */
    private static final Pattern ISO_INTERVAL = Pattern.compile("([0-9q-]+)/([0-9q-]+)");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern LOOSE_ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    /** "24/06/2024", "6/24/2024", "24.06.2024": read only when the day cannot be taken for the month. */
    private static final Pattern NUMERIC_DAY = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})");
    /** "21-04-2016", "9-18-15": as {@link #NUMERIC_DAY}, and with a two-digit year only where it cannot be the first part (YY-MM-DD). */
    private static final Pattern NUMERIC_DAY_HYPHENED = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4}|\\d{2})");
    /** "Tuesday 11/3/2015", "Friday 30-12-16": a weekday before a date in digits; see {@link #weekdayNumeric}. */
    private static final Pattern WEEKDAY_NUMERIC = Pattern.compile("(" + W + ")\\.?,? (\\d{1,2})([/.-])(\\d{1,2})\\3(\\d{4}|\\d{2})");
    /** "2015/08/12", "2015.5.13": year, month, day; no one writes the day before the month after a year. */
    private static final Pattern YEAR_FIRST_DAY = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    /** "2016 - 11", "2016/ 11", "2015-3": a year and a month, the separator spaced or the month in one digit. */
    private static final Pattern LOOSE_YEAR_MONTH = Pattern.compile("(\\d{4}) ?[-/] ?(\\d{1,2})");
    /** "11-2016", "11 / 2016": a month and a year. */
    private static final Pattern LOOSE_MONTH_YEAR = Pattern.compile("(\\d{1,2}) ?[-/] ?(\\d{4})");
    /** "Oct-15", "mar/22": the day of a month or the month of a two-digit year (spreadsheets' "mmm-yy"); refused. */
    private static final Pattern MONTH_TWO_DIGITS = Pattern.compile("(" + Words.MONTH_PATTERN + ")[-/](\\d{2})");
    /** "4/22", "22/04", "4-22": a day and a month in digits without a year; refused, see {@link #yearlessNumeric}. */
    private static final Pattern YEARLESS_NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})");
    private static final Pattern YEAR_SLASH_MONTH = Pattern.compile("(\\d{4})/(\\d{1,2})");
    private static final Pattern MONTH_SLASH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern ISO_QUARTER = Pattern.compile("(\\d{4})-q([1-4])");
    private static final Pattern QUARTER = Pattern.compile("q([1-4]) (\\d{4})");
    private static final Pattern QUARTER_WORDS =
            Pattern.compile("(first|second|third|fourth) quarter(?: of)? (\\d{4})");
    private static final Pattern ISO_SEASON = Pattern.compile("(\\d{4})-(sp|su|fa|au|wi)");
    private static final Pattern SEASON = Pattern.compile("(?:the )?(" + SEASONS + ")(?: of)? (\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(?:the )?(\\d{3})0s|(\\d{3})x");
    private static final Pattern MONTH_YEAR = Pattern.compile("(" + M + ")\\.?,? (\\d{4})");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(?:(" + W + ")\\.?,? )?" + ORD + " (" + M + ")\\.?,? (\\d{4})");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("(?:(" + W + ")\\.?,? )?(" + M + ")\\.?,? " + ORD + ",? (\\d{4})");
    private static final Pattern MONTH_DAY = Pattern.compile("(?:(" + W + ")\\.?,? )?(" + M + ")\\.? " + ORD);
    private static final Pattern DAY_MONTH = Pattern.compile("(?:(" + W + ")\\.?,? )?" + ORD + " (" + M + ")");
    private static final Pattern MONTH_ONLY = Pattern.compile("(" + M + ")");
    /** "jul 18, fri": the weekday after the date. */
    private static final Pattern MONTH_DAY_WEEKDAY = Pattern.compile("()(" + M + ")\\.? " + ORD + ",? (" + W + ")\\.?");
    private static final Pattern WEEKDAY = Pattern.compile("(?:(last|next|this|on|past|coming) )?(" + W + ")");
    private static final Pattern THIS_UNIT = Pattern.compile("(?:the )?(this|last|next|past|earlier this|later this) (week|month|quarter|year|decade)");
    private static final Pattern MONTH_NEAR = Pattern.compile("(last|this|next|past|coming) (" + M + ")");
    private static final Pattern SEASON_NEAR = Pattern.compile("(last|this|next|past|coming) (" + SEASONS + ")");
    private static final Pattern AGO =
            Pattern.compile("(" + Words.NUMBER_PATTERN + ") (day|week|month|year|decade)s? ago");
    private static final Pattern WITHIN =
            Pattern.compile("within (?:the next )?(" + Words.NUMBER_PATTERN + ") (day|week|month|year)s?");
    /** "within a few months", "within several weeks": from publication to as far ahead as the vague word's upper bound. */
    private static final Pattern WITHIN_VAGUE = Pattern.compile("within (a few|several|a couple of|a couple) (day|week|month|year)s");
    private static final Pattern IN_UNITS = Pattern.compile("in (" + Words.NUMBER_PATTERN + ") (day|week|month|year)s?");
    /** "20th of next month", "the 5th of this month". */
    private static final Pattern DAY_OF_NEAR_MONTH = Pattern.compile("(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: day)? of (?:the )?(this|next|last) month");
    /** "third quarter", "the 3rd quarter": of the year of publication. */
    private static final Pattern QUARTER_OF_YEAR = Pattern.compile("(?:the )?([1-4])(?:st|nd|rd|th) quarter(?:,? (?:of )?this year)?"
            + "|q([1-4]),? (?:of )?this year");
    /** "H1 2016", "2016 H2", "2016H2", "the first half of 2024", "the second half of this year": January to June, July to December. */
    private static final Pattern HALF = Pattern.compile("h([12]) ?(\\d{4})|(\\d{4}),? ?h([12])|(?:the )?(first|1st|second|2nd) half(?: of)? (\\d{4})");
    private static final Pattern HALF_NEAR = Pattern.compile("(?:the )?(first|1st|second|2nd) half of (this|last|next) year");
    /** "the week after next", "the month after the next": one unit after the next one. */
    private static final Pattern UNIT_AFTER_NEXT = Pattern.compile("(?:the )?(week|month|year) after (?:the )?next");
    /** "the 21st century", "15th century": read as the span that holds both ways of counting it (2000-2099 and 2001-2100). */
    private static final Pattern CENTURY = Pattern.compile("(?:the )?(\\d{1,2})(?:st|nd|rd|th)[ -]century");
    /** "the '70s", "'40s": a decade without its century, resolved against publication. */
    private static final Pattern SHORT_DECADE = Pattern.compile("(?:the )?'([1-9])0s");
    /** "the 70s", "the seventies": as often temperatures or ages as a decade ("highs in the 70s"); refused. */
    private static final Pattern TENS_ALONE = Pattern.compile("(?:the )?([1-9]0'?s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)");
    /** "wednesday of next week", "monday this week", "sunday from last week", "last week's sunday". */
    private static final Pattern WEEKDAY_OF_WEEK = Pattern.compile("(" + W + ")\\.?,? (?:of |from |in )?(this|next|last) week"
            + "|(this|next|last) week(?:'s|,? on|,)? (" + W + ")");
    /** "tuesday the 19th", "thu 15th": the day of this month or the next or last where the weekday fits. */
    private static final Pattern WEEKDAY_DAY = Pattern.compile("(" + W + ")\\.?,? (?:the )?(\\d{1,2})(?:st|nd|rd|th)");
    /** "the first tuesday of october", "last friday in october 2014", "the last day of october 2015", "first week of october 2014". */
    private static final Pattern NTH_IN_MONTH = Pattern.compile("(?:the )?(?:([1-5])(?:st|nd|rd|th)|(last)) (" + W + "|day|week) (?:of|in) "
            + "(?:(" + M + ")\\.?(?: (\\d{4}))?|(?:the |this )month|(this|next|last) month)");
    /** "the last 2 days", "next three weeks", "past 2 months": the whole units before or after the day of publication. */
    private static final Pattern LAST_N = Pattern.compile("(?:the |over the |in the )?(last|past|next) (" + Words.NUMBER_PATTERN
            + ") (day|week|month|quarter|year|decade)s");
    /** "friday after next", "march after next": one week (a weekday) or one year (a month) after the next one. */
    private static final Pattern AFTER_NEXT = Pattern.compile("(?:the )?(?:(" + W + ")|(" + M + ")) after next");
    /** "3 fridays from now", "two sundays hence", "2 thursdays ago": the nth such weekday after (or before) the day of publication. */
    private static final Pattern NTH_WEEKDAY_AWAY = Pattern.compile("(" + Words.NUMBER_PATTERN + ") (" + W + ")s (from now|from today|hence|ago|back)");
    /** "the 3rd last week of 2018", "2nd last week of october 2018", "the 5th last day of may": counted back from the end. */
    private static final Pattern NTH_LAST = Pattern.compile("(?:the )?([1-9])(?:st|nd|rd|th) last (day|week) of (?:(" + M + ")\\.?(?: (\\d{4}))?|(\\d{4}))");
    /** "the week of october 7th": the Monday-to-Sunday week that holds the day. */
    private static final Pattern WEEK_OF = Pattern.compile("(?:the )?week of (.+)");
    /** "rest of the week", "the rest of this month": from the day of publication to the end of the period. */
    private static final Pattern REST_OF = Pattern.compile("(?:the )?rest of (?:the|this) (week|month|quarter|year)");
    /** "all week", "all this month": the whole period of publication. */
    private static final Pattern ALL_OF = Pattern.compile("all (?:this |the )?(week|month|year)(?: long)?");
    /** "14 a.d." (rewritten "14 ad"): a year of fewer than four digits, marked as one. */
    private static final Pattern SHORT_YEAR_AD = Pattern.compile("(\\d{1,3}) ad");
    private static final Pattern AHEAD = Pattern.compile("in (" + Words.NUMBER_PATTERN + ") (day|week|month|year)s?"
            + "|(" + Words.NUMBER_PATTERN + ") (day|week|month|year)s? (?:from now|from today|hence|later)");
    // note: "within the next few months" is not a count; COMING reads it
    private static final Pattern COMING = Pattern.compile(
            "(?:(?:in|within|over) )?the (?:coming|next)(?: few)? (day|week|month|year)s?");
    /**
     * "1 month 21 days ago", "2 years, 1 month and 21 days ago", "2 years 21 days later": a count in two or more
     * units, each unit once, back from or on from the day of publication.
     */
    private static final Pattern COMPOUND_AWAY = Pattern.compile("((?:(?:" + Words.NUMBER_PATTERN + ") (?:day|week|month|year)s?(?:, and|,| and)? ){1,3}"
            + "(?:" + Words.NUMBER_PATTERN + ") (?:day|week|month|year)s?) (ago|back|later|from now|from today|hence)");
    private static final Pattern COUNT_AND_UNIT = Pattern.compile("(?<![a-z])(" + Words.NUMBER_PATTERN + ") (day|week|month|year)s?\\b");
    /**
     * "a few days ago", "several weeks ago", "in a few months", "a couple of years from now": the span of the
     * days (weeks, months, years) so far back or ahead as the vague word's documented bounds allow.
     */
    private static final Pattern VAGUE_AWAY = Pattern.compile("(a few|few|several|a couple of|a couple|couple of)"
            + " (day|week|month|year)s (ago|back|later|from now|from today|hence)");
    private static final Pattern IN_VAGUE_UNITS = Pattern.compile("in (a few|several|a couple of) (day|week|month|year)s");
    /** "next few days", "the past several weeks": as "the next 5 days", with the vague word's documented upper bound. */
    private static final Pattern VAGUE_N = Pattern.compile("(?:the )?(next|past|last) (few|several|couple(?: of)?) (day|week|month|quarter|year)s");

    private static final String HOLIDAY = Holidays.namePattern();
    /** "christmas 2014", "easter of 2024", "good friday, 2023": a named day in a stated year. */
    private static final Pattern HOLIDAY_YEAR = Pattern.compile("(?:the )?(" + HOLIDAY + ")(?:,? (?:of |in )?(\\d{4}))");
    /** "christmas", "last easter", "next boxing day": in the year of publication, or the latest before / first after it. */
    private static final Pattern HOLIDAY_NEAR = Pattern.compile("(?:(last|this|next) )?(?:the )?(" + HOLIDAY + ")");
    /** "three days after easter", "the day before christmas eve", "a week from 18 december": a day counted from another. */
    private static final Pattern OFFSET = Pattern.compile("(?:(" + Words.NUMBER_PATTERN + ")|the) (day|week|month|year)s? (after|before|from|following) (.+)");
    /** "the third tuesday after christmas 2014", "the sunday before easter": the nth such weekday after or before a day. */
    private static final Pattern NTH_WEEKDAY_FROM = Pattern.compile("(?:the )?(?:([1-9])(?:st|nd|rd|th) )?(" + W + ")\\.? (after|before|following) (.+)");
    /** "the closest monday to oct 5th", "the 2nd closest mon to october 5th": the weekdays nearest a day, in order. */
    private static final Pattern CLOSEST = Pattern.compile("(?:the )?(?:([1-9])(?:st|nd|rd|th) )?(?:closest|nearest) (" + W + ")\\.? to (.+)");
    /** "march in a year", "june in two years": that month in the year so many years after the year of publication. */
    private static final Pattern MONTH_IN_YEARS = Pattern.compile("(" + M + ")\\.? in (" + Words.NUMBER_PATTERN + ") (?:year|years|year's|years')(?: time)?");
    /**
     * "on the 15th", "on the 1st": a day of the month with no month, the nearest such day around publication.
     * Only after "on" and in digits: "the 15th" alone is as often a century, an amendment or a place in a
     * list, and "on the first" is as often "on the first day" or "on the first ballot".
     */
    private static final Pattern DAY_ALONE = Pattern.compile("on (?:the )?(\\d{1,2})(?:st|nd|rd|th)\\.?");
    /** "this season", "last season": refused; see {@link #seasonAlone}. */
    private static final Pattern SEASON_ALONE = Pattern.compile("(?:this|last|next|past) seasons?");
    /** "18th dec for 10 days", "from 18th dec for 10 days", "for 10 days from 18th dec": the days from a day on. */
    private static final Pattern FOR_LENGTH = Pattern.compile("(?:from |starting )?(.+?),? for (" + Words.NUMBER_PATTERN + ") (day|week)s?"
            + "|for (" + Words.NUMBER_PATTERN + ") (day|week)s?,? (?:from|starting(?: on| from)?) (.+)");
    /** "this weekend", "the weekend", "last weekend", "this past weekend": a Saturday and Sunday. */
    private static final Pattern WEEKEND = Pattern.compile("(?:over )?(?:(this|the|last|next|past|coming) )?weekend");

    /** Modifiers, TIMEX3's mod attribute, with the words that introduce them. */
    private enum Mod {
        BEFORE("before|prior to"),
        AFTER("after"),
        ON_OR_BEFORE("on or before|by|no later than|until|till|up to"),
        ON_OR_AFTER("on or after|since|from|starting|no earlier than"),
        APPROX("approximately|about|around|circa|c\\.|roughly"),
        START("early|the early|the start of|the beginning of"),
        MID("mid-|mid|the mid-|the mid|the middle of"),
        END("late|the late|the end of|end-");

        final String words;

        Mod(String words) {
            this.words = words;
        }

        /** Early, mid or late: a part of the period, which a bound may name ("by the end of 2024"). */
        boolean isPart() {
            return this == START || this == MID || this == END;
        }

        boolean isBound() {
            return this == BEFORE || this == AFTER || this == ON_OR_BEFORE || this == ON_OR_AFTER;
        }

        /**
         * A bound on a part of a period counts the whole part: "before the end of 2024" is no later
         * than 31 December, not before September, because the end of a year is not a single day.
         */
        Mod inclusive() {
            return this == BEFORE ? ON_OR_BEFORE : this == AFTER ? ON_OR_AFTER : this;
        }
    }

    /** A modifier read off the start of a date, and the text after it; {@code mod} is null when there is none. */
    private record Modified(Mod mod, String rest) {

        static Modified of(String text) {
            Matcher prefixed = MOD_PREFIX.matcher(text);
            if (!prefixed.matches()) {
                return new Modified(null, text);
            }
            Mod mod = null;
            for (int i = 0; mod == null; i++) {
                mod = prefixed.group(i + 1) != null ? MODS[i] : null;
            }
            return new Modified(mod, prefixed.group(prefixed.groupCount()).trim());
        }
    }

    /**
     * Any modifier's words, then the date: group {@code i + 1} is {@code MODS[i]}'s words and
     * the last group the date. One pattern rather than one per modifier, because every date is tried
     * against all of them, and a matcher each was most of what normalizing a million claims allocated.
     * The alternatives keep the modifiers' order, so the first modifier that reads the text wins, as
     * when they were tried one by one.
     */
    private static final Mod[] MODS = Mod.values();
    private static final Mod[] NO_MODS = {};
    private static final Pattern MOD_PREFIX = Pattern.compile("^(?:"
            + Arrays.stream(MODS).map(mod -> "(" + mod.words + ")").collect(Collectors.joining("|"))
            + ")(?:\\s+|(?<=-))(.+)$");

    private DateParser() {
    }

    /**
     * Parses a written date.
     *
     * @param anchor the source's publication date, for relative phrases; null when unknown
     */
    public static Parsed<DateValue> parse(String written, DateValue anchor) {
        String text = clean(written);
        if (text.isEmpty()) {
            return Parsed.failed("empty date", "write a date such as 2024-06-24, June 2024 or 2024");
        }
        Matcher alone = DAY_ALONE.matcher(Words.folded(written));
        if (alone.matches()) {
            return dayAlone(written.trim(), Integer.parseInt(alone.group(1)), anchor);
        }
        Optional<Parsed<DateValue>> range = range(written.trim(), text, anchor);
        if (range.isPresent()) {
            return range.get();
        }
        Modified outer = Modified.of(text);
        Modified inner = outer.mod() != null && (outer.mod().isBound() || outer.mod().isPart()) ? Modified.of(outer.rest()) : null;
        if (inner != null && (inner.mod() == null || outer.mod().isBound() && !inner.mod().isPart()
                || outer.mod().isPart() && inner.mod() != Mod.APPROX)) {
            inner = null; // "before about 2024" is not read: a bound nests only early, mid and late, a part only "around"
        }
        text = inner != null ? inner.rest() : outer.rest();
        Parsed<Resolved> core = core(text, anchor);
        if (core instanceof Parsed.Failed<Resolved> failed && failed.message().equals("cannot read '" + text + "' as a date")
                && outer.mod() == null && DurationParser.parse(written) instanceof Parsed.Ok) {
            // "another month", "a few days": a length, which says how long and not when
            return Parsed.failed("cannot read '" + written.trim() + "' as a date: it is a length of time, which says how long, not when",
                    "write when it was ('June 2024', 'in a month', 'a month ago'), or give the length as a duration value");
        }
        if (core instanceof Parsed.Failed<Resolved> failed && text.equals(clean(written))
                && failed.message().equals("cannot read '" + text + "' as a date")) {
            // the readers work on folded words ("thirty-2 june"); the writer is shown the words as written
            return Parsed.failed("cannot read '" + written.trim() + "' as a date", failed.hint());
        }
        if (core instanceof Parsed.Failed<Resolved> failed && text.equals(clean(written)) && failed.message().startsWith("'" + text + "'")) {
            // a refusal that quotes the folded words quotes the words as written instead
            return Parsed.failed("'" + written.trim() + "'" + failed.message().substring(text.length() + 2), failed.hint());
        }
        if (!(core instanceof Parsed.Ok<Resolved> ok)) {
            return core.map(r -> null);
        }
        Resolved resolved = ok.value();
        Span span = resolved.span;
        // "by the end of 2024": the part, then the bound; "the beginning of around next week": the part of the
        // period, then widened, since the vagueness is about the whole phrase
        Mod[] mods = inner != null && outer.mod().isPart() ? new Mod[] {outer.mod(), inner.mod()}
                : inner != null ? new Mod[] {inner.mod(), outer.mod().inclusive()}
                : outer.mod() != null ? new Mod[] {outer.mod()} : NO_MODS;
        for (Mod mod : mods) {
            Optional<Span> modified = modify(span, mod);
            if (modified.isEmpty()) {
                return Parsed.failed("'" + written.trim() + "': " + mod.name().toLowerCase(Locale.ROOT)
                        + " cannot apply to a " + span.precision().label(), "drop the modifier or state a wider date");
            }
            span = modified.get();
        }
        return Parsed.ok(new DateValue(written.trim(), span.timex(), span.precision(), span.start(), span.end(),
                resolved.relative ? anchor.timex() : null, resolved.weekday));
    }

    private static Parsed<DateValue> dayAlone(String written, int dayOfMonth, DateValue anchor) {
        if (dayOfMonth < 1 || dayOfMonth > 31) {
            return Parsed.failed("'" + written + "': no month has a day " + dayOfMonth, "check the day");
        }
        Parsed<Resolved> resolved = resolveRelative(written, anchor, new Relative(a -> dayOfMonthNear(a, dayOfMonth), null));
        return resolved.map(r -> new DateValue(written, r.span.timex(), r.span.precision(), r.span.start(), r.span.end(), anchor.timex(), null));
    }

    private static final String DAY_OF_MONTH = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String TO = "\\s?(?:-|to|thru|through|till|until|and)\\s?";
    /** "july 13-15", "september 4-6, 2024", "aug 8 - aug 12", "from april 22 to 26", "august 27th - 29th". */
    private static final Pattern MONTH_FIRST_RANGE = Pattern.compile("(?:from |between )?(?:the )?(" + M + ")\\.? " + DAY_OF_MONTH + TO
            + "(?:the )?(?:(" + M + ")\\.? )?" + DAY_OF_MONTH + "(?:,? (\\d{4}))?");
    /** "22-26 april 2025", "1-8 september", "from 13 to 15 july", "30 june to 2 july 2025", "23rd to 26th oct". */
    private static final Pattern DAY_FIRST_RANGE = Pattern.compile("(?:from |between )?(?:the )?" + DAY_OF_MONTH + "(?: (" + M
            + ")\\.?)?(?:,? (\\d{4}))?" + TO + "(?:the )?" + DAY_OF_MONTH + " (" + M + ")\\.?(?:,? (\\d{4}))?");
    /** "may to june 2024", "between may and july", "from december to may, 2022". */
    private static final Pattern MONTH_RANGE = Pattern.compile("(?:from |between )?(" + M + ")\\.?(?: (\\d{4}))?" + TO + "(" + M
            + ")\\.?(?:,? (\\d{4}))?");
    /** Any two dates: "between 2019 and 2021", "from 2024-05-01 to 2024-06-30", "from may 2024 until june 2025". */
    private static final Pattern ANY_RANGE = Pattern.compile("(?:from|between) (.+?) (?:to|and|until|till|through|thru|-) (.+)"
            + "|(.+?) (?:to|until|till|through|thru) (.+)|(?:from |between )?(\\d{4}) ?- ?(\\d{4})");

    /**
     * A date range the source gave by its ends, read as the span from the first to the last day; the
     * first end takes the month or year it leaves out from the second ("July 13-15", "22-26 April
     * 2025"), and a range without a year is resolved in the year of publication.
     */
    private static Optional<Parsed<DateValue>> range(String written, String t, DateValue anchor) {
        if (t.indexOf(' ') < 0 && t.indexOf('-') < 0) {
            return Optional.empty();
        }
        Matcher m;
        try {
            if ((m = FOR_LENGTH.matcher(t)).matches()) {
                Optional<Parsed<DateValue>> length = forLength(written, m, anchor);
                if (length.isPresent()) {
                    return length;
                }
            }
            if ((m = MONTH_FIRST_RANGE.matcher(t)).matches()) {
                Month first = Words.month(m.group(1));
                Month second = m.group(3) == null ? first : Words.month(m.group(3));
                return Optional.of(dayRange(written, first, Integer.parseInt(m.group(2)), second, Integer.parseInt(m.group(4)),
                        m.group(5), m.group(5), anchor));
            }
            if ((m = DAY_FIRST_RANGE.matcher(t)).matches()) {
                Month second = Words.month(m.group(5));
                Month first = m.group(2) == null ? second : Words.month(m.group(2));
                return Optional.of(dayRange(written, first, Integer.parseInt(m.group(1)), second, Integer.parseInt(m.group(4)),
                        m.group(3) != null ? m.group(3) : m.group(6), m.group(6), anchor));
            }
            if ((m = MONTH_RANGE.matcher(t)).matches()) {
                String firstYear = m.group(2);
                String secondYear = m.group(4);
                if (firstYear == null && secondYear == null && anchor == null) {
                    return Optional.of(Parsed.failed("'" + t + "' is relative and needs a publication date",
                            "add 'published: {date: …, basis: …}' to the source"));
                }
                // a year written once belongs to both ends, and a range runs forward: "from December to May 2022" starts
                // in December 2021, "November 2024 to February" ends in 2025; with no year, as a range of days is read
                Month first = Words.month(m.group(1));
                Month second = Words.month(m.group(3));
                int turn = first.compareTo(second) > 0 ? 1 : 0;
                int y1;
                int y2;
                if (firstYear != null) {
                    y1 = Integer.parseInt(firstYear);
                    y2 = secondYear != null ? Integer.parseInt(secondYear) : y1 + turn;
                } else {
                    y2 = secondYear != null ? Integer.parseInt(secondYear) : anchor.start().getYear();
                    y1 = y2 - turn;
                }
                Span a = month(YearMonth.of(y1, first));
                Span b = month(YearMonth.of(y2, second));
                return Optional.of(spanOf(written, a, b, firstYear == null && secondYear == null ? anchor : null));
            }
            if ((m = ANY_RANGE.matcher(t)).matches()) {
                String left = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5);
                String right = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(6);
                Parsed<DateValue> a = parse(left, anchor);
                Parsed<DateValue> b = parse(right, anchor);
                if (a instanceof Parsed.Ok<DateValue> x && b instanceof Parsed.Ok<DateValue> y) {
                    DateValue p = x.value();
                    DateValue q = y.value();
                    Span first = new Span(p.start(), p.end(), p.precision(), p.timex());
                    Span last = new Span(q.start(), q.end(), q.precision(), q.timex());
                    return Optional.of(spanOf(written, first, last, p.isRelative() || q.isRelative() ? anchor : null));
                }
                // one end read and the other refused for a reason (a day its month lacks): that reason, not "cannot read"
                Parsed<DateValue> refused = a instanceof Parsed.Ok<DateValue> ? b : a;
                if ((a instanceof Parsed.Ok<DateValue> || b instanceof Parsed.Ok<DateValue>)
                        && refused instanceof Parsed.Failed<DateValue> f && !f.message().startsWith("cannot read")) {
                    return Optional.of(refused);
                }
            }
        } catch (InvalidDate e) {
            return Optional.of(Parsed.failed(e.getMessage(), e.hintOr("check the days and month")));
        } catch (DateTimeException e) {
            return Optional.of(Parsed.failed("not a date: " + e.getMessage(), "check the days and month"));
        }
        return Optional.empty();
    }

    /**
     * "18th Dec for 10 days": the ten days from 18 December on, that day counted as the first. A date
     * that is no single day ("June for 10 days") is not read here.
     */
    private static Optional<Parsed<DateValue>> forLength(String written, Matcher m, DateValue anchor) {
        String date = m.group(1) != null ? m.group(1) : m.group(6);
        long count = count(m.group(1) != null ? m.group(2) : m.group(4)).longValue();
        boolean weeks = (m.group(1) != null ? m.group(3) : m.group(5)).equals("week");
        if (!(parse(date, anchor) instanceof Parsed.Ok<DateValue> ok) || ok.value().precision() != DatePrecision.DAY || count < 1) {
            return Optional.empty();
        }
        DateValue first = ok.value();
        LocalDate last = first.start().plusDays((weeks ? 7 * count : count) - 1);
        return Optional.of(Parsed.ok(new DateValue(written, first.start() + "/" + last, DatePrecision.SPAN, first.start(), last,
                first.anchor(), null)));
    }

    private static Parsed<DateValue> dayRange(String written, Month firstMonth, int firstDay, Month secondMonth, int secondDay,
            String firstYear, String secondYear, DateValue anchor) {
        String y2 = secondYear != null ? secondYear : firstYear;
        if (firstYear == null && y2 == null && anchor == null) {
            return Parsed.failed("'" + written + "' is relative and needs a publication date", "add 'published: {date: …, basis: …}' to the source");
        }
        int year2 = y2 != null ? Integer.parseInt(y2) : anchor.start().getYear();
        int year1 = firstYear != null ? Integer.parseInt(firstYear) : firstMonth.compareTo(secondMonth) > 0 ? year2 - 1 : year2;
        Span a = dayOf(year1, firstMonth, firstDay);
        Span b = dayOf(year2, secondMonth, secondDay);
        return spanOf(written, a, b, firstYear == null && y2 == null ? anchor : null);
    }

    private static Parsed<DateValue> spanOf(String written, Span a, Span b, DateValue anchor) {
        if (b.end().isBefore(a.start())) {
            return Parsed.failed("the range '" + written + "' ends before it starts", "put the earlier date first");
        }
        return Parsed.ok(new DateValue(written, a.timex() + "/" + b.timex(), DatePrecision.SPAN, a.start(), b.end(),
                anchor == null ? null : anchor.timex(), null));
    }

    /** Whether the text is a relative phrase that only a publication date can resolve. */
    public static boolean needsAnchor(String written) {
        return parse(written, null) instanceof Parsed.Failed<DateValue>
                && parse(written, SAMPLE_ANCHOR) instanceof Parsed.Ok<DateValue>;
    }

    private static final DateValue SAMPLE_ANCHOR = new DateValue("2000-06-15", "2000-06-15", DatePrecision.DAY,
            LocalDate.of(2000, 6, 15), LocalDate.of(2000, 6, 15), null, null);

    private record Resolved(Span span, boolean relative, DayOfWeek weekday) {
    }

    /**
     * "on 24 June", "in early 2024", "at the end of June", "over the past year"; but not the "on" of "on or before", which
     * is a modifier's, nor "over" before a count ("over 3 days" is more than three days).
     */
    private static final Pattern LEADING_PREPOSITION = Pattern.compile("^(?:on|in|during|at|over(?= the )) (?!or (?:before|after) )(?=\\S)");

    private static String clean(String written) {
        String t = Words.folded(written);
        t = t.replace('\u2013', '-').replace('\u2014', '-').replace('\u2019', '\'');
        if (t.contains(" ,")) {
            t = t.replace(" ,", ","); // "November , 2016"
        }
        if (t.endsWith(".") && !t.endsWith("c.")) {
            t = t.substring(0, t.length() - 1);
        }
        // most dates start with a digit, and need no matcher to show they have no preposition
        Matcher ahead = IN_UNITS.matcher(t);
        if (ahead.matches()) {
            t = ahead.group(1) + " " + ahead.group(2) + " from now"; // "in a week": its "in" is no preposition
        }
        Matcher vague = IN_VAGUE_UNITS.matcher(t);
        if (vague.matches()) {
            t = vague.group(1) + " " + vague.group(2) + "s from now";
        }
        t = t.isEmpty() || Character.isDigit(t.charAt(0)) ? t : LEADING_PREPOSITION.matcher(t).replaceFirst("");
        return DateWording.canonical(t);
    }

    private static Parsed<Resolved> core(String t, DateValue anchor) {
        Matcher m;
        if ((m = YEAR_SLASH_MONTH.matcher(t)).matches() || (m = MONTH_SLASH_YEAR.matcher(t)).matches()) {
            boolean yearFirst = m.group(1).length() == 4;
            try {
                return absolute(month(Integer.parseInt(m.group(yearFirst ? 1 : 2)), Integer.parseInt(m.group(yearFirst ? 2 : 1))), null);
            } catch (InvalidDate e) {
                return Parsed.failed(e.getMessage(), e.hintOr("check the month"));
            }
        }
        if (YEARLESS_NUMERIC.matcher(t).matches()) {
            return yearlessNumeric(t);
        }
        if ((m = ISO_INTERVAL.matcher(t)).matches()) {
            return interval(m.group(1), m.group(2));
        }
        try {
            if ((m = ISO_DAY.matcher(t)).matches()) {
                return absolute(day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), null);
            }
            if ((m = LOOSE_ISO_DAY.matcher(t)).matches()) {
                return absolute(day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), null);
            }
            if ((m = WEEKDAY_NUMERIC.matcher(t)).matches()) {
                return weekdayNumeric(t, m);
            }
            if ((m = NUMERIC_DAY.matcher(t)).matches()) {
                return numeric(t, m);
            }
            if ((m = NUMERIC_DAY_HYPHENED.matcher(t)).matches()) {
                return hyphened(t, m);
            }
            if ((m = YEAR_FIRST_DAY.matcher(t)).matches()) {
                return absolute(day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), null);
            }
            if ((m = LOOSE_YEAR_MONTH.matcher(t)).matches()) {
                return absolute(month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))), null);
            }
            if ((m = LOOSE_MONTH_YEAR.matcher(t)).matches()) {
                return absolute(month(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))), null);
            }
            if ((m = MONTH_TWO_DIGITS.matcher(t)).matches()) {
                String month = monthName(Words.month(m.group(1)).getValue());
                int n = Integer.parseInt(m.group(2));
                return Parsed.failed("'" + t + "' may be " + month + " " + n + " or " + month + " " + twoDigitYear(n)
                        + ": spreadsheets write a month and a two-digit year so", "write the day as '" + month + " " + n
                        + "' or the year in four digits ('" + month + " " + twoDigitYear(n) + "')");
            }
            if ((m = YEAR_SLASH_MONTH.matcher(t)).matches()) {
                return absolute(month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))), null);
            }
            if ((m = MONTH_SLASH_YEAR.matcher(t)).matches()) {
                return absolute(month(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))), null);
            }
            if ((m = ISO_MONTH.matcher(t)).matches()) {
                return absolute(month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))), null);
            }
            if ((m = YEAR.matcher(t)).matches()) {
                return absolute(year(Integer.parseInt(m.group(1))), null);
            }
            if ((m = SHORT_YEAR_AD.matcher(t)).matches()) {
                return absolute(year(Integer.parseInt(m.group(1))), null);
            }
            if ((m = ISO_QUARTER.matcher(t)).matches()) {
                return absolute(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))), null);
            }
            if ((m = QUARTER.matcher(t)).matches()) {
                return absolute(quarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))), null);
            }
            if ((m = QUARTER_WORDS.matcher(t)).matches()) {
                int q = switch (m.group(1)) {
                    case "first" -> 1;
                    case "second" -> 2;
                    case "third" -> 3;
                    default -> 4;
                };
                return absolute(quarter(Integer.parseInt(m.group(2)), q), null);
            }
            if ((m = HALF.matcher(t)).matches()) {
                String year = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(6);
                String which = m.group(1) != null ? m.group(1) : m.group(4) != null ? m.group(4) : m.group(5);
                return absolute(half(Integer.parseInt(year), which.equals("1") || which.startsWith("f") || which.startsWith("1")), null);
            }
            if ((m = CENTURY.matcher(t)).matches()) {
                int n = Integer.parseInt(m.group(1));
                if (n < 1) {
                    return Parsed.failed("'" + t + "': there is no century 0", "check the number");
                }
                // the 21st century is 2001-2100 to the almanac and 2000-2099 to most readers: the span holds both
                return absolute(new Span(LocalDate.of((n - 1) * 100, 1, 1), LocalDate.of(n * 100, 12, 31), DatePrecision.SPAN,
                        String.format(Locale.ROOT, "%02dXX", n - 1)), null);
            }
            if ((m = ISO_SEASON.matcher(t)).matches()) {
                return absolute(season(Integer.parseInt(m.group(1)), m.group(2)), null);
            }
            if ((m = SEASON.matcher(t)).matches()) {
                return absolute(season(Integer.parseInt(m.group(2)), seasonCode(m.group(1))), null);
            }
            if ((m = DECADE.matcher(t)).matches()) {
                String digits = m.group(1) != null ? m.group(1) : m.group(2);
                int from = Integer.parseInt(digits) * 10;
                return absolute(new Span(LocalDate.of(from, 1, 1), LocalDate.of(from + 9, 12, 31),
                        DatePrecision.DECADE, digits + "X"), null);
            }
            if ((m = MONTH_YEAR.matcher(t)).matches()) {
                return absolute(month(YearMonth.of(Integer.parseInt(m.group(2)), Words.month(m.group(1)))), null);
            }
            if ((m = DAY_MONTH_YEAR.matcher(t)).matches()) {
                return absolute(dayOf(Integer.parseInt(m.group(4)), Words.month(m.group(3)), Integer.parseInt(m.group(2))),
                        weekdayOf(m.group(1)));
            }
            if ((m = MONTH_DAY_YEAR.matcher(t)).matches()) {
                return absolute(dayOf(Integer.parseInt(m.group(4)), Words.month(m.group(2)), Integer.parseInt(m.group(3))),
                        weekdayOf(m.group(1)));
            }
        } catch (InvalidDate e) {
            return Parsed.failed(e.getMessage(), e.hintOr("check the day and month"));
        } catch (DateTimeException e) {
            return Parsed.failed("not a date: " + e.getMessage(), "check the day and month");
        }
        Optional<Parsed<Resolved>> named;
        try {
            named = namedOrCounted(t, anchor);
        } catch (InvalidDate e) {
            return Parsed.failed(e.getMessage(), e.hintOr("check the number"));
        } catch (DateTimeException | ArithmeticException e) {
            return Parsed.failed("'" + t + "' leads outside the calendar crosscheck can represent", "check the number");
        }
        if (named.isPresent()) {
            return named.get();
        }
        if ((m = WEEK_OF.matcher(t)).matches() && !m.group(1).matches("(?:this|last|next) month")) {
            return weekOf(t, core(m.group(1), anchor));
        }
        return relative(t, anchor);
    }

    /**
     * Named days and days counted from another day: "Christmas 2014", "last Easter", "three days after
     * Easter", "the third Tuesday after Christmas 2014", "the closest Monday to Oct 5th", "March in a
     * year"; and the refusals of such phrases a reader cannot pin to a date ("Thanksgiving", "this season").
     * Empty when the text is none of these, or when a day it counts from cannot be read.
     */
    private static Optional<Parsed<Resolved>> namedOrCounted(String t, DateValue anchor) {
        Matcher m;
        if (SEASON_ALONE.matcher(t).matches()) {
            return Optional.of(Parsed.failed("'" + t + "': in reporting, 'season' alone more often names a sports, fashion or holiday"
                    + " season than a time of year, and the seasons of the year are reversed south of the equator",
                    "write the months ('December to February 2013') or the season by name ('winter 2012')"));
        }
        if ((m = HOLIDAY_YEAR.matcher(t)).matches()) {
            String name = m.group(1);
            int year = Integer.parseInt(m.group(2));
            return Optional.of(absolute(day(Holidays.day(name, year).orElseThrow()), null));
        }
        if ((m = HOLIDAY_NEAR.matcher(t)).matches()) {
            String which = m.group(1) == null ? "this" : m.group(1);
            String name = m.group(2);
            return Optional.of(resolveRelative(t, anchor, new Relative(a -> day(holidayNear(a, name, which)), null)));
        }
        Optional<String[]> unsure = Holidays.unsure(t);
        if (unsure.isPresent()) {
            return Optional.of(Parsed.failed("'" + t + "': " + unsure.get()[0], unsure.get()[1]));
        }
        if ((m = MONTH_IN_YEARS.matcher(t)).matches()) {
            Month month = Words.month(m.group(1));
            long years = count(m.group(2)).longValue();
            return Optional.of(resolveRelative(t, anchor, new Relative(a -> month(YearMonth.of(Math.addExact(a.getYear(), (int) years), month)),
                    null)));
        }
        if ((m = OFFSET.matcher(t)).matches() && !m.group(4).matches("now|today") && (m.group(1) != null || m.group(2).equals("day"))) {
            // "the week after Christmas" is a week, not a day, and is not read here
            return offset(t, m, anchor);
        }
        if ((m = NTH_WEEKDAY_FROM.matcher(t)).matches() && !m.group(4).equals("next")) {
            int n = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
            DayOfWeek day = Words.weekday(m.group(2));
            boolean back = m.group(3).equals("before");
            return fromDay(m.group(4), anchor, from -> day(back ? from.with(TemporalAdjusters.previous(day)).minusWeeks(n - 1L)
                    : from.with(TemporalAdjusters.next(day)).plusWeeks(n - 1L)));
        }
        if ((m = CLOSEST.matcher(t)).matches()) {
            int n = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
            DayOfWeek day = Words.weekday(m.group(2));
            return fromDay(m.group(3), anchor, from -> day(closest(from, day, n)));
        }
        return Optional.empty();
    }

    /**
     * "three days after Easter", "a week before 18 December 2013", "two years after Christmas 2014". A count
     * of months or years from a day written without its year is refused: "a year from Christmas" written in
     * February may count from the Christmas before or the one after, and no year is guessed.
     */
    private static Optional<Parsed<Resolved>> offset(String t, Matcher m, DateValue anchor) {
        long count = m.group(1) == null ? 1 : count(m.group(1)).longValue();
        String unit = m.group(2);
        boolean back = m.group(3).equals("before");
        String from = m.group(4);
        boolean yearless = !from.matches(".*\\d{4}.*") && !from.matches("today|tomorrow|yesterday");
        if (yearless && (unit.equals("month") || unit.equals("year"))) {
            Parsed<Resolved> base = core(from, anchor);
            if (base instanceof Parsed.Ok<Resolved>) {
                return Optional.of(Parsed.failed("'" + t + "': '" + from + "' is written without its year, and a count of " + unit
                        + "s from it may start from the one before publication or the one after", "write the year of '" + from
                        + "', e.g. '" + m.group(1) + " " + unit + " after " + from + " 2024'"));
            }
            return Optional.empty();
        }
        long signed = back ? -count : count;
        return fromDay(from, anchor, day -> switch (unit) {
            case "day" -> day(day.plusDays(signed));
            case "week" -> day(day.plusWeeks(signed));
            case "month" -> day(day.plusMonths(signed));
            default -> day(day.plusYears(signed));
        });
    }

    /**
     * A day counted from the day {@code from} names; empty when {@code from} is no date, refused when it is a
     * date wider than a day ("3 days after June": which day of June?).
     */
    private static Optional<Parsed<Resolved>> fromDay(String from, DateValue anchor, Function<LocalDate, Span> count) {
        Parsed<Resolved> base = core(from, anchor);
        if (!(base instanceof Parsed.Ok<Resolved> ok)) {
            return base instanceof Parsed.Failed<Resolved> failed && !failed.message().startsWith("cannot read")
                    ? Optional.of(base) : Optional.empty();
        }
        Span span = ok.value().span;
        if (span.precision() != DatePrecision.DAY) {
            return Optional.of(Parsed.failed("'" + from + "' is a " + span.precision().label() + ", not a day to count from",
                    "count from a day, e.g. '3 days after 24 June 2024'"));
        }
        try {
            return Optional.of(Parsed.ok(new Resolved(count.apply(span.start()), ok.value().relative, null)));
        } catch (InvalidDate e) {
            return Optional.of(Parsed.failed(e.getMessage(), e.hintOr("name the day itself")));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.of(Parsed.failed("'" + from + "' counted so far leads outside the calendar crosscheck can represent",
                    "check the number"));
        }
    }

    /** The nth nearest {@code day} to {@code from} (the day itself first when it is one); a tie is refused. */
    private static LocalDate closest(LocalDate from, DayOfWeek day, int n) {
        LocalDate after = from.with(TemporalAdjusters.nextOrSame(day));
        LocalDate before = from.with(TemporalAdjusters.previousOrSame(day));
        java.util.List<LocalDate> order = new java.util.ArrayList<>();
        while (order.size() < n) {
            long toAfter = ChronoUnit.DAYS.between(from, after);
            long toBefore = ChronoUnit.DAYS.between(before, from);
            if (after.equals(before)) {
                order.add(after);
                after = after.plusWeeks(1);
                before = before.minusWeeks(1);
            } else if (toAfter == toBefore) {
                throw new InvalidDate(after + " and " + before + " are equally close to " + from);
            } else if (toAfter < toBefore) {
                order.add(after);
                after = after.plusWeeks(1);
            } else {
                order.add(before);
                before = before.minusWeeks(1);
            }
        }
        return order.get(n - 1);
    }

    /**
     * A named day without a year is the one of the year of publication, as "25 December" is; "last Easter"
     * is the latest one before the day of publication, "next Easter" the first after it.
     */
    private static LocalDate holidayNear(LocalDate a, String name, String which) {
        LocalDate same = Holidays.day(name, a.getYear()).orElseThrow();
        return switch (which) {
            case "last" -> same.isBefore(a) ? same : Holidays.day(name, a.getYear() - 1).orElseThrow();
            case "next" -> same.isAfter(a) ? same : Holidays.day(name, a.getYear() + 1).orElseThrow();
            default -> same;
        };
    }

    /**
     * "the week of October 7th": the Monday-to-Sunday week that holds a day. A Sunday is refused: it ends
     * a week counted from Monday and starts one counted from Sunday, and reporters write both.
     */
    private static Parsed<Resolved> weekOf(String t, Parsed<Resolved> day) {
        if (!(day instanceof Parsed.Ok<Resolved> ok) || ok.value().span.precision() != DatePrecision.DAY) {
            return Parsed.failed("cannot read '" + t + "' as a date: 'the week of' needs a day after it",
                    "write the week's Monday, e.g. 'the week of 7 October 2013'");
        }
        LocalDate date = ok.value().span.start();
        if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Parsed.failed("'" + t + "': " + date + " is a Sunday, which ends a week counted from Monday and starts one counted"
                    + " from Sunday", "write the week's first and last days: 'from " + date.minusDays(6) + " to " + date + "' or 'from "
                    + date + " to " + date.plusDays(6) + "'");
        }
        LocalDate monday = date.with(DayOfWeek.MONDAY);
        return Parsed.ok(new Resolved(Span.ofDays(monday, monday.plusDays(6)), ok.value().relative, null));
    }

    /**
     * A date in digits: day first or month first is told by a part over 12 ("24/06/2024" is 24 June,
     * "6/24/2024" June 24) or by both parts being equal; otherwise it is refused, never guessed.
     */
    private static Parsed<Resolved> numeric(String t, Matcher m) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year = twoDigitYear(year);
        }
        if (first > 12 && second <= 12) {
            return absolute(day(year, second, first), null);
        }
        if (second > 12 && first <= 12 || first == second) {
            return absolute(day(year, first, second), null);
        }
        if (first > 12) {
            return Parsed.failed("'" + t + "' is not a date: neither " + first + " nor " + second + " is a month", "check the date");
        }
        return Parsed.failed("'" + t + "' may be " + first + " " + monthName(second) + " or " + monthName(first) + " " + second
                + ": day-first and month-first dates look alike", "write the month as a word (" + first + " " + monthName(second)
                + " " + year + ") or as ISO 8601 (YYYY-MM-DD)");
    }

    /**
     * A weekday before a date in digits. When the digits are one date, that date is read and the weekday kept with
     * it (so that a weekday the date does not fall on is reported, as for "Fri, Jul 18"). When they may be two dates
     * ("11/3/2015": 11 March or November 3; "30-12-16": 2016-12-30 or 2030-12-16), the weekday the writer gave
     * tells them apart if it falls on exactly one of them; otherwise the refusal of the digits stands.
     */
    private static Parsed<Resolved> weekdayNumeric(String t, Matcher m) {
        DayOfWeek weekday = weekdayOf(m.group(1));
        String digits = t.substring(m.start(2));
        Parsed<Resolved> alone = core(digits, null);
        if (alone instanceof Parsed.Ok<Resolved> ok) {
            return absolute(ok.value().span(), weekday);
        }
        int first = Integer.parseInt(m.group(2));
        int second = Integer.parseInt(m.group(4));
        int last = Integer.parseInt(m.group(5));
        int year = m.group(5).length() == 2 ? twoDigitYear(last) : last;
        java.util.Set<LocalDate> fits = new java.util.TreeSet<>();
        int[][] orders = {{year, second, first}, {year, first, second}, {m.group(5).length() == 2 && m.group(3).equals("-") ? twoDigitYear(first) : -1, second, last}};
        for (int[] order : orders) {
            if (order[0] > 0 && order[1] >= 1 && order[1] <= 12 && order[2] >= 1 && order[2] <= YearMonth.of(order[0], order[1]).lengthOfMonth()
                    && LocalDate.of(order[0], order[1], order[2]).getDayOfWeek() == weekday) {
                fits.add(LocalDate.of(order[0], order[1], order[2]));
            }
        }
        if (fits.size() == 1) {
            return absolute(day(fits.iterator().next()), weekday);
        }
        return alone;
    }

    /**
     * "9-18-15": read as {@link #numeric} reads "9/18/15", unless a two-digit year may also come first, as
     * in "15-09-18" (2015-09-18, the order of ISO 8601 with its century dropped), when it is refused.
     */
    private static Parsed<Resolved> hyphened(String t, Matcher m) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        int third = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2 && second >= 1 && second <= 12 && third >= 1
                && third <= YearMonth.of(twoDigitYear(first), second).lengthOfMonth()) {
            return Parsed.failed("'" + t + "' may have its year first (" + LocalDate.of(twoDigitYear(first), second, third)
                    + ") or last", "write the year in four digits, or the month as a word");
        }
        return numeric(t, m);
    }

    /**
     * "4/22", "22/04": refused although one part is over 12. A year is not guessed for them (the date may be
     * last year's as easily as this year's), and the same marks are not dates as often as they are: "24/7"
     * (always), "9/11" (a day of 2001), a fraction, a score or a range ("4-22 people").
     */
    private static Parsed<Resolved> yearlessNumeric(String t) {
        return Parsed.failed("'" + t + "' has no year, and in digits alone it may as well be a fraction, a score, a range or a name"
                + " such as '24/7' or '9/11'", "write the month as a word and the year, e.g. '22 April 2016'");
    }

    /**
     * A year written in two digits, as POSIX strptime's %y reads it: 69 to 99 are 1969 to 1999, 00 to 68 are
     * 2000 to 2068 ("3/3/15" is 2015, "05/05/89" 1989). No clock is read, so the same text always reads the same.
     */
    static int twoDigitYear(int yy) {
        return yy >= 69 ? 1900 + yy : 2000 + yy;
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static Parsed<Resolved> interval(String from, String to) {
        Parsed<Resolved> start = core(from, null);
        Parsed<Resolved> end = core(to, null);
        if (start instanceof Parsed.Failed<Resolved> || end instanceof Parsed.Failed<Resolved>) {
            return start instanceof Parsed.Failed<Resolved> ? start : end;
        }
        Span a = start.toOptional().orElseThrow().span;
        Span b = end.toOptional().orElseThrow().span;
        if (b.end().isBefore(a.start())) {
            return Parsed.failed("the interval " + from + "/" + to + " ends before it starts", "put the earlier date first");
        }
        return absolute(new Span(a.start(), b.end(), DatePrecision.SPAN, from + "/" + to), null);
    }

    private static Parsed<Resolved> relative(String t, DateValue anchor) {
        Optional<Relative> phrase;
        try {
            phrase = relativePhrase(t);
        } catch (InvalidDate e) {
            return Parsed.failed(e.getMessage(), e.hintOr("check the number"));
        }
        if (phrase.isEmpty()) {
            return Parsed.failed("cannot read '" + t + "' as a date",
                    "write 2024-06-24, 24 June 2024, June 2024, 2024, 2024-Q2, or a phrase such as 'last year'");
        }
        return resolveRelative(t, anchor, phrase.get());
    }

    /** A relative phrase resolved against both ends of the publication date, covering both. */
    private static Parsed<Resolved> resolveRelative(String t, DateValue anchor, Relative phrase) {
        if (anchor == null) {
            return Parsed.failed("'" + t + "' is relative and needs a publication date",
                    "add 'published: {date: …, basis: …}' to the source");
        }
        try {
            Span atStart = phrase.resolve.apply(anchor.start());
            Span atEnd = phrase.resolve.apply(anchor.end());
            return Parsed.ok(new Resolved(atStart.union(atEnd), true, phrase.weekday));
        } catch (InvalidDate e) {
            return Parsed.failed(e.getMessage(), e.hintOr("check the day and month"));
        } catch (DateTimeException | ArithmeticException e) {
            return Parsed.failed("'" + t + "' leads outside the calendar crosscheck can represent", "check the number");
        }
    }

    private record Relative(Function<LocalDate, Span> resolve, DayOfWeek weekday) {
    }

    private static Optional<Relative> relativePhrase(String t) {
        Matcher m;
        switch (t) {
            case "today", "now" -> {
                return rel(a -> day(a));
            }
            case "yesterday" -> {
                return rel(a -> day(a.minusDays(1)));
            }
            case "tomorrow" -> {
                return rel(a -> day(a.plusDays(1)));
            }
            case "the day after tomorrow", "day after tomorrow" -> {
                return rel(a -> day(a.plusDays(2)));
            }
            case "the day before yesterday", "day before yesterday" -> {
                return rel(a -> day(a.minusDays(2)));
            }
            case "recently", "recent", "lately", "in recent months" -> {
                return rel(a -> Span.ofDays(a.minusYears(1), a));
            }
            default -> {
                // fall through to the patterns below
            }
        }
        if ((m = THIS_UNIT.matcher(t)).matches() && (!t.startsWith("the ") || m.group(2).equals("decade")
                || m.group(1).equals("past") || m.group(1).equals("next"))) {
            String which = m.group(1);
            String unit = m.group(2);
            if (!which.endsWith("this") && (unit.equals("decade") || t.startsWith("the "))) {
                // "the next decade" is the 2020s to some readers and the next ten years to others, "the past year" last
                // year or the twelve months before publication: the span holds both, as "the past 1 year" would.
                // "the last year" and "the previous year" are not read: prose writes "the last year of the war" and
                // "the previous year" about a year the text gives, and extraction hands the words over alone
                boolean past = !which.equals("next");
                return rel(a -> lastOrNext(a, past, 1, unit));
            }
            return rel(a -> unitSpan(which, unit, a));
        }
        if ((m = COMPOUND_AWAY.matcher(t)).matches()) {
            return compoundAway(m.group(1), m.group(2).equals("ago") || m.group(2).equals("back"));
        }
        if ((m = VAGUE_AWAY.matcher(t)).matches()) {
            return vagueAway(m.group(1), m.group(2), m.group(3).equals("ago") || m.group(3).equals("back"));
        }
        if ((m = AGO.matcher(t)).matches()) {
            BigDecimal count = count(m.group(1));
            String unit = m.group(2);
            if (count.stripTrailingZeros().scale() <= 0) {
                long whole = count.longValueExact();
                return rel(a -> ago(a, whole, unit));
            }
            // "1.5 years ago": a calendar year has no half, so between two and one years before
            long more = count.setScale(0, RoundingMode.CEILING).longValueExact();
            long less = count.setScale(0, RoundingMode.FLOOR).longValueExact();
            ChronoUnit chrono = chronoUnit(unit);
            return rel(a -> Span.ofDays(a.minus(more, chrono), a.minus(less, chrono)));
        }
        if ((m = DAY_OF_NEAR_MONTH.matcher(t)).matches()) {
            int dayOfMonth = Integer.parseInt(m.group(1));
            int shift = m.group(2).equals("next") ? 1 : m.group(2).equals("last") ? -1 : 0;
            return rel(a -> {
                YearMonth month = YearMonth.from(a).plusMonths(shift);
                return dayOf(month.getYear(), month.getMonth(), dayOfMonth);
            });
        }
        if ((m = QUARTER_OF_YEAR.matcher(t)).matches()) {
            int q = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            return rel(a -> quarter(a.getYear(), q));
        }
        if ((m = WEEKDAY_OF_WEEK.matcher(t)).matches()) {
            DayOfWeek day = Words.weekday(m.group(1) != null ? m.group(1) : m.group(4));
            String which = m.group(2) != null ? m.group(2) : m.group(3);
            int shift = which.equals("next") ? 1 : which.equals("last") ? -1 : 0;
            return Optional.of(new Relative(a -> day(a.plusWeeks(shift).with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(day))), day));
        }
        if ((m = WEEKDAY_DAY.matcher(t)).matches()) {
            DayOfWeek day = Words.weekday(m.group(1));
            int dayOfMonth = Integer.parseInt(m.group(2));
            return Optional.of(new Relative(a -> weekdayDayNear(a, day, dayOfMonth), day));
        }
        if ((m = NTH_IN_MONTH.matcher(t)).matches()) {
            Matcher n = m;
            return rel(a -> nthInMonth(a, n));
        }
        if ((m = HALF_NEAR.matcher(t)).matches()) {
            boolean first = m.group(1).startsWith("f") || m.group(1).startsWith("1");
            int shift = m.group(2).equals("next") ? 1 : m.group(2).equals("last") ? -1 : 0;
            return rel(a -> half(a.getYear() + shift, first));
        }
        if ((m = WEEKEND.matcher(t)).matches()) {
            String which = m.group(1) == null || m.group(1).equals("the") ? "this" : m.group(1);
            String written = t;
            return rel(a -> weekend(a, which, written));
        }
        if ((m = UNIT_AFTER_NEXT.matcher(t)).matches()) {
            String unit = m.group(1);
            return rel(a -> unitSpan("next", unit, a.plus(1, chronoUnit(unit))));
        }
        if ((m = TENS_ALONE.matcher(t)).matches()) {
            throw new InvalidDate("'" + t + "' may be a decade, or temperatures or ages ('highs in the 70s', 'in their seventies')",
                    "write the decade with its century ('the 1970s') or with an apostrophe ('the \u201970s')");
        }
        if ((m = SHORT_DECADE.matcher(t)).matches()) {
            int tens = Integer.parseInt(m.group(1));
            String written = t;
            return rel(a -> shortDecade(a, tens, written));
        }
        if ((m = AFTER_NEXT.matcher(t)).matches()) {
            if (m.group(1) != null) {
                DayOfWeek day = Words.weekday(m.group(1));
                return Optional.of(new Relative(a -> day(a.with(TemporalAdjusters.next(day)).plusWeeks(1)), day));
            }
            Month month = Words.month(m.group(2));
            return rel(a -> month(monthNear(a, month, "next").plusYears(1)));
        }
        if ((m = NTH_WEEKDAY_AWAY.matcher(t)).matches()) {
            long n = count(m.group(1)).longValueExact();
            DayOfWeek day = Words.weekday(m.group(2));
            boolean back = m.group(3).equals("ago") || m.group(3).equals("back");
            if (n < 1) {
                return Optional.empty();
            }
            return Optional.of(new Relative(a -> day(back ? a.with(TemporalAdjusters.previous(day)).minusWeeks(n - 1)
                    : a.with(TemporalAdjusters.next(day)).plusWeeks(n - 1)), day));
        }
        if ((m = NTH_LAST.matcher(t)).matches()) {
            Matcher n = m;
            return rel(a -> nthLast(a, n));
        }
        if ((m = REST_OF.matcher(t)).matches()) {
            String unit = m.group(1);
            return rel(a -> Span.ofDays(a, unitSpan("this", unit, a).end()));
        }
        if ((m = ALL_OF.matcher(t)).matches()) {
            String unit = m.group(1);
            return rel(a -> unitSpan("this", unit, a));
        }
        if ((m = VAGUE_N.matcher(t)).matches()) {
            // "a few" is 2..5, "several" 3..9, "a couple" 2 (docs/values.md): the span reaches the most the word allows
            boolean past = !m.group(1).equals("next");
            long count = m.group(2).equals("few") ? 5 : m.group(2).equals("several") ? 9 : 2;
            String unit = m.group(3);
            return rel(a -> lastOrNext(a, past, count, unit));
        }
        if ((m = LAST_N.matcher(t)).matches()) {
            boolean past = !m.group(1).equals("next");
            long count = count(m.group(2)).setScale(0, RoundingMode.CEILING).longValueExact();
            String unit = m.group(3);
            return rel(a -> lastOrNext(a, past, count, unit));
        }
        if ((m = AHEAD.matcher(t)).matches()) {
            // "in a week", "three weeks hence", "10 days from now": the day that far ahead (a month or year: that month or year)
            String number = m.group(1) != null ? m.group(1) : m.group(3);
            String unit = m.group(2) != null ? m.group(2) : m.group(4);
            BigDecimal count = count(number);
            if (count.stripTrailingZeros().scale() <= 0) {
                long whole = count.longValueExact();
                return rel(a -> ago(a, -whole, unit.equals("week") ? "day7" : unit));
            }
        }
        if ((m = WITHIN_VAGUE.matcher(t)).matches()) {
            // "a few" is 2..5, "several" 3..9, "a couple" 2 (docs/values.md): within reaches the most the word allows
            long count = m.group(1).endsWith("few") ? 5 : m.group(1).equals("several") ? 9 : 2;
            ChronoUnit unit = chronoUnit(m.group(2));
            return rel(a -> Span.ofDays(a, a.plus(count, unit)));
        }
        if ((m = WITHIN.matcher(t)).matches()) {
            // "within 1.5 years" reaches the whole units that hold it: up to two years ahead
            long count = count(m.group(1)).setScale(0, RoundingMode.CEILING).longValueExact();
            ChronoUnit unit = chronoUnit(m.group(2));
            return rel(a -> Span.ofDays(a, a.plus(count, unit)));
        }
        if ((m = COMING.matcher(t)).matches()) {
            // "the coming months": up to six of the unit ahead, the span such phrases cover in practice
            ChronoUnit unit = chronoUnit(m.group(1));
            return rel(a -> Span.ofDays(a, a.plus(6, unit)));
        }
        if ((m = MONTH_DAY.matcher(t)).matches() || (m = MONTH_DAY_WEEKDAY.matcher(t)).matches()) {
            Month month = Words.month(m.group(2));
            int dayOfMonth = Integer.parseInt(m.group(3));
            DayOfWeek weekday = weekdayOf(m.groupCount() >= 4 ? m.group(4) : m.group(1));
            return Optional.of(new Relative(a -> dayOf(a.getYear(), month, dayOfMonth), weekday));
        }
        if ((m = DAY_MONTH.matcher(t)).matches()) {
            Month month = Words.month(m.group(3));
            int dayOfMonth = Integer.parseInt(m.group(2));
            DayOfWeek weekday = weekdayOf(m.group(1));
            return Optional.of(new Relative(a -> dayOf(a.getYear(), month, dayOfMonth), weekday));
        }
        if ((m = MONTH_NEAR.matcher(t)).matches()) {
            String which = m.group(1);
            Month month = Words.month(m.group(2));
            return rel(a -> month(monthNear(a, month, which)));
        }
        if ((m = SEASON_NEAR.matcher(t)).matches()) {
            String which = m.group(1).equals("past") ? "last" : m.group(1).equals("coming") ? "next" : m.group(1);
            String code = seasonCode(m.group(2));
            return rel(a -> seasonNear(a, code, which));
        }
        if ((m = MONTH_ONLY.matcher(t)).matches()) {
            Month month = Words.month(m.group(1));
            return rel(a -> month(YearMonth.of(a.getYear(), month)));
        }
        if ((m = WEEKDAY.matcher(t)).matches()) {
            DayOfWeek day = Words.weekday(m.group(2));
            String which = m.group(1) == null ? "on" : m.group(1);
            return Optional.of(new Relative(a -> day(weekdayNear(a, day, which)), day));
        }
        return Optional.empty();
    }

    /**
     * A count in several units, largest first: the years and months move the day of publication, and the
     * finest unit gives the precision, as a count in one unit does ("1 year 2 months ago" is a month,
     * "1 month 21 days ago" a day). Each unit is named once, in whole numbers: "2 days 3 days ago" and "1.5 years
     * 2 months ago" are no count.
     */
    private static Optional<Relative> compoundAway(String counts, boolean back) {
        java.util.Map<String, Long> byUnit = new java.util.HashMap<>();
        Matcher part = COUNT_AND_UNIT.matcher(counts);
        while (part.find()) {
            BigDecimal n = count(part.group(1));
            if (n.stripTrailingZeros().scale() > 0 || byUnit.put(part.group(2), n.longValueExact()) != null) {
                return Optional.empty();
            }
        }
        String finest = byUnit.containsKey("day") ? "day" : byUnit.containsKey("week") ? "week" : byUnit.containsKey("month") ? "month" : "year";
        long sign = back ? -1 : 1;
        long last = byUnit.remove(finest);
        return rel(a -> {
            LocalDate moved = a.plusYears(sign * byUnit.getOrDefault("year", 0L)).plusMonths(sign * byUnit.getOrDefault("month", 0L))
                    .plusWeeks(sign * byUnit.getOrDefault("week", 0L));
            return ago(moved, back ? last : -last, finest.equals("week") && !back ? "day7" : finest);
        });
    }

    /**
     * "A few days ago" is two to five days before publication, "several weeks ago" three to nine weeks
     * before, "a couple of months ago" two months before: the bounds docs/values.md gives the vague words.
     */
    private static Optional<Relative> vagueAway(String word, String unit, boolean back) {
        long least = word.contains("several") ? 3 : 2;
        long most = word.contains("couple") ? 2 : word.contains("several") ? 9 : 5;
        String step = unit.equals("week") && !back ? "day7" : unit;
        return rel(a -> {
            Span near = ago(a, back ? least : -least, step);
            Span far = ago(a, back ? most : -most, step);
            return back ? Span.ofDays(far.start(), near.end()) : Span.ofDays(near.start(), far.end());
        });
    }

    /**
     * A count the patterns have already matched as digits or number words ("3 days ago", "1.5 years
     * ago"); a huge one is not a date phrase.
     */
    private static BigDecimal count(String text) {
        BigDecimal number = Words.number(text).orElseThrow();
        if (number.compareTo(Words.MAX_COUNT) > 0) {
            throw new InvalidDate("'" + text + "' is more than a date phrase can count");
        }
        return number;
    }

    private static Optional<Relative> rel(Function<LocalDate, Span> resolve) {
        return Optional.of(new Relative(resolve, null));
    }

    /** "Tuesday the 19th": the 19th of the month of publication, or of the month before or after, that is a Tuesday. */
    private static Span weekdayDayNear(LocalDate a, DayOfWeek day, int dayOfMonth) {
        for (int shift : new int[] {0, 1, -1}) {
            YearMonth month = YearMonth.from(a).plusMonths(shift);
            if (dayOfMonth <= month.lengthOfMonth() && month.atDay(dayOfMonth).getDayOfWeek() == day) {
                return day(month.atDay(dayOfMonth));
            }
        }
        throw new InvalidDate("no " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + dayOfMonth
                + " falls in the month of publication or next to it; write the month");
    }

    /** The nth (or last) weekday, day or week of a month. */
    private static Span nthInMonth(LocalDate a, Matcher m) {
        YearMonth month;
        if (m.group(4) != null) {
            month = YearMonth.of(m.group(5) != null ? Integer.parseInt(m.group(5)) : a.getYear(), Words.month(m.group(4)));
        } else {
            String which = m.group(6) == null ? "this" : m.group(6);
            month = YearMonth.from(a).plusMonths(which.equals("next") ? 1 : which.equals("last") ? -1 : 0);
        }
        boolean last = m.group(2) != null;
        int n = last ? 0 : Integer.parseInt(m.group(1));
        String what = m.group(3);
        if (what.equals("day")) {
            return day(last ? month.atEndOfMonth() : month.atDay(n));
        }
        if (what.equals("week")) {
            weeksAgree(month.atDay(1), month.atEndOfMonth(), last, month.toString());
            // the weeks of a month are the Monday-to-Sunday weeks that lie wholly in it
            LocalDate monday = last ? month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).minusDays(6)
                    : month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusWeeks(n - 1L);
            if (!YearMonth.from(monday).equals(month)) {
                throw new InvalidDate(month + " has no week " + n);
            }
            return Span.ofDays(monday, monday.plusDays(6));
        }
        DayOfWeek day = Words.weekday(what);
        LocalDate date = last ? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(day))
                : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
        if (!YearMonth.from(date).equals(month)) {
            throw new InvalidDate(month + " has no " + n + "th " + what);
        }
        return day(date);
    }

    /**
     * "The first week of October" is to some readers the first Monday-to-Sunday week wholly in October
     * (Duckling), to others the week that holds 1 October (Recognizers-Text), to others 1 to 7 October; they
     * agree only when the month begins on a Monday, and counted from the end, only when it ends on a Sunday.
     * Otherwise the phrase is refused rather than one convention guessed.
     */
    private static void weeksAgree(LocalDate first, LocalDate last, boolean fromEnd, String period) {
        if (fromEnd ? last.getDayOfWeek() != DayOfWeek.SUNDAY : first.getDayOfWeek() != DayOfWeek.MONDAY) {
            LocalDate edge = fromEnd ? last : first;
            throw new InvalidDate("the weeks of " + period + " are counted in more than one way, since " + edge + " is a "
                    + edge.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ": from the first (last) Monday-to-Sunday week"
                    + " wholly inside it, from the week that holds its " + (fromEnd ? "last" : "first") + " day, or in days "
                    + (fromEnd ? "counted back from its end" : "1 to 7"), "write the first and last days, e.g. 'from 1 to 7 October 2014'");
        }
    }

    /**
     * The nth last day or week of a month or year: "the 5th last day of May" is 27 May; the weeks are the
     * Monday-to-Sunday weeks that lie wholly in the period, as for "the last week of October".
     */
    private static Span nthLast(LocalDate a, Matcher m) {
        int n = Integer.parseInt(m.group(1));
        LocalDate first;
        LocalDate last;
        if (m.group(3) != null) {
            YearMonth month = YearMonth.of(m.group(4) != null ? Integer.parseInt(m.group(4)) : a.getYear(), Words.month(m.group(3)));
            first = month.atDay(1);
            last = month.atEndOfMonth();
        } else {
            int year = Integer.parseInt(m.group(5));
            first = LocalDate.of(year, 1, 1);
            last = LocalDate.of(year, 12, 31);
        }
        if (m.group(2).equals("day")) {
            LocalDate day = last.minusDays(n - 1L);
            if (day.isBefore(first)) {
                throw new InvalidDate("the period has no " + n + "th last day");
            }
            return day(day);
        }
        weeksAgree(first, last, true, m.group(5) != null ? m.group(5) : YearMonth.from(first).toString());
        LocalDate monday = last.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).minusDays(6).minusWeeks(n - 1L);
        if (monday.isBefore(first)) {
            throw new InvalidDate("the period has no " + n + "th last week");
        }
        return Span.ofDays(monday, monday.plusDays(6));
    }

    /**
     * "the last 2 days": the two whole days before the day of publication. "the next 3 months" is to some
     * readers the three calendar months after this one (Duckling) and to others the three months from the
     * day after publication (Recognizers-Text); the span read holds both, from the day after publication to
     * the end of the third calendar month ("the past 3 months" likewise, back from the day before).
     */
    private static Span lastOrNext(LocalDate a, boolean past, long count, String unit) {
        Span whole = wholeUnits(a, past, count, unit);
        if (unit.equals("day")) {
            return whole;
        }
        ChronoUnit step = unit.equals("quarter") ? ChronoUnit.MONTHS : chronoUnit(unit);
        long steps = unit.equals("quarter") ? 3 * count : count;
        return past ? Span.ofDays(min(whole.start(), a.minus(steps, step)), a.minusDays(1))
                : Span.ofDays(a.plusDays(1), max(whole.end(), a.plus(steps, step).minusDays(1)));
    }

    private static LocalDate min(LocalDate x, LocalDate y) {
        return x.isBefore(y) ? x : y;
    }

    private static LocalDate max(LocalDate x, LocalDate y) {
        return x.isAfter(y) ? x : y;
    }

    /** The whole days, weeks (Monday to Sunday), months, quarters or years before or after the one of publication. */
    private static Span wholeUnits(LocalDate a, boolean past, long count, String unit) {
        return switch (unit) {
            case "day" -> past ? Span.ofDays(a.minusDays(count), a.minusDays(1)) : Span.ofDays(a.plusDays(1), a.plusDays(count));
            case "week" -> {
                LocalDate monday = a.with(DayOfWeek.MONDAY);
                yield past ? Span.ofDays(monday.minusWeeks(count), monday.minusDays(1))
                        : Span.ofDays(monday.plusWeeks(1), monday.plusWeeks(count + 1).minusDays(1));
            }
            case "month" -> {
                YearMonth month = YearMonth.from(a);
                yield past ? Span.ofDays(month.minusMonths(count).atDay(1), month.minusMonths(1).atEndOfMonth())
                        : Span.ofDays(month.plusMonths(1).atDay(1), month.plusMonths(count).atEndOfMonth());
            }
            case "quarter" -> {
                LocalDate first = a.with(IsoFields.DAY_OF_QUARTER, 1);
                yield past ? Span.ofDays(first.minusMonths(3 * count), first.minusDays(1))
                        : Span.ofDays(first.plusMonths(3), first.plusMonths(3 * (count + 1)).minusDays(1));
            }
            case "decade" -> {
                int decade = a.getYear() / 10 * 10;
                yield past ? Span.ofDays(LocalDate.of(decade - 10 * (int) count, 1, 1), LocalDate.of(decade - 1, 12, 31))
                        : Span.ofDays(LocalDate.of(decade + 10, 1, 1), LocalDate.of(decade + 10 * (int) count + 9, 12, 31));
            }
            default -> past ? Span.ofDays(LocalDate.of(a.getYear() - (int) count, 1, 1), LocalDate.of(a.getYear() - 1, 12, 31))
                    : Span.ofDays(LocalDate.of(a.getYear() + 1, 1, 1), LocalDate.of(a.getYear() + (int) count, 12, 31));
        };
    }

    /**
     * "On the 15th": the nearest 15th around publication, in the month of publication or the one before or
     * after (a month without that day is passed over), the earlier on a tie, as a bare weekday is read.
     */
    private static Span dayOfMonthNear(LocalDate a, int dayOfMonth) {
        LocalDate best = null;
        for (int shift = -1; shift <= 1; shift++) {
            YearMonth month = YearMonth.from(a).plusMonths(shift);
            if (dayOfMonth <= month.lengthOfMonth()) {
                LocalDate candidate = month.atDay(dayOfMonth);
                if (best == null || Math.abs(ChronoUnit.DAYS.between(a, candidate)) < Math.abs(ChronoUnit.DAYS.between(a, best))) {
                    best = candidate;
                }
            }
        }
        return day(best);
    }

    /**
     * News style: a bare weekday is the nearest such day around publication. "next Sunday" is the coming Sunday
     * to some readers and the Sunday of next week to others (Duckling and Recognizers-Text take the second): it
     * is read only when the two are the same day, and refused otherwise; "last Sunday" likewise, and "this
     * Monday", the coming Monday (Duckling) or the Monday of the week of publication.
     */
    private static LocalDate weekdayNear(LocalDate anchor, DayOfWeek day, String which) {
        return switch (which) {
            case "last" -> unambiguous(anchor, day, which, anchor.with(TemporalAdjusters.previous(day)),
                    anchor.minusWeeks(1).with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(day)), "last week");
            case "next" -> unambiguous(anchor, day, which, anchor.with(TemporalAdjusters.next(day)),
                    anchor.plusWeeks(1).with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(day)), "next week");
            case "this" -> unambiguous(anchor, day, which, anchor.with(TemporalAdjusters.nextOrSame(day)),
                    anchor.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(day)), "this week");
            // "this past Monday", "this coming Friday" say which one
            case "past" -> anchor.with(TemporalAdjusters.previous(day));
            case "coming" -> anchor.with(TemporalAdjusters.next(day));
            default -> {
                LocalDate before = anchor.with(TemporalAdjusters.previousOrSame(day));
                LocalDate after = anchor.with(TemporalAdjusters.nextOrSame(day));
                yield ChronoUnit.DAYS.between(before, anchor) <= ChronoUnit.DAYS.between(anchor, after) ? before : after;
            }
        };
    }

    private static Span unitSpan(String which, String unit, LocalDate a) {
        int shift = switch (which) {
            case "last", "past" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        Span whole = switch (unit) {
            case "week" -> {
                LocalDate monday = a.plusWeeks(shift).with(DayOfWeek.MONDAY);
                LocalDate sunday = monday.plusDays(6);
                yield new Span(monday, sunday, DatePrecision.SPAN,
                        monday.getYear() + "-W" + String.format(Locale.ROOT, "%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            }
            case "month" -> month(YearMonth.from(a).plusMonths(shift));
            case "quarter" -> {
                LocalDate first = a.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3L * shift);
                yield quarter(first.getYear(), first.get(IsoFields.QUARTER_OF_YEAR));
            }
            case "decade" -> {
                int from = a.getYear() / 10 * 10 + 10 * shift;
                yield new Span(LocalDate.of(from, 1, 1), LocalDate.of(from + 9, 12, 31), DatePrecision.DECADE, (from / 10) + "X");
            }
            default -> year(a.getYear() + shift);
        };
        if (which.equals("earlier this")) {
            return Span.ofDays(whole.start(), a);
        }
        if (which.equals("later this")) {
            return Span.ofDays(a, whole.end());
        }
        return whole;
    }

    private static LocalDate unambiguous(LocalDate anchor, DayOfWeek day, String which, LocalDate nearest, LocalDate ofWeek, String week) {
        if (!nearest.equals(ofWeek)) {
            String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            throw new InvalidDate("'" + which + " " + name + "' written on " + anchor.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " " + anchor + " may be " + nearest + " (the " + (which.equals("last") ? "latest" : "coming") + " " + name + ") or "
                    + ofWeek + " (the " + name + " of " + week + ")", "write the date");
        }
        return nearest;
    }

    /**
     * "this March" is the one of the publication year. "last March" is the latest March before the month of
     * publication to some readers and the March of last year to others (Recognizers-Text takes the second):
     * it is read only when the two are the same month, and refused otherwise; "next March" likewise.
     */
    private static YearMonth monthNear(LocalDate a, Month month, String which) {
        YearMonth published = YearMonth.from(a);
        YearMonth same = YearMonth.of(a.getYear(), month);
        YearMonth nearest = switch (which) {
            case "last", "past" -> same.isBefore(published) ? same : same.minusYears(1);
            case "next", "coming" -> same.isAfter(published) ? same : same.plusYears(1);
            default -> same;
        };
        if (which.equals("past") || which.equals("coming")) {
            return nearest; // "this past March", "this coming March" say which one
        }
        YearMonth ofYear = which.equals("last") ? same.minusYears(1) : which.equals("next") ? same.plusYears(1) : same;
        if (!nearest.equals(ofYear)) {
            String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            throw new InvalidDate("'" + which + " " + name + "' written in " + published + " may be " + nearest + " (the " + (which.equals("next")
                    ? "coming" : "latest") + " " + name + ") or " + ofYear + " (" + name + " of " + which + " year)", "write the year");
        }
        return nearest;
    }

    /**
     * "last summer" is the latest summer over before publication, "next summer" the first to begin
     * after it, "this summer" the one publication falls in, else the publication year's. A winter runs
     * into the next year, so "last winter" in January is the one that ended eleven months before.
     */
    private static Span seasonNear(LocalDate a, String code, String which) {
        Span before = season(a.getYear() - 1, code);
        Span same = season(a.getYear(), code);
        return switch (which) {
            case "last" -> same.end().isBefore(a) ? same : before.end().isBefore(a) ? before : season(a.getYear() - 2, code);
            case "next" -> same.start().isAfter(a) ? same : season(a.getYear() + 1, code);
            default -> !a.isBefore(before.start()) && !a.isAfter(before.end()) ? before : same;
        };
    }

    private static Span ago(LocalDate a, long count, String unit) {
        return switch (unit) {
            case "day" -> day(a.minusDays(count));
            case "day7" -> day(a.minusWeeks(count));
            case "week" -> Span.ofDays(a.minusWeeks(count).with(DayOfWeek.MONDAY), a.minusWeeks(count).with(DayOfWeek.SUNDAY));
            case "month" -> month(YearMonth.from(a).minusMonths(count));
            case "decade" -> year(a.getYear() - (int) count * 10);
            default -> year(a.getYear() - (int) count);
        };
    }

    private static ChronoUnit chronoUnit(String unit) {
        return switch (unit) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            case "decade" -> ChronoUnit.DECADES;
            default -> ChronoUnit.YEARS;
        };
    }

    private static Optional<Span> modify(Span span, Mod mod) {
        return Optional.ofNullable(switch (mod) {
            case BEFORE -> new Span(DateValue.OPEN_START, span.start().minusDays(1), span.precision(), span.timex() + " [BEFORE]");
            case AFTER -> new Span(span.end().plusDays(1), DateValue.OPEN_END, span.precision(), span.timex() + " [AFTER]");
            case ON_OR_BEFORE -> new Span(DateValue.OPEN_START, span.end(), span.precision(), span.timex() + " [ON_OR_BEFORE]");
            case ON_OR_AFTER -> new Span(span.start(), DateValue.OPEN_END, span.precision(), span.timex() + " [ON_OR_AFTER]");
            case APPROX -> approximately(span);
            case START, MID, END -> part(span, mod);
        });
    }

    private static Span approximately(Span span) {
        String timex = span.timex() + " [APPROX]";
        return switch (span.precision()) {
            case DAY -> new Span(span.start().minusDays(3), span.end().plusDays(3), DatePrecision.DAY, timex);
            case MONTH -> new Span(span.start().minusMonths(1), span.end().plusMonths(1).with(TemporalAdjusters.lastDayOfMonth()), DatePrecision.MONTH, timex);
            case YEAR, DECADE -> new Span(span.start().minusYears(1), span.end().plusYears(1), span.precision(), timex);
            default -> {
                long pad = Math.max(1, ChronoUnit.DAYS.between(span.start(), span.end()) / 4);
                yield new Span(span.start().minusDays(pad), span.end().plusDays(pad), span.precision(), timex);
            }
        };
    }

    /** Early / mid / late: the first, middle or last third of the stated period. */
    private static Span part(Span span, Mod mod) {
        if (span.precision() == DatePrecision.DAY) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(span.start(), span.end()) + 1;
        if (span.precision() == DatePrecision.MONTH) {
            // a month's early, mid and late are the 1st-10th, 11th-20th and 21st to its end, as readers count them
            LocalDate from = mod == Mod.START ? span.start() : mod == Mod.MID ? span.start().plusDays(10) : span.start().plusDays(20);
            LocalDate to = mod == Mod.START ? span.start().plusDays(9) : mod == Mod.MID ? span.start().plusDays(19) : span.end();
            return new Span(from, to, span.precision(), span.timex() + " [" + mod.name() + "]");
        }
        if (days == 7) {
            // a week's beginning is Monday to Wednesday, its end Friday to Sunday
            LocalDate from = mod == Mod.START ? span.start() : mod == Mod.MID ? span.start().plusDays(2) : span.start().plusDays(4);
            LocalDate to = mod == Mod.START ? span.start().plusDays(2) : mod == Mod.MID ? span.start().plusDays(4) : span.end();
            return new Span(from, to, span.precision(), span.timex() + " [" + mod.name() + "]");
        }
        long third = days / 3;
        LocalDate from = switch (mod) {
            case START -> span.start();
            case MID -> span.start().plusDays(third);
            default -> span.start().plusDays(days - third);
        };
        LocalDate to = switch (mod) {
            case START -> span.start().plusDays(third - 1);
            case MID -> span.start().plusDays(days - third - 1);
            default -> span.end();
        };
        return new Span(from, to, span.precision(), span.timex() + " [" + mod.name() + "]");
    }

    private static Parsed<Resolved> absolute(Span span, DayOfWeek weekday) {
        return Parsed.ok(new Resolved(span, false, weekday));
    }

    private static DayOfWeek weekdayOf(String word) {
        return word == null ? null : Words.weekday(word);
    }

    static Span day(LocalDate day) {
        return new Span(day, day, DatePrecision.DAY, day.toString());
    }

    private static Span day(int year, int month, int dayOfMonth) {
        if (month < 1 || month > 12) {
            throw new InvalidDate(String.format(Locale.ROOT, "%04d-%02d-%02d is not a date: there is no month %d",
                    year, month, dayOfMonth, month));
        }
        return dayOf(year, Month.of(month), dayOfMonth);
    }

    private static Span dayOf(int year, Month month, int dayOfMonth) {
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (dayOfMonth < 1 || dayOfMonth > length) {
            String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            throw new InvalidDate(String.format(Locale.ROOT, "%04d-%02d-%02d is not a date: %s %d has %d days",
                    year, month.getValue(), dayOfMonth, name, year, length));
        }
        return day(LocalDate.of(year, month, dayOfMonth));
    }

    /** "2024-06"; "2024-25", a fiscal year as some write it, is no month, and says so as a bad day does. */
    private static Span month(int year, int month) {
        if (month < 1 || month > 12) {
            throw new InvalidDate(String.format(Locale.ROOT, "%04d-%02d is not a date: there is no month %d", year, month, month));
        }
        return month(YearMonth.of(year, month));
    }

    private static Span month(YearMonth month) {
        return new Span(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, month.toString());
    }

    private static Span year(int year) {
        Year y = Year.of(year);
        // ISO 8601 writes a year in four digits at least: the year 14 is "0014"
        return new Span(y.atDay(1), y.atMonth(12).atEndOfMonth(), DatePrecision.YEAR, String.format(Locale.ROOT, "%04d", year));
    }

    private static Span quarter(int year, int q) {
        YearMonth first = YearMonth.of(year, (q - 1) * 3 + 1);
        return new Span(first.atDay(1), first.plusMonths(2).atEndOfMonth(), DatePrecision.QUARTER, year + "-Q" + q);
    }

    /**
     * "This weekend" is the Saturday and Sunday of the Monday-to-Sunday week of publication, "last weekend"
     * and "this past weekend" the one before it, "this coming weekend" the next to begin. Written
     * on a Monday, "this weekend" may be the one just over or the coming one, and is refused; "next weekend"
     * written on a weekday may be the coming one or the one after, and is refused then.
     */
    private static Span weekend(LocalDate a, String which, String written) {
        LocalDate saturday = a.with(DayOfWeek.MONDAY).plusDays(5);
        DayOfWeek day = a.getDayOfWeek();
        boolean weekday = day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
        LocalDate from = switch (which) {
            case "last", "past" -> saturday.minusWeeks(1);
            case "coming" -> weekday ? saturday : saturday.plusWeeks(1);
            case "next" -> {
                if (weekday) {
                    throw new InvalidDate("'" + written + "' written on " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + a
                            + " may be " + saturday + " (the coming weekend) or " + saturday.plusWeeks(1) + " (the weekend of next week)",
                            "write the dates");
                }
                yield saturday.plusWeeks(1);
            }
            default -> {
                if (day == DayOfWeek.MONDAY) {
                    throw new InvalidDate("'" + written + "' written on Monday " + a + " may be " + saturday.minusWeeks(1)
                            + " (the weekend just over) or " + saturday + " (the coming one)", "write the dates");
                }
                yield saturday;
            }
        };
        return new Span(from, from.plusDays(1), DatePrecision.SPAN, from.getYear() + "-W"
                + String.format(Locale.ROOT, "%02d", from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) + "-WE");
    }

    /** A year's first half (January to June) or second (July to December), TIMEX3's "2016-H1". */
    private static Span half(int year, boolean first) {
        LocalDate from = LocalDate.of(year, first ? 1 : 7, 1);
        return new Span(from, from.plusMonths(6).minusDays(1), DatePrecision.SPAN, year + "-H" + (first ? 1 : 2));
    }

    /**
     * "The 70s" written in 2016 is the 1970s: the latest decade of that name over before the decade of
     * publication. Written in the decade it names ("the 10s" in 2016), it may be this one or the one a
     * century before, and is refused.
     */
    private static Span shortDecade(LocalDate a, int tens, String written) {
        int thisDecade = a.getYear() / 10 * 10;
        int candidate = thisDecade / 100 * 100 + tens * 10;
        if (candidate == thisDecade) {
            throw new InvalidDate("'" + written + "' written in " + a.getYear() + " may be the " + candidate + "s or the "
                    + (candidate - 100) + "s", "write the century, e.g. 'the " + candidate + "s'");
        }
        int from = candidate > thisDecade ? candidate - 100 : candidate;
        return new Span(LocalDate.of(from, 1, 1), LocalDate.of(from + 9, 12, 31), DatePrecision.DECADE, (from / 10) + "X");
    }

    private static String seasonCode(String word) {
        return switch (word) {
            case "spring" -> "sp";
            case "summer" -> "su";
            case "winter" -> "wi";
            default -> "fa";
        };
    }

    /** Northern-hemisphere meteorological seasons; winter runs December to February of the next year. */
    private static Span season(int year, String code) {
        return switch (code) {
            case "sp" -> new Span(LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31), DatePrecision.SEASON, year + "-SP");
            case "su" -> new Span(LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31), DatePrecision.SEASON, year + "-SU");
            case "wi" -> new Span(LocalDate.of(year, 12, 1), YearMonth.of(year + 1, 2).atEndOfMonth(), DatePrecision.SEASON, year + "-WI");
            default -> new Span(LocalDate.of(year, 9, 1), LocalDate.of(year, 11, 30), DatePrecision.SEASON, year + "-FA");
        };
    }

    /** A day that does not exist; caught inside the parser and returned as a failed parse. */
    private static final class InvalidDate extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** How to write the date instead, when this refusal knows better than its catcher's general hint. */
        private final String hint;

        InvalidDate(String message) {
            this(message, null);
        }

        InvalidDate(String message, String hint) {
            super(message, null, false, false);
            this.hint = hint;
        }

        String hintOr(String general) {
            return hint != null ? hint : general;
        }
    }
}
