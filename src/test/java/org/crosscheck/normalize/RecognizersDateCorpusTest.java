package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.crosscheck.model.DateValue;
import org.crosscheck.normalize.DucklingCorpusTest.Outcome;
import org.crosscheck.normalize.DucklingCorpusTest.Row;
import org.junit.jupiter.api.Test;

/**
 * Measures the date and duration readers against a second public suite that crosscheck was not written
 * against: Microsoft Recognizers-Text's English DateTime parser specs (MIT licence), date-level results
 * only, in src/test/resources/recognizers/*.tsv (converted by convert_dates.py there, which names the source
 * files and commit). Prints the table docs/values.md publishes (to target/recognizers-dates-table.md) and fails
 * on any wrong reading. The judging is DucklingCorpusTest's, with Recognizers' conventions translated:
 * <ul>
 * <li>a phrase Recognizers finds ambiguous has two resolutions, "future" and "past"; a reading equal to
 * either is correct (crosscheck resolves a date without a year in the year of publication and a weekday
 * to the nearest one, which is one of the two);
 * <li>Recognizers' periods end on the first day after them (March 2015 is 2015-03-01 to 2015-04-01); a
 * range given by its two ends ("from 4 to 22 this month") ends on the last day written, which a reader
 * counts as part of it, so for a range written with two ends the period up to and including that day is
 * also correct;
 * <li>a length of time is judged as Duckling's, in days.
 * </ul>
 */
class RecognizersDateCorpusTest {

    /** Recognizers expectations a careful reader does not share, each with the reason; none is counted as correct. */
    static final Map<String, String> DISPUTED = Map.of(
            "2 days hence", "Recognizers reads 'N days hence' as the period up to that day; a reader means the day itself, as Duckling's"
                    + " corpus does ('three months hence' is a day there), which crosscheck reads");

    /**
     * Early, mid and late are vague; crosscheck reads a period's first, middle and last third (a month's 1st-10th, 11th-20th
     * and 21st to its end; a week's Monday-Wednesday, Wednesday-Friday, Friday-Sunday), as Duckling's corpus does, and
     * Recognizers its halves. A reading inside Recognizers' half is disputed for that reason, never counted as correct.
     */
    static final String PARTS = "early, mid and late: crosscheck reads the period's first, middle or last third (a month's 1st-10th,"
            + " 11th-20th, 21st to end; a week's Monday-Wednesday, Wednesday-Friday, Friday-Sunday), as Duckling does; Recognizers"
            + " reads halves, which hold crosscheck's reading";

    private static final Pattern TWO_ENDS = Pattern.compile("(?i).*(?:\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b|\\bthru\\b|\\band\\b|-|–).*");

    private record Expected(LocalDate from, LocalDate to) {
    }

    @Test
    void readsRecognizersEnglishDatesWithoutAWrongReading() throws IOException {
        Map<String, List<Row>> results = new LinkedHashMap<>();
        results.put("date (DateParser)", measure("date"));
        results.put("holiday (HolidayParser)", measure("holiday"));
        results.put("date period (DatePeriodParser)", measure("date-period"));
        results.put("duration, a day or longer (DurationParser)", measure("duration"));

        StringBuilder table = new StringBuilder("| spec | examples | read correctly | read less precisely | refused | read wrongly | disputed |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        StringBuilder details = new StringBuilder();
        long all = 0;
        long allOk = 0;
        for (var e : results.entrySet()) {
            List<Row> rows = e.getValue();
            long ok = count(rows, Outcome.CORRECT);
            all += rows.size();
            allOk += ok;
            table.append(String.format(Locale.ROOT, "| %s | %d | %d (%.1f%%) | %d | %d | %d | %d |%n", e.getKey(), rows.size(), ok,
                    100.0 * ok / rows.size(), count(rows, Outcome.WIDER), count(rows, Outcome.REFUSED), count(rows, Outcome.WRONG),
                    count(rows, Outcome.DISPUTED)));
            details.append("\n#### ").append(e.getKey()).append("\n\n");
            rows.stream().filter(r -> r.outcome() != Outcome.CORRECT).forEach(r -> details.append("- ").append(r.outcome()).append(" `")
                    .append(r.phrase()).append("` (Recognizers: ").append(r.expected()).append("): ").append(r.reading().replace("\n", " "))
                    .append('\n'));
        }
        table.append(String.format(Locale.ROOT, "| all | %d | %d (%.1f%%) | | | | |%n", all, allOk, 100.0 * allOk / all));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/recognizers-dates-table.md"), table + details.toString(), StandardCharsets.UTF_8);
        System.out.println(table);
        Path published = Path.of("docs/values.md");
        if (Files.exists(published)) {
            // the table docs/values.md publishes is the one this run measured
            assertThat(Files.readString(published, StandardCharsets.UTF_8)).as("docs/values.md's Recognizers table").contains(table.toString().strip());
        }
        for (var e : results.entrySet()) {
            assertThat(e.getValue()).as("wrong readings in " + e.getKey()).filteredOn(r -> r.outcome() == Outcome.WRONG).isEmpty();
        }
    }

    private static long count(List<Row> rows, Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    private List<Row> measure(String file) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String[] cols : CorpusTsv.rows("/recognizers/" + file + ".tsv")) {
            Row row = file.equals("duration") ? duration(cols) : date(cols, file.equals("date-period"));
            if (DISPUTED.containsKey(cols[0]) && row.outcome() != Outcome.CORRECT) {
                row = new Row(row.phrase(), row.expected(), Outcome.DISPUTED, row.reading() + "; " + DISPUTED.get(cols[0]));
            }
            rows.add(row);
        }
        assertThat(rows).as(file).isNotEmpty();
        return rows;
    }

    private static Row duration(String[] cols) {
        BigDecimal days = new BigDecimal(cols[3]).divide(BigDecimal.valueOf(86_400), MathContext.DECIMAL64);
        Row row = DucklingCorpusTest.duration(cols[0], "Day:" + days.toPlainString());
        return new Row(row.phrase(), cols[2] + " = " + cols[3] + " s", row.outcome(), row.reading());
    }

    private static Row date(String[] cols, boolean period) {
        String phrase = cols[0];
        DateValue published = DateParser.parse(cols[1], null).toOptional().orElseThrow();
        String expected = cols[2] + (cols[3].equals(cols[4]) ? " = " + cols[3] : " = " + cols[3] + " (future) or " + cols[4] + " (past)");
        List<Expected> readings = new ArrayList<>();
        for (String value : new String[] {cols[3], cols[4]}) {
            if (!period) {
                LocalDate day = LocalDate.parse(value);
                readings.add(new Expected(day, day));
                continue;
            }
            String[] ends = value.split("/", -1);
            LocalDate from = ends[0].isEmpty() ? DateValue.OPEN_START : LocalDate.parse(ends[0]);
            LocalDate after = ends[1].isEmpty() ? null : LocalDate.parse(ends[1]);
            readings.add(new Expected(from, after == null ? DateValue.OPEN_END : after.minusDays(1)));
            if (after != null && cols[2].startsWith("(") && TWO_ENDS.matcher(phrase).matches()) {
                readings.add(new Expected(from, after)); // the last day written, counted in
            }
        }
        Parsed<DateValue> parsed = DateParser.parse(phrase, published);
        if (parsed instanceof Parsed.Failed<DateValue>) {
            return DucklingCorpusTest.refused(phrase, expected, parsed);
        }
        DateValue d = parsed.toOptional().orElseThrow();
        String reading = d.interval() + " (" + d.timex() + ")";
        Outcome best = Outcome.WRONG;
        for (Expected e : readings) {
            Outcome o = DucklingCorpusTest.compare(d, e.from(), e.to());
            if (o == Outcome.CORRECT) {
                best = o;
            } else if (o == Outcome.WIDER && best == Outcome.WRONG) {
                best = o;
            }
        }
        if (best == Outcome.WRONG && d.timex().matches(".*\\[(START|MID|END)\\]") && readings.stream()
                .anyMatch(e -> !d.start().isBefore(e.from()) && !d.end().isAfter(e.to()))) {
            return new Row(phrase, expected, Outcome.DISPUTED, reading + "; " + PARTS);
        }
        return new Row(phrase, expected, best, best == Outcome.WIDER ? reading + ": holds Recognizers' reading, less precisely" : reading);
    }
}
