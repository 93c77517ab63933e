package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.FoundValue;
import org.crosscheck.extract.ValueFinder;
import org.crosscheck.model.DurationValue;
import org.crosscheck.model.Hedge;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.model.Value;
import org.crosscheck.normalize.DucklingCorpusTest.Outcome;
import org.crosscheck.values.Currencies;
import org.junit.jupiter.api.Test;

/**
 * Measures the value readers on a third public suite, nielstron/quantulum3's English test cases (MIT licence), in
 * src/test/resources/quantulum3/quantities.tsv, which names its source files and commit. Each result is judged twice:
 * its phrase through the readers {@code normalize} uses for a claim's value, and its sentence through extraction's
 * {@link ValueFinder}, which reads an editor's pasted article. The rules of scope and judgement were written in
 * docs/values.md before the first run, and the amounts are judged with {@link DucklingCorpusTest}'s code. No wrong
 * reading is allowed beyond {@link #WRONG_ALLOWED}; the share read correctly must stay at each floor.
 */
class QuantulumCorpusTest {

    /** How a quantulum unit is judged: crosscheck's dimension, its comparison unit and how many of it one quantulum unit is. */
    private record Unit(String dimension, String unit, BigDecimal factor) {
        Unit(String dimension, String unit, String factor) {
            this(dimension, unit, new BigDecimal(factor));
        }
    }

    private static final String NUMBER = "number";
    private static final String DURATION = "duration (a day or longer)";
    private static final MathContext DIGITS = MathContext.DECIMAL64;
    /** One electronvolt in watt hours, from its definition (1.602176634e-19 J) and 3,600 J to the watt hour. */
    private static final BigDecimal ELECTRONVOLT = new BigDecimal("1.602176634E-19").divide(new BigDecimal("3600"), DIGITS);

    /** Factors from the units' definitions (international mile, inch and pound, US gallon, cup and tablespoon, IT BTU). */
    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("dimensionless", new Unit(NUMBER, "", "1")), Map.entry("dozen", new Unit(NUMBER, "", "12")),
            Map.entry("baker's dozen", new Unit(NUMBER, "", "13")), Map.entry("gross", new Unit(NUMBER, "", "144")),
            Map.entry("percentage", new Unit("percent", "%", "1")),
            Map.entry("dollar", new Unit("money", "USD", "1")), Map.entry("pound sterling", new Unit("money", "GBP", "1")),
            Map.entry("euro", new Unit("money", "EUR", "1")), Map.entry("cent", new Unit("money", Currencies.CENTS, "1")),
            Map.entry("penny", new Unit("money", Currencies.CENTS, "1")), Map.entry("dime", new Unit("money", Currencies.CENTS, "10")),
            Map.entry("metre", new Unit("length", "m", "1")), Map.entry("kilometre", new Unit("length", "m", "1000")),
            Map.entry("mile", new Unit("length", "m", "1609.344")), Map.entry("inch", new Unit("length", "m", "0.0254")),
            Map.entry("nanometre", new Unit("length", "m", "1E-9")), Map.entry("picometre", new Unit("length", "m", "1E-12")),
            Map.entry("attometre", new Unit("length", "m", "1E-18")),
            Map.entry("square kilometre", new Unit("area", "m²", "1E6")),
            Map.entry("square mile", new Unit("area", "m²", "2589988.110336")),
            Map.entry("milligram", new Unit("mass", "kg", "1E-6")), Map.entry("kilogram", new Unit("mass", "kg", "1")),
            Map.entry("pound-mass", new Unit("mass", "kg", "0.45359237")), Map.entry("tonne", new Unit("mass", "kg", "1000")),
            Map.entry("cubic kilometre", new Unit("volume", "L", "1E12")), Map.entry("cubic centimetre", new Unit("volume", "L", "0.001")),
            Map.entry("litre", new Unit("volume", "L", "1")), Map.entry("centilitre", new Unit("volume", "L", "0.01")),
            Map.entry("gallon", new Unit("volume", "L", "3.785411784")), Map.entry("cup", new Unit("volume", "L", "0.2365882365")),
            Map.entry("tablespoon", new Unit("volume", "L", "0.01478676478125")),
            Map.entry("watt hour", new Unit("energy and power", "Wh", "1")),
            Map.entry("megawatt hour", new Unit("energy and power", "Wh", "1E6")),
            Map.entry("electronvolt", new Unit("energy and power", "Wh", ELECTRONVOLT)),
            Map.entry("teraelectronvolt", new Unit("energy and power", "Wh", ELECTRONVOLT.scaleByPowerOfTen(12))),
            Map.entry("british thermal unit", new Unit("energy and power", "Wh",
                    new BigDecimal("1055.05585262").divide(new BigDecimal("3600"), DIGITS))),
            Map.entry("watt", new Unit("energy and power", "W", "1")),
            Map.entry("kilometre per hour", new Unit("speed", "km/h", "1")),
            // lengths of time: the unit DucklingCorpusTest.duration counts in, and how many of it one quantulum unit is
            Map.entry("day", new Unit(DURATION, "Day", "1")), Map.entry("week", new Unit(DURATION, "Week", "1")),
            Map.entry("month", new Unit(DURATION, "Month", "1")), Map.entry("year", new Unit(DURATION, "Year", "1")),
            Map.entry("megayear", new Unit(DURATION, "Year", "1E6")), Map.entry("gigayear", new Unit(DURATION, "Year", "1E9")));

    /**
     * Units outside what crosscheck states as a fact's value, by rule (docs/values.md): temperatures, rates (a unit per
     * another), information, frequency, radiation dose, angles, lengths of time under a day and units of physics.
     */
    private static final Set<String> OUT_OF_SCOPE_UNITS = Set.of("degree Celsius", "degree fahrenheit", "degree Fahrenheit", "kelvin",
            "watt per minute", "dollar per hour", "dollar per kilogram", "ton per day", "litre per kilometre", "kilometre per square second",
            "kilogram per cubic centimetre", "joule per square metre per year", "count per week", "kilobit per second",
            "bit", "byte", "kibibyte", "megabyte", "exabyte", "gigahertz", "inverse second", "gray", "milligray",
            "minute of arc", "second of arc", "minute", "hour", "barn", "inverse femtobarn", "joule second", "candela second");

    /** Expectations a careful reader does not share, decided before the first run; never counted as correct. */
    static final Map<String, String> DISPUTED = Map.of(
            "a million and a half", "quantulum expects 1,000,000.5 (a million and one half); a reader means one and a half million,"
                    + " as quantulum's own 'one and a half million' (1,500,000) and 'two and a half million' read");

    /**
     * Wrong readings allowed: none. The blind run's 44 (8 phrases, 36 sentences) were listed here in the commit that added
     * the suite, and mended in the next (docs/values.md lists them). The test fails on any wrong reading not listed.
     */
    static final Map<String, Integer> WRONG_ALLOWED = Map.of();

    /** The share each dimension must keep; 90 is the goal, and a lower floor is the share measured, stated in docs/values.md. */
    static final Map<String, Double> FLOORS = Map.of("money", 84.6, "length", 86.9, "mass", 68.7, "duration (a day or longer)", 61.5);

    private static final Pattern SCIENTIFIC = Pattern.compile("\\d\\s*(?:[eE][-+−]?\\d|[x×]\\s*10)");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    private final ValueFinder finder = new ValueFinder(null);

    record Result(String file, String phrase, String expected, String sentence, String dimension) {
    }

    record Judged(Result result, Outcome phrase, String phraseReading, Outcome sentence, String sentenceReading) {
    }

    @Test
    void readsQuantulumsEnglishCasesWithoutAWrongReading() throws IOException {
        List<Result> results = new ArrayList<>();
        for (String[] cols : CorpusTsv.rows("/quantulum3/quantities.tsv")) {
            results.add(new Result(cols[0], cols[1], cols[2], cols[3], dimension(cols[2])));
        }
        List<Judged> rows = results.stream().map(r -> judge(r, results)).toList();
        assertThat(rows).hasSizeGreaterThan(100);

        Map<String, List<Judged>> byDimension = new LinkedHashMap<>();
        for (String d : List.of(NUMBER, "percent", "money", "length", "area", "mass", "volume", "energy and power", "speed", DURATION)) {
            byDimension.put(d, new ArrayList<>());
        }
        Map<String, Integer> outside = new TreeMap<>();
        for (Judged j : rows) {
            if (j.result().dimension() == null) {
                outside.merge(j.result().expected().substring(0, j.result().expected().lastIndexOf(':')), 1, Integer::sum);
            } else {
                byDimension.get(j.result().dimension()).add(j);
            }
        }
        String table = table(byDimension, outside);
        String details = details(byDimension);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/quantulum-table.md"), table + details, StandardCharsets.UTF_8);
        System.out.println(table + details);
        Path published = Path.of("docs/values.md");
        if (Files.exists(published)) {
            String doc = Files.readString(published, StandardCharsets.UTF_8);
            assertThat(doc).as("docs/values.md's quantulum3 table").contains(table.strip());
            assertThat(doc).as("docs/values.md's quantulum3 rows").contains(details.strip());
        }

        Map<String, Integer> wrong = new TreeMap<>();
        for (Judged j : rows) {
            if (j.phrase() == Outcome.WRONG) {
                wrong.merge("phrase " + j.result().phrase(), 1, Integer::sum);
            }
            if (j.sentence() == Outcome.WRONG) {
                wrong.merge("sentence " + j.result().phrase(), 1, Integer::sum);
            }
        }
        assertThat(wrong).as("wrong readings (phrase or sentence)").isEqualTo(new TreeMap<>(WRONG_ALLOWED));
        for (var e : byDimension.entrySet()) {
            long inScope = e.getValue().stream().filter(j -> j.phrase() != Outcome.OUT_OF_SCOPE).count();
            if (inScope > 0) {
                long ok = e.getValue().stream().filter(j -> j.phrase() == Outcome.CORRECT).count();
                assertThat(100.0 * ok / inScope).as("share of phrases read correctly in " + e.getKey())
                        .isGreaterThanOrEqualTo(FLOORS.getOrDefault(e.getKey(), 90.0));
            }
        }
    }

    /** The dimension a result is judged in, or null when its unit is out of scope; every unit must be one or the other. */
    private static String dimension(String expected) {
        String unit = expected.substring(0, expected.lastIndexOf(':'));
        assertThat(UNITS.containsKey(unit) || OUT_OF_SCOPE_UNITS.contains(unit)).as("quantulum unit '%s' has a rule", unit).isTrue();
        return UNITS.containsKey(unit) ? UNITS.get(unit).dimension() : null;
    }

    /**
     * Out of scope by rule, besides the units: negative values (an amount is a size), scientific notation, and a year
     * ("in 1979", "the 1960s"), which quantulum counts and crosscheck reads as a date.
     */
    private static String outOfScope(Result r) {
        if (r.dimension() == null) {
            return "a unit crosscheck does not compare";
        }
        String value = r.expected().substring(r.expected().lastIndexOf(':') + 1);
        if (value.startsWith("-")) {
            return "a negative value";
        }
        if (SCIENTIFIC.matcher(r.phrase()).find()) {
            return "scientific notation";
        }
        if (r.dimension().equals(NUMBER) && YEAR.matcher(r.phrase()).matches()) {
            return "a year";
        }
        return null;
    }

    private Judged judge(Result r, List<Result> all) {
        if (outOfScope(r) != null) {
            return new Judged(r, Outcome.OUT_OF_SCOPE, outOfScope(r), Outcome.OUT_OF_SCOPE, outOfScope(r));
        }
        Unit unit = UNITS.get(r.expected().substring(0, r.expected().lastIndexOf(':')));
        String value = r.expected().substring(r.expected().lastIndexOf(':') + 1);
        // the unit written outside the phrase ("45" of "45 and 50 mg"): only the sentence says it
        boolean unitOutside = !unit.unit().isEmpty() && r.phrase().matches("[\\d.,]+");
        Outcome phrase;
        String phraseReading;
        if (unitOutside) {
            phrase = Outcome.OUT_OF_SCOPE;
            phraseReading = "the unit is written outside the phrase";
        } else {
            Parsed<? extends Value> parsed = unit.dimension().equals(DURATION) ? DurationParser.parse(r.phrase()) : QuantityParser.parse(r.phrase());
            if (parsed instanceof Parsed.Failed<? extends Value> f) {
                phrase = Outcome.REFUSED;
                phraseReading = f.message();
            } else {
                Value v = parsed.toOptional().orElseThrow();
                phrase = agrees(v, unit, value) ? Outcome.CORRECT : Outcome.WRONG;
                phraseReading = reading(v);
            }
        }
        Outcome sentence;
        String sentenceReading;
        List<FoundValue> over = overlapping(r);
        if (over.isEmpty()) {
            sentence = Outcome.REFUSED;
            sentenceReading = "not found" + (phrase == Outcome.REFUSED ? ": " + phraseReading : "");
        } else if (over.size() > 1) {
            sentence = Outcome.WRONG;
            sentenceReading = "split into " + over.stream().map(f -> "'" + f.written() + "'").toList();
        } else {
            Value v = over.get(0).value();
            sentence = agrees(v, unit, value) || hedgedBefore(over.get(0), r, unit, value) ? Outcome.CORRECT : Outcome.WRONG;
            sentenceReading = "'" + v.asWritten() + "' " + reading(v);
            if (sentence == Outcome.WRONG && holdsAnotherResult(over.get(0), r, all)) {
                // "3 years, 2 months, 14 days": a reader reads one length in several units, quantulum one result per unit
                sentence = Outcome.DISPUTED;
                sentenceReading += "; read as one value with another of quantulum's results in the sentence, which it lists apart";
            }
        }
        if (DISPUTED.containsKey(r.phrase())) {
            if (phrase != Outcome.CORRECT) {
                phrase = Outcome.DISPUTED;
                phraseReading += "; " + DISPUTED.get(r.phrase());
            }
            if (sentence != Outcome.CORRECT) {
                sentence = Outcome.DISPUTED;
                sentenceReading += "; " + DISPUTED.get(r.phrase());
            }
        }
        return new Judged(r, phrase, phraseReading, sentence, sentenceReading);
    }

    /**
     * Whether the finder read, over the phrase, the hedge the sentence writes before it ("up to 4,000 km"), which quantulum
     * leaves out of its surface and value: the number and unit must still be quantulum's. Added after the blind run, which
     * counted "up to 4,000 km" as a wrong reading of "4,000 km" (docs/values.md says so).
     */
    private static boolean hedgedBefore(FoundValue found, Result r, Unit unit, String value) {
        return found.value() instanceof QuantityValue q && found.written().endsWith(r.phrase()) && !found.written().equals(r.phrase())
                && !value.contains("..") && unit.unit().equals(q.unit()) && q.hedge() != Hedge.BETWEEN
                && DucklingCorpusTest.same(q.amount(), new BigDecimal(value).multiply(unit.factor()));
    }

    /** Whether the value found also covers another result quantulum lists in the same sentence. */
    private static boolean holdsAnotherResult(FoundValue found, Result r, List<Result> all) {
        String written = found.written();
        return all.stream().anyMatch(o -> o != r && o.sentence().equals(r.sentence()) && !r.phrase().contains(o.phrase())
                && written.contains(o.phrase()));
    }

    /** The finder's values over the phrase where the sentence first writes it as a whole word. */
    private List<FoundValue> overlapping(Result r) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(r.phrase()) + "(?![\\p{L}\\p{N}])").matcher(r.sentence());
        assertThat(m.find()).as("'%s' in its sentence '%s'", r.phrase(), r.sentence()).isTrue();
        int start = m.start();
        int end = m.end();
        return finder.find(r.sentence()).stream().filter(f -> f.start() < end && start < f.end()).toList();
    }

    private static boolean agrees(Value v, Unit unit, String value) {
        if (unit.dimension().equals(DURATION)) {
            if (!(v instanceof DurationValue)) {
                return false;
            }
            BigDecimal count = new BigDecimal(value).multiply(unit.factor());
            return durationRow(unit.unit() + ":" + count.toPlainString(), (DurationValue) v) == Outcome.CORRECT;
        }
        if (!(v instanceof QuantityValue q)) {
            return false;
        }
        if (unit.dimension().equals(NUMBER) && !value.contains("..")) {
            BigDecimal want = new BigDecimal(value).multiply(unit.factor());
            return q.unit().isEmpty() && (DucklingCorpusTest.same(q.amount(), want) && q.hedge() != Hedge.BETWEEN
                    || q.hedge() == Hedge.APPROX && q.lower().compareTo(want) <= 0 && q.upper() != null && q.upper().compareTo(want) >= 0)
                    || DucklingCorpusTest.isShareOf(q, want);
        }
        return unit.unit().equals(q.unit()) && DucklingCorpusTest.amountAgrees(q, value, unit.factor());
    }

    /** DucklingCorpusTest.duration's judgement, on a length already read. */
    private static Outcome durationRow(String expected, DurationValue d) {
        String[] parts = expected.split(":", 2);
        double days = switch (parts[0]) {
            case "Day" -> 1;
            case "Week" -> 7;
            case "Month" -> 30.436875;
            default -> 365.2425;
        };
        double want = new BigDecimal(parts[1]).doubleValue() * days;
        return d.minDays() <= want && want <= d.maxDays() && d.hedge() != Hedge.BETWEEN ? Outcome.CORRECT : Outcome.WRONG;
    }

    private static String reading(Value v) {
        if (v instanceof QuantityValue q) {
            return q.normalized() + " [" + q.bounds() + (q.unit().isEmpty() ? "" : " " + q.unit()) + "]";
        }
        if (v instanceof DurationValue d) {
            return d.normalized() + " [" + d.minDays() + ".." + d.maxDays() + " days]";
        }
        return v.kind().label() + " " + v.normalized();
    }

    private static String table(Map<String, List<Judged>> byDimension, Map<String, Integer> outside) {
        StringBuilder t = new StringBuilder("| dimension | results | out of scope | phrase: in scope | phrase: read correctly | phrase: refused"
                + " | phrase: read wrongly | phrase: disputed | sentence: in scope | sentence: found and read correctly | sentence: not found"
                + " | sentence: read wrongly | sentence: disputed |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var e : byDimension.entrySet()) {
            List<Judged> rows = e.getValue();
            long phraseIn = rows.stream().filter(j -> j.phrase() != Outcome.OUT_OF_SCOPE).count();
            long sentenceIn = rows.stream().filter(j -> j.sentence() != Outcome.OUT_OF_SCOPE).count();
            long phraseOk = rows.stream().filter(j -> j.phrase() == Outcome.CORRECT).count();
            long sentenceOk = rows.stream().filter(j -> j.sentence() == Outcome.CORRECT).count();
            t.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %d | %d | %d | %d | %s | %d | %d | %d |%n", e.getKey(), rows.size(),
                    rows.stream().filter(j -> j.phrase() == Outcome.OUT_OF_SCOPE && j.sentence() == Outcome.OUT_OF_SCOPE).count(),
                    phraseIn, share(phraseOk, phraseIn), count(rows, true, Outcome.REFUSED), count(rows, true, Outcome.WRONG),
                    count(rows, true, Outcome.DISPUTED), sentenceIn, share(sentenceOk, sentenceIn), count(rows, false, Outcome.REFUSED),
                    count(rows, false, Outcome.WRONG), count(rows, false, Outcome.DISPUTED)));
        }
        t.append("\nResults in units crosscheck does not compare (out of scope): ")
                .append(outside.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("none"))
                .append(".\n");
        return t.toString();
    }

    private static String share(long ok, long inScope) {
        return inScope == 0 ? "0" : String.format(Locale.ROOT, "%d (%.1f%%)", ok, 100.0 * ok / inScope);
    }

    private static long count(List<Judged> rows, boolean phrase, Outcome outcome) {
        return rows.stream().filter(j -> (phrase ? j.phrase() : j.sentence()) == outcome).count();
    }

    private static String details(Map<String, List<Judged>> byDimension) {
        StringBuilder d = new StringBuilder();
        for (var e : byDimension.entrySet()) {
            d.append("\n### quantulum3 ").append(e.getKey()).append(": refused, wrong and disputed\n\n");
            for (Judged j : e.getValue()) {
                if (j.phrase() != Outcome.CORRECT && j.phrase() != Outcome.OUT_OF_SCOPE) {
                    d.append("- phrase ").append(j.phrase()).append(" `").append(j.result().phrase()).append("` (quantulum: ")
                            .append(j.result().expected()).append("): ").append(j.phraseReading()).append('\n');
                }
                if (j.sentence() != Outcome.CORRECT && j.sentence() != Outcome.OUT_OF_SCOPE) {
                    d.append("- sentence ").append(j.sentence()).append(" `").append(j.result().phrase()).append("` (quantulum: ")
                            .append(j.result().expected()).append(") in \"").append(j.result().sentence()).append("\": ")
                            .append(j.sentenceReading()).append('\n');
                }
            }
        }
        return d.toString();
    }
}
