package org.crosscheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.Finding;
import org.crosscheck.model.KeyCoverage;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.model.Source;
import org.crosscheck.model.Verdict;

/** The agreement matrix, the timelines and the filter script of the HTML report. */
final class HtmlExtras {

    /** Beyond this many keys or timelines the page would be unreadable; the JSON has everything. */
    static final int MAX_ROWS = 500;
    /** Columns when there are more sources than this: those with claims on the keys shown, by id. */
    static final int MAX_COLUMNS = 100;
    static final int MAX_TIMELINES = 200;
    /**
     * Claims drawn per timeline at most: a key that thousands of sources date (at a million claims,
     * 9,936 bars, an image 218,614 pixels tall) shows its clash in the first of each date, not in all.
     */
    static final int MAX_BARS = 24;
    static final int LABEL_WIDTH = 210;
    static final int PLOT_WIDTH = 540;
    static final int ROW_HEIGHT = 22;

    private HtmlExtras() {
    }

    record Matrix(List<String> sources, List<String> sourceTitles, List<MatrixRow> rows, int totalKeys, int totalSources) {
    }

    record MatrixRow(String key, List<Cell> cells) {
    }

    /**
     * A matrix cell: its state (a CSS class and tooltip), the letter shown, and how many columns it
     * spans. Sources side by side that say nothing on the key share one empty cell: at scale most of
     * the matrix is silent (at 100,000 claims 49,440 of its 50,000 cells), and a cell each was about
     * half of rendering the page there.
     */
    record Cell(String state, String letter, int span) {
        static Cell of(String state) {
            return new Cell(state, state.substring(0, 1), 1);
        }

        static Cell silent(int span) {
            return new Cell("", "", span);
        }

        public boolean isSilent() {
            return state.isEmpty();
        }
    }

    /** {@code claimsLeftOut} says how many of the key's dated claims are not drawn, or is null. */
    record Timeline(String key, int height, List<Bar> bars, String from, String to, int axisY, String claimsLeftOut) {
    }

    /** One interval drawn: x and width in pixels, a state class, and labels that are escaped by the template. */
    record Bar(String label, String detail, int y, int x, int width, String state) {
    }

    static Matrix matrix(CheckResult result) {
        List<KeyCoverage> shown = result.coverage().stream().limit(MAX_ROWS).toList();
        List<String> sources = result.sources().stream().map(Source::id).sorted().toList();
        if (sources.size() > MAX_COLUMNS) {
            // an archive has thousands of sources: a column each would make millions of empty cells
            sources = shown.stream().flatMap(c -> c.sources().stream()).distinct().sorted().limit(MAX_COLUMNS).toList();
        }
        Map<String, String> titles = new TreeMap<>();
        result.sources().forEach(s -> titles.put(s.id(), s.title()));
        // only the rows shown need their findings; grouping every finding cost a tree of all of them
        Set<ClaimKey> shownKeys = new HashSet<>();
        shown.forEach(c -> shownKeys.add(c.key()));
        Map<ClaimKey, List<Finding>> findings = byKey(result.findings(), shownKeys::contains);
        List<MatrixRow> rows = new ArrayList<>();
        for (KeyCoverage coverage : shown) {
            Set<String> stating = new HashSet<>(coverage.sources());
            List<Finding> onKey = findings.getOrDefault(coverage.key(), List.of());
            List<Cell> cells = new ArrayList<>();
            int silent = 0;
            for (String source : sources) {
                if (!stating.contains(source)) {
                    silent++;
                    continue;
                }
                if (silent > 0) {
                    cells.add(Cell.silent(silent));
                    silent = 0;
                }
                cells.add(Cell.of(state(source, onKey)));
            }
            if (silent > 0) {
                cells.add(Cell.silent(silent));
            }
            rows.add(new MatrixRow(coverage.key().toString(), cells));
        }
        return new Matrix(sources, sources.stream().map(titles::get).toList(), rows, result.coverage().size(),
                result.sources().size());
    }

    /** What one source's claims on a key came to, the most serious state first. */
    private static String state(String source, List<Finding> findings) {
        if (involves(findings, source, Verdict.CONFLICT)) {
            return "conflict";
        }
        if (involves(findings, source, Verdict.INVALID)) {
            return "invalid";
        }
        if (involves(findings, source, Verdict.REFINES)) {
            return "refines";
        }
        if (involves(findings, source, Verdict.AGREE) || involves(findings, source, Verdict.SUPERSEDED)) {
            return "agree";
        }
        if (involves(findings, source, Verdict.UNCORROBORATED)) {
            return "single";
        }
        return "stated";
    }

    private static boolean involves(List<Finding> findings, String source, Verdict verdict) {
        return findings.stream().anyMatch(f -> f.verdict() == verdict && f.claims().stream().anyMatch(c -> c.sourceId().equals(source)));
    }

    static List<Timeline> timelines(CheckResult result) {
        List<Timeline> timelines = new ArrayList<>();
        Map<ClaimKey, List<Finding>> byKey = byKey(result.findings(), key -> true);
        // the keys in order, sorted once rather than kept in a tree while every finding went in
        List<ClaimKey> keys = byKey.keySet().stream().sorted().toList();
        for (ClaimKey key : keys) {
            if (timelines.size() >= MAX_TIMELINES) {
                break; // the keys after these are not drawn; sorting their claims anyway took 50 ms of the page at 100k claims
            }
            timelineOf(key, byKey.get(key)).ifPresent(timelines::add);
        }
        return timelines;
    }

    /**
     * The timeline of one key from its findings: every dated claim and reference record they name, the
     * claims a conflict blames in red; empty when fewer than two dates are named.
     */
    static java.util.Optional<Timeline> timelineOf(ClaimKey key, List<Finding> findings) {
        Map<String, Claim> claims = new TreeMap<>();
        Map<String, ReferenceRecord> references = new TreeMap<>();
        Set<String> conflicting = new TreeSet<>();
        for (Finding finding : findings) {
            finding.claims().stream().filter(c -> c.value() instanceof DateValue).forEach(c -> claims.put(c.id(), c));
            finding.support().stream().filter(c -> c.value() instanceof DateValue).forEach(c -> claims.put(c.id(), c));
            finding.references().stream().filter(r -> r.value() instanceof DateValue).forEach(r -> references.put(r.id(), r));
            if (finding.verdict() == Verdict.CONFLICT) {
                finding.claims().forEach(c -> conflicting.add(c.id()));
            }
        }
        if (claims.size() + references.size() < 2) {
            return java.util.Optional.empty();
        }
        ShownClaims drawn = ShownClaims.of(List.copyOf(claims.values()), MAX_BARS,
                "Drawn: %d of the %,d claims that date this key, the first with each date");
        return java.util.Optional.of(timeline(key, drawn.claims(), references.values(), conflicting, drawn.leftOut()));
    }

    private static Timeline timeline(ClaimKey key, java.util.Collection<Claim> claims, java.util.Collection<ReferenceRecord> references,
            Set<String> conflicting, String claimsLeftOut) {
        List<DateValue> all = new ArrayList<>();
        claims.forEach(c -> all.add((DateValue) c.value()));
        references.forEach(r -> all.add((DateValue) r.value()));
        LocalDate from = all.stream().map(DateValue::start).filter(d -> !d.equals(DateValue.OPEN_START)).min(LocalDate::compareTo)
                .orElse(all.get(0).end());
        LocalDate to = all.stream().map(DateValue::end).filter(d -> !d.equals(DateValue.OPEN_END)).max(LocalDate::compareTo)
                .orElse(all.get(0).start());
        long pad = Math.max(15, ChronoUnit.DAYS.between(from, to) / 20);
        LocalDate lo = from.minusDays(pad);
        LocalDate hi = to.plusDays(pad);
        double scale = (double) PLOT_WIDTH / Math.max(1, ChronoUnit.DAYS.between(lo, hi) + 1);
        List<Bar> bars = new ArrayList<>();
        int row = 0;
        for (Claim claim : claims) {
            DateValue date = (DateValue) claim.value();
            bars.add(bar(claim.sourceId() + ": " + date.asWritten(), claim.id() + " " + date.interval(), row++, date, lo, hi, scale,
                    conflicting.contains(claim.id()) ? "conflict" : "claim"));
        }
        for (ReferenceRecord reference : references) {
            DateValue date = (DateValue) reference.value();
            bars.add(bar("reference: " + date.asWritten(), reference.id() + " " + reference.citation(), row++, date, lo, hi, scale, "reference"));
        }
        int axisY = row * ROW_HEIGHT + 4;
        return new Timeline(key.toString(), axisY + 18, bars, lo.toString(), hi.toString(), axisY, claimsLeftOut);
    }

    /**
     * The claims a card or a timeline shows, and the sentence that says what it left out (null when
     * it shows them all).
     */
    record ShownClaims(List<Claim> claims, String leftOut) {
        /**
         * At most {@code max} of {@code all} ({@link #eachValueFirst}, by normalized value); {@code lead}
         * formats the count shown and the count of all, and the sentence goes on from it.
         */
        static ShownClaims of(List<Claim> all, int max, String lead) {
            List<Claim> shown = eachValueFirst(all, c -> c.value().normalized(), max);
            return new ShownClaims(shown, shown.size() == all.size() ? null
                    : String.format(Locale.ROOT, lead + " before the others; report.json lists them all.", shown.size(), all.size()));
        }
    }

    /**
     * At most {@code max} of {@code items}, in their order: the first item with each value, so every
     * side of a clash is among them (when there are no more than {@code max} values), and then the
     * others from the start. All of them when they fit.
     */
    static <T> List<T> eachValueFirst(List<T> items, Function<T, String> value, int max) {
        if (items.size() <= max) {
            return items;
        }
        boolean[] chosen = new boolean[items.size()];
        Set<String> values = new HashSet<>();
        int count = 0;
        for (int i = 0; i < items.size() && count < max; i++) {
            if (values.add(value.apply(items.get(i)))) {
                chosen[i] = true;
                count++;
            }
        }
        for (int i = 0; i < items.size() && count < max; i++) {
            if (!chosen[i]) {
                chosen[i] = true;
                count++;
            }
        }
        List<T> result = new ArrayList<>(max);
        for (int i = 0; i < items.size(); i++) {
            if (chosen[i]) {
                result.add(items.get(i));
            }
        }
        return result;
    }

    private static Bar bar(String label, String detail, int row, DateValue date, LocalDate lo, LocalDate hi, double scale, String state) {
        LocalDate start = date.start().isBefore(lo) ? lo : date.start();
        LocalDate end = date.end().isAfter(hi) ? hi : date.end();
        int x = LABEL_WIDTH + (int) Math.round(ChronoUnit.DAYS.between(lo, start) * scale);
        int width = Math.max(3, (int) Math.round((ChronoUnit.DAYS.between(start, end) + 1) * scale));
        return new Bar(label, detail, row * ROW_HEIGHT, x, width, state);
    }

    /** The findings on each wanted key, in the findings' order. */
    static Map<ClaimKey, List<Finding>> byKey(List<Finding> findings, Predicate<ClaimKey> wanted) {
        Map<ClaimKey, List<Finding>> byKey = new HashMap<>();
        for (Finding finding : findings) {
            if (wanted.test(finding.key())) {
                byKey.computeIfAbsent(finding.key(), k -> new ArrayList<>()).add(finding);
            }
        }
        return byKey;
    }

    /**
     * The filter options: every severity, verdict, rule and source of the findings the page shows,
     * in a stable order, so no option filters every card away.
     */
    static Map<String, List<String>> filterOptions(List<Finding> shown) {
        Set<String> severities = new TreeSet<>();
        Set<String> verdicts = new TreeSet<>();
        Set<String> rules = new TreeSet<>();
        Set<String> sources = new HashSet<>();
        for (Finding finding : shown) {
            severities.add(finding.severity().label());
            verdicts.add(finding.verdict().label());
            rules.add(finding.rule().id());
            finding.claims().forEach(c -> sources.add(c.sourceId()));
        }
        Map<String, List<String>> options = new LinkedHashMap<>();
        options.put("severity", List.copyOf(severities));
        options.put("verdict", List.copyOf(verdicts));
        options.put("rule", List.copyOf(rules));
        options.put("source", sources.stream().sorted().toList());
        return options;
    }

    static final String SCRIPT = load("org/crosscheck/report/report.js");

    /** The script's hash for the Content-Security-Policy: it is the only script the page may run. */
    static final String SCRIPT_HASH = "sha256-" + Base64.getEncoder().encodeToString(Fingerprints.sha256(SCRIPT));

    private static String load(String resource) {
        try (InputStream in = HtmlExtras.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
