package org.crosscheck.values;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The English cardinal grammar over tokens from {@link Tokens}: digits ("1,000", "1.2", ".77", "3½",
 * "3/4"), number words ("two hundred fifty", "two hundred and fifty", "twenty-one thousand eleven"),
 * scales after either ("1.2 million", "a million", "half a million", "200 dozens", "30 lakh"), decimals
 * in words ("two point two million"), and the vague quantities of reporting as documented bounds ("a
 * few dozen" 24..60, "hundreds" 200..999, "tens of thousands" 20,000..99,999).
 *
 * <p>A reading stops at the first token that does not continue the number; the caller decides what
 * may follow. A sequence English does not allow ("one twenty two", "hundred hundred") stops early, and
 * the caller refuses the number word left over rather than dropping it.
 */
public final class Cardinals {

    /**
     * A number read from the start of a token list.
     *
     * @param value    the number, or the middle of a vague quantity's bounds
     * @param lower    the least it can mean (the value itself when exact)
     * @param upper    the most it can mean
     * @param mantissa the number as written before its scale words ("1.2" of "1.2 million"), for rounding
     * @param scale    the product of the scale words after the digits (1e6 for "1.2 million"), else 1
     * @param vague    a vague quantity ("a few", "dozens"), whose bounds are documented, not rounded
     * @param approximate "a couple": a number (2) a reader takes loosely
     * @param used     how many tokens the number took
     */
    public record Reading(BigDecimal value, BigDecimal lower, BigDecimal upper, BigDecimal mantissa, BigDecimal scale,
            boolean vague, boolean approximate, int used) {

        public static Reading exact(BigDecimal value, BigDecimal mantissa, BigDecimal scale, int used) {
            return new Reading(value, value, value, mantissa, scale, false, false, used);
        }
    }

    static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9));
    static final Map<String, Integer> TEENS = Map.ofEntries(
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    static final Map<String, Integer> TENS = Map.ofEntries(
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
    static final Set<String> ZEROS = Set.of("zero", "nought", "naught", "nil");
    /** Scale words and newsroom abbreviations; "m", "k" and "b" only where the caller allows them. */
    static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("hundred", new BigDecimal("1e2")),
            Map.entry("thousand", new BigDecimal("1e3")),
            Map.entry("lakh", new BigDecimal("1e5")), Map.entry("lakhs", new BigDecimal("1e5")), Map.entry("lac", new BigDecimal("1e5")),
            Map.entry("lkh", new BigDecimal("1e5")), Map.entry("lkhs", new BigDecimal("1e5")),
            Map.entry("million", new BigDecimal("1e6")), Map.entry("mn", new BigDecimal("1e6")), Map.entry("mln", new BigDecimal("1e6")),
            Map.entry("mil", new BigDecimal("1e6")),
            Map.entry("crore", new BigDecimal("1e7")), Map.entry("crores", new BigDecimal("1e7")), Map.entry("cr", new BigDecimal("1e7")),
            Map.entry("krore", new BigDecimal("1e7")), Map.entry("krores", new BigDecimal("1e7")), Map.entry("koti", new BigDecimal("1e7")),
            Map.entry("billion", new BigDecimal("1e9")), Map.entry("bn", new BigDecimal("1e9")), Map.entry("bln", new BigDecimal("1e9")),
            Map.entry("bil", new BigDecimal("1e9")),
            Map.entry("trillion", new BigDecimal("1e12")), Map.entry("tn", new BigDecimal("1e12")), Map.entry("trn", new BigDecimal("1e12")),
            Map.entry("tln", new BigDecimal("1e12")));
    /** "dozen" and its abbreviations ("3 doz", "5 dzs"): twelve of what follows. */
    static final Set<String> DOZEN = Set.of("dozen", "dozens", "doz", "dozs", "dz", "dzs");
    /** Plural scales: after a number they scale it ("3 millions"); alone they are vague ("millions"). */
    static final Map<String, BigDecimal> PLURAL_SCALES = Map.of(
            "hundreds", new BigDecimal("1e2"), "thousands", new BigDecimal("1e3"), "millions", new BigDecimal("1e6"),
            "billions", new BigDecimal("1e9"), "trillions", new BigDecimal("1e12"));
    /**
     * Single letters that scale a number only after a currency ("$3m", "Sh2b", "$2.174T") or before a unit of measure
     * ("0.5k miles", "2.5m tonnes"), where they cannot be metres, kilometres or tonnes.
     */
    static final Map<String, BigDecimal> LETTER_SCALES = Map.of(
            "k", new BigDecimal("1e3"), "m", new BigDecimal("1e6"), "b", new BigDecimal("1e9"), "t", new BigDecimal("1e12"));
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);
    /** The vulgar fraction characters of Unicode, as numerator and denominator. */
    private static final Map<String, int[]> GLYPH_PARTS = Map.ofEntries(
            Map.entry("½", new int[] {1, 2}), Map.entry("⅓", new int[] {1, 3}), Map.entry("⅔", new int[] {2, 3}),
            Map.entry("¼", new int[] {1, 4}), Map.entry("¾", new int[] {3, 4}), Map.entry("⅕", new int[] {1, 5}),
            Map.entry("⅖", new int[] {2, 5}), Map.entry("⅗", new int[] {3, 5}), Map.entry("⅘", new int[] {4, 5}),
            Map.entry("⅙", new int[] {1, 6}), Map.entry("⅚", new int[] {5, 6}), Map.entry("⅐", new int[] {1, 7}),
            Map.entry("⅛", new int[] {1, 8}), Map.entry("⅜", new int[] {3, 8}), Map.entry("⅝", new int[] {5, 8}),
            Map.entry("⅞", new int[] {7, 8}), Map.entry("⅑", new int[] {1, 9}), Map.entry("⅒", new int[] {1, 10}));
    static final Map<String, BigDecimal> FRACTION_GLYPHS = glyphValues();
    /** Digits, grouped in thousands ("1,234,567") or as Indian English groups them, in lakhs and crores ("12,34,567"). */
    private static final Pattern DIGITS = Pattern.compile(
            "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+");
    private static final Pattern FRACTION = Pattern.compile("(\\d{1,4})/(\\d{1,4})");
    private static final Pattern ORDINAL_DIGITS = Pattern.compile("(\\d+)(?:st|nd|rd|th)");
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15), Map.entry("sixteenth", 16),
            Map.entry("seventeenth", 17), Map.entry("eighteenth", 18), Map.entry("nineteenth", 19), Map.entry("twentieth", 20),
            Map.entry("thirtieth", 30), Map.entry("fortieth", 40), Map.entry("fiftieth", 50), Map.entry("sixtieth", 60),
            Map.entry("seventieth", 70), Map.entry("eightieth", 80), Map.entry("ninetieth", 90), Map.entry("hundredth", 100),
            Map.entry("thousandth", 1000), Map.entry("millionth", 1_000_000), Map.entry("billionth", 1_000_000_000),
            // "the inaugural summit", "her maiden speech": the first of a series
            Map.entry("inaugural", 1), Map.entry("maiden", 1));
    /** Ordinals of a scale, which multiply the number before them: "two hundredth", "three trillionth". */
    private static final Map<String, BigDecimal> SCALE_ORDINALS = Map.of("hundredth", new BigDecimal("1e2"),
            "thousandth", new BigDecimal("1e3"), "millionth", new BigDecimal("1e6"), "billionth", new BigDecimal("1e9"),
            "trillionth", new BigDecimal("1e12"));
    /** Words that say "many" without a number; a value written so is refused, never read as 1. */
    public static final Set<String> NO_NUMBER = Set.of("many", "numerous", "countless", "lot", "lots", "plenty",
            "multiple", "various", "innumerable", "myriad", "host", "number", "some");

    private Cardinals() {
    }

    /** Whether the word belongs to the number grammar: a reader that met it after a number could not drop it. */
    public static boolean isNumberWord(String token) {
        return UNITS.containsKey(token) || TEENS.containsKey(token) || TENS.containsKey(token) || ZEROS.contains(token)
                || SCALES.containsKey(token) || PLURAL_SCALES.containsKey(token) || ORDINALS.containsKey(token)
                || SCALE_ORDINALS.containsKey(token) || isFractionWord(token) || DOZEN.contains(token) || token.equals("score") || token.equals("scores")
                || token.equals("half") || token.equals("quarter") || token.equals("quarters") || token.equals("couple")
                || token.equals("few") || token.equals("several") || token.equals("handful") || token.equals("pair")
                || token.equals("point") || FRACTION_GLYPHS.containsKey(token) || DIGITS.matcher(token).matches()
                || ORDINAL_DIGITS.matcher(token).matches();
    }

    /**
     * Whether the word names parts of a whole: an ordinal's plural ("eighths", "hundredths", "trillionths"); "seconds" and
     * "firsts" are not fractions. After a number it makes a fraction ("five eighths"), never what is counted.
     */
    public static boolean isFractionWord(String token) {
        if (!token.endsWith("s") || token.equals("seconds") || token.equals("firsts")) {
            return false;
        }
        String one = token.substring(0, token.length() - 1);
        return ORDINALS.containsKey(one) && !one.equals("inaugural") && !one.equals("maiden") || SCALE_ORDINALS.containsKey(one);
    }

    /**
     * An ordinal that takes every token from {@code from} to the end: the ordinals {@link #ordinal} reads, and compound
     * ones, a cardinal then an ordinal word: "one hundred twenty fifth" (125), "two hundredth" (200), "three trillionth",
     * "twenty-one trillion and three hundred twenty second". The cardinal before a small ordinal must end in a ten, a
     * hundred or a scale ("one twenty-fifth" is a fraction, not an ordinal, and is left alone).
     */
    public static Optional<Reading> wholeOrdinal(List<String> tokens, int from) {
        String end = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
        if (from >= tokens.size() || !(ORDINALS.containsKey(end) || SCALE_ORDINALS.containsKey(end)
                || Character.isDigit(end.charAt(0)) && ORDINAL_DIGITS.matcher(end).matches())) {
            return Optional.empty(); // most values end in no ordinal: a look-up, not a second reading of the number
        }
        Optional<Reading> simple = ordinal(tokens, from);
        if (simple.isPresent()) {
            return from + simple.get().used() == tokens.size() ? simple : Optional.empty();
        }
        if (tokens.size() - from < 2) {
            return Optional.empty();
        }
        String last = tokens.get(tokens.size() - 1);
        Optional<Reading> head = whole(tokens.subList(0, tokens.size() - 1), from, false);
        if (head.isEmpty() || head.get().vague() || from + head.get().used() != tokens.size() - 1) {
            return Optional.empty();
        }
        BigDecimal h = head.get().value();
        BigDecimal n;
        if (SCALE_ORDINALS.containsKey(last)) {
            n = h.multiply(SCALE_ORDINALS.get(last)); // "two hundredth", "a hundred trillionth"
        } else if (ORDINALS.containsKey(last) && ORDINALS.get(last) < 20 && !last.equals("inaugural") && !last.equals("maiden")
                && h.remainder(BigDecimal.TEN).signum() == 0 && h.compareTo(BigDecimal.valueOf(20)) >= 0
                && (ORDINALS.get(last) < 10 || h.remainder(BigDecimal.valueOf(100)).signum() == 0)) {
            n = h.add(BigDecimal.valueOf(ORDINALS.get(last))); // "one hundred twenty fifth", "two hundred eleventh"
        } else {
            return Optional.empty();
        }
        n = n.stripTrailingZeros().scale() < 0 ? n.setScale(0, RoundingMode.UNNECESSARY) : n;
        return Optional.of(Reading.exact(n, n, BigDecimal.ONE, tokens.size() - from));
    }

    /** The ordinal at {@code from} ("21st", "third", "twenty-first", "inaugural") as its number, with the tokens it took. */
    public static Optional<Reading> ordinal(List<String> tokens, int from) {
        if (from >= tokens.size()) {
            return Optional.empty();
        }
        String t = tokens.get(from);
        var digits = ORDINAL_DIGITS.matcher(t);
        if (digits.matches()) {
            BigDecimal n = new BigDecimal(digits.group(1));
            return Optional.of(Reading.exact(n, n, BigDecimal.ONE, 1));
        }
        if (ORDINALS.containsKey(t)) {
            BigDecimal n = BigDecimal.valueOf(ORDINALS.get(t));
            return Optional.of(Reading.exact(n, n, BigDecimal.ONE, 1));
        }
        if (TENS.containsKey(t) && from + 1 < tokens.size() && ORDINALS.containsKey(tokens.get(from + 1))
                && ORDINALS.get(tokens.get(from + 1)) < 10) {
            BigDecimal n = BigDecimal.valueOf(TENS.get(t) + ORDINALS.get(tokens.get(from + 1)));
            return Optional.of(Reading.exact(n, n, BigDecimal.ONE, 2));
        }
        return Optional.empty();
    }

    /**
     * The longest number at {@code from}, or empty when none starts there.
     *
     * @param letterScales whether "k", "m" and "b" scale the number (after a currency only)
     */
    public static Optional<Reading> read(List<String> tokens, int from, boolean letterScales) {
        Optional<Reading> vague = vague(tokens, from);
        if (vague.isPresent()) {
            return vague;
        }
        return exact(tokens, from, letterScales);
    }

    private enum Last { NONE, A, DIGITS, UNIT, TEEN, TENS, HUNDRED, SCALE, AND }

    private static Optional<Reading> exact(List<String> tokens, int from, boolean letterScales) {
        Optional<Reading> whole = whole(tokens, from, letterScales);
        // "half a million", "a quarter of a million", "three quarters of a million"
        return whole.isPresent() ? whole : fractionOfScale(tokens, from);
    }

    /** A number with no fraction of a scale at its start: what {@link #fraction} takes as a numerator. */
    private static Optional<Reading> whole(List<String> tokens, int from, boolean letterScales) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal mantissa = null;
        BigDecimal scaleProduct = BigDecimal.ONE;
        BigDecimal largestScale = BigDecimal.ZERO;
        Last last = Last.NONE;
        boolean wordsOnly = true;
        boolean sawHundred = false;
        boolean afterScaleDigits = false;
        BigDecimal lastScale = BigDecimal.ONE;
        int i = from;
        int end = from; // the end of the longest complete number so far
        BigDecimal endValue = null;
        BigDecimal endMantissa = null;
        BigDecimal endScale = BigDecimal.ONE;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            Last next = null;
            if (last == Last.NONE && t.equals("single") && i + 1 == tokens.size()) {
                return Optional.of(Reading.exact(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 1)); // "single", alone
            }
            if (last == Last.NONE && ZEROS.contains(t) && !(at(tokens, i + 1, "point") && pointDigits(tokens, i + 2) > 0)) {
                return Optional.of(Reading.exact(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, 1));
            }
            if (last == Last.NONE && ZEROS.contains(t)) {
                current = BigDecimal.ZERO; // "nought point nought three", "zero point zero eight"
                last = Last.UNIT;
                i++;
                continue;
            }
            int groups = last == Last.NONE ? spacedGroups(tokens, i) : 0;
            if (groups > 0) {
                // "40 000", "1 234 567.89": thousands grouped by spaces, as much of the world writes them
                current = new BigDecimal(String.join("", tokens.subList(i, i + groups + 1)));
                wordsOnly = false;
                next = Last.DIGITS;
                i += groups;
            } else if (last == Last.NONE && DIGITS.matcher(t).matches()) {
                current = new BigDecimal(t.replace(",", ""));
                wordsOnly = false;
                next = Last.DIGITS;
                if (i + 1 < tokens.size() && FRACTION_GLYPHS.get(tokens.get(i + 1)) != null && t.indexOf('.') < 0) {
                    current = current.add(FRACTION_GLYPHS.get(tokens.get(i + 1)));
                    i++;
                } else if (i + 1 < tokens.size() && t.indexOf('.') < 0 && t.indexOf(',') < 0 && properFraction(tokens.get(i + 1)).isPresent()) {
                    current = current.add(properFraction(tokens.get(i + 1)).get()); // "10 1/2 miles", "2 1/4"
                    i++;
                }
            } else if (last == Last.NONE && FRACTION.matcher(t).matches()) {
                var f = FRACTION.matcher(t);
                f.matches();
                BigDecimal denominator = new BigDecimal(f.group(2));
                if (denominator.signum() == 0) {
                    return Optional.empty();
                }
                try {
                    current = new BigDecimal(f.group(1)).divide(denominator);
                } catch (ArithmeticException repeating) {
                    current = new BigDecimal(f.group(1)).divide(denominator, MathContext.DECIMAL64);
                }
                wordsOnly = false;
                next = Last.DIGITS;
            } else if (last == Last.NONE && FRACTION_GLYPHS.get(t) != null) {
                current = FRACTION_GLYPHS.get(t);
                wordsOnly = false;
                next = Last.DIGITS;
            } else if ((last == Last.NONE || last == Last.DIGITS && current.scale() <= 0 || last == Last.UNIT || last == Last.TEEN
                    || last == Last.TENS || last == Last.HUNDRED && wordsOnly) && t.equals("point") && i + 1 < tokens.size()) {
                int taken = pointDigits(tokens, i + 1);
                if (taken == 0) {
                    break;
                }
                current = current.add(new BigDecimal("0." + decimalDigits(tokens, i + 1, taken)));
                i += taken;
                next = Last.DIGITS;
                wordsOnly = false;
            } else if (last == Last.NONE && (t.equals("a") || t.equals("an"))) {
                next = Last.A;
                current = BigDecimal.ONE;
            } else if ((last == Last.SCALE || last == Last.HUNDRED || last == Last.AND) && !wordsOnly && WHOLE.matcher(t).matches()
                    && new BigDecimal(t).compareTo(sawHundred && last != Last.SCALE ? BigDecimal.valueOf(100) : lastScale) < 0) {
                // "4 thousand 3 hundred and 21", "3 hundred and 21": digits after a scale, each less than the scale before
                current = current.add(new BigDecimal(t));
                afterScaleDigits = true;
                next = Last.DIGITS;
            } else if (UNITS.containsKey(t) && (last == Last.NONE || last == Last.TENS || last == Last.HUNDRED
                    || last == Last.SCALE || last == Last.AND)) {
                current = current.add(BigDecimal.valueOf(UNITS.get(t)));
                next = Last.UNIT;
            } else if (TEENS.containsKey(t) && (last == Last.NONE || last == Last.HUNDRED || last == Last.SCALE || last == Last.AND)) {
                current = current.add(BigDecimal.valueOf(TEENS.get(t)));
                next = Last.TEEN;
            } else if (t.equals("-") && last == Last.TENS && i + 1 < tokens.size() && UNITS.containsKey(tokens.get(i + 1))
                    && !(i + 2 < tokens.size() && isNumberWord(tokens.get(i + 2)))) {
                // "fifty - two": spaces around the hyphen of a compound; as a range, fifty to two would end below its start
                current = current.add(BigDecimal.valueOf(UNITS.get(tokens.get(i + 1))));
                i++;
                next = Last.UNIT;
            } else if (TENS.containsKey(t) && (last == Last.NONE || last == Last.HUNDRED || last == Last.SCALE || last == Last.AND)) {
                current = current.add(BigDecimal.valueOf(TENS.get(t)));
                next = Last.TENS;
            } else if (t.equals("and") && last == Last.SCALE && current.signum() == 0 && fractionOfScale(tokens, i + 1).isPresent()
                    && fractionOfScale(tokens, i + 1).get().scale().compareTo(lastScale) < 0) {
                // "one billion and a half million", "one billion and three quarters million": a part of a smaller scale
                Reading part = fractionOfScale(tokens, i + 1).get();
                total = total.add(part.value());
                if (mantissa != null) {
                    mantissa = mantissa.add(part.value().divide(lastScale, MathContext.DECIMAL64)); // as precise as "3.0005 billion"
                }
                i += part.used();
                next = Last.SCALE;
            } else if (t.equals("and") && last == Last.SCALE && current.signum() == 0 && partAfterAnd(tokens, i + 1).isPresent()) {
                // "one million and a half", "six million and two thirds": a part of the scale just written
                BigDecimal[] part = partAfterAnd(tokens, i + 1).get();
                total = total.add(part[0].multiply(lastScale));
                if (mantissa != null) {
                    mantissa = mantissa.add(part[0]); // "3 million and a half" is as precise as "3.5 million"
                }
                i += part[1].intValue();
                next = Last.SCALE;
            } else if (t.equals("and") && (last == Last.HUNDRED || last == Last.SCALE) && i + 1 < tokens.size()
                    && (UNITS.containsKey(tokens.get(i + 1)) || TEENS.containsKey(tokens.get(i + 1)) || TENS.containsKey(tokens.get(i + 1))
                    || !wordsOnly && WHOLE.matcher(tokens.get(i + 1)).matches())) {
                next = Last.AND;
            } else if (t.equals("and") && (last == Last.UNIT || last == Last.DIGITS && current.scale() <= 0 || last == Last.TEEN
                    || last == Last.TENS) && partAfterAnd(tokens, i + 1).isPresent()) {
                // "one and a fourth", "forty two and a third", "twenty and three fifths": a whole number and a part of one
                BigDecimal[] part = partAfterAnd(tokens, i + 1).get();
                current = current.add(part[0]);
                i += part[1].intValue();
                next = Last.DIGITS;
            } else if (t.equals("and") && (last == Last.UNIT || last == Last.DIGITS && current.scale() <= 0 || last == Last.TEEN)
                    && half(tokens, i + 1).isPresent()) {
                // "two and a half million", "5 and a half"
                BigDecimal[] part = half(tokens, i + 1).get();
                current = current.add(part[0]);
                i += part[1].intValue();
                next = Last.DIGITS;
            } else if (t.equals("hundred") && !(afterScaleDigits && current.compareTo(BigDecimal.TEN) >= 0) && (last == Last.A || last == Last.NONE
                    || (last == Last.UNIT || last == Last.TEEN || last == Last.TENS) && current.compareTo(BigDecimal.valueOf(100)) < 0
                    || last == Last.DIGITS)) {
                current = (last == Last.NONE ? BigDecimal.ONE : current).multiply(BigDecimal.valueOf(100));
                if (!wordsOnly) {
                    scaleProduct = scaleProduct.multiply(BigDecimal.valueOf(100));
                }
                next = Last.HUNDRED;
                sawHundred = true;
            } else if (isScale(t, letterScales, last) || last == Last.A && (SCALES.containsKey(t) || t.equals("dozen"))) {
                BigDecimal scale = scaleOf(t);
                if (DOZEN.contains(t) && sawHundred && current.remainder(BigDecimal.valueOf(100)).signum() != 0) {
                    break; // "three hundred and two dozen": 302 dozen, or 300 and two dozen; left for the caller to refuse
                }
                if (last == Last.SCALE && scale.compareTo(largestScale) <= 0) {
                    break; // "one billion million": a smaller scale after a scale multiplies nothing; left for the caller to refuse
                }
                if (last != Last.SCALE && largestScale.signum() > 0 && scale.compareTo(lastScale) >= 0 && !DOZEN.contains(t)
                        || afterScaleDigits && t.equals("hundred")) {
                    break; // "one million two million": a number after a scale takes smaller scales only; left to refuse
                }
                lastScale = scale;
                BigDecimal base = last == Last.NONE ? BigDecimal.ONE : current;
                if (scale.compareTo(largestScale) > 0) {
                    total = total.add(base).multiply(scale);
                    largestScale = scale;
                } else {
                    total = total.add(base.multiply(scale));
                }
                current = BigDecimal.ZERO;
                if (!wordsOnly && !scale.equals(TWELVE)) {
                    scaleProduct = scaleProduct.multiply(scale); // a dozen is a count, not a rounded scale
                }
                next = Last.SCALE;
            } else if (last == Last.A && (t.equals("half") || t.equals("quarter")) && i + 1 < tokens.size()
                    && SCALES.containsKey(tokens.get(i + 1))) {
                // "a half million", "a quarter million"
                current = t.equals("half") ? new BigDecimal("0.5") : new BigDecimal("0.25");
                next = Last.DIGITS;
            } else {
                break;
            }
            if (next == Last.DIGITS && !wordsOnly) {
                mantissa = current;
            }
            last = next;
            i++;
            if (last != Last.A && last != Last.AND) {
                end = i;
                endValue = total.add(current);
                endMantissa = wordsOnly || afterScaleDigits ? endValue : mantissa;
                endScale = wordsOnly || afterScaleDigits ? BigDecimal.ONE : scaleProduct; // "4 thousand 3 hundred" is as precise as 4,300
            }
        }
        if (endValue == null) {
            return Optional.empty();
        }
        return Optional.of(Reading.exact(endValue.stripTrailingZeros().scale() < 0 ? endValue.setScale(0, RoundingMode.UNNECESSARY)
                : endValue, endMantissa, endScale, end - from));
    }

    private static final Pattern WHOLE = Pattern.compile("[1-9]\\d*");
    private static final Pattern FIRST_GROUP = Pattern.compile("[1-9]\\d{0,2}");
    private static final Pattern GROUP = Pattern.compile("\\d{3}");
    private static final Pattern LAST_GROUP = Pattern.compile("\\d{3}(?:\\.\\d+)?");

    /**
     * How many groups of three digits follow a first group of one to three at {@code i}, each a token of its own ("40 000",
     * "1 234 567.89"); 0 when none do. Only the last group may have decimals. A value written so is one number; running
     * text, where a space may stand between two numbers, does not read it (the extractor refuses it).
     */
    private static int spacedGroups(List<String> tokens, int i) {
        if (!FIRST_GROUP.matcher(tokens.get(i)).matches()) {
            return 0;
        }
        int n = 0;
        while (i + n + 1 < tokens.size() && GROUP.matcher(tokens.get(i + n + 1)).matches()) {
            n++;
        }
        if (i + n + 1 < tokens.size() && LAST_GROUP.matcher(tokens.get(i + n + 1)).matches()) {
            n++; // "1 234 567.89"
        }
        return n;
    }

    private static boolean isScale(String t, boolean letterScales, Last last) {
        if (last == Last.NONE) {
            return SCALES.containsKey(t) && !t.equals("hundred") && t.length() > 3;
        }
        boolean afterNumber = last == Last.DIGITS || last == Last.UNIT || last == Last.TEEN || last == Last.TENS
                || last == Last.HUNDRED || last == Last.SCALE;
        return afterNumber && (SCALES.containsKey(t) || PLURAL_SCALES.containsKey(t) || DOZEN.contains(t)
                || letterScales && LETTER_SCALES.containsKey(t));
    }

    private static BigDecimal scaleOf(String t) {
        if (DOZEN.contains(t)) {
            return TWELVE;
        }
        BigDecimal s = SCALES.get(t);
        if (s == null) {
            s = PLURAL_SCALES.get(t);
        }
        return s != null ? s : LETTER_SCALES.get(t);
    }

    private static final Pattern PROPER_FRACTION = Pattern.compile("(\\d{1,3})/(\\d{1,3})");

    /** "1/2", "3/4" after a whole number: a fraction under one, or empty. */
    private static Optional<BigDecimal> properFraction(String token) {
        var f = PROPER_FRACTION.matcher(token);
        if (!f.matches()) {
            return Optional.empty();
        }
        BigDecimal n = new BigDecimal(f.group(1));
        BigDecimal d = new BigDecimal(f.group(2));
        return d.signum() > 0 && n.signum() > 0 && n.compareTo(d) < 0 ? Optional.of(n.divide(d, MathContext.DECIMAL64).stripTrailingZeros())
                : Optional.empty();
    }

    /**
     * A part of one after "and", ending the number: "a half", "a third", "one fourth", "three fifths", "two thirds";
     * the part and how many tokens it took. A single part is singular ("a fifth"), several plural ("three fifths").
     */
    private static Optional<BigDecimal[]> partAfterAnd(List<String> tokens, int at) {
        if (at + 1 >= tokens.size()) {
            return Optional.empty();
        }
        Optional<Fraction> words = fraction(tokens, at);
        if (words.isPresent() && words.get().proper() && !words.get().within() && !GLYPH_PARTS.containsKey(tokens.get(at))
                && !FRACTION.matcher(tokens.get(at)).matches() && !tokens.get(at).equals("half")
                && !(at + words.get().used() < tokens.size() && isNumberWord(tokens.get(at + words.get().used())))) {
            // "two and fifty-four hundredths", "one and one twenty-fifth": a part of one in words
            return Optional.of(new BigDecimal[] {words.get().value(), BigDecimal.valueOf(words.get().used())});
        }
        String count = tokens.get(at);
        BigDecimal numerator = count.equals("a") || count.equals("an") || count.equals("one") ? BigDecimal.ONE
                : UNITS.containsKey(count) ? BigDecimal.valueOf(UNITS.get(count)) : null;
        if (numerator == null) {
            return Optional.empty();
        }
        String part = tokens.get(at + 1);
        boolean one = numerator.compareTo(BigDecimal.ONE) == 0;
        String singular = one ? part : part.endsWith("ves") ? part.substring(0, part.length() - 3) + "f"
                : part.endsWith("s") ? part.substring(0, part.length() - 1) : null;
        if (singular == null || one && part.endsWith("s") && !part.equals(singular)) {
            return Optional.empty();
        }
        Integer denominator = switch (singular) {
            case "half" -> 2;
            case "quarter" -> 4;
            case "first", "second", "inaugural", "maiden" -> null;
            default -> ORDINALS.get(singular);
        };
        if (denominator == null || numerator.intValue() >= denominator
                || at + 2 < tokens.size() && isNumberWord(tokens.get(at + 2))) {
            return Optional.empty(); // "and a half million" is a part of a scale, read elsewhere
        }
        BigDecimal value = numerator.divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64).stripTrailingZeros();
        return Optional.of(new BigDecimal[] {value, BigDecimal.valueOf(2)});
    }

    /** The scale a word names ("million", "bn", "thousand"), or empty. */
    public static Optional<BigDecimal> scaleWord(String token) {
        return Optional.ofNullable(SCALES.get(token));
    }

    /** "a half", "half", "a quarter", "three quarters" after "and": the fraction and how many tokens it took. */
    private static Optional<BigDecimal[]> half(List<String> tokens, int at) {
        int i = at;
        if (i < tokens.size() && (tokens.get(i).equals("a") || tokens.get(i).equals("an") || tokens.get(i).equals("one"))) {
            i++;
        }
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        BigDecimal part = switch (tokens.get(i)) {
            case "half" -> new BigDecimal("0.5");
            case "quarter" -> new BigDecimal("0.25");
            default -> null;
        };
        if (part == null && tokens.get(i).equals("three") && i + 1 < tokens.size()
                && (tokens.get(i + 1).equals("quarters") || tokens.get(i + 1).equals("quarter"))) {
            return Optional.of(new BigDecimal[] {new BigDecimal("0.75"), BigDecimal.valueOf(i + 2 - at)});
        }
        return part == null ? Optional.empty() : Optional.of(new BigDecimal[] {part, BigDecimal.valueOf(i + 1 - at)});
    }

    /**
     * A fraction of one scale word: "half a million", "a quarter of a million", "three quarters of a billion", "two thirds of
     * a million", "three quarters billion", "quarter million": a count, never a share, since the scale says of what.
     */
    public static Optional<Reading> fractionOfScale(List<String> tokens, int from) {
        Optional<Fraction> part = fraction(tokens, from, true);
        int i;
        BigDecimal fraction;
        if (part.isPresent()) {
            fraction = part.get().value();
            i = from + part.get().used();
        } else if (at(tokens, from, "quarter")) {
            fraction = new BigDecimal("0.25"); // "quarter million"
            i = from + 1;
        } else {
            return Optional.empty();
        }
        boolean of = at(tokens, i, "of");
        if (of) {
            i++;
        }
        if (at(tokens, i, "a") || at(tokens, i, "an")) {
            i++;
        } else if (of) {
            return Optional.empty(); // "half of" what: a share, not a number
        }
        // "half million", "quarter million": the article may be left out before a scale
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        String scaleWord = tokens.get(i);
        BigDecimal scale = SCALES.get(scaleWord);
        if (scale == null && scaleWord.equals("dozen")) {
            scale = TWELVE;
        }
        if (scale == null) {
            return Optional.empty();
        }
        BigDecimal value = fraction.multiply(scale).round(MathContext.DECIMAL64).stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0, RoundingMode.UNNECESSARY);
        }
        return Optional.of(Reading.exact(value, fraction, scale, i + 1 - from));
    }

    /**
     * A fraction as written: "two thirds" (2 over 3), "a half", "one in five", "7 out of 10", "1 over 3", "⅔", "3/4", "a
     * hundredth", "one twenty-fifth"; the caller decides whether it is a share or a number.
     *
     * @param used   how many tokens it took
     * @param within "in" or "out of": a part of a whole, which cannot be larger than the whole
     */
    public record Fraction(BigDecimal numerator, BigDecimal denominator, int used, boolean within) {

        /** The fraction as a number, to sixteen significant digits ("two thirds" is 0.6666666666666667). */
        public BigDecimal value() {
            BigDecimal v = numerator.divide(denominator, MathContext.DECIMAL64).stripTrailingZeros();
            return v.scale() < 0 ? v.setScale(0, RoundingMode.UNNECESSARY) : v;
        }

        /** A part of one ("two thirds", "7 out of 10"), not more than one ("twenty-three fifths", "2000 over 3"). */
        public boolean proper() {
            return numerator.compareTo(denominator) <= 0;
        }
    }

    /** The fraction at {@code from}, or empty when none starts there or its words can be read two ways. */
    public static Optional<Fraction> fraction(List<String> tokens, int from) {
        return fraction(tokens, from, false);
    }

    /**
     * @param beforeScale whether a scale follows ("three quarter million"), where the part's number need not agree with
     *                    the numerator
     */
    /** A fraction as read, or why its words can be read two ways; both null when no fraction starts there. */
    private record Attempt(Fraction fraction, String twoWays) {
        static final Attempt NONE = new Attempt(null, null);
    }

    private static Optional<Fraction> fraction(List<String> tokens, int from, boolean beforeScale) {
        return Optional.ofNullable(attempt(tokens, from, beforeScale).fraction());
    }

    /** Why the fraction at {@code from} is refused: its words can be read two ways ("one hundred thirty fifths"). */
    public static Optional<String> twoWays(List<String> tokens, int from) {
        return Optional.ofNullable(attempt(tokens, from, false).twoWays());
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    private static Attempt attempt(List<String> tokens, int from, boolean beforeScale) {
        if (from >= tokens.size()) {
            return Attempt.NONE;
        }
        String first = tokens.get(from);
        if (GLYPH_PARTS.containsKey(first)) {
            int[] nd = GLYPH_PARTS.get(first);
            return new Attempt(new Fraction(BigDecimal.valueOf(nd[0]), BigDecimal.valueOf(nd[1]), 1, false), null);
        }
        var digits = FRACTION.matcher(first);
        if (digits.matches()) {
            BigDecimal d = new BigDecimal(digits.group(2));
            return d.signum() == 0 ? Attempt.NONE : new Attempt(new Fraction(new BigDecimal(digits.group(1)), d, 1, false), null);
        }
        if (first.equals("half")) {
            return new Attempt(new Fraction(BigDecimal.ONE, BigDecimal.valueOf(2), 1, false), null); // "half", "more than half"
        }
        // the numerator: a whole number in words or digits, or the article ("a third", "a hundredth")
        boolean article = first.equals("a") || first.equals("an");
        String next = from + 1 < tokens.size() ? tokens.get(from + 1) : "";
        Optional<Reading> whole = article && (next.equals("half") || next.equals("quarter") || ORDINALS.containsKey(next))
                ? Optional.empty() // "a half million" is a fraction of the scale, whose part is "a half"
                : whole(tokens, from, false);
        BigDecimal numerator;
        int used;
        if (whole.isPresent() && !whole.get().vague() && whole.get().value().stripTrailingZeros().scale() <= 0
                && whole.get().value().signum() > 0 && whole.get().scale().compareTo(BigDecimal.ONE) == 0) {
            numerator = whole.get().value();
            used = whole.get().used();
        } else if (article) {
            numerator = BigDecimal.ONE;
            used = 1;
        } else {
            return Attempt.NONE;
        }
        List<String> numeratorWords = tokens.subList(from, from + used);
        int j = from + used;
        // "1 over 3", "2000 over 3", "one in five", "7 out of 10", "two out of five hundred"
        int by = at(tokens, j, "over") || at(tokens, j, "in") ? j + 1 : at(tokens, j, "out") && at(tokens, j + 1, "of") ? j + 2 : -1;
        if (by > 0) {
            boolean over = tokens.get(j).equals("over");
            Optional<Reading> whole2 = whole(tokens, by, false);
            if (whole2.isEmpty() || whole2.get().vague() || whole2.get().value().signum() <= 0
                    || whole2.get().value().stripTrailingZeros().scale() > 0) {
                return Attempt.NONE;
            }
            int end = by + whole2.get().used();
            BigDecimal d = whole2.get().value();
            if (over && end != tokens.size()) {
                return Attempt.NONE; // "5 over 3 years": over a period, not divided by it; only a whole value is a quotient
            }
            if (!over && (numerator.compareTo(d) > 0 || looksLikeAYear(tokens.get(by), whole2.get()))) {
                return Attempt.NONE; // "3 in 2" is no part of a whole; "3 in 2024" names a year
            }
            return new Attempt(new Fraction(numerator, d, end - from, !over), null);
        }
        boolean hyphen = at(tokens, j, "-");
        if (hyphen) {
            j++; // "five - eighths"
        }
        // the denominator: an ordinal word, alone ("fifths") or at the end of a compound ("twenty-fifth", "one hundred fifth")
        for (int k = j; k < Math.min(tokens.size(), j + 6); k++) {
            String word = tokens.get(k);
            int dash = word.indexOf('-');
            if (k == j && dash > 0 && TENS.containsKey(word.substring(0, dash))) {
                // "three twenty-firsts": the tokens keep the hyphen, since "firsts" alone is a noun ("a night of firsts")
                String ordinal = word.substring(dash + 1);
                boolean plural = ordinal.endsWith("s");
                Integer unit = ORDINALS.get(plural ? ordinal.substring(0, ordinal.length() - 1) : ordinal);
                if (unit == null || unit >= 10 || (numerator.compareTo(BigDecimal.ONE) == 0) == plural || numeratorWords.size() > 1) {
                    return Attempt.NONE;
                }
                return new Attempt(new Fraction(numerator, BigDecimal.valueOf(TENS.get(word.substring(0, dash)) + unit), k + 1 - from, false), null);
            }
            boolean plural = word.endsWith("s");
            String singular = word.equals("halves") ? "half" : plural ? word.substring(0, word.length() - 1) : word;
            Integer simple = switch (singular) {
                case "half" -> 2;
                case "quarter" -> 4;
                case "inaugural", "maiden" -> null;
                default -> ORDINALS.get(singular);
            };
            BigDecimal scaleOrdinal = SCALE_ORDINALS.get(singular);
            if (simple == null && scaleOrdinal == null && !singular.equals("trillionth")) {
                if (!isNumberWord(word) && !(word.equals("and") && k > j)) {
                    return Attempt.NONE; // "one one hundred and fifth": the words of a compound ordinal
                }
                continue;
            }
            BigDecimal d;
            if (k == j) {
                if (singular.equals("first") || singular.equals("second")) {
                    return Attempt.NONE; // "a second" is time; "one first" nothing
                }
                d = simple != null ? BigDecimal.valueOf(simple) : scaleOrdinal != null ? scaleOrdinal : new BigDecimal("1e12");
            } else if (hyphen) {
                // "ninety - five hundred fifths": 9,500 fifths, or 90 over 505?
                return new Attempt(null, "a hyphen before a compound denominator may join either side ('"
                        + String.join(" ", tokens.subList(from, k + 1)) + "')");
            } else {
                List<String> compound = new java.util.ArrayList<>(tokens.subList(j, k));
                if (compound.size() > 1 && compound.get(compound.size() - 1).equals("and")) {
                    compound.remove(compound.size() - 1); // "one hundred and fifth" is the 105th
                }
                compound.add(singular);
                Optional<Reading> o = wholeOrdinal(compound, 0);
                if (o.isEmpty()) {
                    return Attempt.NONE;
                }
                d = o.get().value();
            }
            boolean one = numerator.compareTo(BigDecimal.ONE) == 0;
            if (!beforeScale && one == plural) {
                return Attempt.NONE; // "a fifths", "two fifth": the part's number does not agree with the count
            }
            String last = numeratorWords.get(numeratorWords.size() - 1);
            boolean joins = TENS.containsKey(last) || last.equals("hundred") || SCALES.containsKey(last);
            if (numeratorWords.size() > 1 && (numeratorWords.contains("and") || joins && k == j && simple != null)) {
                // "one hundred thirty fifths": 130 fifths or 100 thirty-fifths; "two hundred and fifty-four hundredths":
                // 254 hundredths or 200 and 54 hundredths. Readers take them both ways, so they are refused.
                String written = String.join(" ", tokens.subList(from, k + 1));
                return new Attempt(null, numeratorWords.contains("and")
                        ? "'" + written + "' may be " + plain(numerator) + " " + word + ", or a whole number and " + word
                        : "'" + written + "' may be " + plain(numerator) + " " + word + ", or '" + last + "' may begin the denominator ('"
                                + last + "-" + word + "')");
            }
            return new Attempt(new Fraction(numerator, d, k + 1 - from, false), null);
        }
        return Attempt.NONE;
    }

    private static boolean looksLikeAYear(String token, Reading read) {
        return read.used() == 1 && token.matches("(1[89]|20|21)\\d\\d");
    }

    private static Map<String, BigDecimal> glyphValues() {
        Map<String, BigDecimal> values = new java.util.HashMap<>();
        GLYPH_PARTS.forEach((glyph, nd) -> values.put(glyph,
                BigDecimal.valueOf(nd[0]).divide(BigDecimal.valueOf(nd[1]), MathContext.DECIMAL64).stripTrailingZeros()));
        return Map.copyOf(values);
    }

    /** A fraction of a unit that follows: "half a day", "a quarter of an hour". Empty unless one is there. */
    public static Optional<Reading> fractionOfUnit(List<String> tokens, int from) {
        int i = from;
        BigDecimal fraction;
        if (at(tokens, i, "half")) {
            fraction = new BigDecimal("0.5");
            i++;
        } else if ((at(tokens, i, "a") || at(tokens, i, "one")) && at(tokens, i + 1, "quarter")) {
            fraction = new BigDecimal("0.25");
            i += 2;
        } else if (at(tokens, i, "quarter")) {
            fraction = new BigDecimal("0.25");
            i++;
        } else if ((at(tokens, i, "a") || at(tokens, i, "one")) && at(tokens, i + 1, "tenth")) {
            fraction = new BigDecimal("0.1");
            i += 2;
        } else if (at(tokens, i, "tenth") || at(tokens, i, "fourth") && at(tokens, i + 1, "of")) {
            fraction = tokens.get(i).equals("tenth") ? new BigDecimal("0.1") : new BigDecimal("0.25");
            i++;
        } else {
            return Optional.empty();
        }
        if (at(tokens, i, "of")) {
            i++;
        }
        if (at(tokens, i, "a") || at(tokens, i, "an")) {
            i++;
        }
        return Optional.of(new Reading(fraction, fraction, fraction, fraction, BigDecimal.ONE, false, false, i - from));
    }

    /** The digits after "point" as written: "77" of "point 77", "25" of "point two five". */
    private static String decimalDigits(List<String> tokens, int at, int taken) {
        StringBuilder digits = new StringBuilder();
        if (TEENS.containsKey(tokens.get(at))) {
            return String.valueOf(TEENS.get(tokens.get(at)));
        }
        if (TENS.containsKey(tokens.get(at))) {
            return String.valueOf(TENS.get(tokens.get(at)) + (taken == 2 ? UNITS.get(tokens.get(at + 1)) : 0));
        }
        for (int i = at; i < at + taken; i++) {
            String t = tokens.get(i);
            digits.append(t.chars().allMatch(Character::isDigit) ? t : String.valueOf(UNITS.getOrDefault(t, 0)));
        }
        return digits.toString();
    }

    private static int pointDigits(List<String> tokens, int at) {
        if (at < tokens.size() && tokens.get(at).chars().allMatch(Character::isDigit) && !tokens.get(at).isEmpty()) {
            return 1;
        }
        if (at < tokens.size() && TEENS.containsKey(tokens.get(at))) {
            return 1; // "nought point eleven": the decimals said as one number
        }
        if (at < tokens.size() && TENS.containsKey(tokens.get(at))) {
            return at + 1 < tokens.size() && UNITS.containsKey(tokens.get(at + 1)) ? 2 : 1; // "point seventy-one"
        }
        int i = at;
        while (i < tokens.size() && (UNITS.containsKey(tokens.get(i)) || ZEROS.contains(tokens.get(i)))) {
            i++;
        }
        return i - at;
    }

    private static boolean at(List<String> tokens, int i, String word) {
        return i < tokens.size() && tokens.get(i).equals(word);
    }

    /**
     * The vague quantities of reporting, each with documented bounds (docs/values.md): "a few" 2..5,
     * "several" 3..9, "a handful" 2..6, "a couple" 2, "a pair" 2, "a score" 20, "dozens" 24..99,
     * "scores" 40..199, "hundreds" 200..999, "thousands", "tens of thousands", "hundreds of thousands",
     * "millions" and on up; "a few", "several" and "a couple" scale with what follows ("a few dozen"
     * 24..60, "a couple hundred" 200, "several million" 3..9 million).
     */
    private static Optional<Reading> vague(List<String> tokens, int from) {
        int i = from;
        boolean article = at(tokens, i, "a");
        if (article) {
            i++;
        }
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        String word = tokens.get(i);
        BigDecimal lo;
        BigDecimal hi;
        boolean approximate = false;
        boolean vague = true;
        boolean scalable = true;
        switch (word) {
            case "few" -> {
                lo = BigDecimal.valueOf(2);
                hi = BigDecimal.valueOf(5);
            }
            case "several" -> {
                if (article) {
                    return Optional.empty();
                }
                lo = BigDecimal.valueOf(3);
                hi = BigDecimal.valueOf(9);
            }
            case "handful" -> {
                if (!article) {
                    return Optional.empty();
                }
                lo = BigDecimal.valueOf(2);
                hi = BigDecimal.valueOf(6);
                scalable = false;
            }
            case "couple" -> {
                if (!article) {
                    return Optional.empty();
                }
                lo = BigDecimal.valueOf(2);
                hi = lo;
                approximate = true;
                vague = false;
            }
            case "pair" -> {
                if (!article) {
                    return Optional.empty();
                }
                lo = BigDecimal.valueOf(2);
                hi = lo;
                vague = false;
                scalable = false;
            }
            case "score" -> {
                if (!article) {
                    return Optional.empty();
                }
                lo = TWENTY;
                hi = lo;
                vague = false;
                scalable = false;
            }
            case "dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens" -> {
                if (article) {
                    return Optional.empty();
                }
                return plural(tokens, i);
            }
            default -> {
                return Optional.empty();
            }
        }
        i++;
        if (at(tokens, i, "of") && !scalable) {
            i++; // "a handful of", "a pair of", "a score of"
        }
        BigDecimal scale = BigDecimal.ONE;
        if (scalable) {
            int before = i;
            if (at(tokens, i, "of") && i + 1 < tokens.size() && (SCALES.containsKey(tokens.get(i + 1)) || at(tokens, i + 1, "dozen"))) {
                i++; // "a couple of hundred"
            }
            while (i < tokens.size() && (SCALES.containsKey(tokens.get(i)) || tokens.get(i).equals("dozen"))) {
                scale = scale.multiply(scaleOf(tokens.get(i)));
                i++;
            }
            if (scale.compareTo(BigDecimal.ONE) == 0) {
                i = before;
                if (at(tokens, i, "of")) {
                    i++; // "a couple of", "a few of"
                }
            }
        }
        BigDecimal lower = lo.multiply(scale);
        BigDecimal upper = hi.multiply(scale);
        BigDecimal value = lower.add(upper).divide(BigDecimal.valueOf(2));
        return Optional.of(new Reading(strip(value), strip(lower), strip(upper), lo, scale, vague, approximate, i - from));
    }

    /** "dozens", "hundreds of thousands", "tens of millions": from twice the unit to just under ten (or twelve) times it. */
    private static Optional<Reading> plural(List<String> tokens, int from) {
        int i = from;
        String word = tokens.get(i);
        BigDecimal unit;
        BigDecimal lowFactor = BigDecimal.valueOf(2);
        BigDecimal highFactor = BigDecimal.TEN;
        switch (word) {
            case "dozens" -> {
                unit = TWELVE;
                highFactor = null; // dozens: 24..99, past which a reader says "hundreds"
            }
            case "scores" -> {
                unit = TWENTY;
                highFactor = null;
            }
            case "tens" -> unit = BigDecimal.TEN;
            default -> unit = PLURAL_SCALES.get(word);
        }
        i++;
        // "hundreds of thousands", "tens of millions", "dozens of"
        if (at(tokens, i, "of") && i + 1 < tokens.size() && PLURAL_SCALES.containsKey(tokens.get(i + 1))
                && PLURAL_SCALES.get(tokens.get(i + 1)).compareTo(unit) > 0) {
            BigDecimal outer = PLURAL_SCALES.get(tokens.get(i + 1));
            unit = unit.multiply(outer);
            i += 2;
        } else if (word.equals("tens")) {
            return Optional.empty(); // "tens" alone is no quantity
        }
        if (at(tokens, i, "of")) {
            i++;
        }
        BigDecimal lower = unit.multiply(lowFactor);
        BigDecimal upper = highFactor == null
                ? (word.equals("dozens") ? BigDecimal.valueOf(99) : BigDecimal.valueOf(199))
                : unit.multiply(highFactor).subtract(BigDecimal.ONE);
        BigDecimal value = lower.add(upper).divide(BigDecimal.valueOf(2));
        return Optional.of(new Reading(strip(value), strip(lower), strip(upper), BigDecimal.ONE, unit, true, false, i - from));
    }

    private static BigDecimal strip(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
    }
}
