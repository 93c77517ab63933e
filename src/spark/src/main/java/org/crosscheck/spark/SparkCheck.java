package org.crosscheck.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.crosscheck.engine.CompiledRules;
import org.crosscheck.engine.Engine;
import org.crosscheck.engine.PortableRules;
import org.crosscheck.engine.RuleBaseBuilder;
import org.crosscheck.engine.RunawayRules;
import org.crosscheck.load.SettingsLoader;
import org.crosscheck.model.Accounting;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.FactsInput;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.crosscheck.model.Progress;
import org.crosscheck.model.RawKeyRef;
import org.crosscheck.model.RawRate;
import org.crosscheck.model.RawReference;
import org.crosscheck.model.RawSource;
import org.crosscheck.model.RawWaiver;
import org.crosscheck.model.Settings;
import org.crosscheck.model.Severity;
import org.crosscheck.model.SourceTexts;
import org.crosscheck.normalize.ClaimIndex;
import org.crosscheck.normalize.EntityIndex;
import org.crosscheck.normalize.NormalizedFacts;
import org.crosscheck.normalize.Normalizer;
import org.crosscheck.normalize.Tolerance;
import org.crosscheck.pipeline.CheckPipeline;
import org.crosscheck.triage.Triage;
import scala.Tuple2;

/**
 * The check as a Spark job: the command line's load, normalize and engine classes, run per file and
 * per key on the executors, with the few decisions that span the corpus (which use of an id comes
 * first, the entities, the reference records, the rates) taken once on the driver.
 *
 * <pre>
 * driver: list files ─▶ executors: parse each file (ids, problems, claim counts)
 *         ─ shuffle by id ─▶ driver: duplicate ids; read the shared files; compile the rules once
 *         ─ broadcast (model jar, entities, settings, records, rates) ─▶ executors: parse and
 *         normalize each file ─ shuffle by key, sorted ─▶ executors: rules per batch of keys
 *         ─ sort ─▶ findings (JSON Lines, Parquet), accounting and problems
 * </pre>
 */
public final class SparkCheck {

    /**
     * What the job was asked to do.
     *
     * @param baseline a baseline file on the driver's disk (as written by {@code crosscheck baseline}), or null
     * @param today    the day waivers expire against
     */
    public record Request(String facts, Path rules, Path config, String out, Severity failOn, int partitions, Path baseline,
            LocalDate today) {

        /** No baseline; waivers expire against the date of SOURCE_DATE_EPOCH if set, else today (UTC), as on the command line. */
        public Request(String facts, Path rules, Path config, String out, Severity failOn, int partitions) {
            this(facts, rules, config, out, failOn, partitions, null, defaultToday());
        }
    }

    /** The command line's default for --today. */
    public static LocalDate defaultToday() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        try {
            if (epoch != null && !epoch.isBlank()) {
                return LocalDate.ofInstant(java.time.Instant.ofEpochSecond(Long.parseLong(epoch.trim())), java.time.ZoneOffset.UTC);
            }
        } catch (RuntimeException e) {
            // not a number of seconds: today, as the command line's reports then say
        }
        return LocalDate.now(java.time.ZoneOffset.UTC);
    }

    /**
     * What it found, besides the findings it wrote.
     *
     * @param fixed the baseline's entries that no finding matches any more (empty without a baseline)
     */
    public record Result(Accounting accounting, List<Problem> problems, Map<Severity, Long> findings, boolean failing,
            List<String> fixed) {

        /** The command line's exit code for this result: 2 for problems, 1 for failing findings, else 0. */
        public int exitCode() {
            return !problems.isEmpty() ? 2 : failing ? 1 : 0;
        }
    }

    /** The facts or the rules cannot be checked at all; the problems say why. */
    public static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<Problem> problems;

        Rejected(List<Problem> problems) {
            super(problems.isEmpty() ? "rejected" : problems.get(0).describe());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /**
     * Claims per partition of the keyed stages by default: a million-claim corpus keeps the four
     * partitions of two cores, whose blocks a 4 GB heap read back; ten million get forty.
     */
    static final long CLAIMS_PER_PARTITION = 250_000;

    /**
     * How the findings are kept between the stages that read them: on disk only. Kept in memory as
     * well, Spark read each block back from disk into one buffer, outside the accounting of the rules'
     * own working memory, and the ten-million-claim run ran out of a 4 GB heap doing so.
     */
    static final StorageLevel KEPT = StorageLevel.DISK_ONLY();

    private final SparkSession spark;
    private final JavaSparkContext sc;

    public SparkCheck(SparkSession spark) {
        this.spark = spark;
        this.sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    public Result run(Request request) throws Rejected, IOException {
        Configuration conf = sc.hadoopConfiguration();
        HadoopConf hadoop = new HadoopConf(conf);
        List<CorpusFile> files;
        try {
            files = CorpusFiles.list(request.facts(), conf);
        } catch (CorpusFiles.Missing e) {
            throw new Rejected(List.of(new Problem(Location.ofPath(request.facts()), e.getMessage(), e.hint)));
        }
        int partitions = request.partitions() > 0 ? request.partitions() : sc.defaultParallelism() * 2;
        JavaRDD<CorpusFile> fileRdd = sc.parallelize(files, Math.max(1, Math.min(files.size(), partitions * 4)));

        // the rules: compiled once, here, to the executable model; only the jar travels
        RuleBaseBuilder.PortableBuild built = new RuleBaseBuilder().buildPortable(request.rules());
        if (built.portable().isEmpty()) {
            throw new Rejected(built.build().problems());
        }
        PortableRules portable = built.portable().get();
        CompiledRules compiled = built.build().rules().orElseThrow();
        List<Problem> problems = new ArrayList<>();
        Settings settings = request.config() == null ? Settings.DEFAULT : new SettingsLoader().load(request.config(), problems);
        problems.addAll(CheckPipeline.settingsProblems(settings, compiled));
        if (!problems.isEmpty()) {
            throw new Rejected(problems.stream().sorted().toList());
        }

        // first pass: ids, problems and counts per file; the uses of each id meet in the shuffle
        List<Tuple2<String, Iterable<Serializable>>> firstPass = fileRdd
                .flatMapToPair(file -> FirstPass.read(file, hadoop))
                .groupByKey(partitions)
                .filter(entry -> entry._1().startsWith("\u0000") || moreThanOne(entry._2()))
                .collect();
        List<FirstPass.Summary> summaries = new ArrayList<>();
        Map<String, List<FirstPass.Use>> duplicated = new HashMap<>();
        for (Tuple2<String, Iterable<Serializable>> entry : firstPass) {
            for (Serializable value : entry._2()) {
                if (value instanceof FirstPass.Summary summary) {
                    summaries.add(summary);
                } else {
                    duplicated.computeIfAbsent(entry._1(), k -> new ArrayList<>()).add((FirstPass.Use) value);
                }
            }
        }
        summaries.sort(java.util.Comparator.comparingInt(FirstPass.Summary::file));
        Duplicates.Outcome duplicates = Duplicates.resolve(duplicated);
        summaries.forEach(s -> problems.addAll(s.problems()));
        problems.addAll(duplicates.problems());
        long loaded = summaries.stream().mapToLong(FirstPass.Summary::claimsRead).sum();

        // the pieces every key may need, from the (few) files that declare them, read here
        List<Entity> entities = new ArrayList<>();
        List<RawReference> references = new ArrayList<>();
        List<RawRate> rates = new ArrayList<>();
        List<RawWaiver> waivers = new ArrayList<>();
        for (FirstPass.Summary summary : summaries) {
            if (summary.declaresShared()) {
                FactsInput input = CorpusFiles.read(files.get(summary.file()), conf)
                        .input(duplicates.taken().getOrDefault(summary.file(), Set.of()));
                entities.addAll(input.entities());
                references.addAll(input.references());
                rates.addAll(input.rates());
                waivers.addAll(input.waivers());
            }
        }
        Normalizer normalizer = new Normalizer(Tolerance.ofPercent(settings.thresholds().approxPercent()));
        NormalizedFacts sharedFacts = normalizer.normalize(new FactsInput(List.<RawSource>of(), entities, references, rates,
                waivers, List.of(), 0));
        problems.addAll(sharedFacts.problems());
        problems.addAll(CheckPipeline.waiverProblems(sharedFacts.corpus().waivers(), compiled));
        org.crosscheck.model.Baseline baseline = request.baseline() == null ? null
                : new org.crosscheck.load.BaselineLoader().load(request.baseline(), problems).orElse(null);
        List<org.crosscheck.model.Waiver> declared = sharedFacts.corpus().waivers();
        Triage.Marker triage = new Triage.Marker(declared, baseline, request.today());
        EntityIndex entityIndex = new EntityIndex(entities);
        Map<ClaimKey, Set<ClaimKey>> needs = needs(summaries, entityIndex);

        // a partition's findings are persisted as one block and read back whole: at ten million claims
        // four partitions made blocks Spark could not read back into a 4 GB heap, so the keyed stages
        // get a partition per CLAIMS_PER_PARTITION claims (unless --partitions says otherwise)
        int keyedPartitions = request.partitions() > 0 ? partitions
                : Math.max(partitions, (int) Math.min(Integer.MAX_VALUE, (loaded + CLAIMS_PER_PARTITION - 1) / CLAIMS_PER_PARTITION));

        Broadcast<Shared> shared = sc.broadcast(new Shared(portable, entities, settings, sharedFacts.corpus().references(),
                sharedFacts.corpus().rates(), duplicates.taken(), needs, request.failOn(), triage));

        // second pass: normalize, key, shuffle sorted by key, and run the rules batch by batch
        JavaRDD<Serializable> checked = fileRdd
                .flatMapToPair(file -> SecondPass.read(file, hadoop, shared))
                .repartitionAndSortWithinPartitions(new ShuffleKey.ByGroup(keyedPartitions), new ShuffleKey.Order())
                .mapPartitions(records -> KeyedCheck.of(records, shared))
                .persist(KEPT);
        List<Serializable> tallied = checked.filter(out -> out instanceof FileTally).collect();
        int sources = 0;
        long checkedClaims = 0;
        for (Serializable out : tallied) {
            FileTally tally = (FileTally) out;
            sources += tally.sources();
            checkedClaims += tally.checked();
            problems.addAll(tally.problems());
        }
        Accounting accounting = new Accounting(sources, Math.toIntExact(loaded), Math.toIntExact(checkedClaims),
                Math.toIntExact(loaded - checkedClaims));

        // rules that match no key fire once per batch on the command line too, and are kept once
        List<FindingRow> keyless = keyless(compiled, sharedFacts, settings, request.failOn(), triage);
        JavaRDD<FindingRow> found = checked.filter(out -> out instanceof FindingRow).map(out -> (FindingRow) out)
                .union(sc.parallelize(keyless, 1));
        // what spans every finding, gathered small: the waivers used, and the baseline's entries still found
        Set<org.crosscheck.model.Waiver> used = new HashSet<>();
        found.map(FindingRow::waiver).filter(w -> w >= 0).distinct().collect().forEach(w -> used.add(declared.get(w)));
        Set<String> present = baseline == null ? Set.of()
                : new HashSet<>(found.map(FindingRow::identity).filter(java.util.Objects::nonNull).distinct().collect());
        List<String> fixed = triage.fixed(present);
        List<org.crosscheck.model.RuleInfo> effective = new ArrayList<>(settings.apply(compiled.rules()));
        effective.addAll(settings.apply(org.crosscheck.triage.BuiltInRules.ALL));
        List<FindingRow> aboutWaivers = Triage.aboutWaivers(declared, used, request.today(), Triage.byId(effective)).stream()
                .map(f -> FindingRow.of(f, request.failOn(), org.crosscheck.model.ClaimStatuses.NONE)).toList();
        JavaRDD<FindingRow> rows = found.union(sc.parallelize(aboutWaivers, 1));
        JavaRDD<FindingRow> sorted = rows.mapToPair(row -> new Tuple2<>(row, Boolean.TRUE))
                .sortByKey(new FindingRow.Order(), true, keyedPartitions)
                .keys()
                .mapPartitions(SparkCheck::withoutRepeats)
                .persist(KEPT);
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, 0L);
        }
        sorted.map(FindingRow::severity).countByValue().forEach((rank, count) -> bySeverity.put(Severity.values()[rank], count));
        boolean failing = !sorted.filter(FindingRow::failing).isEmpty();

        String out = request.out().replaceAll("/+$", "");
        sorted.map(FindingRow::json).saveAsTextFile(out + "/findings.jsonl");
        spark.createDataFrame(sorted.map(SparkCheck::row), schema()).write().mode(SaveMode.ErrorIfExists)
                .parquet(out + "/findings.parquet");
        List<Problem> allProblems = problems.stream().sorted().distinct().toList();
        Result result = new Result(accounting, allProblems, bySeverity, failing, fixed);
        writeSummary(out, result, conf);
        sorted.unpersist();
        checked.unpersist();
        shared.destroy();
        return result;
    }

    private static boolean moreThanOne(Iterable<Serializable> values) {
        java.util.Iterator<Serializable> each = values.iterator();
        each.next();
        return each.hasNext();
    }

    /** For each key a duration measures between, the duration keys that reach for its claims. */
    private static Map<ClaimKey, Set<ClaimKey>> needs(List<FirstPass.Summary> summaries, EntityIndex entities) {
        Map<ClaimKey, Set<ClaimKey>> needs = new HashMap<>();
        for (FirstPass.Summary summary : summaries) {
            for (FirstPass.Between between : summary.betweens()) {
                ClaimKey own = key(entities, between.subject(), between.property());
                if (own == null) {
                    continue; // the claim is rejected; nothing reaches
                }
                for (RawKeyRef ref : List.of(between.from(), between.to())) {
                    ClaimKey reached = key(entities, ref.subject(), ref.property());
                    if (reached != null) {
                        needs.computeIfAbsent(reached, k -> new HashSet<>()).add(own);
                    }
                }
            }
        }
        return needs;
    }

    private static ClaimKey key(EntityIndex entities, org.crosscheck.model.RawText subject, org.crosscheck.model.RawText property) {
        return entities.resolve(subject.text()).map(id -> new ClaimKey(id, property.text())).orElse(null);
    }

    /** The findings of rules that match no key: one empty batch, as the command line runs when there are no claims. */
    private static List<FindingRow> keyless(CompiledRules compiled, NormalizedFacts shared, Settings settings, Severity failOn,
            Triage.Marker triage) throws Rejected {
        Corpus corpus = new Corpus(List.of(), List.of(), List.of(), shared.corpus().references(), shared.corpus().rates(), List.of());
        try {
            List<Finding> found = new Engine().run(compiled, corpus, List.of(), new ClaimIndex(List.of()), SourceTexts.NONE,
                    settings, Progress.SILENT);
            // findings about no key name no claim, so no status is needed
            return found.stream().map(f -> FindingRow.marked(f, triage, failOn, org.crosscheck.model.ClaimStatuses.NONE)).toList();
        } catch (RunawayRules e) {
            throw new Rejected(e.problems());
        }
    }

    /** Drops repeats, which the sort has put next to each other. */
    private static java.util.Iterator<FindingRow> withoutRepeats(java.util.Iterator<FindingRow> sorted) {
        return new java.util.Iterator<>() {
            private FindingRow previous;
            private FindingRow next = advance();

            private FindingRow advance() {
                while (sorted.hasNext()) {
                    FindingRow row = sorted.next();
                    if (!row.equals(previous)) {
                        previous = row;
                        return row;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public FindingRow next() {
                FindingRow row = next;
                if (row == null) {
                    throw new java.util.NoSuchElementException();
                }
                next = advance();
                return row;
            }
        };
    }

    private static StructType schema() {
        return new StructType()
                .add("rule", DataTypes.StringType, false)
                .add("severity", DataTypes.StringType, false)
                .add("verdict", DataTypes.StringType, false)
                .add("subject", DataTypes.StringType, false)
                .add("property", DataTypes.StringType, false)
                .add("claims", DataTypes.createArrayType(DataTypes.StringType, false), false)
                .add("message", DataTypes.StringType, false)
                .add("failing", DataTypes.BooleanType, false);
    }

    private static Row row(FindingRow f) {
        return RowFactory.create(f.rule(), f.severityLabel(), f.verdict(), f.subject(), f.property(),
                scala.jdk.javaapi.CollectionConverters.asScala(f.claims()).toSeq(), f.message(), f.failing());
    }

    /** summary.json (accounting, findings per severity, outcome) and problems.txt, one file:line:col line each. */
    private static void writeSummary(String out, Result result, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(out);
        FileSystem fs = dir.getFileSystem(conf);
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode summary = mapper.createObjectNode();
        Accounting a = result.accounting();
        summary.put("sources", a.sources());
        com.fasterxml.jackson.databind.node.ObjectNode claims = summary.putObject("claims");
        claims.put("loaded", a.loaded());
        claims.put("checked", a.checked());
        claims.put("rejected", a.rejected());
        com.fasterxml.jackson.databind.node.ObjectNode findings = summary.putObject("findings");
        result.findings().forEach((severity, count) -> findings.put(severity.label(), count));
        summary.put("problems", result.problems().size());
        if (!result.fixed().isEmpty()) {
            com.fasterxml.jackson.databind.node.ArrayNode fixed = summary.putObject("baseline").putArray("fixed");
            result.fixed().forEach(fixed::add);
        }
        summary.put("exitCode", result.exitCode());
        write(fs, new org.apache.hadoop.fs.Path(dir, "summary.json"),
                mapper.writerWithDefaultPrettyPrinter().writeValueAsString(summary) + "\n");
        StringBuilder lines = new StringBuilder();
        result.problems().forEach(p -> lines.append(p.describe()).append('\n'));
        write(fs, new org.apache.hadoop.fs.Path(dir, "problems.txt"), lines.toString());
    }

    private static void write(FileSystem fs, org.apache.hadoop.fs.Path file, String text) throws IOException {
        try (OutputStream stream = fs.create(file, true)) {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
