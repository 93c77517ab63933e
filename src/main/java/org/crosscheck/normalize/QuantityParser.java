package org.crosscheck.normalize;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.Hedge;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.values.Cardinals;
import org.crosscheck.values.Currencies;
import org.crosscheck.values.Tokens;
import org.crosscheck.values.UnitsOfMeasure;
import org.crosscheck.values.UnitsOfMeasure.Measure;

/**
 * Reads amounts, counts, percentages and measures: "approximately Sh600 billion", "$4.7 billion",
 * "maybe 5%", "five percent", "1,000 police officers", "a few hundred", "two hundred and fifty",
 * "half a million", "27 km", "between 200 and 300". Currencies are kept as ISO codes and never
 * converted; a measure is kept in its dimension's unit (27 km as 27,000 m) so that 16.8 miles can
 * agree with it. Words after the number and its unit name what is counted and are not read; any word
 * there that would change the number (a number word, a scale, a unit, a currency, a hedge) makes the
 * value refused, naming the word, rather than dropped.
 */
public final class QuantityParser {

    /** Currency signs and the abbreviations written before or after an amount ("Sh600", "10$", "20€"). */
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("sh", "KES"), Map.entry("ksh", "KES"), Map.entry("kshs", "KES"), Map.entry("shs", "KES"),
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("€", "EUR"), Map.entry("€ur", "EUR"), Map.entry("£", "GBP"),
            Map.entry("¥", "CNY"), Map.entry("₹", "INR"),
            // dollars and pesos named by a country's letters before the sign
            Map.entry("c$", "CAD"), Map.entry("ca$", "CAD"), Map.entry("can$", "CAD"), Map.entry("cdn$", "CAD"), Map.entry("hk$", "HKD"),
            Map.entry("a$", "AUD"), Map.entry("au$", "AUD"), Map.entry("nz$", "NZD"), Map.entry("s$", "SGD"), Map.entry("nt$", "TWD"),
            Map.entry("mex$", "MXN"), Map.entry("mx$", "MXN"), Map.entry("r$", "BRL"));
    /** Subunits after an amount of money ("$20 and 43c", "20 dollars 43 cents"): a hundredth of the currency. */
    private static final Set<String> SUBUNITS = Set.of("c", "cent", "cents", "pence", "p", "sen", "sens", "kopiykas", "kopecks",
            "paise", "centimes");
    private static final Map<String, String> PERCENT = Map.of(
            "%", "%", "percent", "%", "per cent", "%", "pct", "%", "percentage points", "pp", "percentage point", "pp",
            "points", "pp", "percents", "%");
    /** "pounds" alone: money or weight. */
    private static final Map<String, String> AMBIGUOUS_MONEY = Map.of(
            "pounds", "write '£' or 'pounds sterling' for money, 'lb' for weight",
            "pound", "write '£' or 'pounds sterling' for money, 'lb' for weight");

    /**
     * Words that cannot start what is counted, because they change the number: a fraction ("a quarter
     * of voters") or a proportion ("one in five"). Read as the counted noun they would change the number
     * the sentence states, so such a text is refused instead.
     */
    private static final Set<String> NOT_COUNTED = Set.of("half", "halves", "quarter", "quarters", "third", "thirds",
            "fifth", "fifths", "tenth", "tenths", "in", "of", "out", "per", "a", "an", "each", "every", "times", "fold");

    /**
     * Words after a number that would change it if read, and so cannot be what is counted: a comparison ("less than 5,000
     * or equal"), "percentage" alone (percent or percentage points).
     */
    private static final Set<String> CHANGING = Set.of("equal", "equals", "equaling", "equalling", "percentage", "percentages");
    /** A hyphen left open before a range's second end, which carries the unit: "8- to 16-meter", "320- or 640-inch". */
    private static final java.util.regex.Pattern SUSPENDED_HYPHEN = java.util.regex.Pattern.compile("(\\d)-\\s+(to|or|and)\\s+");
    /** Money with no ISO 4217 code: it is not compared, so it is refused rather than read as a count of coins. */
    private static final Set<String> NO_ISO_MONEY = Set.of("bitcoin", "bitcoins", "btc", "xbt", "₿", "satoshi", "satoshis");
    /**
     * Words right after a number that name something crosscheck does not read as a value, and would be misread as what is
     * counted: coins worth several cents ("3 dimes" is 30 cents, not 3 of something), a time of day ("2.123 am"), and
     * spans of geological time ("66 Ma", "1 Ga", "a gigaannum": millions or billions of years, no length a fact states).
     */
    private static final Map<String, String> NOT_READ_AFTER_NUMBER = Map.ofEntries(
            Map.entry("dime", "names coins worth ten cents: write the amount in cents or dollars"),
            Map.entry("dimes", "names coins worth ten cents: write the amount in cents or dollars"),
            Map.entry("nickel", "may name coins worth five cents or the metal: write the amount in cents or the weight"),
            Map.entry("nickels", "names coins worth five cents: write the amount in cents or dollars"),
            Map.entry("am", "is a time of day (or attometres), not what is counted"),
            Map.entry("a.m.", "is a time of day, not what is counted"),
            Map.entry("ma", "is a span of geological time (millions of years) crosscheck does not read"),
            Map.entry("ga", "is a span of geological time (billions of years) crosscheck does not read"),
            Map.entry("mya", "is a span of geological time (millions of years ago) crosscheck does not read"),
            Map.entry("myr", "is a span of geological time (millions of years) crosscheck does not read"),
            Map.entry("gyr", "is a span of geological time (billions of years) crosscheck does not read"),
            Map.entry("annum", "is a span of time crosscheck does not read this way: write the years"),
            Map.entry("megaannum", "is a span of geological time (a million years) crosscheck does not read"),
            Map.entry("gigaannum", "is a span of geological time (a billion years) crosscheck does not read"));
    /**
     * A lower-case token with no vowel: an abbreviation ("dm", "t", "tln", "dzs"), almost always a unit or a scale, never
     * an English noun. Unless crosscheck knows it, it is refused rather than taken for what is counted. An abbreviation
     * in capitals ("10 MPs", "5 NGOs") is a name and may be counted.
     */
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("[bcdfghjklmnpqrstvwxz]+");

    private static final Set<String> FRACTIONS = Set.of("half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
            "tenth", "tenths");

    /** Small words the grammar uses around numbers ("a couple of", "between ... and ..."). */
    private static final Set<String> GLUE = Set.of("a", "an", "and", "of", "the", "to", "from", "between", "just", "as", "no", "not",
            "in", "some", "-", "~", ",");

    private QuantityParser() {
    }

    public static Parsed<QuantityValue> parse(String written) {
        return parse(written, Tolerance.DEFAULT);
    }

    private static final java.util.regex.Pattern SI_KILO = java.util.regex.Pattern.compile("(\\d)\\s?K(?![A-Za-z])");
    private static final java.util.regex.Pattern SI_MEGA = java.util.regex.Pattern.compile("(\\d)\\s?M(?![A-Za-z])");
    /** "MM", in capitals, is the financial abbreviation of a million ("US$ 1MM"); "mm" is millimetres. */
    private static final java.util.regex.Pattern FINANCE_MM = java.util.regex.Pattern.compile("(\\d)\\s?MM(?![A-Za-z])");
    /** "M" glued before an ISO code is millions of that currency ("30 MUSD", "MEUR 120"), in capitals only. */
    private static final java.util.regex.Pattern MILLIONS_OF_CODE = java.util.regex.Pattern.compile("\\bM([A-Z]{3})\\b");
    private static final java.util.regex.Pattern MILLIONS_OF_CODE_FIRST =
            java.util.regex.Pattern.compile("\\bM([A-Z]{3})\\s?(\\d[\\d,]*(?:\\.\\d+)?)(?![\\d.,]*\\s*(?:million|billion|thousand|[A-Za-z]))");
    /**
     * Symbols whose capitals tell two units apart, which the lower-cased tokens would confuse: "ML" and "Ml" are
     * megalitres ("mL" and "ml" millilitres), "mW" milliwatts ("MW" megawatts). They are spelt out first.
     */
    private static final java.util.regex.Pattern MEGALITRES = java.util.regex.Pattern.compile("(\\d)\\s?M[Ll](?![A-Za-z])");
    private static final java.util.regex.Pattern MILLIWATTS = java.util.regex.Pattern.compile("(\\d)\\s?mW(?![A-Za-z])");
    private static final java.util.regex.Pattern SI_GIGA = java.util.regex.Pattern.compile("\\d\\s?G(?![A-Za-z])");
    private static final java.util.regex.Pattern CAPITALS = java.util.regex.Pattern.compile("[A-Z]{2,}");
    // compiled once: String.matches compiled these on every value, most of the reader's time at a million claims
    private static final java.util.regex.Pattern NEGATIVE_MONEY = java.util.regex.Pattern.compile("^(sh|ksh|\\$|us\\$|€|£|usd|kes|gbp|eur)\\s?-.*");
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[a-z][a-z'.&-]*");

    private static final String HINT =
            "write for example: 1,000 | Sh600 billion | $4.7 billion | about 5% | five percent | 27 km | between 200 and 300";

    /** One amount as read: the number, its unit, and how many tokens it took. */
    private record Amount(Cardinals.Reading number, String currency, Measure measure, Hedge suffixHedge, int end) {

        String unit() {
            return measure != null ? measure.base() : currency == null ? "" : currency;
        }

        boolean hasUnit() {
            return measure != null || currency != null;
        }
    }

    /** A vague quantity inside a value ("a few dozen"), with its documented bounds, for showing how it was read. */
    public record VagueWords(String words, BigDecimal lower, BigDecimal upper) {
    }

    /**
     * The first vague quantity of {@code written} ("a few dozen" 24..60, "a couple hundred" 200, "tens of
     * thousands"), so that {@code normalize} can say which words it read as which documented bounds; empty
     * when the value has none. It reads the same tokens {@link #parse} reads.
     */
    public static Optional<VagueWords> vagueWords(String written) {
        List<String> tokens = Tokens.of(Words.folded(written), QuantityParser::known);
        for (int i = 0; i < tokens.size(); i++) {
            Optional<Cardinals.Reading> n = Cardinals.read(tokens, i, false);
            if (n.isPresent() && (n.get().vague() || n.get().approximate())) {
                List<String> words = new java.util.ArrayList<>(tokens.subList(i, i + n.get().used()));
                if (words.size() > 1 && words.get(words.size() - 1).equals("of")) {
                    words.remove(words.size() - 1); // "a couple of": the number is "a couple"
                }
                return Optional.of(new VagueWords(String.join(" ", words), n.get().lower(), n.get().upper()));
            }
        }
        return Optional.empty();
    }

    public static Parsed<QuantityValue> parse(String written, Tolerance tolerance) {
        Parsed<QuantityValue> read = read(written, tolerance);
        if (read instanceof Parsed.Failed<QuantityValue> failed) {
            String spelled = respelled(written.trim());
            if (!spelled.equals(written.trim())) {
                // the message quotes the words as read; say which written letters they came from ("MUSD" as "million USD")
                return Parsed.failed(failed.message() + " (read '" + written.trim() + "' as '" + spelled + "')", failed.hint());
            }
        }
        return read;
    }

    /** The written value with the symbols whose capitals matter spelt out: "30 MUSD", "$1MM", "5 Ml", "40 mW". */
    private static String respelled(String written) {
        if (written.indexOf('M') < 0 && written.indexOf('W') < 0) {
            return written;
        }
        String spelled = millionsOfCode(FINANCE_MM.matcher(written).replaceAll("$1 million"));
        return MILLIWATTS.matcher(MEGALITRES.matcher(spelled).replaceAll("$1 megalitres")).replaceAll("$1 milliwatts");
    }

    private static Parsed<QuantityValue> read(String written, Tolerance tolerance) {
        String folded = Words.folded(written);
        String text = folded.startsWith("the ") ? folded.substring(4) : folded;
        String trimmed = written.trim();
        if (text.startsWith("-") || text.startsWith("minus ") || text.startsWith("negative ")
                || NEGATIVE_MONEY.matcher(text).matches()) {
            return Parsed.failed("'" + trimmed + "': an amount cannot be negative",
                    "write the size of the amount and put the direction (a fall, a deficit) in the property");
        }
        if (SI_GIGA.matcher(written).find()) {
            return Parsed.failed("'" + trimmed + "': 'G' may be giga (a thousand million) or grams", "write 'billion' or 'g' for grams");
        }
        // capitals tell an SI prefix or a code from a word: "3M" is 3 million, "3m" metres or millions; "ALL" is a currency, "all" not
        // "8- to 16-meter" is "8 to 16 meter"; an ampersand between words is "and" ("two hundred & forty")
        String spelled = SUSPENDED_HYPHEN.matcher(unbracketedUnit(respelled(written.trim()))).replaceAll("$1 $2 ").replace(" & ", " and ");
        spelled = SI_MEGA.matcher(SI_KILO.matcher(spelled).replaceAll("$1 thousand")).replaceAll("$1 million");
        text = Words.folded(spelled);
        if (text.startsWith("the ")) {
            text = text.substring(4);
        }
        Set<String> capitals = new java.util.HashSet<>();
        java.util.regex.Matcher caps = CAPITALS.matcher(spelled);
        while (caps.find()) {
            capitals.add(caps.group().toLowerCase(java.util.Locale.ROOT));
        }
        List<String> tokens = Tokens.of(text, QuantityParser::known);
        if (tokens.isEmpty()) {
            return Parsed.failed("cannot read '' as an amount or count", HINT);
        }
        int i = 0;
        Hedge hedge = Hedge.EXACT;
        Optional<Hedges.At> hedgeAt = Hedges.at(tokens, i);
        if (hedgeAt.isPresent()) {
            hedge = hedgeAt.get().hedge();
            i += hedgeAt.get().used();
        }
        boolean range = false;
        boolean between = false;
        if (i < tokens.size() && (tokens.get(i).equals("between") || tokens.get(i).equals("from"))) {
            between = true;
            i++;
        }
        Parsed<Amount> first = amount(tokens, i, null, trimmed, capitals, true);
        if (first instanceof Parsed.Failed<Amount> failed) {
            return failed.map(a -> null);
        }
        Amount a = first.toOptional().orElseThrow();
        Amount b = null;
        int end = a.end();
        boolean twoSided = false;
        Optional<Bound> after = between || a.suffixHedge() != null ? Optional.empty() : boundAfter(tokens, end);
        if (after.isPresent()) {
            Hedge combined = after.get().with(hedge);
            if (combined == null) {
                String words = String.join(" ", tokens.subList(end, after.get().end()));
                return Parsed.failed(hedge == Hedge.EXACT
                        ? "'" + trimmed + "': '" + words + "' needs a comparison before the number ('less than 5,000 or equal')"
                        : "'" + trimmed + "': '" + words + "' after a number that already has a hedge before it",
                        "keep one bound: 'at least 500' or '500 or more'");
            }
            hedge = combined;
            end = after.get().end();
        } else if (!between && (Hedges.fromBelow(hedge) || Hedges.fromAbove(hedge)) && end + 1 < tokens.size()
                && (tokens.get(end).equals("and") || tokens.get(end).equals("but"))) {
            // "more than 10 and less than 40", "at most 100 and at least 20": two opposite bounds are a range
            Optional<Hedges.At> other = Hedges.at(tokens, end + 1);
            if (other.isPresent() && (Hedges.fromBelow(hedge) ? Hedges.fromAbove(other.get().hedge()) : Hedges.fromBelow(other.get().hedge()))) {
                Parsed<Amount> second = amount(tokens, end + 1 + other.get().used(), a.currency(), trimmed, capitals, false);
                if (second instanceof Parsed.Failed<Amount> failed) {
                    return failed.map(x -> null);
                }
                Amount o = second.toOptional().orElseThrow();
                boolean firstIsLow = Hedges.fromBelow(hedge);
                Parsed<Amount[]> joined = joinRange(firstIsLow ? a : o, firstIsLow ? o : a, trimmed);
                if (joined instanceof Parsed.Failed<Amount[]> failed) {
                    return failed.map(x -> null);
                }
                a = joined.toOptional().orElseThrow()[0];
                b = joined.toOptional().orElseThrow()[1];
                end = o.end();
                range = true;
                twoSided = true;
                hedge = Hedge.EXACT;
            }
        }
        if (twoSided) {
            // the range is read; what follows is checked as what is counted
        } else if (end < tokens.size() && isRangeWord(tokens.get(end), between)) {
            Parsed<Amount> second = amount(tokens, end + 1, a.currency(), trimmed, capitals, false);
            if (second instanceof Parsed.Failed<Amount> failed) {
                return failed.map(x -> null);
            }
            b = second.toOptional().orElseThrow();
            range = true;
            end = b.end();
        } else if (between) {
            return Parsed.failed("cannot read '" + trimmed + "': a range needs both ends ('between 200 and 300', 'from 3 to 5 km')", HINT);
        }
        if (hedge != Hedge.EXACT && a.suffixHedge() != null) {
            // "exceeds USD one billion plus", "nearly 40-odd": two hedges on one number; neither is dropped for the other
            return Parsed.failed("'" + trimmed + "': '" + (a.suffixHedge() == Hedge.AT_LEAST ? "plus" : "odd") + "' after a number that"
                    + " already has a hedge before it", "keep one hedge: 'more than 2 million' or '2 million-plus'");
        }
        if (range && (a.suffixHedge() != null || b.suffixHedge() != null)) {
            // "between 200 and 300 plus": a range's end cannot be open as well; reading it would drop the word
            Hedge open = a.suffixHedge() != null ? a.suffixHedge() : b.suffixHedge();
            return Parsed.failed("'" + trimmed + "': '" + (open == Hedge.AT_LEAST ? "plus" : "odd") + "' on an end of a range leaves"
                    + " the range without that end", "write the range's two ends, or 'more than' and one number");
        }
        if (range) {
            Parsed<Amount[]> joined = joinRange(a, b, trimmed);
            if (joined instanceof Parsed.Failed<Amount[]> failed) {
                return failed.map(x -> null);
            }
            a = joined.toOptional().orElseThrow()[0];
            b = joined.toOptional().orElseThrow()[1];
        }
        List<Amount> parts = new java.util.ArrayList<>(List.of(a));
        if (!range && a.measure() != null) {
            // "7 feet 10 inches", "2 km and 1 metre": one measure in several units, added up
            while (end < tokens.size()) {
                int next = end;
                if (tokens.get(next).equals(",")) {
                    next++;
                }
                if (next < tokens.size() && tokens.get(next).equals("and")) {
                    next++;
                }
                if (next >= tokens.size() || Cardinals.read(tokens, next, false).isEmpty()) {
                    break;
                }
                Parsed<Amount> more = amount(tokens, next, null, trimmed, capitals, false);
                if (!(more instanceof Parsed.Ok<Amount> ok) || ok.value().measure() == null) {
                    break;
                }
                if (!ok.value().measure().dimension().equals(a.measure().dimension())) {
                    return Parsed.failed("'" + trimmed + "': '" + ok.value().measure().symbol() + "' is not the same measure as '"
                            + a.measure().symbol() + "'", "state one measure per claim");
                }
                Measure before = parts.get(parts.size() - 1).measure();
                if (ok.value().measure().factor().compareTo(before.factor()) == 0) {
                    // "4 square kilometers and 4 km squared": a measure is added up from parts in different units ("7 feet
                    // 10 inches", "1 km and 1 mile"); the same unit twice is a list or a correction, and no sum is meant
                    return Parsed.failed("'" + trimmed + "' gives two measures in one unit (" + before.symbol() + "), not one"
                            + " measure in several units", "state one measure per claim");
                }
                parts.add(ok.value());
                end = ok.value().end();
            }
        }
        Amount last = range ? b : parts.get(parts.size() - 1);
        Optional<String> tailProblem = tail(tokens, end, last, capitals);
        if (tailProblem.isPresent()) {
            return Parsed.failed(tailProblem.get(), "write the number whole (250,000, 1.2 million), a proportion as a percentage (20%),"
                    + " and what is counted last");
        }
        if (parts.size() > 1) {
            return Parsed.ok(composite(trimmed, parts, hedge, tolerance));
        }
        return Parsed.ok(range ? rangeValue(trimmed, a, b, hedge, tolerance) : single(trimmed, a, hedge, tolerance));
    }

    /** A unit in brackets after the last number, as tables write it: "20 (kg)", "20 [kg]". */
    private static final java.util.regex.Pattern BRACKETED_UNIT =
            java.util.regex.Pattern.compile("(\\d)\\s*(?:\\(([^()]+)\\)|\\[([^\\[\\]]+)]|\\{([^{}]+)}|<([^<>]+)>)$");

    /** "20 (kg)" as "20 kg", only when the bracketed words are a unit of measure; anything else stays as written, to be refused. */
    private static String unbracketedUnit(String written) {
        java.util.regex.Matcher m = BRACKETED_UNIT.matcher(written);
        if (!m.find()) {
            return written;
        }
        String inner = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
        List<String> unit = Tokens.of(Words.folded(inner.trim()), QuantityParser::known);
        Optional<UnitsOfMeasure.Match> match = unit.isEmpty() ? Optional.empty() : UnitsOfMeasure.at(unit, 0);
        if (match.isEmpty() || match.get().used() != unit.size()) {
            return written;
        }
        return written.substring(0, m.start()) + m.group(1) + " " + inner.trim();
    }

    /** "30 MUSD" as "30 million USD", "MAUD 60" as "AUD 60 million": only where the three letters are an ISO code. */
    private static String millionsOfCode(String written) {
        if (written.indexOf('M') < 0) {
            return written;
        }
        java.util.regex.Matcher first = MILLIONS_OF_CODE_FIRST.matcher(written);
        StringBuilder out = new StringBuilder();
        while (first.find()) {
            first.appendReplacement(out, Currencies.isIsoCode(first.group(1)) ? first.group(1) + " " + first.group(2) + " million" : "$0");
        }
        first.appendTail(out);
        java.util.regex.Matcher after = MILLIONS_OF_CODE.matcher(out.toString());
        StringBuilder done = new StringBuilder();
        while (after.find()) {
            after.appendReplacement(done, Currencies.isIsoCode(after.group(1)) ? "million " + after.group(1) : "$0");
        }
        after.appendTail(done);
        return done.toString();
    }

    /** A bound written after the number ("or more", "and over", "or equal to", "or so"), and where its words end. */
    private record Bound(Hedge onExact, Hedge onMoreThan, Hedge onLessThan, int end) {

        /** The hedge the number has with the words before it, or null when the two cannot go together ("more than 5 or less"). */
        Hedge with(Hedge before) {
            return switch (before) {
                case EXACT -> onExact;
                case MORE_THAN -> onMoreThan;
                case LESS_THAN -> onLessThan;
                default -> null;
            };
        }
    }

    private static final Set<String> MORE_WORDS = Set.of("more", "greater", "above", "over", "higher", "larger", "bigger", "up");
    private static final Set<String> LESS_WORDS = Set.of("less", "fewer", "below", "under", "lower", "smaller");

    /** "500 or more", "18 and over" (at least), "500 or less" (at most), "less than 5,000 or equal to" (at most), "1,000 or so". */
    private static Optional<Bound> boundAfter(List<String> tokens, int at) {
        if (at + 1 >= tokens.size() || !(tokens.get(at).equals("or") || tokens.get(at).equals("and"))) {
            return Optional.empty();
        }
        String word = tokens.get(at + 1);
        int end = at + 2;
        if (end < tokens.size() && (tokens.get(end).equals("than") || tokens.get(end).equals("to"))) {
            end++;
        }
        Optional<Hedges.At> hedge = Hedges.at(tokens, at + 1);
        if (end < tokens.size() && startsNumber(tokens, end) || hedge.isPresent()
                && at + 1 + hedge.get().used() < tokens.size() && startsNumber(tokens, at + 1 + hedge.get().used())) {
            return Optional.empty(); // "and less than 40", "and less than or equal to 40": a second bound, with its own number
        }
        boolean or = tokens.get(at).equals("or");
        if (MORE_WORDS.contains(word)) {
            return Optional.of(new Bound(Hedge.AT_LEAST, null, null, end));
        }
        if (LESS_WORDS.contains(word)) {
            return Optional.of(new Bound(Hedge.AT_MOST, null, null, end));
        }
        if (or && word.equals("equal")) {
            return Optional.of(new Bound(null, Hedge.AT_LEAST, Hedge.AT_MOST, end));
        }
        if (or && word.equals("so")) {
            return Optional.of(new Bound(Hedge.APPROX, null, null, at + 2));
        }
        return Optional.empty();
    }

    /** A number or a fraction ("a half") at {@code i}. */
    private static boolean startsNumber(List<String> tokens, int i) {
        return Cardinals.read(tokens, i, false).isPresent() || Cardinals.fraction(tokens, i).isPresent();
    }

    private static boolean isRangeWord(String token, boolean between) {
        return between ? token.equals("and") || token.equals("to") || token.equals("-")
                : token.equals("-") || token.equals("to") || token.equals("through") || token.equals("thru");
    }

    /** Both ends in one unit and one scale: "3-5 km" is 3 km to 5 km, "2-3 million" 2 million to 3 million. */
    private static Parsed<Amount[]> joinRange(Amount a, Amount b, String written) {
        if (a.hasUnit() && b.hasUnit() && !a.unit().equals(b.unit())) {
            return Parsed.failed("'" + written + "' gives its ends in two units: " + a.unit() + " and " + b.unit(), "give both ends in one unit");
        }
        if (a.measure() != null && !b.hasUnit()) {
            // "44 ml to 50" had read as the count 44..50, the unit dropped; in a sentence the second end's unit may follow
            // ("from 44 ml to 50 mg"), so the first end's unit is not lent to it
            return Parsed.failed("'" + written + "' gives a unit (" + a.measure().symbol() + ") after its first end only",
                    "write the unit after the second end ('3 to 5 km') or after both");
        }
        Amount first = a;
        if (!a.hasUnit() && b.hasUnit()) {
            first = new Amount(a.number(), b.currency(), b.measure(), a.suffixHedge(), a.end());
        }
        Cardinals.Reading n = first.number();
        Cardinals.Reading m = b.number();
        if (n.scale().compareTo(BigDecimal.ONE) == 0 && m.scale().compareTo(BigDecimal.ONE) > 0 && !n.vague()
                && n.value().compareTo(m.mantissa()) <= 0) {
            BigDecimal scaled = n.value().multiply(m.scale());
            n = new Cardinals.Reading(scaled, scaled, scaled, n.value(), m.scale(), false, false, n.used());
            first = new Amount(n, first.currency(), first.measure(), first.suffixHedge(), first.end());
        }
        if (first.number().lower().compareTo(b.number().upper()) > 0) {
            return Parsed.failed("'" + written + "': the range ends below where it starts", "write the smaller end first");
        }
        return Parsed.ok(new Amount[] {first, b});
    }

    private static QuantityValue single(String written, Amount a, Hedge written_hedge, Tolerance tolerance) {
        Cardinals.Reading n = a.number();
        Hedge hedge = a.suffixHedge() != null && written_hedge == Hedge.EXACT ? a.suffixHedge() : written_hedge;
        BigDecimal factor = a.measure() == null ? BigDecimal.ONE : a.measure().factor();
        String measured = a.measure() == null ? null : plain(n.value()) + " " + a.measure().symbol();
        if (n.vague()) {
            BigDecimal lower = n.lower();
            BigDecimal upper = n.upper();
            Hedge shown = hedge == Hedge.EXACT ? Hedge.APPROX : hedge;
            BigDecimal[] bounds = switch (hedge) {
                case MORE_THAN, AT_LEAST, JUST_OVER -> new BigDecimal[] {lower, null};
                case LESS_THAN, AT_MOST, NEARLY -> new BigDecimal[] {BigDecimal.ZERO, upper};
                default -> new BigDecimal[] {lower, upper};
            };
            return new QuantityValue(written, scaled(n.value(), factor), a.unit(), shown, scaled(bounds[0], factor),
                    bounds[1] == null ? null : scaled(bounds[1], factor), measured);
        }
        if (n.approximate() && hedge == Hedge.EXACT) {
            hedge = Hedge.APPROX;
        }
        BigDecimal rounding = Hedges.rounding(n.mantissa(), n.scale());
        if (a.measure() != null) {
            rounding = rounding.max(lastDigit(n.mantissa()).multiply(n.scale()));
        }
        if ("%".equals(a.unit()) && hedge == Hedge.EXACT && n.scale().compareTo(BigDecimal.ONE) == 0) {
            // a percentage is written rounded to its last digit: "34%" is what 33.5% up to 34.5% is written as
            return new QuantityValue(written, n.value(), a.unit(), hedge, Hedges.roundedDown(n.value()), Hedges.roundedUp(n.value()),
                    measured);
        }
        BigDecimal[] bounds = Hedges.bounds(hedge, n.value(), rounding, tolerance);
        return new QuantityValue(written, scaled(n.value(), factor), a.unit(), hedge, scaled(bounds[0], factor),
                bounds[1] == null ? null : scaled(bounds[1], factor), measured);
    }

    /** A measure in several units ("7 feet 10 inches"), as precise as its last part. */
    private static QuantityValue composite(String written, List<Amount> parts, Hedge hedge, Tolerance tolerance) {
        BigDecimal total = BigDecimal.ZERO;
        StringBuilder measured = new StringBuilder();
        for (Amount p : parts) {
            total = total.add(p.number().value().multiply(p.measure().factor()));
            measured.append(measured.length() == 0 ? "" : " ").append(plain(p.number().value())).append(' ').append(p.measure().symbol());
        }
        Amount last = parts.get(parts.size() - 1);
        BigDecimal rounding = lastDigit(last.number().mantissa()).multiply(last.number().scale()).multiply(last.measure().factor());
        BigDecimal[] bounds = Hedges.bounds(hedge, total, rounding, tolerance);
        BigDecimal one = BigDecimal.ONE;
        return new QuantityValue(written, scaled(total, one), last.measure().base(), hedge, scaled(bounds[0], one),
                bounds[1] == null ? null : scaled(bounds[1], one), measured.toString());
    }

    private static QuantityValue rangeValue(String written, Amount a, Amount b, Hedge hedge, Tolerance tolerance) {
        BigDecimal factor = b.measure() == null ? BigDecimal.ONE : b.measure().factor();
        BigDecimal lower = a.number().lower();
        BigDecimal upper = b.number().upper();
        if (hedge == Hedge.APPROX) {
            lower = lower.subtract(lower.multiply(tolerance.fraction()));
            upper = upper.add(upper.multiply(tolerance.fraction()));
        }
        BigDecimal middle = lower.add(upper).divide(BigDecimal.valueOf(2));
        String measured = b.measure() == null ? null
                : plain(a.number().lower()) + ".." + plain(b.number().upper()) + " " + b.measure().symbol();
        return new QuantityValue(written, scaled(middle, factor), b.unit(), Hedge.BETWEEN, scaled(lower, factor),
                scaled(upper, factor), measured);
    }

    /** Half a unit of the last digit written: a measure is as precise as it is written ("27 km" is 26.5 to 27.5 km). */
    private static BigDecimal lastDigit(BigDecimal mantissa) {
        BigDecimal stripped = mantissa.stripTrailingZeros();
        int scale = Math.max(0, stripped.scale());
        return BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
    }

    private static BigDecimal scaled(BigDecimal value, BigDecimal factor) {
        if (factor.compareTo(BigDecimal.ONE) == 0 && value.scale() <= 12) {
            return value;
        }
        BigDecimal product = value.multiply(factor).round(MathContext.DECIMAL64).stripTrailingZeros();
        return product.scale() < 0 ? product.setScale(0, RoundingMode.UNNECESSARY) : product;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** A currency at {@code i}: a sign ("$", "Sh") or a code or name ("KWD", "Kuwaiti dinars"); refusals come back as failures. */
    private static Optional<Currencies.Match> currencyAt(List<String> tokens, int i, Set<String> capitals) {
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        String t = tokens.get(i);
        if (SYMBOLS.containsKey(t)) {
            return Optional.of(new Currencies.Match(SYMBOLS.get(t), null, 1));
        }
        if (Currencies.sign(t).isPresent()) {
            return Optional.of(new Currencies.Match(Currencies.sign(t).get(), null, 1)); // "₦500", "100₾"
        }
        if (t.length() == 4 && t.endsWith("$") && Currencies.isIsoCode(t.substring(0, 3).toUpperCase(java.util.Locale.ROOT))) {
            return Optional.of(new Currencies.Match(t.substring(0, 3).toUpperCase(java.util.Locale.ROOT), null, 1)); // "USD$ 15", "AUD$15"
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).equals("$") && SYMBOLS.containsKey(t + "$")) {
            return Optional.of(new Currencies.Match(SYMBOLS.get(t + "$"), null, 2)); // "C $ 16.4 million", "U.S. $ 150 million"
        }
        return Currencies.at(tokens, i, capitals);
    }

    /**
     * One amount from {@code from}: an optional currency, the number, and its scale, unit or currency after it.
     *
     * @param ordinals whether an ordinal may be the number ("first", "one hundred twenty fifth"): not at a range's second
     *                 end, where "one - fourth" is a fraction, nor in the later parts of a measure
     */
    private static Parsed<Amount> amount(List<String> tokens, int from, String currencyBefore, String written, Set<String> capitals,
            boolean ordinals) {
        int i = from;
        if (i < tokens.size() && tokens.get(i).equals("~")) {
            i++; // "2 - ~7 grams": the approximation of one end of a range is inside the range's own tolerance
        }
        if (i + 1 < tokens.size() && (tokens.get(i).equals("a") || tokens.get(i).equals("an"))
                && currencyAt(tokens, i + 1, capitals).isPresent() && Cardinals.read(tokens, i + 2, true).isPresent()) {
            i++; // "a US$4.7 billion" loan
        }
        String currency = currencyBefore;
        boolean prefixed = false;
        Optional<Currencies.Match> before = currencyAt(tokens, i, capitals);
        if (before.isPresent() && i + before.get().used() < tokens.size()
                && (Cardinals.read(tokens, i + before.get().used(), true).isPresent() || tokens.get(i + before.get().used()).equals("a"))) {
            if (before.get().code() == null) {
                return Parsed.failed("'" + written + "': " + before.get().ambiguity(), "write the ISO code of the currency meant");
            }
            if (currency != null && !currency.equals(before.get().code())) {
                return Parsed.failed("'" + written + "' names two units: " + currency + " and " + before.get().code(), "keep one currency or unit");
            }
            currency = before.get().code();
            prefixed = true;
            i += before.get().used();
        }
        if (i >= tokens.size()) {
            return Parsed.failed("cannot read '" + written + "' as an amount or count: no number", HINT);
        }
        String word = tokens.get(i);
        // a lower-case scale letter is a scale only where money makes it one: after a currency, or glued before a sign ("10k$")
        boolean signAfterScale = i + 2 < tokens.size() && Set.of("k", "m", "b", "bn", "mn").contains(tokens.get(i + 1))
                && SYMBOLS.containsKey(tokens.get(i + 2));
        // "0.5k miles", "2.5m tonnes": before a unit of measure the letter cannot be one ("in" aside: "3 m in length")
        boolean unitAfterScale = i + 2 < tokens.size() && Set.of("k", "m", "b").contains(tokens.get(i + 1))
                && !tokens.get(i + 2).equals("in") && UnitsOfMeasure.at(tokens, i + 2).isPresent();
        Optional<Cardinals.Reading> number = Optional.empty();
        boolean share = false;
        if (currency == null || currency.equals("%")) {
            Optional<Cardinals.Reading> ofScale = Cardinals.fractionOfScale(tokens, i);
            Optional<Cardinals.Fraction> fraction = Cardinals.fraction(tokens, i);
            if (fraction.isEmpty() && ofScale.isEmpty() && (word.equals("a") || word.equals("an"))
                    && Cardinals.fraction(tokens, i + 1).filter(Cardinals.Fraction::proper).isPresent()) {
                i++; // "a two-thirds majority": the article goes with what is counted
                fraction = Cardinals.fraction(tokens, i);
            }
            int unitAfter = fraction.isPresent() ? afterOfAndArticle(tokens, i + fraction.get().used()) : -1;
            if (ofScale.isPresent()) {
                number = ofScale; // "two thirds of a million": the scale says of what, so it is a count
            } else if (fraction.isPresent() && !fraction.get().within() && LETTERS_ONLY.matcher(word).matches()
                    && UnitsOfMeasure.at(tokens, unitAfter).isPresent()) {
                // "seven eighths of a mile", "one-half miles", "three quarters of a litre": a fraction in words of a unit is a
                // measure, as "1/4 mile" and "half a mile" are; the unit says of what, so it is no share
                BigDecimal v = fraction.get().value();
                number = Optional.of(Cardinals.Reading.exact(v, v, BigDecimal.ONE, unitAfter - i));
            } else if (fraction.isPresent() && fraction.get().proper() && !unitAt(tokens, i + fraction.get().used(), capitals)) {
                // "two thirds", "one in five", "a half": a share, compared with percentages (docs/values.md says why)
                BigDecimal percent = fraction.get().value().movePointRight(2).stripTrailingZeros();
                percent = percent.scale() < 0 ? percent.setScale(0, RoundingMode.UNNECESSARY) : percent;
                number = Optional.of(Cardinals.Reading.exact(percent, percent, BigDecimal.ONE, fraction.get().used()));
                share = true;
            } else if (fraction.isPresent() && !fraction.get().within() && !unitAt(tokens, i + fraction.get().used(), capitals)) {
                BigDecimal v = fraction.get().value(); // "twenty-three fifths", "2000 over 3": a number more than one
                number = Optional.of(Cardinals.Reading.exact(v, v, BigDecimal.ONE, fraction.get().used()));
            }
        }
        if (number.isEmpty()) {
            number = Cardinals.read(tokens, i, currency != null || signAfterScale || unitAfterScale);
            Optional<Cardinals.Reading> compoundOrdinal = ordinals && currency == null ? Cardinals.wholeOrdinal(tokens, i) : Optional.empty();
            if (compoundOrdinal.isPresent() && compoundOrdinal.get().used() > 1) {
                number = compoundOrdinal; // "twenty-first", "one hundred twenty fifth": the ordinal takes the whole value
            }
        }
        if (share) {
            return Parsed.ok(new Amount(number.get(), "%", null, null, i + number.get().used()));
        }
        Optional<String> twoWays = currency == null ? Cardinals.twoWays(tokens, i) : Optional.empty();
        if (twoWays.isPresent()) {
            return Parsed.failed("cannot read '" + written + "': " + twoWays.get(),
                    "write the fraction as a share (20%) or the number in digits (26, 2.86)");
        }
        if (number.isEmpty()) {
            Optional<Cardinals.Reading> fraction = Cardinals.fractionOfUnit(tokens, i);
            if (fraction.isPresent() && UnitsOfMeasure.at(tokens, i + fraction.get().used()).isPresent()) {
                number = fraction;
            } else if ((word.equals("a") || word.equals("an")) && i + 1 < tokens.size()
                    && (UnitsOfMeasure.at(tokens, i + 1).isPresent() || currencyAt(tokens, i + 1, capitals).isPresent())) {
                number = Optional.of(new Cardinals.Reading(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                        BigDecimal.ONE, false, false, 1)); // "a kilogram", "a dollar"
            } else if (ordinals && Cardinals.ordinal(tokens, i).isPresent() && i + Cardinals.ordinal(tokens, i).get().used() == tokens.size()) {
                number = Cardinals.ordinal(tokens, i); // "first", "the 3rd", "inaugural"
            }
        }
        if (number.isEmpty()) {
            return Parsed.failed(noNumber(tokens, i, written), HINT);
        }
        i += number.get().used();
        Hedge suffixHedge = null;
        if (i < tokens.size() && (tokens.get(i).equals("plus") || tokens.get(i).equals("+"))) {
            suffixHedge = Hedge.AT_LEAST; // "2 million-plus"
            i++;
        } else if (i < tokens.size() && tokens.get(i).equals("odd")) {
            suffixHedge = Hedge.JUST_OVER; // "40-odd"
            i++;
        }
        Measure measure = null;
        if (i < tokens.size()) {
            String t = tokens.get(i);
            Optional<Currencies.Match> after = currencyAt(tokens, i, capitals);
            Optional<String> percent = longest(PERCENT, tokens, i);
            Optional<UnitsOfMeasure.Match> unit = UnitsOfMeasure.at(tokens, i);
            if (AMBIGUOUS_MONEY.containsKey(t) && !(i + 1 < tokens.size() && tokens.get(i + 1).equals("sterling"))) {
                if (i + 1 < tokens.size() && tokens.get(i + 1).equals("of") && currency == null) {
                    measure = UnitsOfMeasure.at(List.of("lb"), 0).orElseThrow().measure(); // "two pounds of meat"
                    i++;
                } else if (currency != null && prefixed) {
                    i++; // "£10 pounds"
                } else {
                    return Parsed.failed("'" + written + "': '" + t + "' may be money or weight", AMBIGUOUS_MONEY.get(t));
                }
            } else if (unit.isPresent() && (after.isEmpty() || unit.get().used() >= after.get().used())) {
                if (prefixed) {
                    return Parsed.failed("'" + written + "' names two units: " + currency + " and " + unit.get().measure().symbol(),
                            "keep one currency or unit");
                }
                measure = unit.get().measure();
                i += unit.get().used();
            } else if (after.isPresent()) {
                if (after.get().code() == null) {
                    return Parsed.failed("'" + written + "': " + after.get().ambiguity(), "write the ISO code of the currency meant");
                }
                String code = after.get().code();
                if (currency != null && !currency.equals(code)) {
                    return Parsed.failed("'" + written + "' names two units: " + currency + " and " + code, "keep one currency or unit");
                }
                currency = code;
                i += after.get().used();
                Optional<BigDecimal> scale = i < tokens.size() ? Cardinals.scaleWord(tokens.get(i)) : Optional.empty();
                if (scale.isPresent() && number.get().scale().compareTo(BigDecimal.ONE) == 0 && !number.get().vague()) {
                    // "75 USD million": the scale after the code, as financial tables write "USD million"
                    Cardinals.Reading m = number.get();
                    BigDecimal value = m.value().multiply(scale.get());
                    number = Optional.of(Cardinals.Reading.exact(value, m.mantissa(), scale.get(), m.used()));
                    i++;
                }
            } else if (percent.isPresent()) {
                String code = PERCENT.get(percent.get());
                if (currency != null && prefixed) {
                    return Parsed.failed("'" + written + "' names two units: " + currency + " and " + code, "keep one currency or unit");
                }
                if (percent.get().equals("points")) {
                    return Parsed.failed("'" + written + "': 'points' alone may be percentage points or a score",
                            "write 'percentage points' or put the score in the property");
                }
                currency = code;
                i += percent.get().split(" ").length;
            } else if (t.equals("in") && i + 1 == tokens.size() || t.equals("''") || t.equals("\"")) {
                measure = UnitsOfMeasure.at(List.of("inches"), 0).orElseThrow().measure(); // "5 in", 5'', 5"
                i++;
            } else if (t.equals("'") || t.equals("\u2032")) {
                measure = UnitsOfMeasure.at(List.of("feet"), 0).orElseThrow().measure(); // 7'
                i++;
            } else if (UnitsOfMeasure.AMBIGUOUS.containsKey(t) && !(t.equals("in") && i + 1 < tokens.size())) {
                String why = UnitsOfMeasure.AMBIGUOUS.get(t);
                int colon = why.indexOf(": ");
                return Parsed.failed("'" + written + "': '" + t + "' after the number is ambiguous"
                        + (colon < 0 ? "" : ": " + why.substring(0, colon)), colon < 0 ? why : why.substring(colon + 2));
            }
        }
        Cardinals.Reading n = number.get();
        if (currency != null && !currency.equals("%") && !currency.equals("pp") && !n.vague() && n.scale().compareTo(BigDecimal.ONE) == 0
                && n.value().stripTrailingZeros().scale() <= 0) {
            // "$20 and 43c", "20 dollars 43 cents", "US$3 and fourteen": the hundredths after the whole amount
            int k = i < tokens.size() && tokens.get(i).equals("and") ? i + 1 : i;
            Optional<Cardinals.Reading> cents = Cardinals.read(tokens, k, false);
            if (cents.isPresent() && !cents.get().vague() && cents.get().value().compareTo(BigDecimal.valueOf(100)) < 0
                    && cents.get().value().stripTrailingZeros().scale() <= 0) {
                int e = k + cents.get().used();
                if (e < tokens.size() && SUBUNITS.contains(tokens.get(e))) {
                    e++;
                }
                if (e == tokens.size()) {
                    BigDecimal total = n.value().add(cents.get().value().movePointLeft(2));
                    n = Cardinals.Reading.exact(total, total, BigDecimal.ONE, n.used());
                    i = e;
                }
            }
        }
        return Parsed.ok(new Amount(n, currency, measure, suffixHedge, i));
    }

    /** Where a unit would stand after {@code at}, past an "of" and an article ("eighths of a mile"). */
    private static int afterOfAndArticle(List<String> tokens, int at) {
        int i = at < tokens.size() && tokens.get(at).equals("of") ? at + 1 : at;
        return i < tokens.size() && (tokens.get(i).equals("a") || tokens.get(i).equals("an")) ? i + 1 : i;
    }

    private static final java.util.regex.Pattern LETTERS_ONLY = java.util.regex.Pattern.compile("[a-z]+");

    /** Whether a unit, a currency or a percent sign is at {@code i}: "1/4 mile" and "½ teaspoon" are measures, not shares. */
    private static boolean unitAt(List<String> tokens, int at, Set<String> capitals) {
        int i = at < tokens.size() && tokens.get(at).equals("of") ? at + 1 : at;
        if (i < tokens.size() && (tokens.get(i).equals("a") || tokens.get(i).equals("an"))) {
            i++; // "half a litre", "a quarter of an acre"
        }
        return i < tokens.size() && (UnitsOfMeasure.at(tokens, i).isPresent() || currencyAt(tokens, i, capitals).isPresent()
                || longest(PERCENT, tokens, i).isPresent() || UnitsOfMeasure.AMBIGUOUS.containsKey(tokens.get(i))
                || AMBIGUOUS_MONEY.containsKey(tokens.get(i)));
    }

    /** Why no number starts at {@code i}: a word that says "many" without a number, or an unknown word, named. */
    private static String noNumber(List<String> tokens, int i, String written) {
        int at = tokens.get(i).equals("a") && i + 1 < tokens.size() ? i + 1 : i;
        String word = tokens.get(at);
        if (Cardinals.NO_NUMBER.contains(word)) {
            return "cannot read '" + written + "' as an amount or count: '" + word + "' gives no number";
        }
        for (int k = i; k < tokens.size(); k++) {
            if (FRACTIONS.contains(tokens.get(k))) {
                return "cannot read '" + written + "' as an amount or count: '" + tokens.get(k)
                        + "' makes it a fraction crosscheck cannot read here (write a share as 'two thirds', 'one in five' or 20%)";
            }
        }
        for (int k = i; k < tokens.size(); k++) {
            if (!known(tokens.get(k)) && !Hedges.isHedgeWord(tokens.get(k)) && !GLUE.contains(tokens.get(k))) {
                word = tokens.get(k); // name the word crosscheck does not know, not the hedge before it
                break;
            }
        }
        return "cannot read '" + written + "' as an amount or count: '" + word + "' is not a number crosscheck knows";
    }

    /** The longest key of {@code table} spelled by the tokens at {@code from}. */
    private static Optional<String> longest(Map<String, String> table, List<String> tokens, int from) {
        for (int n = Math.min(3, tokens.size() - from); n >= 1; n--) {
            String phrase = String.join(" ", tokens.subList(from, from + n));
            if (table.containsKey(phrase)) {
                return Optional.of(phrase);
            }
        }
        return Optional.empty();
    }

    /**
     * Why the words after the amount cannot be what is counted, or empty when they can. They are not
     * read, so none of them may be a word that would change the value if it were.
     */
    private static Optional<String> tail(List<String> tokens, int from, Amount last, Set<String> capitals) {
        if (from >= tokens.size()) {
            return Optional.empty();
        }
        String all = String.join(" ", tokens.subList(from, tokens.size()));
        String first = tokens.get(from);
        boolean measured = last.hasUnit();
        boolean afterDozen = from > 0 && (tokens.get(from - 1).equals("dozen") || tokens.get(from - 1).equals("dozens"));
        if (NOT_COUNTED.contains(first) && !(first.equals("of") && (measured || last.number().vague() || afterDozen))) {
            return Optional.of("cannot read '" + all + "' after the number as what is counted: '" + first
                    + "' after the number changes it");
        }
        for (int i = from; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (i == from && DurationParser.isUnitWord(t.replaceAll("['’]s?$", "")) && !t.startsWith("quarter")) {
                // "one billion years", "16 hours", "six weeks' time": a length of time the duration reader refused is no count
                return Optional.of("cannot read '" + all + "' after the number as what is counted: '" + t
                        + "' is a unit of time (lengths of time are read as durations, in whole days)");
            }
            if (i == from && NOT_READ_AFTER_NUMBER.containsKey(t) || NOT_READ_AFTER_NUMBER.containsKey(t) && t.startsWith("dime")) {
                return Optional.of("cannot read '" + all + "' after the number as what is counted: '" + t + "' "
                        + NOT_READ_AFTER_NUMBER.get(t));
            }
            if (NO_ISO_MONEY.contains(t)) {
                return Optional.of("'" + t + "' names money with no ISO 4217 code, which crosscheck does not compare");
            }
            String head = t.indexOf('-') > 0 ? t.substring(0, t.indexOf('-')) : t;
            boolean changes = Cardinals.isNumberWord(t) && !t.equals("second") || Currencies.isMoneyWord(t, capitals)
                    || t.equals("plus") || t.equals("+") // "27 km plus": at least, or more to add; either way not what is counted
                    || SYMBOLS.containsKey(t) || SUBUNITS.contains(t) || PERCENT.containsKey(t) && !t.equals("points")
                    || UnitsOfMeasure.isUnitWord(t) && !t.equals("in") || AMBIGUOUS_MONEY.containsKey(t) || Hedges.isHedgeWord(t)
                    || CHANGING.contains(t)
                    || head.length() > 1 && Cardinals.isNumberWord(head) && !isOrdinalWord(head);
            if (changes) {
                return Optional.of("cannot read '" + all + "' after the number as what is counted: '" + t
                        + "' after the number changes it");
            }
            if (i == from && ABBREVIATION.matcher(t).matches() && !capitals.contains(t)
                    && !(t.endsWith("s") && capitals.contains(t.substring(0, t.length() - 1)))) {
                return Optional.of("cannot read '" + all + "' after the number as what is counted: '" + t
                        + "' is an abbreviation crosscheck does not know (a unit or a scale?)");
            }
            if (!WORD.matcher(t).matches()) {
                return Optional.of("cannot read '" + all + "' after the number as what is counted: '" + t + "' is not a word");
            }
        }
        return Optional.empty();
    }

    private static boolean isOrdinalWord(String word) {
        return Set.of("first", "second", "third", "fourth", "fifth").contains(word);
    }

    /**
     * Whether {@code word} (lower case), right after a number, would be read as part of the value or refused for it, rather
     * than taken for what is counted: a number, scale, unit, currency, percent or fraction word, an ambiguous unit
     * ("pounds", "m", "tons"), a word this reader refuses there ("dimes", "Ma"), or an abbreviation with no vowel ("t", "pm").
     * The value finder uses it so that it never reads the number alone when the reader refused it with this word.
     */
    public static boolean changesAfterNumber(String word) {
        return known(word) || UnitsOfMeasure.AMBIGUOUS.containsKey(word) || AMBIGUOUS_MONEY.containsKey(word)
                || NOT_READ_AFTER_NUMBER.containsKey(word) || NO_ISO_MONEY.contains(word) || FRACTIONS.contains(word)
                || PERCENT.containsKey(word) || word.startsWith("percentage") || SYMBOLS.containsKey(word) || SUBUNITS.contains(word)
                || ABBREVIATION.matcher(word).matches() || word.chars().anyMatch(Character::isDigit);
    }

    /** Words a hyphen may be opened between: number words, scales, units, currencies, durations, "plus", "odd". */
    static boolean known(String word) {
        return Cardinals.isNumberWord(word) || UnitsOfMeasure.isUnitWord(word) || SYMBOLS.containsKey(word)
                || Currencies.isMoneyWord(word, Set.of()) || word.equals("plus") || word.equals("odd") || DurationParser.isUnitWord(word)
                || word.equals("k") || word.equals("m") || word.equals("b");
    }
}
