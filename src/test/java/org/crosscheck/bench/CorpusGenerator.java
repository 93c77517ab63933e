package org.crosscheck.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic corpus in the real facts format, the same bytes for the same {@link Spec}.
 *
 * <p>Every key has a true value. Most claims state it, some hedged or less precisely (which the
 * rules report as agreement or refinement), a controllable share state a different value
 * (conflicts), some dates are relative to the source's publication date, some keys are running
 * totals with an {@code as_of} date, and some keys have a reference record. Key 0 is the hot key:
 * it gets {@link Spec#hotKeyClaims()} claims, spread over all sources.
 *
 * <p>Each claim's key and form are drawn from its own seeded random stream, so a claim does not
 * depend on the order in which others were written.
 */
public final class CorpusGenerator {

    /**
     * @param sources        number of source files
     * @param keys           number of distinct keys (subject + property)
     * @param claims         number of claims in all
     * @param hotKeyClaims   claims on key 0
     * @param conflictShare  share of claims that state a wrong value
     * @param relativeShare  share of date claims written relative to publication ("3 weeks ago")
     * @param hedgedShare    share of claims hedged ("about", "nearly") or less precise
     * @param referenceShare share of date and amount keys with a reference record
     * @param seed           the seed; the same spec writes the same bytes
     */
    public record Spec(int sources, int keys, int claims, int hotKeyClaims, double conflictShare, double relativeShare,
            double hedgedShare, double referenceShare, long seed) {

        public Spec {
            if (sources < 1 || keys < 2 || claims < 1 || hotKeyClaims < 0 || hotKeyClaims > claims) {
                throw new IllegalArgumentException("need sources >= 1, keys >= 2, claims >= 1, 0 <= hot-key claims <= claims");
            }
        }

        /** The benchmark's shape for N claims: 100 claims a source, 10 a key, one key with 1% of the claims. */
        public static Spec forClaims(int claims) {
            return new Spec(Math.max(1, claims / 100), Math.max(2, claims / 10), claims, Math.max(1, claims / 100),
                    0.05, 0.10, 0.20, 0.10, 20_240_624L);
        }

        public Spec withHotKey(int hotClaims) {
            return new Spec(sources, keys, claims, hotClaims, conflictShare, relativeShare, hedgedShare, referenceShare, seed);
        }

        /** A directory name that identifies the spec, for caching generated corpora. */
        public String slug() {
            return String.format(Locale.ROOT, "n%d-s%d-k%d-h%d-c%.3f-r%.3f-g%.3f-f%.3f-seed%d", claims, sources, keys,
                    hotKeyClaims, conflictShare, relativeShare, hedgedShare, referenceShare, seed);
        }
    }

    /** The kinds of key, by key number modulo 4. */
    enum Kind { DATE, AMOUNT, COUNT, RUNNING_TOTAL }

    private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);
    private static final LocalDate FIRST_PUBLICATION = LocalDate.of(2025, 6, 1);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build();

    /**
     * Entities (and the reference records of their keys) per file: about 10 MB, half of what the loader
     * takes in one facts file. Up to 2 million claims the corpus keeps one entities.yaml; beyond, the
     * entities of ten million claims (52 MB) in one file were refused, and every claim with them.
     */
    static final int KEYS_PER_FILE = 200_000;

    private final Spec spec;
    private final int keysPerFile;

    public CorpusGenerator(Spec spec) {
        this(spec, KEYS_PER_FILE);
    }

    CorpusGenerator(Spec spec, int keysPerFile) {
        this.spec = spec;
        this.keysPerFile = keysPerFile;
    }

    /** Writes entities, reference records and one file per source under {@code dir}. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        Files.createDirectories(dir.resolve("reference"));
        for (int first = 0, part = 1; first < spec.keys(); first += keysPerFile, part++) {
            int end = Math.min(spec.keys(), first + keysPerFile);
            String suffix = part == 1 ? "" : "-" + part;
            writeEntities(dir.resolve("entities" + suffix + ".yaml"), first, end);
            writeReferences(dir.resolve("reference/records" + suffix + ".yaml"), first, end);
        }
        List<List<Integer>> bySource = new ArrayList<>();
        for (int s = 0; s < spec.sources(); s++) {
            bySource.add(new ArrayList<>());
        }
        for (int i = 0; i < spec.claims(); i++) {
            bySource.get(i % spec.sources()).add(i);
        }
        for (int s = 0; s < spec.sources(); s++) {
            writeSource(dir.resolve(String.format(Locale.ROOT, "sources/src-%06d.yaml", s)), s, bySource.get(s));
        }
    }

    /** The key claim {@code i} is about: the hot key for the first claims, then spread at random. */
    int keyOf(int claim) {
        if (claim < spec.hotKeyClaims()) {
            return 0;
        }
        return 1 + random(claim, 1).nextInt(spec.keys() - 1);
    }

    static Kind kindOf(int key) {
        return Kind.values()[key % 4];
    }

    private SplittableRandom random(long a, long b) {
        return new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L + a * 1_000_003L + b);
    }

    private LocalDate trueDate(int key) {
        return EPOCH.plusDays(Math.floorMod(key * 37L, 1_800));
    }

    private long trueAmountMillions(int key) {
        return 100 + Math.floorMod(key * 7L, 900);
    }

    private long trueCount(int key) {
        return 100 + Math.floorMod(key * 13L, 5_000);
    }

    private LocalDate published(int source) {
        return FIRST_PUBLICATION.plusDays(source % 180);
    }

    private boolean hasReference(int key) {
        Kind kind = kindOf(key);
        return (kind == Kind.DATE || kind == Kind.AMOUNT) && random(key, 2).nextDouble() < spec.referenceShare();
    }

    private void writeEntities(Path file, int firstKey, int endKey) throws IOException {
        try (YamlOut out = new YamlOut(file)) {
            JsonGenerator g = out.g;
            g.writeStartObject();
            g.writeArrayFieldStart("entities");
            for (int k = firstKey; k < endKey; k++) {
                g.writeStartObject();
                g.writeStringField("id", entity(k));
                g.writeStringField("type", kindOf(k) == Kind.DATE ? "event" : "project");
                g.writeStringField("name", "Subject " + k);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private void writeReferences(Path file, int firstKey, int endKey) throws IOException {
        try (YamlOut out = new YamlOut(file)) {
            JsonGenerator g = out.g;
            g.writeStartObject();
            g.writeArrayFieldStart("references");
            for (int k = firstKey; k < endKey; k++) {
                if (!hasReference(k)) {
                    continue;
                }
                g.writeStartObject();
                g.writeStringField("id", "ref-" + k);
                g.writeStringField("subject", entity(k));
                g.writeStringField("property", property(k));
                g.writeObjectFieldStart("value");
                if (kindOf(k) == Kind.DATE) {
                    g.writeStringField("date", trueDate(k).toString());
                } else {
                    g.writeStringField("quantity", "$" + trueAmountMillions(k) + " million");
                }
                g.writeEndObject();
                g.writeObjectFieldStart("citation");
                g.writeStringField("issuer", "Registry " + (k % 10));
                g.writeStringField("document", "Record " + k);
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private void writeSource(Path file, int source, List<Integer> claims) throws IOException {
        try (YamlOut out = new YamlOut(file)) {
            JsonGenerator g = out.g;
            g.writeStartObject();
            g.writeObjectFieldStart("source");
            g.writeStringField("id", "src-" + source);
            g.writeStringField("title", "Generated article " + source);
            g.writeStringField("outlet", "Outlet " + (source % 50));
            g.writeObjectFieldStart("published");
            g.writeStringField("date", published(source).toString());
            g.writeStringField("basis", "stated");
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("claims");
            for (int claim : claims) {
                writeClaim(g, claim, published(source));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private void writeClaim(JsonGenerator g, int claim, LocalDate published) throws IOException {
        int key = keyOf(claim);
        SplittableRandom r = random(claim, 3);
        boolean conflict = r.nextDouble() < spec.conflictShare();
        boolean hedged = r.nextDouble() < spec.hedgedShare();
        boolean relative = r.nextDouble() < spec.relativeShare();
        Kind kind = kindOf(key);
        String valueKind;
        String value;
        String asOf = null;
        switch (kind) {
            case DATE -> {
                valueKind = "date";
                LocalDate date = conflict ? trueDate(key).plusDays(200 + r.nextInt(400)) : trueDate(key);
                if (date.isAfter(published)) {
                    date = date.minusYears(2);
                }
                long daysAgo = ChronoUnit.DAYS.between(date, published);
                if (relative && daysAgo > 0) {
                    value = daysAgo + " days ago";
                } else if (hedged) {
                    value = date.format(MONTH_YEAR);
                } else {
                    value = r.nextBoolean() ? date.toString() : date.format(DAY_MONTH_YEAR);
                }
            }
            case AMOUNT -> {
                valueKind = "quantity";
                long millions = conflict ? trueAmountMillions(key) * 2 + 10 : trueAmountMillions(key);
                value = (hedged ? "about " : "") + "$" + millions + " million";
            }
            case COUNT -> {
                valueKind = "quantity";
                long count = conflict ? trueCount(key) * 3 / 2 + 7 : trueCount(key);
                value = (hedged ? "nearly " : "") + String.format(Locale.ROOT, "%,d", count) + " people";
            }
            default -> {
                valueKind = "quantity";
                int step = r.nextInt(12);
                long total = trueCount(key) + step * 50L;
                value = String.valueOf(conflict ? total / 3 : total);
                asOf = EPOCH.plusMonths(step).toString();
            }
        }
        g.writeStartObject();
        g.writeStringField("id", "c" + claim);
        g.writeStringField("subject", entity(key));
        g.writeStringField("property", property(key));
        g.writeObjectFieldStart("value");
        g.writeStringField(valueKind, value);
        g.writeEndObject();
        g.writeStringField("quote", "Officials said the figure for subject " + key + " was " + value + ", according to the report.");
        if (asOf != null) {
            g.writeStringField("as_of", asOf);
        }
        g.writeEndObject();
    }

    private static String entity(int key) {
        return "e" + key;
    }

    private static String property(int key) {
        return switch (kindOf(key)) {
            case DATE -> "date";
            case AMOUNT -> "cost";
            case COUNT -> "people-affected";
            case RUNNING_TOTAL -> "people-housed";
        };
    }

    /** A YAML generator on a file, with the schema comment the bundled facts carry. */
    private static final class YamlOut implements AutoCloseable {
        private final OutputStream stream;
        private final JsonGenerator g;

        YamlOut(Path file) throws IOException {
            stream = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            g = YAML.createGenerator(stream);
        }

        @Override
        public void close() throws IOException {
            try {
                g.close();
            } finally {
                stream.close();
            }
        }
    }

    /** Writes the corpus once per spec under {@code cache} and returns its directory. */
    public static Path cached(Spec spec, Path cache) {
        Path dir = cache.resolve(spec.slug());
        Path done = dir.resolve(".complete");
        if (Files.exists(done)) {
            return dir;
        }
        try {
            new CorpusGenerator(spec).write(dir);
            Files.writeString(done, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
