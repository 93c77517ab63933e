package org.crosscheck.normalize;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the many ways reporting words a date into the forms {@link DateParser}'s patterns read, so
 * each pattern stays simple: "the 20th of June 2024" and "June the 20th, 2024" become "20 june 2024",
 * ordinal words become digits ("third of march" is "3 march"), "this past Monday" is "past monday",
 * "June this year" is "this june", a part of the day after a weekday is dropped ("Wednesday morning" is
 * the Wednesday), "qtr", "yr", "current", "previous", "upcoming" their plain words. Every rewrite keeps
 * the meaning; nothing is dropped that a reader would use, except the part of a day, which crosscheck's
 * day-level dates do not hold.
 */
final class DateWording {

    private static final String M = Words.MONTH_PATTERN;
    private static final Map<String, String> ORDINAL_WORDS = new LinkedHashMap<>();

    static {
        String[] units = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"};
        String[] teens = {"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth"};
        for (int i = 0; i < 9; i++) {
            ORDINAL_WORDS.put("twenty[- ]" + units[i], (21 + i) + suffix(21 + i));
        }
        ORDINAL_WORDS.put("thirty[- ]first", "31st");
        ORDINAL_WORDS.put("twentieth", "20th");
        ORDINAL_WORDS.put("thirtieth", "30th");
        for (int i = 0; i < 10; i++) {
            ORDINAL_WORDS.put(teens[i], (10 + i) + "th");
        }
        for (int i = 0; i < 9; i++) {
            ORDINAL_WORDS.put(units[i], (1 + i) + suffix(1 + i));
        }
    }

    private static String suffix(int n) {
        int last = n % 10;
        return n % 100 >= 11 && n % 100 <= 13 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
    }

    private static final Pattern ORDINAL_WORD;

    static {
        ORDINAL_WORD = Pattern.compile("\\b(" + String.join("|", ORDINAL_WORDS.keySet()) + ")\\b");
    }

    /** Rewrites, in order; each is a regular expression and its replacement. */
    private static final String[][] REWRITES = {
        // glued: "14april 2015", "feb13"
        {"\\b(\\d{1,2})(" + M + ")\\b", "$1 $2"},
        {"\\b(" + M + ")(\\d{1,2})\\b", "$1 $2"},
        // "2019-sep-1", "2019/sep/01": year, month and day, the month in words
        {"^(\\d{4})[-/.](" + M + ")[-/.](\\d{1,2})$", "$3 $2 $1"},
        // "10/august/2012", "10-august 2012", "09/jan/2017": a day, the month in words, a four-digit year; marks join them
        {"^(\\d{1,2})(st|nd|rd|th)?[-/](" + M + ")\\.?(?:[-/]| )(\\d{4})$", "$1$2 $3 $4"},
        // "august-10-2012", "august/10, 2012": the month in words, a day, a four-digit year
        {"^(" + M + ")\\.?[-/](\\d{1,2})(st|nd|rd|th)?(?:[-/]|,? )(\\d{4})$", "$1 $2$3 $4"},
        // "sep-2012", "2024/august": a month in words and a four-digit year joined by a mark
        {"^(" + M + ")\\.?[-/](\\d{4})$", "$1 $2"},
        {"^(\\d{4})[-/](" + M + ")\\.?$", "$2 $1"},
        // "2018 march 18": a year, a month in words, a day (no one writes the day between them)
        {"^(\\d{4}),? (" + M + ")\\.? (\\d{1,2})(st|nd|rd|th)?$", "$3$4 $2 $1"},
        // "3 aug 96", "aug 9, 96", "aug 96": two digits after a month in words that no month has as a day are its year,
        // read as POSIX strptime's %y (see DateParser.twoDigitYear); two digits a day may have ("3 aug 15") are not read
        {"^((?:\\d{1,2}(?:st|nd|rd|th)? )?(?:" + M + ")\\.?(?:,? \\d{1,2}(?:st|nd|rd|th)?)?),? (3[2-9]|[4-5]\\d|6[0-8])$", "$1 20$2"},
        {"^((?:\\d{1,2}(?:st|nd|rd|th)? )?(?:" + M + ")\\.?(?:,? \\d{1,2}(?:st|nd|rd|th)?)?),? (69|[7-9]\\d)$", "$1 19$2"},
        // "oct-2", "jan/1", "september.16th": a month and a day; two digits without "th" may be a year ("mar-15"), and stay
        {"\\b(" + M + ")[-/.](\\d)(st|nd|rd|th)?\\b", "$1 $2$3"},
        {"\\b(" + M + ")[-/.](\\d{2})(st|nd|rd|th)\\b", "$1 $2$3"},
        // "15-mar-2024", "15-mar", "16. nov. 2016": a day and a month
        {"^(\\d{1,2})-(" + M + ")-(\\d{4})$", "$1 $2 $3"},
        {"^(\\d{1,2})-(" + M + ")$", "$1 $2"},
        {"^(\\d{1,2})\\. (" + M + ")\\b", "$1 $2"},
        // "june of 1999": a month of a year
        {"^(" + M + ")\\.? of (\\d{4})$", "$1 $2"},
        // "the 1970's", "the '70s": a decade's apostrophes
        {"\\b(\\d{3}0)'s\\b", "$1s"},
        // decades in words with their century ("the nineteen seventies" is read by SpelledDates)
        {"^(?:the )?(?:two thousands|noughties|aughts|two thousand and noughts)$", "the 2000s"},
        {"^(?:the )?(?:twenty[ -]tens|two thousand and tens)$", "the 2010s"},
        {"^(?:the )?(?:twenty[ -]twenties|two thousand and twenties)$", "the 2020s"},
        // "2016 the third quarter": a quarter after its year
        {"^(\\d{4}),? (?:the )?([1-4])(?:st|nd|rd|th) quarter$", "q$2 $1"},
        // "last 3year": a count glued to its unit
        {"^(last|past|next) (\\d+)(day|week|month|quarter|year)s?$", "$1 $2 $3s"},
        // "more than 2 weeks after today": on or after that day, which holds "after more than fourteen days" too;
        // "less than 3 days after tomorrow", "within 2 weeks from today": from the day to that many after it
        {"^more than (" + Words.NUMBER_PATTERN + ") (day|week|month|year)s? before (?:today|now)$", "on or before $1 $2s ago"},
        {"^more than (" + Words.NUMBER_PATTERN + ") (day|week|month|year)s? before (.+)$", "on or before $1 $2s before $3"},
        {"^more than (" + Words.NUMBER_PATTERN + ") (day|week|month|year)s? (?:after|from) (.+)$", "on or after $1 $2s from $3"},
        {"^(?:less than|within) (" + Words.NUMBER_PATTERN + ") (day|week|month|year)s? (?:after|from) (.+)$", "from $3 to $1 $2s from $3"},
        {"^less than (" + Words.NUMBER_PATTERN + ") (day|week|month|year)s? before (?:today|now)$", "from $1 $2s ago to today"},
        {"^less than (" + Words.NUMBER_PATTERN + ") (day|week|month|year)s? before (.+)$", "from $1 $2s before $3 to $3"},
        // "the week commencing february 4", "w/c feb 4": seven days from that day
        {"^(?:the )?week (?:commencing|starting|beginning)(?: on| from)? (.+)$", "$1 for 1 week"},
        {"^w/c (.+)$", "$1 for 1 week"},
        // "3 days starting from next monday", "a week starting tomorrow": so many days from that day
        {"^(" + Words.NUMBER_PATTERN + ") (day|week)s? (?:starting|beginning|commencing)(?: on| from)? (.+)$", "for $1 $2s from $3"},
        // "from 4 to 22 this month", "4 till 23 of next month": a range of days in a month named from publication
        {"^(?:from |between )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: to | till | until | through | and | ?- ?)(?:the )?(\\d{1,2})"
            + "(?:st|nd|rd|th)?(?: of| in)? (this|next|last) month$", "$1 of $3 month to $2 of $3 month"},
        // "this week from tue to thur", "next week between wednesday and friday": a range of days in a week
        {"^(this|next|last) week,? (?:from |between )?(" + Words.WEEKDAY_PATTERN + ")\\.?(?: to | till | until | through | and | ?- ?)("
            + Words.WEEKDAY_PATTERN + ")\\.?$", "$2 of $1 week to $3 of $1 week"},
        // "from 4 to january 22, 1995": the first day takes the second's month
        {"^(from |between )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (to|till|until|through|and|-) (" + M + ")\\.? (\\d{1,2})((?:st|nd|rd|th)?(?:,? \\d{4})?)$",
            "$1$4 $2 $3 $5$6"},
        // "2016 june", "2016, nov": a month after its year
        {"^(\\d{4}),? (" + M + ")\\.?$", "$2 $1"},
        // "the 20th of june", "20th day of june", "15 of february" -> "20 june"
        {"\\b(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: day)? (?:of|in) (" + M + ")\\b", "$1 $2"},
        // "june the 20th" -> "june 20"
        {"\\b(" + M + ")\\.? the (\\d{1,2})(?:st|nd|rd|th)?\\b", "$1 $2"},
        // a part of the day: the day it is part of
        {"^(?:this|today) (?:morning|afternoon|evening)$|^tonight$", "today"},
        {"^(?:yesterday|last) (?:morning|afternoon|evening|night)$", "yesterday"},
        {"^tomorrow (?:morning|afternoon|evening|night)$", "tomorrow"},
        {"^(.+?),? (?:in the )?(?:early |late )?(?:morning|afternoon|evening|night|midday|noon)$", "$1"},
        // "this past monday", "this coming friday"
        {"\\bthis past\\b", "past"},
        {"\\bthis coming\\b", "coming"},
        {"\\b(?:current|present)\\b", "this"},
        {"\\b(?:previous|preceding)\\b", "last"},
        // "upcoming two weeks", "2 upcoming weeks": the next two weeks, as a span (not the second week alone)
        {"^(?:the )?(?:upcoming|coming|following|next) (\\d+|" + Words.NUMBER_WORD + ") (day|week|month|quarter|year)s?$", "next $1 $2s"},
        {"^(?:the )?(\\d+|" + Words.NUMBER_WORD + ") (?:upcoming|coming|following|next) (day|week|month|quarter|year)s?$", "next $1 $2s"},
        {"\\b(?:the )?(?:following|upcoming|coming) (week|month|quarter|year)\\b", "next $1"},
        {"\\b(end|beginning|start|middle) of (week|month|quarter|year)\\b", "$1 of this $2"},
        // "the second half of the year", "the first quarter of the year", "the remainder of the year": of this year
        {"\\b([1-4](?:st|nd|rd|th)) (half|quarter) of the year\\b", "$1 $2 of this year"},
        {"^(?:the )?remainder of\\b", "rest of"},
        {"\\bqtr\\b", "quarter"},
        {"\\btmrw\\b", "tomorrow"},
        {"\\byrs?\\b", "year"},
        // "june this year", "june last year", "june of this year"
        {"^(" + M + ")\\.? (?:of )?(this|last|next) year$", "$2 $1"},
        // "in 2014 ad"; "in 14 a.d." (DateParser reads a year of fewer digits only so marked)
        {"^(\\d{4}) (?:ad|a\\.d\\.?|ce)$", "$1"},
        {"^(\\d{1,3}) (?:ad|a\\.d\\.?|ce)$", "$1 ad"},
        // "year 247", "the year 2024": a year so named
        {"^(?:the )?year (\\d{4})$", "$1"},
        {"^(?:the )?year (\\d{1,3})$", "$1 ad"},
        // "18q4": a two-digit year is this century's, as in numeric dates
        {"^(\\d{2}) ?q([1-4])$", "20$1-q$2"},
        // "14th april 15": a two-digit year after a day and month in words
        // (69 to 99 are 1969 to 1999, as POSIX strptime's %y reads them, and as numeric dates are read)
        {"^(\\d{1,2})(?:st|nd|rd|th) (" + M + ")\\.?,? ([0-5]\\d|6[0-8])$", "$1 $2 20$3"},
        {"^(\\d{1,2})(?:st|nd|rd|th) (" + M + ")\\.?,? (69|[7-9]\\d)$", "$1 $2 19$3"},
        // "2018q4", "4th quarter 2018", "the 4th quarter of 2018"
        {"^(\\d{4}) ?q([1-4])$", "$1-q$2"},
        {"^(?:the )?([1-4])(?:st|nd|rd|th) quarter(?: of)? (\\d{4})$", "q$1 $2"},
        // "end of the month" is the end of this month
        {"\\b(end|beginning|start|middle) of the (week|month|quarter|year)\\b", "$1 of this $2"},
        {"^(?:at )?(?:the )?eom$", "the end of this month"},
        {"^(?:at )?(?:the )?bom$", "the beginning of this month"},
        {"^(?:the )?end of (.+)$", "the end of $1"},
        {"^(?:the )?(?:beginning|start) of (.+)$", "the beginning of $1"},
    };
    private static final Pattern[] PATTERNS = new Pattern[REWRITES.length];

    static {
        for (int i = 0; i < REWRITES.length; i++) {
            PATTERNS[i] = Pattern.compile(REWRITES[i][0]);
        }
    }

    private DateWording() {
    }

    /** The text in the parser's forms; already folded to lower case and single spaces. */
    static String canonical(String text) {
        if (text.isEmpty() || !hasLetter(text)) {
            return text; // "2024-06-24" and its kind need none of this
        }
        String t = text;
        Matcher ordinal = ORDINAL_WORD.matcher(t);
        if (ordinal.find()) {
            StringBuilder out = new StringBuilder();
            ordinal.reset();
            while (ordinal.find()) {
                String word = ordinal.group(1).replace(' ', '-');
                String digits = ORDINAL_WORDS.entrySet().stream().filter(e -> word.matches(e.getKey())).findFirst()
                        .map(Map.Entry::getValue).orElse(word);
                ordinal.appendReplacement(out, digits);
            }
            ordinal.appendTail(out);
            t = out.toString();
        }
        t = SpelledDates.digits(t);
        for (int i = 0; i < PATTERNS.length; i++) {
            Matcher m = PATTERNS[i].matcher(t);
            if (m.find()) {
                t = m.replaceAll(REWRITES[i][1]);
            }
        }
        return t.toLowerCase(Locale.ROOT);
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
