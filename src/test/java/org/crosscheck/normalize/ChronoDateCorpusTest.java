package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.model.DateValue;
import org.crosscheck.normalize.DucklingCorpusTest.Outcome;
import org.crosscheck.normalize.DucklingCorpusTest.Row;
import org.junit.jupiter.api.Test;

/**
 * Measures the date reader against a third public suite it was not written against: the English test cases of
 * wanasit/chrono (MIT licence), in src/test/resources/chrono/dates.tsv (converted by convert_chrono.py there, whose
 * docstring states the rules of scope and which names the commit). Prints the table docs/values.md publishes (to
 * target/chrono-dates-table.md) and fails on any wrong reading. The judging is DucklingCorpusTest's, with chrono's
 * conventions translated once, before the first run:
 * <ul>
 * <li>chrono returns one moment and fills the parts the phrase does not give; the expected value is the period of the
 * finest part the test asserts as known (a day, a month, a year), and a range runs from its start's period to its
 * end's;
 * <li>when that is chrono's whole value ("period": finer parts marked uncertain), a reading must be that period to be
 * correct, and is read less precisely when it holds it; when the test asserts only part of the value ("within"), a
 * reading inside the period (each end inside its end's period) agrees with all the test states and is correct;
 * <li>disputed, as for Duckling and with the same reasons: a date without a written year read in the year of
 * publication where chrono moves it to a nearer year, and a weekday read as the nearest one where chrono moves it a
 * week; nothing else.
 * </ul>
 */
class ChronoDateCorpusTest {

    static final String YEAR = "chrono moves a date written without its year to the year that puts it nearest the reference;"
            + " crosscheck reads it in the year of publication, as news reports it (docs/values.md)";
    static final String WEEK = "chrono resolves this weekday a week away from the one crosscheck reads (the nearest around"
            + " publication, as news reports it)";

    private record Expected(LocalDate from, LocalDate to, LocalDate startTo, LocalDate endFrom, boolean within) {
    }

    @Test
    void readsChronosEnglishDatesWithoutAWrongReading() throws IOException {
        Map<String, List<Row>> byFile = new TreeMap<>();
        for (String[] cols : CorpusTsv.rows("/chrono/dates.tsv")) {
            String file = cols[8].replaceAll("^test/en/|\\.test\\.ts:\\d+$", "");
            byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(judge(cols));
        }
        StringBuilder table = new StringBuilder("| chrono test file | examples | read correctly | read less precisely | refused | read wrongly | disputed |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        StringBuilder details = new StringBuilder();
        List<Row> all = new ArrayList<>();
        for (var e : byFile.entrySet()) {
            table.append(line(e.getKey(), e.getValue()));
            all.addAll(e.getValue());
            details.append("\n#### ").append(e.getKey()).append("\n\n");
            e.getValue().stream().filter(r -> r.outcome() != Outcome.CORRECT).forEach(r -> details.append("- ").append(r.outcome()).append(" `")
                    .append(r.phrase()).append("` (chrono: ").append(r.expected()).append("): ").append(r.reading().replace("\n", " "))
                    .append('\n'));
        }
        table.append(line("all", all));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/chrono-dates-table.md"), table + details.toString(), StandardCharsets.UTF_8);
        System.out.println(table);
        Path published = Path.of("docs/values.md");
        if (Files.exists(published)) {
            // the table docs/values.md publishes is the one this run measured
            assertThat(Files.readString(published, StandardCharsets.UTF_8)).as("docs/values.md's chrono table").contains(table.toString().strip());
        }
        assertThat(all).as("wrong readings").filteredOn(r -> r.outcome() == Outcome.WRONG).isEmpty();
    }

    private static String line(String name, List<Row> rows) {
        long ok = count(rows, Outcome.CORRECT);
        return String.format(Locale.ROOT, "| %s | %d | %d (%.1f%%) | %d | %d | %d | %d |%n", name, rows.size(), ok, 100.0 * ok / rows.size(),
                count(rows, Outcome.WIDER), count(rows, Outcome.REFUSED), count(rows, Outcome.WRONG), count(rows, Outcome.DISPUTED));
    }

    private static long count(List<Row> rows, Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** Whether the phrase writes a year: four digits, a number past any day of a month, or an apostrophe year ('96). */
    static boolean writesAYear(String phrase) {
        var numbers = java.util.regex.Pattern.compile("(')?(\\d+)").matcher(phrase);
        while (numbers.find()) {
            if (numbers.group(1) != null || numbers.group(2).length() >= 3 || Integer.parseInt(numbers.group(2)) > 31) {
                return true;
            }
        }
        return false;
    }

    /** The last day of the period of that grain beginning on {@code first}. */
    private static LocalDate last(LocalDate first, String grain) {
        return switch (grain) {
            case "day" -> first;
            case "month" -> YearMonth.from(first).atEndOfMonth();
            case "year" -> first.withDayOfYear(first.lengthOfYear());
            default -> throw new IllegalArgumentException("grain " + grain);
        };
    }

    private static Expected expected(String[] cols) {
        LocalDate from = LocalDate.parse(cols[5]);
        LocalDate startTo = last(from, cols[4]);
        boolean range = !cols[7].isEmpty();
        LocalDate endFrom = range ? LocalDate.parse(cols[7]) : from;
        LocalDate to = range ? last(endFrom, cols[6]) : startTo;
        return new Expected(from, to, startTo, endFrom, cols[3].equals("within"));
    }

    static Row judge(String[] cols) {
        String phrase = cols[0];
        DateValue published = cols[1].isEmpty() ? null : DateParser.parse(cols[1], null).toOptional().orElseThrow();
        Expected e = expected(cols);
        String expected = (e.from().equals(e.to()) ? e.from().toString() : e.from() + ".." + e.to())
                + (e.within() ? " (asserted in part: " + cols[4] + (cols[6].isEmpty() ? "" : " to " + cols[6]) + ")" : "")
                + (cols[1].isEmpty() ? "" : ", reference " + cols[1]) + ("chrono".equals(cols[2]) ? "" : ", parser " + cols[2]);
        Parsed<DateValue> parsed = DateParser.parse(phrase, published);
        if (parsed instanceof Parsed.Failed<DateValue>) {
            return DucklingCorpusTest.refused(phrase, expected, parsed);
        }
        DateValue d = parsed.toOptional().orElseThrow();
        String reading = d.interval() + " (" + d.timex() + ")";
        Outcome same = DucklingCorpusTest.compare(d, e.from(), e.to());
        if (same == Outcome.CORRECT || e.within() && !d.start().isBefore(e.from()) && !d.start().isAfter(e.startTo())
                && !d.end().isBefore(e.endFrom()) && !d.end().isAfter(e.to())) {
            return new Row(phrase, expected, Outcome.CORRECT, reading);
        }
        if (same == Outcome.WIDER) {
            return new Row(phrase, expected, Outcome.WIDER, reading + ": holds chrono's reading, less precisely");
        }
        long shift = ChronoUnit.DAYS.between(d.start(), e.from());
        String lower = phrase.toLowerCase(Locale.ROOT);
        if ((shift == 7 || shift == -7) && lower.matches(".*\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?$")) {
            return new Row(phrase, expected, Outcome.DISPUTED, reading + "; " + WEEK);
        }
        if (Math.abs(ChronoUnit.YEARS.between(d.start(), e.from())) >= 1 && d.start().withYear(e.from().getYear()).equals(e.from())
                && d.end().withYear(e.to().getYear()).equals(e.to()) && !writesAYear(phrase)) {
            return new Row(phrase, expected, Outcome.DISPUTED, reading + "; " + YEAR);
        }
        return new Row(phrase, expected, Outcome.WRONG, reading);
    }
}
