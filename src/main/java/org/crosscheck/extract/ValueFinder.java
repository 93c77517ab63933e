package org.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.DurationValue;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.model.Value;
import org.crosscheck.model.ValueKind;
import org.crosscheck.normalize.DateParser;
import org.crosscheck.normalize.DurationParser;
import org.crosscheck.normalize.Parsed;
import org.crosscheck.normalize.QuantityParser;

/**
 * Finds the dates, amounts, counts, percentages and durations in a sentence with crosscheck's own
 * readers, so a value is found exactly when a facts file could state it: every run of up to
 * {@link #MAX_TOKENS} words is offered to the readers ({@link DateParser}, {@link DurationParser},
 * {@link QuantityParser}, through their public entry points, so what they learn to read is found
 * here too), and what they refuse is not a value.
 *
 * <p>Of the runs a reader accepts, a run is kept only when it is the shortest with its value: a word
 * the reader reads past without changing the value ("in" before "1949", the counted noun after
 * "1,000") is not part of it. Of overlapping runs the longest wins, so "approximately Sh600 billion"
 * beats "Sh600 billion", and "July 7, 2025" beats "2025". Where the same words read as a date and as a
 * count ("1949"), the date wins: a bare four-digit number in news copy is a year.
 */
public final class ValueFinder {

    /** The longest run offered to the readers: "on or before the end of June 2024" has eight words. */
    static final int MAX_TOKENS = 8;

    /** A word, number or symbol run; punctuation at either end is a token of its own. */
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern LEADING = Pattern.compile("^[\"“”‘’'(\\[«]+");
    private static final Pattern TRAILING = Pattern.compile("(?:[\"“”’'),.;:!?\\]»]|['’]s)+$");
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\d+(?:st|nd|rd|th)|first|second|third|[a-z]+th");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");
    /**
     * Groups of digits with only a space between ("Of the 12 500 staff", "in 2019 500 people"): a claim's value reads
     * "40 000" as one number, but in running text the space may stand between two numbers, so a run that holds such
     * groups is not read as one amount. Digits after a scale word ("the toll rose to 3 thousand 385") are one number.
     */
    private static final Pattern SPACE_BETWEEN_NUMBERS = Pattern.compile("\\d\\s+\\d{3}(?![\\d/])");
    /**
     * Two numbers with a slash between ("4/22", "9/11", "24/7", "3/4"): a claim's value reads it as the
     * fraction it states, but in running text it is as often a date without its year, a score, a
     * name or a schedule, so a run holding one is not read as an amount.
     */
    private static final Pattern SLASH_BETWEEN_NUMBERS = Pattern.compile("(?<![\\d/])\\d+/\\d+(?![\\d/])");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Month and weekday names as English writes them, full and short, from the JDK's own tables. */
    private static final Set<String> CALENDAR_WORDS = calendarWords();
    /**
     * Words no value starts with (conjunctions, verbs, relative pronouns), and words none ends with
     * (those and the articles): a run that begins or ends with one is never the shortest run with its
     * value, so it is not offered to the readers at all. The readers are most of the time an article
     * takes, and these words are a fifth of news prose. Prepositions are in neither list: "by 2030",
     * "since 2020" and "within 90 days" are values, and "5 in" is inches.
     */
    private static final Set<String> NEVER_FIRST = Set.of("and", "or", "but", "is", "are", "was", "were", "be", "been", "said",
            "says", "has", "have", "had", "that", "which", "who", "whose", "will", "would", "could", "should", "also", "not");
    private static final Set<String> NEVER_LAST = Set.of("the", "a", "an", "and", "or", "but", "is", "are", "was", "were", "be",
            "been", "said", "says", "has", "have", "had", "that", "which", "who", "whose", "will", "would", "could", "should", "to",
            "with");

    /** Month names alone, full and short, for a day of the month written without its year. */
    private static final Set<String> MONTH_WORDS = monthWords();

    private final DateValue anchor;

    /** @param anchor the article's publication date, for relative dates ("last year"); null when unknown */
    public ValueFinder(DateValue anchor) {
        this(anchor, true);
    }

    /** @param skipWords false to offer every run to the readers (a test shows the skipped words lose no value) */
    ValueFinder(DateValue anchor, boolean skipWords) {
        this.anchor = anchor;
        this.skipWords = skipWords;
    }

    private final boolean skipWords;

    private record Token(int start, int end, String text) {
        boolean isPunctuation() {
            return text.codePoints().noneMatch(Character::isLetterOrDigit) && !text.contains("%") && !text.contains("$")
                    && !text.contains("€") && !text.contains("£") && !text.contains("¥");
        }
    }

    /** The values of {@code sentence}, in the order they appear, none overlapping. */
    public List<FoundValue> find(String sentence) {
        reads.clear();
        List<Token> tokens = tokens(sentence);
        List<FoundValue> read = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isPunctuation() || skipWords && NEVER_FIRST.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (isThousandsGroup(tokens, i)) {
                continue;
            }
            for (int j = i; j < tokens.size() && j < i + MAX_TOKENS; j++) {
                if (tokens.get(j).isPunctuation() && !isInchMark(tokens, j)) {
                    continue;
                }
                if (skipWords && NEVER_LAST.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                int start = tokens.get(i).start();
                int end = tokens.get(j).end();
                Optional<Value> value = read(sentence.substring(start, end));
                if (value.isPresent() && isQuartersOf(tokens, j, value.get())) {
                    value = readAs(ValueKind.QUANTITY, sentence.substring(start, end));
                }
                if (value.isPresent() && isShortest(sentence, tokens, i, j, value.get())
                        && !isPrepositionAsInches(tokens, j, value.get()) && !isDayOfMonth(tokens, i, j, value.get())
                        && !isCutBeforeItsUnit(sentence, tokens, start, j, value.get()) && !closesAQuotation(sentence, start, end, value.get())) {
                    read.add(new FoundValue(start, end, value.get()));
                }
            }
        }
        read.sort(Comparator.comparingInt((FoundValue v) -> v.end() - v.start()).reversed()
                .thenComparingInt(FoundValue::start));
        List<FoundValue> kept = new ArrayList<>();
        for (FoundValue candidate : read) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(FoundValue::start));
        return withoutCountsBeforeAMeasure(sentence, kept);
    }

    /**
     * Whether the word after an amount is one the amount reader refuses after it, as a unit, a scale, a currency or a
     * number it cannot read there ("20 million pounds", "2.1 pm", "278,000 t", "10 000"): the words before it are then
     * no value of their own, since the reader read them only by leaving the word out, and a unit is never dropped.
     * The words after a bare count or share are taken as far as each is such a word ("20 million pounds" from "20").
     * A word the reader reads past ("1,000 police") or a small word ("five of them", "four times") leaves them be.
     */
    private boolean isCutBeforeItsUnit(String sentence, List<Token> tokens, int start, int j, Value value) {
        if (!(value instanceof QuantityValue q) || q.measured() != null || !(q.unit().isEmpty() || q.unit().equals("%"))) {
            return false;
        }
        int k = j;
        while (k + 1 < tokens.size() && tokens.get(k + 1).start() <= tokens.get(k).end() + 1 && !tokens.get(k + 1).isPunctuation()
                && QuantityParser.changesAfterNumber(tokens.get(k + 1).text().toLowerCase(Locale.ROOT))) {
            k++;
        }
        return k > j && readAs(ValueKind.QUANTITY, sentence.substring(start, tokens.get(k).end())).isEmpty();
    }

    /**
     * Whether a measure's inch mark is the closing quotation mark of the sentence ("English 101". On): a straight double
     * quote after a number is inches ('a 9" plate') unless an opening one stands before it.
     */
    private static boolean closesAQuotation(String sentence, int start, int end, Value value) {
        if (!(value instanceof QuantityValue q) || q.measured() == null) {
            return false;
        }
        int mark = sentence.indexOf('"', start);
        return mark >= 0 && mark < end && sentence.substring(0, mark).chars().filter(c -> c == '"').count() % 2 == 1;
    }

    /** A straight double quote or a double prime right after digits: an inch mark a run may end on ('a 9" plate'). */
    private static boolean isInchMark(List<Token> tokens, int j) {
        String t = tokens.get(j).text();
        return (t.equals("\"") || t.equals("″")) && j > 0 && tokens.get(j - 1).end() == tokens.get(j).start()
                && Character.isDigit(tokens.get(j - 1).text().charAt(tokens.get(j - 1).text().length() - 1));
    }

    /**
     * Whether the token is three digits right after a number of one to three digits ("10 000 dollars"): the space may
     * be a thousands separator, so "000 dollars" is no amount of its own.
     */
    private static boolean isThousandsGroup(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i).text().matches("\\d{3}(?!\\d).*") && tokens.get(i - 1).text().matches("\\d{1,3}")
                && tokens.get(i - 1).end() + 1 == tokens.get(i).start();
    }

    /**
     * Drops a count that a measure's unit may belong to ("45 and 50 mg", "3 or 4 km"): English writes the unit once
     * after both numbers, so the first is not a bare count; it is not read rather than read without its unit.
     */
    private static List<FoundValue> withoutCountsBeforeAMeasure(String sentence, List<FoundValue> kept) {
        List<FoundValue> out = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            FoundValue v = kept.get(k);
            if (k + 1 < kept.size() && v.value() instanceof QuantityValue q && q.unit().isEmpty() && q.measured() == null
                    && kept.get(k + 1).value() instanceof QuantityValue next && next.measured() != null
                    && LIST_WORDS.contains(sentence.substring(v.end(), kept.get(k + 1).start()).strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (isCommaInWords(sentence, kept, k - 1, k) || isCommaInWords(sentence, kept, k, k + 1)) {
                continue;
            }
            out.add(v);
        }
        return out;
    }

    /**
     * Whether two counts in words stand with only a comma between and the first ends in a scale ("three million, two
     * hundred"): that is one number as a cheque writes it (3,000,200) or two in a list, so neither is read.
     */
    private static boolean isCommaInWords(String sentence, List<FoundValue> kept, int a, int b) {
        if (a < 0 || b >= kept.size() || !sentence.substring(kept.get(a).end(), kept.get(b).start()).strip().equals(",")) {
            return false;
        }
        String first = kept.get(a).written().toLowerCase(Locale.ROOT);
        return kept.get(a).value() instanceof QuantityValue x && x.unit().isEmpty() && kept.get(b).value() instanceof QuantityValue y
                && y.unit().isEmpty() && first.matches(".*[a-z] (thousand|million|billion|trillion)") && kept.get(b).written().matches("[A-Za-z].*");
    }

    private static final Set<String> LIST_WORDS = Set.of("and", "or", "to", "-", "–", ",");

    /**
     * Whether the run is a preposition and a length of time ("within 90 days", "in two years") that
     * the date reader reads as a span from the publication date. The sentence measures that time from
     * its own event ("complete the review within 90 days" of the directive), which is rarely the day
     * of publication, so the length is kept, as written, and the date is not. "Two years ago" is a
     * date: its length comes first.
     */
    private boolean isLengthAsDate(String text, Value value) {
        if (!(value instanceof DateValue date) || !date.isRelative()) {
            return false;
        }
        String trimmed = text.strip();
        int space = trimmed.indexOf(' ');
        return space > 0 && trimmed.substring(0, space).chars().noneMatch(Character::isDigit)
                && readAs(ValueKind.DURATION, trimmed.substring(space + 1)).isPresent();
    }

    /**
     * Whether a length of time in quarters is followed by "of" ("three quarters of voters"): the
     * sentence then gives a share of what follows, as the duration reader refuses "quarters of"
     * when it sees the words after; here it is given the run alone.
     */
    private static boolean isQuartersOf(List<Token> tokens, int j, Value value) {
        return value instanceof DurationValue && tokens.get(j).text().toLowerCase(Locale.ROOT).startsWith("quarter")
                && j + 1 < tokens.size() && tokens.get(j + 1).text().equalsIgnoreCase("of");
    }

    /**
     * Whether a measure's unit is the word "in" that the sentence goes on from ("founded in 1990 in
     * Ohio"): the reader, given the run alone, reads "1990 in" as inches, as a facts file would mean
     * it; in running prose "in" followed by a word is the preposition.
     */
    private static boolean isPrepositionAsInches(List<Token> tokens, int j, Value value) {
        return value instanceof QuantityValue q && q.measured() != null && tokens.get(j).text().equals("in")
                && j + 1 < tokens.size() && !tokens.get(j + 1).isPunctuation();
    }

    /**
     * Whether a bare number is the day of a month written beside it ("May 22", "22 May", "the 22nd
     * of May"): when the date reader refuses the date (no year and no publication date to place it),
     * the number is still no count of anything.
     */
    private static boolean isDayOfMonth(List<Token> tokens, int i, int j, Value value) {
        if (!(value instanceof QuantityValue q) || !q.unit().isEmpty() || q.measured() != null || i != j) {
            return false;
        }
        boolean monthBefore = i > 0 && isMonthName(tokens.get(i - 1).text());
        boolean monthAfter = j + 1 < tokens.size() && (isMonthName(tokens.get(j + 1).text())
                || tokens.get(j + 1).text().equals("of") && j + 2 < tokens.size() && isMonthName(tokens.get(j + 2).text()));
        return monthBefore || monthAfter;
    }

    private static boolean isMonthName(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && MONTH_WORDS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** Whether neither end of the run can be dropped with the value unchanged. */
    private boolean isShortest(String sentence, List<Token> tokens, int i, int j, Value value) {
        if (i == j) {
            return true;
        }
        int next = i + 1;
        while (next < j && tokens.get(next).isPunctuation()) {
            next++;
        }
        int previous = j - 1;
        while (previous > i && tokens.get(previous).isPunctuation()) {
            previous--;
        }
        // the same reader, so "2027 General" (a count and its noun) is not kept because "2027" alone reads as a year;
        // a number word is never dropped from the front: "one hundred and two" reads as "hundred and two" does
        Optional<Value> withoutFirst = isNumberWord(tokens.get(i).text()) ? Optional.empty()
                : readAs(value.kind(), sentence.substring(tokens.get(next).start(), tokens.get(j).end()));
        Optional<Value> withoutLast = readAs(value.kind(), sentence.substring(tokens.get(i).start(), tokens.get(previous).end()));
        return !(withoutFirst.isPresent() && same(withoutFirst.get(), value))
                && !(withoutLast.isPresent() && same(withoutLast.get(), value));
    }

    /** A number in words other than an article ("one", "twenty"): the start of the number, never a word to drop. */
    private static boolean isNumberWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return !ARTICLES.contains(w) && !ORDINAL.matcher(w).matches() && w.chars().allMatch(Character::isLetter)
                && QuantityParser.parse(w) instanceof Parsed.Ok<QuantityValue>;
    }

    /** The value {@code text} reads as, by the first reader that accepts it: date, then duration, then amount. */
    Optional<Value> read(String text) {
        if (!calendarWordsCapitalised(text)) {
            return Optional.empty();
        }
        for (ValueKind kind : KINDS) {
            Optional<Value> value = readAs(kind, text);
            if (kind == ValueKind.DATE && BARE_NUMBER.matcher(text.strip()).matches() && Integer.parseInt(text.strip()) > LAST_YEAR) {
                continue; // "Bahco 9031": a model number, not a year news copy writes
            }
            if (value.isPresent() && !isLengthAsDate(text, value.get())) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{4}");
    /** The last year a bare four-digit number is read as: past it ("9031"), it is a number. */
    private static final int LAST_YEAR = 2199;

    private static final List<ValueKind> KINDS = List.of(ValueKind.DATE, ValueKind.DURATION, ValueKind.QUANTITY);

    /**
     * Each run read once per sentence and reader: checking that a run is the shortest reads its two
     * shorter runs again, which the search itself reads too. Not thread-safe; one finder per thread.
     */
    private final java.util.Map<String, Optional<Value>> reads = new java.util.HashMap<>();

    /** The value {@code text} reads as by the reader of {@code kind} alone. */
    Optional<Value> readAs(ValueKind kind, String text) {
        String cacheKey = kind.ordinal() + text;
        Optional<Value> known = reads.get(cacheKey);
        if (known == null) {
            known = readUncached(kind, text);
            reads.put(cacheKey, known);
        }
        return known;
    }

    /** How many times this finder has called a reader: the measure of its cost that no load on the machine changes. */
    long readerCalls() {
        return readerCalls;
    }

    private long readerCalls;

    private Optional<Value> readUncached(ValueKind kind, String text) {
        readerCalls++;
        switch (kind) {
            case DATE -> {
                Parsed<DateValue> date = DateParser.parse(text, anchor);
                return date instanceof Parsed.Ok<DateValue> ok ? Optional.of(ok.value()) : Optional.empty();
            }
            case DURATION -> {
                Parsed<DurationValue> duration = DurationParser.parse(text);
                return duration instanceof Parsed.Ok<DurationValue> ok ? Optional.of(ok.value()) : Optional.empty();
            }
            case QUANTITY -> {
                if (SPACE_BETWEEN_NUMBERS.matcher(text).find() || SLASH_BETWEEN_NUMBERS.matcher(text).find()) {
                    return Optional.empty();
                }
                Parsed<QuantityValue> quantity = QuantityParser.parse(text);
                return quantity instanceof Parsed.Ok<QuantityValue> ok && isCount(text) ? Optional.of(ok.value()) : Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * Whether an amount's words hold a number: digits, or a number word that is neither an article
     * ("a" reads as one) nor an ordinal ("the first nation" counts nothing).
     */
    private static boolean isCount(String text) {
        for (String word : text.split("[\\s-]+")) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.chars().anyMatch(Character::isDigit) && !ORDINAL.matcher(w).matches()) {
                return true;
            }
            if (!ARTICLES.contains(w) && !ORDINAL.matcher(w).matches() && w.chars().allMatch(Character::isLetter)
                    && QuantityParser.parse(w) instanceof Parsed.Ok<QuantityValue>) {
                return true;
            }
        }
        return false;
    }

    /** English capitalises month and weekday names; "may" and "march" in lower case are a verb. */
    private static boolean calendarWordsCapitalised(String text) {
        Matcher words = LETTERS.matcher(text);
        while (words.find()) {
            String word = words.group();
            if (CALENDAR_WORDS.contains(word.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> monthWords() {
        Set<String> words = new HashSet<>();
        for (Month m : Month.values()) {
            words.add(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
            words.add(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).replace(".", ""));
        }
        words.add("sept");
        return words;
    }

    private static Set<String> calendarWords() {
        Set<String> words = monthWords();
        for (DayOfWeek d : DayOfWeek.values()) {
            words.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
            words.add(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).replace(".", ""));
        }
        return words;
    }

    /** Two readings are the same value when everything but the words agree. */
    static boolean same(Value a, Value b) {
        if (a instanceof DateValue x && b instanceof DateValue y) {
            // "July 7" read against a 2025 publication is the day "July 7, 2025" is, but only the year makes it absolute
            return x.timex().equals(y.timex()) && x.start().equals(y.start()) && x.end().equals(y.end())
                    && java.util.Objects.equals(x.weekday(), y.weekday()) && x.isRelative() == y.isRelative();
        }
        if (a instanceof QuantityValue x && b instanceof QuantityValue y) {
            return x.normalized().equals(y.normalized()) && x.bounds().equals(y.bounds());
        }
        if (a instanceof DurationValue x && b instanceof DurationValue y) {
            return x.normalized().equals(y.normalized()) && x.minDays() == y.minDays() && x.maxDays() == y.maxDays();
        }
        return false;
    }

    private static List<Token> tokens(String sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String word = m.group();
            Matcher lead = LEADING.matcher(word);
            if (lead.find() && lead.end() < word.length()) {
                tokens.add(new Token(start, start + lead.end(), word.substring(0, lead.end())));
                start += lead.end();
                word = word.substring(lead.end());
            }
            Matcher trail = TRAILING.matcher(word);
            if (trail.find() && trail.start() > 0) {
                tokens.add(new Token(start, start + trail.start(), word.substring(0, trail.start())));
                tokens.add(new Token(start + trail.start(), end, word.substring(trail.start())));
            } else {
                tokens.add(new Token(start, end, word));
            }
        }
        return tokens;
    }
}
