package org.crosscheck.normalize;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.values.Cardinals;

/**
 * Years and days of the month written in words, rewritten to digits so the date patterns read them:
 * "September the 21st nineteen seventy eight", "May twenty one", "tenth of September, two thousand",
 * "June of nineteen ninety nine", "nineteen twenty eight", "the nineteen seventies".
 *
 * <p>A year is spoken in pairs ("nineteen seventy eight", "nineteen oh five", "twenty twenty") or as a
 * cardinal ("two thousand and eighteen", "one thousand seven hundred and eighty nine"). Only the pairs
 * from thirteen to twenty are read as a year on their own: "ten fifteen" and "twelve thirty" are as
 * often times of day, and "two thousand" or "fourteen hundred" as often counts. The rest are read as a
 * year only in a date, after a month's name, after "year" or after "of" ("the third quarter of two
 * thousand and twenty"); a day in words only straight after a month's name ("May twenty one").
 */
final class SpelledDates {

    private static final String NUMBER_WORD = "zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
            + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand";
    private static final Pattern RUN = Pattern.compile("\\b(?:" + NUMBER_WORD + ")(?:(?:[ -]| and )(?:" + NUMBER_WORD + "))*\\b");
    private static final Pattern AFTER_MONTH = Pattern.compile("\\b(?:" + Words.MONTH_PATTERN + ")\\.?,? (?:the )?$");
    private static final Pattern MONTH_BEFORE = Pattern.compile("\\b(?:" + Words.MONTH_PATTERN + ")\\b");
    private static final Pattern YEAR_OR_OF_BEFORE = Pattern.compile("\\b(?:year|of)(?:,)? $");
    private static final Pattern SEPARATOR = Pattern.compile("[ -]");
    /** The first of a pair that makes a year on its own: thirteen hundred to twenty ninety-nine. */
    private static final Map<String, Integer> CENTURIES = Map.of("thirteen", 13, "fourteen", 14, "fifteen", 15, "sixteen", 16,
            "seventeen", 17, "eighteen", 18, "nineteen", 19, "twenty", 20);
    /** The first of a pair that makes a year only in a date: "ten sixty-six", "eleven hundred". */
    private static final Map<String, Integer> EARLY_CENTURIES = Map.of("ten", 10, "eleven", 11, "twelve", 12);

    private SpelledDates() {
    }

    private static final Pattern DECADE = Pattern.compile("\\b(eighteen|nineteen|twenty)[ -](twenties|thirties|forties|fifties"
            + "|sixties|seventies|eighties|nineties)\\b");
    private static final List<String> TENS_PLURALS = List.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
            "eighties", "nineties");

    /** The folded text with its spelled years, decades and days in digits; the text itself when it has none. */
    static String digits(String text) {
        Matcher decade = DECADE.matcher(text);
        if (decade.find()) {
            int century = CENTURIES.get(decade.group(1));
            int tens = TENS_PLURALS.indexOf(decade.group(2)) + 2;
            text = text.substring(0, decade.start()) + (century * 100 + tens * 10) + "s" + text.substring(decade.end());
        }
        Matcher run = RUN.matcher(text);
        if (!run.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        do {
            String before = text.substring(0, run.start());
            boolean afterMonth = AFTER_MONTH.matcher(before).find();
            boolean inDate = afterMonth || MONTH_BEFORE.matcher(before).find() || YEAR_OR_OF_BEFORE.matcher(before).find();
            Optional<String> digits = rewrite(tokens(run.group()), afterMonth, inDate);
            if (digits.isPresent()) {
                out.append(text, copied, run.start()).append(digits.get());
                copied = run.end();
            }
        } while (run.find());
        return out.append(text, copied, text.length()).toString();
    }

    private static Optional<String> rewrite(List<String> words, boolean afterMonth, boolean inDate) {
        Optional<Integer> year = year(words, inDate);
        if (year.isPresent() || !afterMonth) {
            return year.map(String::valueOf);
        }
        // "jan twenty one two thousand and eighteen": a day, then its year
        for (int split = 1; split < words.size(); split++) {
            Optional<Integer> day = day(words.subList(0, split));
            Optional<Integer> rest = year(words.subList(split, words.size()), true);
            if (day.isPresent() && rest.isPresent()) {
                return Optional.of(day.get() + " " + rest.get());
            }
        }
        return day(words).map(String::valueOf);
    }

    private static Optional<Integer> day(List<String> words) {
        return cardinal(words).filter(n -> n >= 1 && n <= 31);
    }

    private static Optional<Integer> year(List<String> words, boolean inDate) {
        if (words.size() >= 2) {
            Integer century = CENTURIES.get(words.get(0));
            if (century == null && inDate) {
                century = EARLY_CENTURIES.get(words.get(0));
            }
            if (century != null) {
                Optional<Integer> within = yearOfCentury(words.subList(1, words.size()), inDate);
                if (within.isPresent()) {
                    return Optional.of(century * 100 + within.get());
                }
            }
        }
        if (!inDate) {
            return Optional.empty();
        }
        return cardinal(words).filter(n -> n >= 1000 && n <= 2999
                || n >= 1 && words.size() > 1 && words.contains("hundred")); // "year two hundred and sixty seven"
    }

    /** "seventy eight" (78), "oh five" and "zero one" (5, 1), and in a date "hundred" (0). */
    private static Optional<Integer> yearOfCentury(List<String> words, boolean inDate) {
        if (words.size() == 1 && words.get(0).equals("hundred")) {
            return inDate ? Optional.of(0) : Optional.empty();
        }
        if (words.size() == 2 && (words.get(0).equals("oh") || words.get(0).equals("zero"))) {
            return cardinal(words.subList(1, 2)).filter(n -> n >= 1 && n <= 9);
        }
        return cardinal(words).filter(n -> n >= 10 && n <= 99);
    }

    /** The whole words as one exact cardinal, when they are one. */
    private static Optional<Integer> cardinal(List<String> words) {
        if (words.contains("oh")) {
            return Optional.empty();
        }
        return Cardinals.read(words, 0, false)
                .filter(r -> r.used() == words.size() && !r.vague() && !r.approximate())
                .map(Cardinals.Reading::value)
                .filter(v -> v.stripTrailingZeros().scale() <= 0 && v.compareTo(BigDecimal.valueOf(10_000)) < 0)
                .map(BigDecimal::intValue);
    }

    private static List<String> tokens(String run) {
        return Arrays.asList(SEPARATOR.split(run));
    }
}
