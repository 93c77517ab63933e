package org.crosscheck.normalize;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The small vocabularies the parsers share: month and weekday names, numbers in words. */
final class Words {

    // compiled once: String.matches and split compile their pattern on every call, which was a
    // quarter of normalising a million claims
    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
    private static final Pattern HYPHEN_OR_SPACE = Pattern.compile("[- ]");

    private static final Map<String, Month> MONTHS = new TreeMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new TreeMap<>();
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("hundred", 100), Map.entry("dozen", 12), Map.entry("a dozen", 12),
            Map.entry("two dozen", 24), Map.entry("three dozen", 36),
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10));

    static {
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            MONTHS.put(name, month);
            MONTHS.put(name.substring(0, 3), month);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().toLowerCase(Locale.ROOT);
            WEEKDAYS.put(name, day);
            WEEKDAYS.put(name.substring(0, 3), day);
        }
        WEEKDAYS.put("tues", DayOfWeek.TUESDAY);
        WEEKDAYS.put("weds", DayOfWeek.WEDNESDAY);
        WEEKDAYS.put("thur", DayOfWeek.THURSDAY);
        WEEKDAYS.put("thurs", DayOfWeek.THURSDAY);
    }

    /** The largest count a date phrase or a duration may have ("3 days ago", "90 days"); fuzzing found overflows. */
    static final BigDecimal MAX_COUNT = BigDecimal.valueOf(100_000);

    private Words() {
    }

    /** Regex alternation of month names, longest first so "june" wins over "jun". */
    static final String MONTH_PATTERN =
            "january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    static final String WEEKDAY_PATTERN =
            "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun";

    static Month month(String word) {
        return MONTHS.get(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    static DayOfWeek weekday(String word) {
        return WEEKDAYS.get(word.toLowerCase(Locale.ROOT));
    }

    /** Text as the parsers read it: trimmed, in lower case, each run of white space one space. */
    static String folded(String written) {
        return singleSpaced(written.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * Each run of white space one space. Every value is folded and most have only single spaces, so
     * those come back as they are, without a copy (a regular expression here made a matcher for each).
     */
    private static String singleSpaced(String text) {
        if (!hasSpaceToFold(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = isSpace(c);
        }
        return out.toString();
    }

    /** White space other than a single space. */
    private static boolean hasSpaceToFold(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < text.length() && isSpace(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** White space as regular expressions' {@code \s} means it: space, tab, line breaks, form feed. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A number written in digits (with thousands separators) or in words ("five", "two dozen"). */
    static Optional<BigDecimal> number(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (ORDINAL.matcher(t).matches()) {
            return Optional.of(new BigDecimal(t.substring(0, t.length() - 2)));
        }
        if (DIGITS.matcher(t).matches()) {
            return Optional.of(new BigDecimal(t.replace(",", "")));
        }
        Integer word = NUMBERS.get(t);
        if (word != null) {
            return Optional.of(BigDecimal.valueOf(word));
        }
        String[] parts = HYPHEN_OR_SPACE.split(t);
        if (parts.length == 2 && NUMBERS.containsKey(parts[0]) && NUMBERS.containsKey(parts[1])) {
            int tens = NUMBERS.get(parts[0]);
            int units = NUMBERS.get(parts[1]);
            if (tens >= 20 && tens % 10 == 0 && units < 10) {
                return Optional.of(BigDecimal.valueOf(tens + units));
            }
            if (parts[1].equals("hundred") && tens < 10) {
                return Optional.of(BigDecimal.valueOf(tens * 100L));
            }
        }
        return Optional.empty();
    }

    static final String NUMBER_WORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
            + "|ninety|hundred|dozen|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|an|a";

    /** Regex for a number in digits or in (up to two) number words, for use inside larger patterns. */
    static final String NUMBER_PATTERN = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:st|nd|rd|th)|\\d+(?:\\.\\d+)?|(?:" + NUMBER_WORD
            + ")(?:[- ](?:" + NUMBER_WORD + "))?";
}
