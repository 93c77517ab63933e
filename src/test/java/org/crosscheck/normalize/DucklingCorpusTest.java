package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.DatePrecision;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.DurationValue;
import org.crosscheck.model.Hedge;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.values.Currencies;
import org.junit.jupiter.api.Test;

/**
 * Measures the value readers against Duckling's English test corpora (facebook/duckling, BSD licence):
 * per dimension, how many phrases are read correctly, refused with a message, or read wrongly. The
 * phrases and expected values are in src/test/resources/duckling/*.tsv, each naming its source file.
 * No wrong reading is allowed anywhere; the share read correctly must stay at or above each
 * dimension's floor (docs/values.md publishes the table this test prints to target/duckling-table.md).
 */
class DucklingCorpusTest {

    static final String WEEKDAY = "Duckling moves the date to 2014, where 18 July is a Friday; crosscheck keeps the year of publication"
            + " and keeps the weekday, so that TIME-WEEKDAY-MISMATCH reports the two disagreeing instead of a year being guessed";

    static final String TEN_DAYS = "Duckling's interval ends on 28 December, eleven days counting the 18th; a reader counts ten days,"
            + " 18 to 27 December, which crosscheck reads";

    enum Outcome { CORRECT, REFUSED, WRONG, OUT_OF_SCOPE, DISPUTED, WIDER }

    /**
     * Duckling expectations a careful reader does not share, each with the reason; reported in their own
     * column, never counted as correct.
     */
    static final Map<String, String> DISPUTED = Map.of(
            "30 l", "Duckling's Numeral corpus reads 'l' as lakh, its Volume corpus ('2l', 'from 2 to 7 l') as litres; crosscheck reads litres",
            "7-9 lakh rupees", "Duckling expects 7 to 900,000 rupees; a reader means 700,000 to 900,000, which crosscheck reads",
            "Fri, Jul 18", WEEKDAY, "Jul 18, Fri", WEEKDAY,
            "for 10 days from 18th Dec", TEN_DAYS, "from 18th Dec for 10 days", TEN_DAYS, "18th Dec for 10 days", TEN_DAYS);

    record Row(String phrase, String expected, Outcome outcome, String reading) {
    }

    static final String FORWARD = "Duckling resolves a date without a year or week forward from its reference time, as an assistant"
            + " plans; crosscheck resolves it to the nearest one around publication (a weekday) or in the year of publication, as news reports it";
    static final String SEASONS = "Duckling's seasons are astronomical (21 June to 23 September); crosscheck's are meteorological"
            + " (June to August), as documented";

    /** The anchor Duckling's Time corpus is resolved against (its testContext): Tuesday 12 February 2013. */
    private static final DateValue ANCHOR = DateParser.parse("2013-02-12", null).toOptional().orElseThrow();

    /** Duckling's unit names, as a crosscheck unit word the factor to the comparison unit is taken from. */
    private static final Map<String, String> UNIT_WORDS = Map.ofEntries(
            Map.entry("Kilometre", "km"), Map.entry("Mile", "miles"), Map.entry("Centimetre", "cm"), Map.entry("Inch", "inches"),
            Map.entry("Metre", "metres"), Map.entry("Foot", "feet"), Map.entry("Millimetre", "mm"), Map.entry("Yard", "yards"),
            Map.entry("Gram", "grams"), Map.entry("Pound", "lb"), Map.entry("Ounce", "ounces"), Map.entry("Cup", "cups"),
            Map.entry("Litre", "litres"), Map.entry("Millilitre", "ml"), Map.entry("Gallon", "gallons"), Map.entry("Hectolitre", "hectolitres"));
    /**
     * Duckling's currencies as crosscheck's units; "Dollar" ($) is read as USD and "Pound" (£) as GBP, as crosscheck
     * documents; Duckling's currencies of no stated country ("Dinar", "Cent") are crosscheck's too.
     */
    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("Dollar", "USD"), Map.entry("USD", "USD"), Map.entry("EUR", "EUR"), Map.entry("Pound", "GBP"),
            Map.entry("GBP", "GBP"), Map.entry("INR", "INR"), Map.entry("CAD", "CAD"), Map.entry("CHF", "CHF"),
            Map.entry("CNY", "CNY"), Map.entry("KWD", "KWD"), Map.entry("LBP", "LBP"), Map.entry("EGP", "EGP"),
            Map.entry("QAR", "QAR"), Map.entry("SAR", "SAR"), Map.entry("BGN", "BGN"), Map.entry("MYR", "MYR"),
            Map.entry("ILS", "ILS"), Map.entry("MNT", "MNT"), Map.entry("UAH", "UAH"),
            Map.entry("Cent", Currencies.CENTS), Map.entry("Dinar", Currencies.unstated("dinar")),
            Map.entry("Riyal", Currencies.unstated("riyal")), Map.entry("Rial", Currencies.unstated("rial")));

    @Test
    void readsDucklingsEnglishExamplesWithoutAWrongReading() throws IOException {
        Map<String, List<Row>> results = new LinkedHashMap<>();
        results.put("numeral", measure("numeral", this::numeral));
        results.put("money", measure("money", this::money));
        results.put("distance", measure("distance", this::measureOf));
        results.put("quantity (mass, cups)", measure("quantity", this::measureOf));
        results.put("volume", measure("volume", this::measureOf));
        results.put("duration", measure("duration", DucklingCorpusTest::duration));
        results.put("date (Time, date-level)", measure("time-dates", this::date));

        StringBuilder table = new StringBuilder("| dimension | examples | out of scope | in scope | read correctly | read less precisely | refused | read wrongly"
                + " | disputed |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        StringBuilder details = new StringBuilder();
        for (var e : results.entrySet()) {
            List<Row> rows = e.getValue();
            long ok = rows.stream().filter(r -> r.outcome == Outcome.CORRECT).count();
            long refused = rows.stream().filter(r -> r.outcome == Outcome.REFUSED).count();
            long wrong = rows.stream().filter(r -> r.outcome == Outcome.WRONG).count();
            long outside = rows.stream().filter(r -> r.outcome == Outcome.OUT_OF_SCOPE).count();
            long disputed = rows.stream().filter(r -> r.outcome == Outcome.DISPUTED).count();
            long wider = rows.stream().filter(r -> r.outcome == Outcome.WIDER).count();
            long inScope = rows.size() - outside;
            table.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %d | %d (%.1f%%) | %d | %d | %d | %d |%n", e.getKey(), rows.size(),
                    outside, inScope, ok, 100.0 * ok / inScope, wider, refused, wrong, disputed));
            details.append("\n### ").append(e.getKey()).append(": refused and wrong\n\n");
            rows.stream().filter(r -> r.outcome != Outcome.CORRECT && r.outcome != Outcome.OUT_OF_SCOPE).forEach(r -> details.append("- ").append(r.outcome).append(" `")
                    .append(r.phrase).append("` (Duckling: ").append(r.expected).append("): ").append(r.reading.replace("\n", " ")).append('\n'));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/duckling-table.md"), table + details.toString(), StandardCharsets.UTF_8);
        System.out.println(table);
        Path published = Path.of("docs/values.md");
        if (Files.exists(published)) {
            // the table docs/values.md publishes is the one this run measured
            assertThat(Files.readString(published, StandardCharsets.UTF_8)).as("docs/values.md's table").contains(table.toString().strip());
        }

        for (var e : results.entrySet()) {
            assertThat(e.getValue()).as("wrong readings in " + e.getKey())
                    .filteredOn(r -> r.outcome == Outcome.WRONG).isEmpty();
        }
        for (var e : results.entrySet()) {
            long ok = e.getValue().stream().filter(r -> r.outcome == Outcome.CORRECT).count();
            long inScope = e.getValue().stream().filter(r -> r.outcome != Outcome.OUT_OF_SCOPE).count();
            assertThat(100.0 * ok / inScope).as("share read correctly in " + e.getKey()).isGreaterThanOrEqualTo(floor(e.getKey()));
        }
    }

    /** The share each dimension must keep; 90 is the goal, and a lower floor says so in docs/values.md. */
    private static double floor(String dimension) {
        return FLOORS.getOrDefault(dimension, 90.0);
    }

    /** Below the 90% goal, stated in docs/values.md with what is refused and why; raise them as readings improve. */
    static final Map<String, Double> FLOORS = Map.of("date (Time, date-level)", 69.0);

    interface Judge {
        Row judge(String phrase, String expected);
    }

    private List<Row> measure(String file, Judge judge) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String[] cols : CorpusTsv.rows("/duckling/" + file + ".tsv")) {
            Row row = judge.judge(cols[0], cols[1]);
            if (DISPUTED.containsKey(cols[0]) && row.outcome != Outcome.CORRECT) {
                row = new Row(row.phrase, row.expected, Outcome.DISPUTED, row.reading + "; " + DISPUTED.get(cols[0]));
            } else if (outOfScope(file, cols[1])) {
                row = new Row(row.phrase, row.expected, Outcome.OUT_OF_SCOPE, row.reading);
            }
            rows.add(row);
        }
        assertThat(rows).as(file).isNotEmpty();
        return rows;
    }

    /**
     * Examples outside what crosscheck states as a fact's value, by rule: negative numbers (an amount is a
     * size; its direction belongs in the property) and lengths of time under a day (compared in days).
     */
    static boolean outOfScope(String file, String expected) {
        return file.equals("numeral") && expected.startsWith("number:-")
                || file.equals("duration") && (expected.startsWith("Second:") || expected.startsWith("Minute:") || expected.startsWith("Hour:"));
    }

    static Row refused(String phrase, String expected, Parsed<?> parsed) {
        Parsed.Failed<?> f = (Parsed.Failed<?>) parsed;
        return new Row(phrase, expected, Outcome.REFUSED, f.message());
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a.round(new MathContext(9)).compareTo(b.round(new MathContext(9))) == 0;
    }

    Row numeral(String phrase, String expected) {
        BigDecimal want = new BigDecimal(expected.substring("number:".length()));
        Parsed<QuantityValue> parsed = QuantityParser.parse(phrase);
        if (parsed instanceof Parsed.Failed<QuantityValue>) {
            return refused(phrase, expected, parsed);
        }
        QuantityValue q = parsed.toOptional().orElseThrow();
        boolean ok = q.unit().isEmpty() && (same(q.amount(), want) && q.hedge() != Hedge.BETWEEN
                || q.hedge() == Hedge.APPROX && q.lower().compareTo(want) <= 0 && q.upper() != null && q.upper().compareTo(want) >= 0)
                || isShareOf(q, want);
        return new Row(phrase, expected, ok ? Outcome.CORRECT : Outcome.WRONG, q.normalized() + " [" + q.bounds() + "]");
    }

    /**
     * The one translation between units the judge makes, written in docs/values.md: crosscheck reads a fraction of one
     * ("two thirds", "1/5") as a share, in percent, so a spec's number from 0 to 1 is matched by a share a hundred times
     * it (0.2 by 20%), at the same nine significant digits. A share is never matched against a number above one.
     */
    static boolean isShareOf(QuantityValue q, BigDecimal want) {
        return "%".equals(q.unit()) && want.signum() > 0 && want.compareTo(BigDecimal.ONE) <= 0
                && same(q.amount(), want.movePointRight(2)) && q.hedge() != Hedge.BETWEEN;
    }

    private Row money(String phrase, String expected) {
        String[] parts = expected.split(":", 2);
        String code = CURRENCIES.get(parts[0]);
        Parsed<QuantityValue> parsed = QuantityParser.parse(phrase);
        if (parsed instanceof Parsed.Failed<QuantityValue>) {
            return refused(phrase, expected, parsed);
        }
        QuantityValue q = parsed.toOptional().orElseThrow();
        boolean ok = code != null && code.equals(q.unit()) && amountAgrees(q, parts[1], BigDecimal.ONE);
        return new Row(phrase, expected, ok ? Outcome.CORRECT : Outcome.WRONG, q.normalized() + " [" + q.bounds() + "]");
    }

    private Row measureOf(String phrase, String expected) {
        String[] parts = expected.split(":", 2);
        String word = UNIT_WORDS.get(parts[0]);
        Parsed<QuantityValue> parsed = QuantityParser.parse(phrase);
        if (parsed instanceof Parsed.Failed<QuantityValue>) {
            return refused(phrase, expected, parsed);
        }
        QuantityValue q = parsed.toOptional().orElseThrow();
        if (word == null) {
            return new Row(phrase, expected, Outcome.WRONG, q.normalized() + " (Duckling's unit is ambiguous; only a refusal is right)");
        }
        QuantityValue unit = QuantityParser.parse("1 " + word).toOptional().orElseThrow();
        BigDecimal factor = unit.amount();
        boolean ok = unit.unit().equals(q.unit()) && amountAgrees(q, parts[1], factor);
        return new Row(phrase, expected, ok ? Outcome.CORRECT : Outcome.WRONG, q.normalized() + " [" + q.bounds() + " " + q.unit() + "]");
    }

    /** "5", "3..5", "<3.5", ">5" against the reading, with values in Duckling's unit times {@code factor}. */
    static boolean amountAgrees(QuantityValue q, String value, BigDecimal factor) {
        if (value.startsWith("<")) {
            BigDecimal v = new BigDecimal(value.substring(1)).multiply(factor);
            return EnumSet.of(Hedge.LESS_THAN, Hedge.AT_MOST).contains(q.hedge()) && same(q.amount(), v);
        }
        if (value.startsWith(">")) {
            BigDecimal v = new BigDecimal(value.substring(1)).multiply(factor);
            return EnumSet.of(Hedge.MORE_THAN, Hedge.AT_LEAST, Hedge.JUST_OVER).contains(q.hedge()) && same(q.amount(), v);
        }
        if (value.contains("..")) {
            BigDecimal lo = new BigDecimal(value.substring(0, value.indexOf(".."))).multiply(factor);
            BigDecimal hi = new BigDecimal(value.substring(value.indexOf("..") + 2)).multiply(factor);
            BigDecimal slack = new BigDecimal("0.1");
            return q.hedge() == Hedge.BETWEEN && q.upper() != null && q.lower().compareTo(lo) <= 0 && q.upper().compareTo(hi) >= 0
                    && q.lower().compareTo(lo.subtract(lo.multiply(slack))) >= 0 && q.upper().compareTo(hi.add(hi.multiply(slack))) <= 0;
        }
        BigDecimal v = new BigDecimal(value).multiply(factor);
        return same(q.amount(), v) && !Set.of(Hedge.BETWEEN, Hedge.LESS_THAN, Hedge.MORE_THAN, Hedge.AT_MOST, Hedge.AT_LEAST).contains(q.hedge());
    }

    /** A length of time against Duckling's "Unit:count"; shared with {@link RecognizersDateCorpusTest}. */
    static Row duration(String phrase, String expected) {
        String[] parts = expected.split(":", 2);
        BigDecimal count = new BigDecimal(parts[1]);
        double days = switch (parts[0]) {
            case "Second" -> 1.0 / 86400;
            case "Minute" -> 1.0 / 1440;
            case "Hour" -> 1.0 / 24;
            case "Day" -> 1;
            case "Week" -> 7;
            case "Month" -> 30.436875;
            case "Quarter" -> 91.310625;
            default -> 365.2425;
        };
        double want = count.doubleValue() * days;
        Parsed<DurationValue> parsed = DurationParser.parse(phrase);
        if (parsed instanceof Parsed.Failed<DurationValue>) {
            return refused(phrase, expected, parsed);
        }
        DurationValue d = parsed.toOptional().orElseThrow();
        boolean ok = d.minDays() <= want && want <= d.maxDays() && d.hedge() != Hedge.BETWEEN;
        return new Row(phrase, expected, ok ? Outcome.CORRECT : Outcome.WRONG, d.normalized() + " [" + d.minDays() + ".." + d.maxDays() + " days]");
    }

    private Row date(String phrase, String expected) {
        String[] parts = expected.split(":", 2);
        LocalDate from;
        LocalDate to;
        if (parts[0].equals("Interval")) {
            from = LocalDate.parse(parts[1].substring(0, 10));
            to = LocalDate.parse(parts[1].substring(11)).minusDays(1);
        } else {
            from = LocalDate.parse(parts[1]);
            to = switch (parts[0]) {
                case "Day" -> from;
                case "Week" -> from.plusDays(6);
                case "Month" -> YearMonth.from(from).atEndOfMonth();
                case "Quarter" -> YearMonth.from(from).plusMonths(2).atEndOfMonth();
                default -> from.withDayOfYear(from.lengthOfYear());
            };
        }
        Parsed<DateValue> parsed = DateParser.parse(phrase, ANCHOR);
        if (parsed instanceof Parsed.Failed<DateValue>) {
            return refused(phrase, expected, parsed);
        }
        DateValue d = parsed.toOptional().orElseThrow();
        String reading = d.interval() + " (" + d.timex() + ")";
        Outcome same = compare(d, from, to);
        if (same == Outcome.CORRECT) {
            return new Row(phrase, expected, Outcome.CORRECT, reading);
        }
        if (same == Outcome.WIDER) {
            return new Row(phrase, expected, Outcome.WIDER, reading + ": holds Duckling's reading, less precisely");
        }
        long shift = java.time.temporal.ChronoUnit.DAYS.between(d.start(), from);
        boolean forward = phrase.toLowerCase(java.util.Locale.ROOT).matches(".*\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?$")
                && (shift == 7 || shift == -7) && !d.end().isBefore(ANCHOR.start().minusDays(7))
                || (shift == 365 || shift == 366) && !phrase.matches(".*\\d{4}.*");
        if (forward) {
            return new Row(phrase, expected, Outcome.DISPUTED, reading + "; " + FORWARD);
        }
        if (phrase.toLowerCase(java.util.Locale.ROOT).matches(".*\\b(summer|winter|spring|autumn|fall)\\b.*")) {
            return new Row(phrase, expected, Outcome.DISPUTED, reading + "; " + SEASONS);
        }
        return new Row(phrase, expected, Outcome.WRONG, reading);
    }

    /**
     * A date read against an expected interval of days (both ends inclusive): CORRECT when it is that
     * interval, WIDER when it holds it, null otherwise; shared with {@link RecognizersDateCorpusTest}.
     */
    static Outcome compare(DateValue d, LocalDate from, LocalDate to) {
        if (d.start().equals(from) && d.end().equals(to)) {
            return Outcome.CORRECT;
        }
        return !d.start().isAfter(from) && !d.end().isBefore(to) ? Outcome.WIDER : null;
    }

    static {
        assert DatePrecision.DAY != null;
    }
}
