package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.bench.CorpusGenerator;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Problem;
import org.crosscheck.pipeline.CheckPipeline;
import org.crosscheck.pipeline.CheckRequest;
import org.crosscheck.pipeline.IncrementalReport;
import org.crosscheck.pipeline.InputRejected;
import org.crosscheck.cli.IncrementalOutput;
import org.crosscheck.report.ConsoleSummary;
import org.crosscheck.report.JsonReportWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof of equality: random edits to generated corpora, each followed by a check through the store
 * and one from scratch. A full check through the store, which runs the rules only on the keys whose
 * digest changed and takes the others' findings and statuses from the store, must write every report
 * (JSON, HTML, SARIF, JUnit, Markdown, Code Quality) byte for byte as the check from scratch does, and
 * a second one with nothing changed must check no key again; a pull-request check through the store ({@code --changed}, which reads only
 * the files its keys need) must report exactly the findings of the full check that involve the
 * changed files, and their problems; a draft checked through the store the findings of that draft
 * checked against everything. The edits: add, change and delete claims and files, add duration
 * claims with {@code between} events, write subjects by name or alias, add and move aliases, change
 * and delete reference records, change a rule, change a threshold, add a claim on an event that a
 * duration elsewhere names (so only the duration's digest, through its events, can see the change).
 *
 * <p>{@code -Dcrosscheck.differential.sequences=N} and {@code -Dcrosscheck.differential.seed=S}
 * change how many sequences run and from which seed; a failure names the sequence's seed and its edits.
 */
class StoreDifferentialTest {

    /**
     * 40 in the unit suite (96 s at a load average of 15, 240 s for 30 at 23, each step now checking twice through
     * the store now and then, and writing every format); 1,000 by hand, as docs/performance.md records:
     * {@code mvn -B test -Dtest=StoreDifferentialTest -Dcrosscheck.differential.sequences=1000}.
     */
    private static final int SEQUENCES = Integer.getInteger("crosscheck.differential.sequences", 40);
    private static final long SEED = Long.getLong("crosscheck.differential.seed", 20_261_207L);
    private static final Pattern VALUE_LINE = Pattern.compile("(?m)^    (date|quantity|duration): (.*)$");
    private static final Pattern SUBJECT_LINE = Pattern.compile("(?m)^  subject: (.*)$");
    private static final List<String> DATES = List.of("March 2021", "2020-05-28", "October 2020", "2019", "412 days ago",
            "early 2021", "28 May 2020", "June 2023", "2025-06-02");
    private static final long OLD = System.currentTimeMillis() - 86_400_000L;

    @TempDir
    static Path rulesDir;
    static Path variantRules;

    @TempDir
    Path dir;

    /** A copy of the rules with one rule's severity changed: the "change a rule" edit switches to it and back. */
    @BeforeAll
    static void variantRules() throws IOException {
        variantRules = rulesDir.resolve("variant");
        Files.createDirectories(variantRules);
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                if (file.getFileName().toString().equals("cross-source.drl")) {
                    text = text.replace("@id(\"SOURCES-AGREE\")\n    @severity(\"info\")", "@id(\"SOURCES-AGREE\")\n    @severity(\"warning\")");
                }
                Files.writeString(variantRules.resolve(file.getFileName()), text);
            }
        }
        assertThat(Files.readString(variantRules.resolve("cross-source.drl"))).isNotEqualTo(
                Files.readString(Path.of("rules/cross-source.drl")));
    }

    @Test
    void incrementalChecksEqualChecksFromScratch() throws Exception {
        Random seeds = new Random(SEED);
        long started = System.nanoTime();
        int steps = 0;
        KeyTally tally = new KeyTally();
        for (int sequence = 0; sequence < SEQUENCES; sequence++) {
            long seed = seeds.nextLong();
            Sequence run = new Sequence(dir.resolve("s" + sequence), seed, tally);
            try {
                steps += run.run();
            } catch (AssertionError | Exception e) {
                throw new AssertionError("sequence " + sequence + " (seed " + seed + ", rerun with -Dcrosscheck.differential.seed="
                        + SEED + ") failed after edits " + run.log + ": " + e.getMessage(), e);
            }
            run.deleteAll();
        }
        System.out.printf("StoreDifferentialTest: %d sequences, %d edits, %.1f s; keys checked again %d, taken from the store %d%n",
                SEQUENCES, steps, (System.nanoTime() - started) / 1e9, tally.checked, tally.kept);
        assertThat(steps).isGreaterThanOrEqualTo(SEQUENCES);
        // both halves of the cache were exercised: keys taken from the store, and keys checked again
        assertThat(tally.kept).isPositive();
        assertThat(tally.checked).isPositive();
        System.out.printf("StoreDifferentialTest: incremental reports streamed from the store %d, refused %d %s%n", tally.streamed,
                tally.refused, tally.refusals);
        // the incremental path ran, and refused too (an alias, record, rule or threshold edit reaches every key)
        assertThat(tally.streamed).isGreaterThanOrEqualTo(SEQUENCES / 2);
        assertThat(tally.refused).isPositive();
    }

    /** How many keys the full checks through the store checked again and took from it, over every sequence. */
    static final class KeyTally {
        long checked;
        long kept;
        /** Incremental checks whose report was streamed from the store's parts, and those that refused (and fell back). */
        long streamed;
        long refused;
        final Map<String, Integer> refusals = new TreeMap<>();
    }

    /** One corpus, a few random edits, and after each the checks compared. */
    private static final class Sequence {
        final Path root;
        final Path facts;
        final Path store;
        final Path settings;
        final Random random;
        final List<String> log = new ArrayList<>();
        final Map<String, String> aliasOwner = new TreeMap<>();
        Path rules = Path.of("rules");
        int fresh;
        int tick;

        final KeyTally tally;

        Sequence(Path root, long seed, KeyTally tally) {
            this.tally = tally;
            this.root = root;
            this.facts = root.resolve("facts");
            this.store = root.resolve("store");
            this.settings = root.resolve("crosscheck.yaml");
            this.random = new Random(seed);
        }

        int run() throws Exception {
            int sources = 2 + random.nextInt(3);
            int claims = 20 + random.nextInt(40);
            new CorpusGenerator(new CorpusGenerator.Spec(sources, 6 + random.nextInt(10), claims, 1, 0.15, 0.1, 0.2, 0.3,
                    random.nextLong())).write(facts);
            try (Stream<Path> walk = Files.walk(facts)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    age(file);
                }
            }
            if (random.nextBoolean()) {
                // a duration from the start, so later edits can reach it through its events alone
                Path file = pick(sourceFiles());
                write(file, Files.readString(file) + durationClaim());
                log.add("duration in " + file.getFileName());
            }
            try {
                // parts kept before the first edit, so that edit can be checked incrementally
                new CheckPipeline().withStore(store, notice -> { }).withReportParts(JsonReportWriter::render).check(request());
            } catch (InputRejected e) {
                // the edits may mend it; the full checks after them keep the parts then
            }
            int edits = 1 + random.nextInt(3);
            for (int i = 0; i < edits; i++) {
                Set<Path> touched = edit();
                compare(touched);
            }
            if (random.nextInt(3) == 0) {
                compareDraft();
            }
            return edits;
        }

        CheckRequest request() {
            return CheckRequest.of(facts, rules).withSettings(settings).withToday(LocalDate.of(2026, 1, 1));
        }

        void compare(Set<Path> touched) throws Exception {
            CheckResult scratch;
            try {
                scratch = new CheckPipeline().check(request());
            } catch (InputRejected e) {
                List<Problem> rejected = e.problems();
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CheckPipeline().withStore(store, n -> { }).check(request()))
                        .isInstanceOfSatisfying(InputRejected.class, r -> assertThat(r.problems()).isEqualTo(rejected));
                return;
            }
            compareIncremental(scratch, "after the edit");
            CheckPipeline throughStore = new CheckPipeline().withStore(store, notice -> {
                throw new AssertionError("unexpected notice: " + notice);
            }).withReportParts(JsonReportWriter::render);
            CheckResult stored = throughStore.check(request());
            // every format now and then (the HTML page is the slow one); JSON and the result itself every time
            if (random.nextInt(3) == 0) {
                assertThat(Reports.all(stored)).as("every report of the full check through the store").isEqualTo(Reports.all(scratch));
            } else {
                assertThat(Reports.json(stored)).as("full check through the store").isEqualTo(Reports.json(scratch));
            }
            assertThat(stored).as("full check through the store").isEqualTo(scratch);
            CheckPipeline.KeyCounts counts = throughStore.lastKeyCounts().orElseThrow();
            tally.checked += counts.checked();
            tally.kept += counts.kept();
            if (random.nextInt(4) == 0) {
                // nothing changed since: every key's findings come from the store
                CheckPipeline again = new CheckPipeline().withStore(store, notice -> { }).withReportParts(JsonReportWriter::render);
                assertThat(again.check(request())).as("again, with nothing changed").isEqualTo(scratch);
                assertThat(again.lastKeyCounts().orElseThrow().checked()).as("keys checked again with nothing changed").isZero();
            }

            if (random.nextInt(4) == 0) {
                compareIncremental(scratch, "with nothing changed since a full check");
            }

            List<Path> changed = new ArrayList<>(touched);
            if (changed.isEmpty() || random.nextBoolean()) {
                sourceFiles().stream().skip(random.nextInt(Math.max(1, sourceFiles().size()))).findFirst().ifPresent(changed::add);
            }
            changed.removeIf(file -> !Files.exists(file));
            Set<String> names = new TreeSet<>();
            changed.forEach(file -> names.add(file.toString()));
            CheckResult pullRequest = new CheckPipeline().withStore(store, notice -> { }).check(request().withChanged(changed));
            List<Finding> expected = scratch.findings().stream()
                    .filter(f -> f.claims().stream().anyMatch(c -> names.contains(c.location().file()))).toList();
            List<Problem> expectedProblems = scratch.problems().stream().filter(p -> names.contains(p.location().file())).toList();
            assertThat(pullRequest.findings()).as("findings of --changed %s", names).isEqualTo(expected);
            assertThat(pullRequest.problems()).as("problems of --changed %s", names).isEqualTo(expectedProblems);
            assertSameStatuses(pullRequest, scratch, "--changed " + names);
        }

        /**
         * The incremental check's report.json (streamed from the store's parts) and console summary,
         * byte for byte those of the check from scratch; or it refused, and then a full check follows.
         */
        void compareIncremental(CheckResult scratch, String when) throws Exception {
            CheckPipeline pipeline = new CheckPipeline().withStore(store, notice -> {
                throw new AssertionError("unexpected notice: " + notice);
            }).withReportParts(JsonReportWriter::render);
            java.util.Optional<IncrementalReport> incremental = pipeline.checkIncrementally(request(), ConsoleSummary.top(),
                    org.crosscheck.model.Progress.SILENT);
            if (incremental.isEmpty()) {
                tally.refused++;
                tally.refusals.merge(pipeline.lastRefusal().orElse("?"), 1, Integer::sum);
                return;
            }
            tally.streamed++;
            try (IncrementalReport report = incremental.get()) {
                java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
                new JsonReportWriter().write(IncrementalOutput.head(report), Reports.TOOL, report.rows(), json);
                assertThat(json.toString(java.nio.charset.StandardCharsets.UTF_8)).as("report.json of the incremental check " + when)
                        .isEqualTo(Reports.json(scratch));
                assertThat(console(out -> ConsoleSummary.print(IncrementalOutput.console(report), List.of(), out)))
                        .as("console of the incremental check " + when)
                        .isEqualTo(console(out -> ConsoleSummary.print(scratch, List.of(), out)));
            }
        }

        static String console(java.util.function.Consumer<java.io.PrintStream> print) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.PrintStream out = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8)) {
                print.accept(out);
            }
            return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        }

        void compareDraft() throws Exception {
            Path draft = root.resolve("draft.yaml");
            StringBuilder text = new StringBuilder("""
                    source:
                      id: the-draft
                      title: A draft
                      outlet: Our paper
                      status: draft
                      published: {date: 2025-07-01, basis: stated}
                    claims:
                    """);
            for (int i = 0; i < 1 + random.nextInt(2); i++) {
                text.append(newClaim());
            }
            Files.writeString(draft, text);
            log.add("draft " + text.toString().replace('\n', '|'));
            CheckRequest request = request().withDraft(draft);
            CheckResult scratch;
            try {
                scratch = new CheckPipeline().check(request);
            } catch (InputRejected e) {
                return;
            }
            CheckResult stored = new CheckPipeline().withStore(store, notice -> { }).check(request);
            assertThat(Reports.findings(stored)).as("draft findings").isEqualTo(Reports.findings(scratch));
            assertSameStatuses(stored, scratch, "the draft");
            String last = "new-" + (fresh - 1);
            assertThat(stored.statuses().of(last)).as("status of the draft's claim %s", last).isEqualTo(scratch.statuses().of(last));
        }

        /**
         * A check of part of the corpus reports the statuses of the claims on the keys it read whole,
         * each as the check of everything decides it, and no other (a key read in part would be judged
         * on part of the evidence).
         */
        static void assertSameStatuses(CheckResult part, CheckResult whole, String what) {
            for (String id : part.statuses().idsInOrder()) {
                assertThat(part.statuses().of(id)).as("status of %s in the check of %s", id, what).isEqualTo(whole.statuses().of(id));
                assertThat(part.statuses().isLikelyWrong(id)).as("likely wrong: %s, %s", id, what)
                        .isEqualTo(whole.statuses().isLikelyWrong(id));
            }
        }

        /** One random edit; returns the facts files it changed. */
        Set<Path> edit() throws Exception {
            Set<Path> touched = new TreeSet<>();
            List<Path> sources = sourceFiles();
            int kind = random.nextInt(14);
            switch (kind) {
                case 0, 1 -> { // change a value (a claim's, or a publication date)
                    Path file = pick(sources);
                    String text = Files.readString(file);
                    List<MatchResult> values = matches(VALUE_LINE, text);
                    if (!values.isEmpty()) {
                        MatchResult m = values.get(random.nextInt(values.size()));
                        String value = m.kind().equals("date") ? DATES.get(random.nextInt(DATES.size()))
                                : m.value().replaceFirst("\\d[\\d,]*", Integer.toString(1 + random.nextInt(300)));
                        write(file, text.substring(0, m.start()) + "    " + m.kind() + ": " + value + text.substring(m.end()));
                        touched.add(file);
                        log.add("change value in " + file.getFileName() + " to " + value);
                    }
                }
                case 2, 3 -> { // add a claim, perhaps a duration between two events
                    Path file = pick(sources);
                    String claim = random.nextInt(3) == 0 ? durationClaim() : newClaim();
                    write(file, Files.readString(file) + claim);
                    touched.add(file);
                    log.add("add claim to " + file.getFileName() + ": " + claim.replace('\n', '|'));
                }
                case 4 -> { // delete a claim
                    Path file = pick(sources);
                    List<String> blocks = claimBlocks(Files.readString(file));
                    if (blocks.size() > 2) {
                        int gone = 1 + random.nextInt(blocks.size() - 1);
                        log.add("delete claim from " + file.getFileName() + ": " + blocks.get(gone).lines().findFirst().orElse(""));
                        blocks.remove(gone);
                        write(file, String.join("", blocks));
                        touched.add(file);
                    }
                }
                case 5 -> { // delete a file
                    if (sources.size() > 1) {
                        Path file = pick(sources);
                        Files.delete(file);
                        touched.add(file);
                        log.add("delete " + file.getFileName());
                    }
                }
                case 6 -> { // add a file
                    int n = fresh++;
                    Path file = facts.resolve("sources/added-" + n + ".yaml");
                    StringBuilder text = new StringBuilder("""
                            source:
                              id: added-%d
                              title: Added %d
                              outlet: Outlet
                              published: {date: 2025-0%d-15, basis: stated}
                            claims:
                            """.formatted(n, n, 1 + random.nextInt(9)));
                    for (int i = 0; i < 1 + random.nextInt(3); i++) {
                        text.append(random.nextInt(4) == 0 ? durationClaim() : newClaim());
                    }
                    write(file, text.toString());
                    touched.add(file);
                    log.add("add " + file.getFileName());
                }
                case 7 -> { // add or move an alias
                    List<String> entities = entityIds();
                    String alias = "Alias " + random.nextInt(4);
                    String owner = entities.get(random.nextInt(entities.size()));
                    aliasOwner.put(alias, owner);
                    writeAliases();
                    log.add("alias '" + alias + "' now names " + owner);
                }
                case 8 -> { // change or delete a reference record
                    Path records = facts.resolve("reference/records.yaml");
                    String text = Files.readString(records);
                    List<String> blocks = claimBlocks(text);
                    if (blocks.size() > 1 && random.nextBoolean()) {
                        int gone = 1 + random.nextInt(blocks.size() - 1);
                        log.add("delete reference " + blocks.get(gone).lines().findFirst().orElse(""));
                        blocks.remove(gone);
                        write(records, String.join("", blocks));
                    } else {
                        List<MatchResult> values = matches(VALUE_LINE, text);
                        if (!values.isEmpty()) {
                            MatchResult m = values.get(random.nextInt(values.size()));
                            String value = m.kind().equals("date") ? "2020-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)
                                    : m.value().replaceFirst("\\d[\\d,]*", Integer.toString(1 + random.nextInt(300)));
                            write(records, text.substring(0, m.start()) + "    " + m.kind() + ": " + value + text.substring(m.end()));
                            log.add("reference value now " + value);
                        }
                    }
                }
                case 9 -> { // change a rule
                    rules = rules.equals(variantRules) ? Path.of("rules") : variantRules;
                    log.add("rules " + rules);
                }
                case 10 -> { // change a threshold
                    int percent = List.of(5, 10, 20).get(random.nextInt(3));
                    int days = List.of(30, 45, 90).get(random.nextInt(3));
                    Files.writeString(settings, "thresholds:\n  approx-percent: " + percent + "\n  near-miss-days: " + days + "\n");
                    log.add("thresholds " + percent + "% " + days + " days");
                }
                case 12, 13 -> { // a claim on an event some duration names, and on nothing the duration's own key has
                    List<String> events = new ArrayList<>();
                    for (Path file : sources) {
                        Matcher m = Pattern.compile("(?m)^    (?:from|to): \\{subject: (.*), property: date\\}$").matcher(Files.readString(file));
                        while (m.find()) {
                            events.add(m.group(1));
                        }
                    }
                    if (!events.isEmpty()) {
                        Path file = pick(sources);
                        String value = DATES.get(random.nextInt(DATES.size()));
                        String claim = """
                                - id: new-%d
                                  subject: %s
                                  property: date
                                  value:
                                    date: %s
                                  quote: "on %s"
                                """.formatted(fresh++, events.get(random.nextInt(events.size())), value, value);
                        write(file, Files.readString(file) + claim);
                        touched.add(file);
                        log.add("event claim in " + file.getFileName() + ": " + claim.replace('\n', '|'));
                    }
                }
                default -> { // write a subject by its name or an alias instead of its id
                    Path file = pick(sources);
                    String text = Files.readString(file);
                    List<MatchResult> subjects = matches(SUBJECT_LINE, text);
                    if (!subjects.isEmpty()) {
                        MatchResult m = subjects.get(random.nextInt(subjects.size()));
                        String written = spelling(m.kind());
                        write(file, text.substring(0, m.start()) + "  subject: " + written + text.substring(m.end()));
                        touched.add(file);
                        log.add("subject " + m.kind() + " written as " + written + " in " + file.getFileName());
                    }
                }
            }
            return touched;
        }

        /** An entity id, or a name or alias that may name it (or, once in a while, nothing: an unknown entity). */
        String spelling(String id) {
            int choice = random.nextInt(4);
            String number = id.startsWith("e") ? id.substring(1) : id;
            if (choice == 0) {
                return "Subject " + number;
            }
            if (choice == 1) {
                return "Alias " + random.nextInt(4);
            }
            return id.startsWith("e") || id.startsWith("Alias") || id.startsWith("Subject") ? id : "e0";
        }

        /** A claim copied from one of the corpus's, with a fresh id and its subject perhaps written another way. */
        String newClaim() throws IOException {
            List<String> blocks = new ArrayList<>();
            for (Path file : sourceFiles()) {
                List<String> all = claimBlocks(Files.readString(file));
                blocks.addAll(all.subList(1, all.size()));
            }
            if (blocks.isEmpty()) {
                return durationClaim();
            }
            String block = blocks.get(random.nextInt(blocks.size()));
            block = block.replaceFirst("(?m)^- id: .*$", "- id: new-" + fresh++);
            if (random.nextBoolean()) {
                Matcher m = SUBJECT_LINE.matcher(block);
                if (m.find()) {
                    block = block.substring(0, m.start()) + "  subject: " + spelling(m.group(1)) + block.substring(m.end());
                }
            }
            return block.endsWith("\n") ? block : block + "\n";
        }

        String durationClaim() throws IOException {
            List<String> events = new ArrayList<>();
            for (Path file : sourceFiles()) {
                Matcher m = Pattern.compile("(?m)^  subject: (.*)\\n  property: date$").matcher(Files.readString(file));
                while (m.find()) {
                    events.add(m.group(1));
                }
            }
            if (events.isEmpty()) {
                events.add("e0");
            }
            String from = events.get(random.nextInt(events.size()));
            String to = events.get(random.nextInt(events.size()));
            int years = random.nextInt(6);
            return """
                    - id: new-%d
                      subject: %s
                      property: years-between
                      value: {duration: "%d years"}
                      quote: "%d years"
                      between:
                        from: {subject: %s, property: date}
                        to: {subject: %s, property: date}
                    """.formatted(fresh++, to, years, years, spelling(from), to);
        }

        void writeAliases() throws IOException {
            Path file = facts.resolve("entities.yaml");
            String text = Files.readString(file).replaceAll("(?m)^  aliases: .*\\n", "");
            Map<String, List<String>> byOwner = new TreeMap<>();
            aliasOwner.forEach((alias, owner) -> byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(alias));
            for (Map.Entry<String, List<String>> entry : byOwner.entrySet()) {
                text = text.replaceFirst("(?m)^(- id: " + Pattern.quote(entry.getKey()) + "\\n(?:  .*\\n)*?  name: .*\\n)",
                        "$1  aliases: [" + String.join(", ", entry.getValue()) + "]\n");
            }
            write(file, text);
        }

        List<String> entityIds() throws IOException {
            List<String> ids = new ArrayList<>();
            Matcher m = Pattern.compile("(?m)^- id: (.*)$").matcher(Files.readString(facts.resolve("entities.yaml")));
            while (m.find()) {
                ids.add(m.group(1));
            }
            return ids;
        }

        /** The text before the first list item, then each item ("- id: ..." and its lines). */
        static List<String> claimBlocks(String text) {
            List<String> blocks = new ArrayList<>();
            int from = 0;
            Matcher m = Pattern.compile("(?m)^- id: ").matcher(text);
            while (m.find()) {
                blocks.add(text.substring(from, m.start()));
                from = m.start();
            }
            blocks.add(text.substring(from));
            return blocks;
        }

        record MatchResult(int start, int end, String kind, String value) {
        }

        static List<MatchResult> matches(Pattern pattern, String text) {
            List<MatchResult> found = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.add(new MatchResult(m.start(), m.end(), m.group(1), m.groupCount() > 1 ? m.group(2) : ""));
            }
            return found;
        }

        List<Path> sourceFiles() throws IOException {
            try (Stream<Path> files = Files.list(facts.resolve("sources"))) {
                return files.sorted().toList();
            }
        }

        Path pick(List<Path> files) {
            return files.get(random.nextInt(files.size()));
        }

        /** Writes and dates the file in the past, each write a second later, as files edited long ago. */
        void write(Path file, String text) throws IOException {
            Files.writeString(file, text);
            age(file);
        }

        void age(Path file) throws IOException {
            Files.setLastModifiedTime(file, FileTime.fromMillis(OLD + 1_000L * tick++));
        }

        void deleteAll() throws IOException {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
