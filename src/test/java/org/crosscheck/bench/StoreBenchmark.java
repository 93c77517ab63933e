package org.crosscheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The store's rows (issue 32), each a cold process started through {@code ./crosscheck} as a user or
 * CI job starts it, so JVM start, the class-data archive and the launcher's JVM options count: a
 * two-claim draft against the bundled corpus, against the generated corpus without the store and
 * with it; the full check, then one file edited and the corpus checked again through the store (every
 * report) and in pull-request mode ({@code --changed}); the full check with only {@code report.json},
 * and a one-file edit checked through the store with only it (the check that re-checks only the
 * keys the edit touches and streams the rest of the report from the store); the store's build from
 * nothing, its update after the edit, and its size. Medians of {@code runs} runs after one untimed run.
 */
final class StoreBenchmark {

    private static final Path LAUNCHER = Path.of("./crosscheck");
    /** CorpusGenerator's key 0, with 1% of the claims spread over all sources. */
    private static final String HOT_SUBJECT = "e0";
    private static final Pattern CLAIM = Pattern.compile("(?m)^  subject: (.*)\\n  property: (.*)\\n  value:\\n    (date|quantity): (.*)$");

    private final Path work;
    private final int runs;

    StoreBenchmark(Path work, int runs) {
        this.work = work;
        this.runs = runs;
    }

    Map<String, Object> measure(Path corpus, int claims) throws IOException, InterruptedException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("claims", claims);
        Path dir = Files.createTempDirectory(work, "store-" + claims + "-");
        Path reports = dir.resolve("reports");
        Path store = dir.resolve("store");
        Path bundledDraft = dir.resolve("bundled-draft.yaml");
        Files.writeString(bundledDraft, draft("kenya-mnna-designation", "designation-date", "date", "June 2023",
                "ruto-us-state-visit-2024", "date", "date", "May 2024"));
        Path largeDraft = dir.resolve("large-draft.yaml");
        Files.writeString(largeDraft, twoClaimsFrom(corpus));

        row.put("draftBundledMs", median(List.of("check", "--draft", bundledDraft.toString(), "--format", "json", "--out",
                reports.toString(), "--quiet")));
        row.put("draftLargeMs", median(List.of("check", "--facts", corpus.toString(), "--draft", largeDraft.toString(),
                "--format", "json", "--out", reports.toString(), "--quiet")));
        long build = once(List.of("index", "--facts", corpus.toString(), "--store", store.toString(), "--quiet"));
        row.put("storeBuildMs", build);
        row.put("storeBytes", Files.size(store.resolve("crosscheck-store.db")));
        row.put("draftLargeStoreMs", median(List.of("check", "--facts", corpus.toString(), "--store", store.toString(),
                "--draft", largeDraft.toString(), "--format", "json", "--out", reports.toString(), "--quiet")));

        List<String> full = List.of("check", "--facts", corpus.toString(), "--out", reports.toString(), "--quiet");
        row.put("fullCheckMs", median(full));
        // into a directory of its own: a JSON-only check beside the six reports would find them a mixed set
        List<String> fullJson = List.of("check", "--facts", corpus.toString(), "--out", dir.resolve("reports-json").toString(),
                "--quiet", "--format", "json");
        row.put("fullJsonMs", median(fullJson));
        // one file edited, then checked again: each run edits another file, so each is a one-file edit
        List<Long> again = new ArrayList<>();
        List<Long> json = new ArrayList<>();
        List<Long> pullRequest = new ArrayList<>();
        List<Long> update = new ArrayList<>();
        // files without a claim on the hot key: a pull request touching it needs every file that states it
        List<Path> sources = new ArrayList<>();
        for (Path file : sources(corpus)) {
            if (!Files.readString(file).contains("\n  subject: " + HOT_SUBJECT + "\n")) {
                sources.add(file);
            }
        }
        row.put("editedFilesWithoutHotKey", !sources.isEmpty());
        if (sources.isEmpty()) {
            sources = sources(corpus);
        }
        for (int i = 0; i <= runs; i++) {
            Path edited = sources.get(i % sources.size());
            Path copy = dir.resolve("original-" + i + ".yaml");
            Files.copy(edited, copy);
            try {
                Files.writeString(edited, valueEdited(Files.readString(edited)));
                // a store one edit behind: brought up to date by the timed check itself
                once(List.of("index", "--facts", corpus.toString(), "--store", store.toString(), "--quiet"));
                Files.writeString(edited, Files.readString(edited) + "\n");
                long checked = once(concat(full, "--store", store.toString()));
                // that check kept report.json's parts: a value edited again, and only the keys it touches re-checked
                Files.writeString(edited, valueEdited(Files.readString(edited)));
                long incremental = once(concat(fullJson, "--store", store.toString()));
                Files.writeString(edited, Files.readString(edited) + "\n");
                long changed = once(List.of("check", "--facts", corpus.toString(), "--store", store.toString(), "--changed",
                        edited.toString(), "--out", reports.toString(), "--quiet"));
                Files.writeString(edited, Files.readString(edited) + "\n");
                long indexed = once(List.of("index", "--facts", corpus.toString(), "--store", store.toString(), "--quiet"));
                if (i > 0) {
                    again.add(checked);
                    json.add(incremental);
                    pullRequest.add(changed);
                    update.add(indexed);
                }
            } finally {
                Files.move(copy, edited, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        row.put("editFullCheckStoreMs", middle(again));
        row.put("editJsonStoreMs", middle(json));
        row.put("editChangedStoreMs", middle(pullRequest));
        row.put("editIndexMs", middle(update));
        return row;
    }

    /** The file with its first quantity given another leading digit: a value edited, its claim's key re-checked. */
    private static String valueEdited(String yaml) {
        return yaml.replaceFirst("(?m)^(    quantity: [^0-9]*)(\\d)", "$19$2");
    }

    static String markdown(List<Map<String, Object>> rows) {
        StringBuilder md = new StringBuilder();
        md.append("| claims | draft, bundled corpus | draft, no store | draft, store | ÷ bundled | store build | store size"
                + " | full check | one-file edit, full check through the store | ÷ full | one-file edit, --changed | ÷ full"
                + " | index after the edit | full check, --format json | one-file edit, --format json through the store | ÷ full |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, Object> row : rows) {
            double bundled = ((Number) row.get("draftBundledMs")).doubleValue();
            double fullMs = ((Number) row.get("fullCheckMs")).doubleValue();
            double fullJsonMs = ((Number) row.get("fullJsonMs")).doubleValue();
            md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %.2f× | %s | %,.0f MB | %s | %s | %.2f | %s | %.2f | %s | %s | %s | %.3f |%n",
                    row.get("claims"), s(row.get("draftBundledMs")), s(row.get("draftLargeMs")), s(row.get("draftLargeStoreMs")),
                    ((Number) row.get("draftLargeStoreMs")).doubleValue() / bundled, s(row.get("storeBuildMs")),
                    ((Number) row.get("storeBytes")).doubleValue() / 1e6, s(row.get("fullCheckMs")),
                    s(row.get("editFullCheckStoreMs")), ((Number) row.get("editFullCheckStoreMs")).doubleValue() / fullMs,
                    s(row.get("editChangedStoreMs")), ((Number) row.get("editChangedStoreMs")).doubleValue() / fullMs,
                    s(row.get("editIndexMs")), s(row.get("fullJsonMs")), s(row.get("editJsonStoreMs")),
                    ((Number) row.get("editJsonStoreMs")).doubleValue() / fullJsonMs));
        }
        return md.toString();
    }

    private static String s(Object millis) {
        return String.format(Locale.ROOT, "%.2f s", ((Number) millis).doubleValue() / 1000);
    }

    private long median(List<String> args) throws IOException, InterruptedException {
        once(args);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(once(args));
        }
        return middle(times);
    }

    private static long middle(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** One cold process; its wall time in milliseconds. */
    private static long once(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toString());
        command.addAll(args);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        int code = process.waitFor();
        long took = (System.nanoTime() - start) / 1_000_000;
        if (code > 1) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + code);
        }
        return took;
    }

    private static List<String> concat(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }

    private static List<Path> sources(Path corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus.resolve("sources"))) {
            return files.sorted().toList();
        }
    }

    /** A draft of two claims on keys of the corpus's first source, with other values. */
    private static String twoClaimsFrom(Path corpus) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path file : sources(corpus).subList(0, Math.min(5, sources(corpus).size()))) {
            all.append(Files.readString(file));
        }
        Matcher m = CLAIM.matcher(all);
        List<String[]> found = new ArrayList<>();
        while (m.find() && found.size() < 2) {
            if (m.group(1).equals(HOT_SUBJECT)) {
                continue; // the hot key is stated in most files: a draft on it reads most of the corpus
            }
            String value = m.group(3).equals("date") ? "March 2021" : m.group(4).replaceFirst("\\d[\\d,]*", "77");
            found.add(new String[] {m.group(1), m.group(2), m.group(3), value});
        }
        if (found.size() < 2) {
            throw new IllegalStateException("the corpus's first source has fewer than two claims");
        }
        return draft(found.get(0)[0], found.get(0)[1], found.get(0)[2], found.get(0)[3], found.get(1)[0], found.get(1)[1],
                found.get(1)[2], found.get(1)[3]);
    }

    private static String draft(String subject1, String property1, String kind1, String value1, String subject2, String property2,
            String kind2, String value2) {
        return """
                source:
                  id: bench-draft
                  title: A draft
                  outlet: Our paper
                  status: draft
                  published: {date: 2025-07-10, basis: stated}
                claims:
                  - id: bench-draft-1
                    subject: %s
                    property: %s
                    value: {%s: "%s"}
                    quote: "%s"
                  - id: bench-draft-2
                    subject: %s
                    property: %s
                    value: {%s: "%s"}
                    quote: "%s"
                """.formatted(subject1, property1, kind1, value1, value1, subject2, property2, kind2, value2, value2);
    }
}
