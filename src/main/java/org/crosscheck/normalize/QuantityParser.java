package org.crosscheck.normalize;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.model.Hedge;
import org.crosscheck.model.QuantityValue;

/**
 * Reads amounts, counts and percentages: "approximately Sh600 billion", "$4.7 billion",
 * "maybe 5%", "five percent", "1,000 police officers", "a few hundred". Currencies are kept as
 * ISO codes and never converted.
 */
public final class QuantityParser {

    private static final Map<String, String> CURRENCY_PREFIX = Map.ofEntries(
            Map.entry("sh", "KES"), Map.entry("ksh", "KES"), Map.entry("kes", "KES"), Map.entry("kshs", "KES"),
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("usd", "USD"),
            Map.entry("€", "EUR"), Map.entry("eur", "EUR"), Map.entry("£", "GBP"), Map.entry("gbp", "GBP"),
            Map.entry("rmb", "CNY"), Map.entry("cny", "CNY"), Map.entry("¥", "CNY"));
    private static final Map<String, String> CURRENCY_SUFFIX = Map.ofEntries(
            Map.entry("shillings", "KES"), Map.entry("kenyan shillings", "KES"), Map.entry("kes", "KES"),
            Map.entry("dollars", "USD"), Map.entry("us dollars", "USD"), Map.entry("usd", "USD"),
            Map.entry("yuan", "CNY"), Map.entry("rmb", "CNY"), Map.entry("cny", "CNY"),
            Map.entry("euros", "EUR"), Map.entry("eur", "EUR"),
            Map.entry("pounds sterling", "GBP"), Map.entry("sterling", "GBP"), Map.entry("gbp", "GBP"),
            Map.entry("%", "%"), Map.entry("percent", "%"), Map.entry("per cent", "%"), Map.entry("pct", "%"));
    /**
     * Scale words and the abbreviations newsrooms use for them ("$3 mln", "Sh2.3trn", "3 millions").
     * Every one must be here: a scale word this parser did not know would otherwise be read as the
     * counted noun, as "people" is in "1.2 million people", and "Sh3.2 bln" would be 3.2 shillings.
     */
    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("hundred", new BigDecimal("1e2")),
            Map.entry("thousand", new BigDecimal("1e3")), Map.entry("thousands", new BigDecimal("1e3")), Map.entry("k", new BigDecimal("1e3")),
            Map.entry("million", new BigDecimal("1e6")), Map.entry("millions", new BigDecimal("1e6")), Map.entry("m", new BigDecimal("1e6")),
            Map.entry("mn", new BigDecimal("1e6")), Map.entry("mln", new BigDecimal("1e6")), Map.entry("mil", new BigDecimal("1e6")),
            Map.entry("billion", new BigDecimal("1e9")), Map.entry("billions", new BigDecimal("1e9")), Map.entry("b", new BigDecimal("1e9")),
            Map.entry("bn", new BigDecimal("1e9")), Map.entry("bln", new BigDecimal("1e9")), Map.entry("bil", new BigDecimal("1e9")),
            Map.entry("trillion", new BigDecimal("1e12")), Map.entry("trillions", new BigDecimal("1e12")),
            Map.entry("tn", new BigDecimal("1e12")), Map.entry("trn", new BigDecimal("1e12")));

    // the units and scales come from the tables above, so a word added there is read here too
    private static final Pattern QUANTITY = Pattern.compile(
            "(?:(" + Hedges.PATTERN + ") )?"
                    + "(" + anyOf(CURRENCY_PREFIX.keySet()) + ")? ?"
                    + "(a few|several|" + Words.NUMBER_PATTERN + ")"
                    + "(?: ?(" + anyOf(SCALES.keySet()) + ")\\b)?"
                    + "(?: ?(" + anyOf(CURRENCY_SUFFIX.keySet()) + "))?"
                    + "(?: ([a-z][a-z' -]*))?");

    /**
     * Words that cannot start what is counted, because they change the number: a scale in the wrong
     * place ("5 hundred thousand", "2 million-plus"), a fraction ("a quarter of a million") or a
     * proportion ("one in five"). Read as the counted noun they would leave a number off by a factor
     * of a thousand or more, so such a text is refused instead.
     */
    private static final Set<String> NOT_COUNTED = Set.of("half", "halves", "quarter", "quarters", "third", "thirds",
            "fifth", "fifths", "tenth", "tenths", "in", "of", "out");

    private QuantityParser() {
    }

    public static Parsed<QuantityValue> parse(String written) {
        return parse(written, Tolerance.DEFAULT);
    }

    private static final Pattern LEADING_THE = Pattern.compile("^the ");
    private static final Pattern NEGATIVE_AMOUNT = Pattern.compile("^(sh|\\$|us\\$|€|£)\\s?-.*");

    public static Parsed<QuantityValue> parse(String written, Tolerance tolerance) {
        String folded = Words.folded(written);
        // the guards spare most amounts a matcher that could not match them
        String text = folded.startsWith("the ") ? LEADING_THE.matcher(folded).replaceFirst("") : folded;
        if (text.startsWith("-") || text.startsWith("minus ") || text.indexOf('-') >= 0 && NEGATIVE_AMOUNT.matcher(text).matches()) {
            return Parsed.failed("'" + written.trim() + "': an amount cannot be negative",
                    "write the size of the amount and put the direction (a fall, a deficit) in the property");
        }
        Matcher m = QUANTITY.matcher(text);
        if (!m.matches()) {
            return Parsed.failed("cannot read '" + written.trim() + "' as an amount or count",
                    "write for example: 1,000 | Sh600 billion | $4.7 billion | about 5% | five percent");
        }
        String notCounted = notCounted(m.group(6));
        if (notCounted != null) {
            return Parsed.failed("cannot read '" + written.trim() + "' as one amount: '" + notCounted + "' after the number changes it",
                    "write the number whole (250,000, 1.2 million) and a proportion as a percentage (20%); what is counted goes last");
        }
        Hedge hedge = Hedges.of(m.group(1));
        String prefix = m.group(2);
        String numberText = m.group(3);
        BigDecimal scale = m.group(4) == null ? BigDecimal.ONE : SCALES.get(m.group(4));
        String suffix = m.group(5);
        String prefixUnit = prefix == null ? null : CURRENCY_PREFIX.get(prefix);
        String suffixUnit = suffix == null ? null : CURRENCY_SUFFIX.get(suffix);
        if (prefixUnit != null && suffixUnit != null && !prefixUnit.equals(suffixUnit)) {
            return Parsed.failed("'" + written.trim() + "' names two units: " + prefixUnit + " and " + suffixUnit,
                    "keep one currency or unit");
        }
        String unit = prefixUnit != null ? prefixUnit : suffixUnit != null ? suffixUnit : "";
        Optional<BigDecimal[]> vague = vague(numberText);
        if (vague.isPresent()) {
            BigDecimal lower = vague.get()[0].multiply(scale);
            BigDecimal upper = vague.get()[1].multiply(scale);
            BigDecimal middle = lower.add(upper).divide(BigDecimal.valueOf(2));
            return Parsed.ok(new QuantityValue(written.trim(), middle, unit, Hedge.APPROX, lower, upper));
        }
        Optional<BigDecimal> number = Words.number(numberText);
        if (number.isEmpty()) {
            return Parsed.failed("cannot read '" + numberText + "' in '" + written.trim() + "' as a number",
                    "write digits (1,000) or a number word (five, two dozen)");
        }
        BigDecimal amount = number.get().multiply(scale);
        if ("%".equals(unit) && hedge == Hedge.EXACT && BigDecimal.ONE.equals(scale)) {
            // a percentage is written rounded to its last digit: "34%" is what 33.5% up to 34.5% is written as
            return Parsed.ok(new QuantityValue(written.trim(), amount, unit, hedge, Hedges.roundedDown(number.get()),
                    Hedges.roundedUp(number.get())));
        }
        BigDecimal[] bounds = Hedges.bounds(hedge, amount, Hedges.rounding(number.get(), scale), tolerance);
        return Parsed.ok(new QuantityValue(written.trim(), amount, unit, hedge, bounds[0], bounds[1]));
    }

    /**
     * The first word of the counted noun if it would change the number, else null: a scale, also
     * before a hyphen ("million-plus", though not the letter of "k-pop" or "m-pesa"), or one of
     * {@link #NOT_COUNTED}.
     */
    private static String notCounted(String noun) {
        if (noun == null) {
            return null;
        }
        int space = noun.indexOf(' ');
        String word = space < 0 ? noun : noun.substring(0, space);
        int hyphen = word.indexOf('-');
        String head = hyphen < 0 ? word : word.substring(0, hyphen);
        boolean scale = SCALES.containsKey(word) || head.length() > 1 && SCALES.containsKey(head);
        return scale || NOT_COUNTED.contains(word) ? word : null;
    }

    /** The words as alternatives of a regular expression, longest first, each matched literally ("$"). */
    private static String anyOf(Set<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** "a few" and "several" as ranges of the scale that follows ("a few hundred" is 200..500). */
    private static Optional<BigDecimal[]> vague(String numberText) {
        return switch (numberText) {
            case "a few" -> Optional.of(new BigDecimal[] {BigDecimal.valueOf(2), BigDecimal.valueOf(5)});
            case "several" -> Optional.of(new BigDecimal[] {BigDecimal.valueOf(3), BigDecimal.valueOf(9)});
            default -> Optional.empty();
        };
    }
}
