package org.crosscheck.desk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.crosscheck.extract.ArticleReader;
import org.crosscheck.extract.ArticleText;
import org.crosscheck.extract.Candidate;
import org.crosscheck.extract.DraftWriter;
import org.crosscheck.extract.EditedDraft;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.ExtractionCorpus;
import org.crosscheck.extract.Extractor;
import org.crosscheck.extract.TextRejected;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Phase;
import org.crosscheck.model.Problem;
import org.crosscheck.model.Progress;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.pipeline.CheckPipeline;
import org.crosscheck.pipeline.CheckRequest;
import org.crosscheck.pipeline.CorpusSnapshot;
import org.crosscheck.pipeline.InputRejected;

/**
 * What the desk does with a draft, apart from HTTP: extracts its candidate claims, checks them (or
 * the claims the editor kept) against the corpus as {@code check --draft} does, and turns the result
 * into {@link DeskView} records. The corpus is read once, when the desk starts ({@link #start}), into
 * a {@link CorpusSnapshot} that every pipeline then reads, never changes, and checks each draft
 * against on the keys the draft touches only; extraction's indexes are built on the same corpus.
 */
public final class DeskService {

    /** The name a pasted text goes by in messages and in the draft's source id. */
    static final String PASTED = "desk.txt";
    private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final ExtractionCorpus corpus;
    /** Pipelines not in use: each check takes one, so as many checks run at once as there are pipelines. */
    private final BlockingQueue<CheckPipeline> pipelines;
    /** The corpus every check reads, and extraction matches texts against: one copy for both. */
    private final CorpusSnapshot snapshot;

    /** How often the facts files' sizes and times are looked at, at most: each look lists every file. */
    static final long FACTS_LOOK_NANOS = 2_000_000_000L;
    private volatile boolean factsChanged;
    private volatile long factsLookedAt = System.nanoTime();
    private final java.util.concurrent.atomic.AtomicBoolean looking = new java.util.concurrent.atomic.AtomicBoolean();
    /**
     * Where the facts files are looked at: at a million claims one look stats ten thousand files, about
     * 0.2 s, which an editor's answer waited for every two seconds. One daemon thread serves every desk.
     */
    private static final java.util.concurrent.Executor FACTS_LOOKS = java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "desk-facts-look");
        thread.setDaemon(true);
        return thread;
    });

    private DeskService(ExtractionCorpus corpus, List<CheckPipeline> pipelines, CorpusSnapshot snapshot) {
        this.corpus = corpus;
        this.pipelines = new ArrayBlockingQueue<>(pipelines.size(), false, pipelines);
        this.snapshot = snapshot;
    }

    /** One step of the desk's start-up and how long it took, for the desk's log and the benchmark. */
    public record StartStep(String what, long nanos) {
    }

    /**
     * Starts a desk: builds the rules, loads and normalizes the corpus once (through the store when
     * the pipelines have one), builds extraction's indexes on that same corpus, and has every
     * pipeline build its rules, so a broken rule file or facts directory stops the desk at start,
     * not at the first check. {@code steps} hears each step as it ends.
     *
     * @param pipelines one per check that may run at once (a pipeline's compiled rules are not shared
     *                  between threads); one per core, since a small check keeps one core busy
     * @param base      what every check reads (facts, rules, settings); the draft is added per request
     */
    public static DeskService start(List<CheckPipeline> pipelines, CheckRequest base, Consumer<StartStep> steps)
            throws Refused, IOException {
        if (pipelines.isEmpty()) {
            throw new IllegalArgumentException("the desk needs at least one pipeline");
        }
        StepClock clock = new StepClock(steps);
        CorpusSnapshot snapshot;
        try {
            snapshot = pipelines.get(0).snapshot(base, clock);
        } catch (InputRejected e) {
            throw new Refused(e.problems());
        }
        ExtractionCorpus corpus = new ExtractionCorpus(snapshot.corpus());
        clock.step("extraction's entity and key indexes built on it");
        DeskService desk = new DeskService(corpus, pipelines, snapshot);
        for (CheckPipeline pipeline : pipelines) {
            desk.check(pipeline, "draft-desk", EditedDraft.write(new EditedDraft.Header("draft-desk", "start-up", null), List.of()),
                    List.of());
        }
        clock.step("an empty draft checked by each of " + pipelines.size() + " pipelines (their rules built)");
        return desk;
    }

    /** The most rounds of the sample text at start-up, and the most time they may take. */
    static final int WARM_UP_ROUNDS = 8;
    static final long WARM_UP_NANOS = 15_000_000_000L;

    /**
     * Reads and checks a sample text naming the corpus's first entities, with the value forms
     * articles use, until the JIT has had {@link #WARM_UP_ROUNDS} rounds (or {@link #WARM_UP_NANOS}) to
     * compile the readers, the ranking and the check. Measured at a million claims: without it the
     * first answer took 1.9-2.1 s and the later ones 0.5-1.0 s; with it, 0.96-1.47 s; one to three
     * rounds did not help. Nothing is kept. {@code serve} runs it after {@link #start}; tests that
     * start many desks on small corpora need not.
     */
    public int warmUp(Consumer<StartStep> steps) throws IOException {
        long began = System.nanoTime();
        int rounds = warmUpRounds();
        steps.accept(new StartStep("a sample text read and checked " + rounds + " times (so the first editor does not wait for the JIT)",
                System.nanoTime() - began));
        return rounds;
    }

    private int warmUpRounds() throws IOException {
        StringBuilder text = new StringBuilder();
        List<Entity> entities = corpus.corpus().entities();
        for (int i = 0; i < 50; i++) {
            String name = entities.isEmpty() ? "The company" : entities.get(i % entities.size()).name();
            text.append(name).append(" said on ").append(1 + i % 28).append(" March 2024 that it paid $").append(2 + i)
                    .append(".5 billion for ").append(1_000 + 37 * i).append(" shares, ").append(5 + i % 20)
                    .append("% more than a year earlier, after a ").append(2 + i % 6).append("-week review.\n");
        }
        long start = System.nanoTime();
        int rounds = 0;
        while (rounds < WARM_UP_ROUNDS && System.nanoTime() - start < WARM_UP_NANOS) {
            try {
                analyze(text.toString(), "2024-06-01");
            } catch (Refused e) {
                break; // a corpus the sample cannot be read against: its first editor warms it up
            }
            rounds++;
        }
        return rounds;
    }

    /** Times the start-up's steps: the snapshot's phases as the pipeline reports them, then the desk's own. */
    private static final class StepClock implements Progress {
        private final Consumer<StartStep> steps;
        private long since = System.nanoTime();
        private long units;

        StepClock(Consumer<StartStep> steps) {
            this.steps = steps;
        }

        @Override
        public void started(Phase phase, long total) {
            units = total;
        }

        @Override
        public void finished(Phase phase) {
            step(switch (phase) {
                case RULE_BUILD -> "rules built and settings read";
                case LOAD -> "facts read (" + units + " files)";
                case NORMALIZE -> "claims normalized and indexed by key (" + units + " sources)";
                default -> phase.label();
            });
        }

        void step(String what) {
            steps.accept(new StartStep(what, System.nanoTime() - since));
            since = System.nanoTime(); // what the listener does (a benchmark's collection) is no step's
        }
    }

    /** How many claims the corpus holds. */
    public int claims() {
        return snapshot.claims();
    }

    /**
     * Whether the facts files changed since the desk read them. The desk does not reload them (at a
     * million claims that is minutes and a second copy of the corpus); it says so with every answer,
     * so the editor knows to have it restarted. An answer at least two seconds after the last look
     * starts another, beside it, and says what the looks have seen so far: a change shows in the
     * answers within a few seconds, and once seen stays seen.
     */
    boolean factsChanged() {
        if (!factsChanged && System.nanoTime() - factsLookedAt >= FACTS_LOOK_NANOS && looking.compareAndSet(false, true)) {
            FACTS_LOOKS.execute(() -> {
                try {
                    if (snapshot.factsChanged()) {
                        factsChanged = true;
                    }
                } finally {
                    factsLookedAt = System.nanoTime();
                    looking.set(false);
                }
            });
        }
        return factsChanged;
    }

    /** The corpus extraction matches texts against. */
    ExtractionCorpus extractionCorpus() {
        return corpus;
    }

    /** The corpus checks read. */
    CorpusSnapshot snapshot() {
        return snapshot;
    }

    /** Thrown when a draft cannot be checked; every problem, each at its place. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        Refused(List<Problem> problems) {
            super(problems.isEmpty() ? "refused" : problems.get(0).describe());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** The candidate claims of a pasted text, each checked as suggested. */
    public DeskView.Analysis analyze(String text, String published) throws Refused, IOException {
        Extraction extraction;
        try {
            ArticleText article = new ArticleReader().read(PASTED, text.getBytes(StandardCharsets.UTF_8));
            extraction = new Extractor(corpus).extract(article, blankToNull(published));
        } catch (TextRejected e) {
            throw new Refused(e.problems());
        }
        String yaml = DraftWriter.write(extraction);
        List<String> ids = new ArrayList<>();
        for (int n = 1; n <= extraction.candidates().size(); n++) {
            ids.add(extraction.sourceId() + "-" + n);
        }
        DeskView.Outcome outcome = check(extraction.sourceId(), yaml, ids);
        int bodyStart = extraction.article().body().isEmpty() ? 0 : text.indexOf(extraction.article().body());
        List<DeskView.SentenceView> sentences = extraction.sentences().stream()
                .map(s -> new DeskView.SentenceView(s.index(), s.text(), Math.max(0, bodyStart) + s.start())).toList();
        List<DeskView.CandidateView> claims = new ArrayList<>();
        for (int i = 0; i < extraction.candidates().size(); i++) {
            Candidate c = extraction.candidates().get(i);
            claims.add(new DeskView.CandidateView(ids.get(i), c.sentence().index(), c.value().start(), c.value().end(),
                    c.value().kind().label(), c.value().written(), c.key().subject(), c.key().property(), c.proposed(),
                    Math.round(c.score() * 100) / 100.0, c.runnersUp().stream()
                            .map(k -> new DeskView.KeyView(k.key().subject(), k.key().property(), Math.round(k.score() * 100) / 100.0))
                            .toList(), c.quote()));
        }
        List<DeskView.UnfiledView> unfiled = extraction.unfiled().stream()
                .map(u -> new DeskView.UnfiledView(u.sentence().index(), u.value().kind().label(), u.value().written(), u.why())).toList();
        return new DeskView.Analysis(extraction.sourceId(), extraction.published(), sentences, claims, unfiled, outcome);
    }

    /** The claims the editor kept, written as a draft file and checked; claim ids are given in order. */
    public DeskView.Outcome check(EditedDraft.Header header, List<EditedDraft.Claim> claims) throws Refused, IOException {
        String sourceId = sourceId(header.sourceId());
        List<EditedDraft.Claim> numbered = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (EditedDraft.Claim c : claims) {
            String id = sourceId + "-" + (numbered.size() + 1);
            ids.add(id);
            numbered.add(new EditedDraft.Claim(id, c.subject(), c.property(), c.kind(), c.value(), c.quote(), c.note()));
        }
        String yaml = EditedDraft.write(new EditedDraft.Header(sourceId, header.title(), blankToNull(header.published())), numbered);
        return check(sourceId, yaml, ids);
    }

    /** A draft file the desk wrote (or any draft source file), read back and checked. */
    public DeskView.LoadedDraft load(String name, byte[] yaml) throws Refused, IOException {
        EditedDraft.Read read = EditedDraft.read(name, yaml);
        if (read.header() == null || !read.problems().isEmpty()) {
            throw new Refused(read.problems());
        }
        DeskView.Outcome outcome = check(read.header(), read.claims());
        List<DeskView.ClaimView> claims = new ArrayList<>();
        for (int i = 0; i < read.claims().size(); i++) {
            EditedDraft.Claim c = read.claims().get(i);
            claims.add(new DeskView.ClaimView(sourceId(read.header().sourceId()) + "-" + (i + 1), c.subject(), c.property(),
                    c.kind().label(), c.value(), c.quote()));
        }
        return new DeskView.LoadedDraft(sourceId(read.header().sourceId()), read.header().title(), read.header().published(),
                claims, outcome);
    }

    /** A source id as the facts format writes them; anything else the browser sends becomes "draft-desk". */
    static String sourceId(String asked) {
        return asked != null && SOURCE_ID.matcher(asked).matches() ? asked : "draft-desk";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Checks the draft {@code yaml} against the corpus as {@code check --draft} does: written to a
     * directory of its own (never to a path the browser names), removed afterwards.
     */
    private DeskView.Outcome check(String sourceId, String yaml, List<String> ids) throws Refused, IOException {
        CheckPipeline pipeline;
        try {
            pipeline = pipelines.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a free pipeline", e);
        }
        try {
            return check(pipeline, sourceId, yaml, ids);
        } finally {
            pipelines.add(pipeline);
        }
    }

    private DeskView.Outcome check(CheckPipeline pipeline, String sourceId, String yaml, List<String> ids)
            throws Refused, IOException {
        Path dir = Files.createTempDirectory("crosscheck-desk");
        Path file = dir.resolve(sourceId + ".yaml");
        CheckResult result;
        try {
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            result = pipeline.checkDraft(snapshot, file);
        } catch (InputRejected e) {
            throw new Refused(e.problems());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
        return outcome(result, sourceId, yaml, ids, file.getFileName().toString(), factsChanged());
    }

    private static DeskView.Outcome outcome(CheckResult result, String sourceId, String yaml, List<String> ids, String fileName,
            boolean factsChanged) {
        Map<String, String> statuses = new LinkedHashMap<>();
        Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
        for (String id : ids) {
            ClaimStatus status = result.statuses().of(id);
            statuses.put(id, status == null ? "rejected" : status.label());
            if (status != null) {
                counts.merge(status, 1L, Long::sum);
            }
        }
        List<DeskView.ProblemView> problems = new ArrayList<>();
        int[] claimLines = claimLines(yaml);
        for (Problem p : result.problems()) {
            if (p.location().file() != null && p.location().file().endsWith(fileName)) {
                problems.add(new DeskView.ProblemView(claimAt(claimLines, p.location().line(), ids), p.location().line(),
                        p.location().column(), p.message(), p.hint()));
            }
        }
        int checked = (int) counts.values().stream().mapToLong(Long::longValue).sum();
        DeskView.Summary summary = new DeskView.Summary(ids.size(), checked, ids.size() - checked,
                counts.getOrDefault(ClaimStatus.CONFIRMED, 0L), counts.getOrDefault(ClaimStatus.CORROBORATED, 0L),
                counts.getOrDefault(ClaimStatus.CONTRADICTED, 0L), counts.getOrDefault(ClaimStatus.DISPUTED, 0L),
                counts.getOrDefault(ClaimStatus.UNCORROBORATED, 0L), counts.getOrDefault(ClaimStatus.UNREADABLE, 0L));
        List<DeskView.FindingView> findings = result.findings().stream().map(f -> finding(f, result, sourceId)).toList();
        return new DeskView.Outcome(summary, statuses, findings, problems, yaml, factsChanged);
    }

    private static DeskView.FindingView finding(Finding f, CheckResult result, String sourceId) {
        List<String> draftClaims = f.claims().stream().filter(c -> c.sourceId().equals(sourceId)).map(Claim::id).toList();
        return new DeskView.FindingView(f.rule().id(), f.rule().title(), f.severity().name().toLowerCase(java.util.Locale.ROOT),
                f.verdict().name().toLowerCase(java.util.Locale.ROOT), f.key() == null ? null : f.key().subject(),
                f.key() == null ? null : f.key().property(), f.message(), draftClaims,
                f.claims().stream().map(c -> quoted(c, result, sourceId)).toList(),
                f.support().stream().map(c -> quoted(c, result, sourceId)).toList(),
                f.references().stream().map(DeskService::record).toList());
    }

    private static DeskView.QuotedClaim quoted(Claim c, CheckResult result, String sourceId) {
        ClaimStatus status = result.statuses().of(c.id());
        return new DeskView.QuotedClaim(c.id(), c.source().title(), c.source().outlet(), c.sourceId().equals(sourceId),
                c.value().asWritten(), c.quote(), status == null ? null : status.label());
    }

    private static DeskView.RecordView record(ReferenceRecord r) {
        var citation = r.citation();
        return new DeskView.RecordView(r.id(), r.value().asWritten(), citation == null ? r.issuer() : citation.issuer(),
                citation == null ? null : citation.document(),
                citation == null || citation.date() == null ? null : citation.date().asWritten(),
                citation == null ? null : citation.url());
    }

    /** The line each claim of a written draft starts on ("  - id:"), in order. */
    private static int[] claimLines(String yaml) {
        List<Integer> lines = new ArrayList<>();
        String[] all = yaml.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            if (all[i].startsWith("  - id: ")) {
                lines.add(i + 1);
            }
        }
        return lines.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String claimAt(int[] claimLines, int line, List<String> ids) {
        String at = null;
        for (int i = 0; i < claimLines.length && i < ids.size(); i++) {
            if (claimLines[i] <= line) {
                at = ids.get(i);
            }
        }
        return at;
    }
}
