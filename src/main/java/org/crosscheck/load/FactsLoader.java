package org.crosscheck.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.FactsInput;
import org.crosscheck.model.Location;
import org.crosscheck.model.Phase;
import org.crosscheck.model.Problem;
import org.crosscheck.model.Progress;
import org.crosscheck.model.RawClaim;
import org.crosscheck.model.RawKeyRef;
import org.crosscheck.model.RawRate;
import org.crosscheck.model.RawWaiver;
import org.crosscheck.model.RawReference;
import org.crosscheck.model.RawSource;
import org.crosscheck.model.RawText;
import org.crosscheck.model.RawValue;
import org.crosscheck.model.SourceStatus;
import org.crosscheck.model.ValueKind;
import org.crosscheck.support.ParallelInOrder;
import org.crosscheck.support.Suggestions;

/**
 * Reads every {@code *.yaml}/{@code *.yml} file under a facts directory. Each file is one of four
 * documents, told apart by its top-level key: a source ({@code source:} + {@code claims:}),
 * entities ({@code entities:}), reference records ({@code references:}) or exchange rates ({@code rates:}). Every problem in every
 * file is collected; a broken file never hides another file's problems.
 */
public final class FactsLoader {

    private static final Pattern YAML_FILE = Pattern.compile(".*\\.ya?ml");

    private final YamlReader yaml = new YamlReader();
    private final FactsCache cache;

    /** A loader that parses every file on every run. */
    public FactsLoader() {
        this.cache = FactsCache.off();
    }

    /**
     * A loader that keeps each parsed file in {@code cacheDir} and, on later runs, reads the files
     * that did not change from there instead of parsing them again ({@link FactsCache}).
     */
    public FactsLoader(Path cacheDir) {
        this.cache = FactsCache.in(cacheDir);
    }

    /** As {@link #FactsLoader(Path)}, with a cache given (tests). */
    FactsLoader(FactsCache cache) {
        this.cache = cache;
    }

    /** Thrown only when there is nothing to read at all; everything else becomes a {@link Problem}. */
    public static final class MissingFactsException extends Exception {
        private static final long serialVersionUID = 1L;

        private final String hint;

        MissingFactsException(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    public FactsInput load(Path factsDir) throws MissingFactsException {
        return load(factsDir, List.of());
    }

    /**
     * Reads the facts directory and, in addition, files outside it (an editor's draft). A file that
     * is already inside the directory is read once.
     */
    public FactsInput load(Path factsDir, List<Path> extraFiles) throws MissingFactsException {
        return load(factsDir, extraFiles, Progress.SILENT);
    }

    /** As {@link #load(Path, List)}, telling {@code progress} after each file. */
    public FactsInput load(Path factsDir, List<Path> extraFiles, Progress progress) throws MissingFactsException {
        if (!Files.isDirectory(factsDir)) {
            throw new MissingFactsException("facts directory not found",
                    "pass --facts DIR with a directory of YAML facts files");
        }
        List<Path> files = new ArrayList<>(yamlFiles(factsDir));
        for (Path extra : extraFiles) {
            if (!isInside(factsDir, extra)) {
                files.add(extra);
            }
        }
        if (files.isEmpty()) {
            throw new MissingFactsException("no facts files (*.yaml) in the facts directory",
                    "add source files such as " + factsDir.resolve("sources/example.yaml"));
        }
        Batch batch = new Batch();
        progress.started(Phase.LOAD, files.size());
        // Parsing YAML is most of the cost and each file parses on its own; binding the trees to
        // claims stays on this thread, in file order, while the workers parse the files after them
        ParallelInOrder.map(files, file -> parse(file, displayName(factsDir, file)), file -> {
            batch.problems.addAll(file.problems());
            file.root().ifPresent(root -> bind(root, batch));
        }, done -> progress.advanced(Phase.LOAD, done));
        if (cache.isOn()) {
            cache.prune(files.stream().map(file -> displayName(factsDir, file)).toList());
        }
        progress.finished(Phase.LOAD);
        return batch.finish();
    }

    /** One file parsed to a located tree (empty when it could not be), with the problems found so far. */
    private record Parsed(Optional<YamlNode> root, List<Problem> problems) {
    }

    private Parsed parse(Path file, String display) {
        List<Problem> problems = new ArrayList<>();
        try {
            // refuse before reading: a huge file should cost nothing, not a gigabyte of memory
            if (Files.size(file) > YamlReader.MAX_CODE_POINTS) {
                problems.add(new Problem(Location.ofPath(display), "the file is larger than "
                        + YamlReader.MAX_CODE_POINTS / (1024 * 1024) + " MB a facts file may be", "split the source into several files"));
                return new Parsed(Optional.empty(), problems);
            }
            return new Parsed(cache.read(yaml, display, Files.readAllBytes(file), problems), problems);
        } catch (IOException e) {
            problems.add(new Problem(Location.ofFile(display), "cannot read the file: " + e.getMessage(),
                    "check its permissions"));
            return new Parsed(Optional.empty(), problems);
        }
    }

    /** Reads one file's bytes into the batch; public for tests and fuzzing that have no directory. */
    void readFile(String display, byte[] bytes, Batch batch) {
        yaml.read(display, bytes, batch.problems).ifPresent(root -> bind(root, batch));
    }

    /** Turns one file's tree into sources, entities, references, rates or waivers. */
    private void bind(YamlNode root, Batch batch) {
        if (!(root instanceof YamlNode.Mapping top)) {
            batch.problems.add(new Problem(root.location(),
                    "a facts file must be a mapping, found " + root.describe(),
                    "start the file with 'source:', 'entities:' or 'references:'"));
            return;
        }
        if (top.entries().containsKey("source") || top.entries().containsKey("claims")) {
            readSource(top, batch);
        } else if (top.entries().containsKey("entities")) {
            readEntities(top, batch);
        } else if (top.entries().containsKey("references")) {
            readReferences(top, batch);
        } else if (top.entries().containsKey("rates")) {
            readRates(top, batch);
        } else if (top.entries().containsKey("waivers")) {
            readWaivers(top, batch);
        } else {
            String firstKey = top.entries().keySet().stream().findFirst().orElse("");
            Location at = top.entries().isEmpty() ? top.location() : top.entries().get(firstKey).keyLocation();
            batch.problems.add(new Problem(at, "not a crosscheck facts file: unknown top-level key '" + firstKey + "'",
                    Suggestions.hint(firstKey, List.of("source", "claims", "entities", "references", "rates", "waivers"))));
        }
    }

    private void readSource(YamlNode.Mapping top, Batch batch) {
        Optional<MapReader> file = MapReader.of(top, Shapes.SOURCE_FILE, "a source file", batch.problems);
        if (file.isEmpty()) {
            return;
        }
        List<YamlNode> claimNodes = file.get().items("claims");
        int claimsRead = claimNodes.size();
        batch.claimsRead += claimsRead;
        Optional<MapReader> source = file.get().node("source")
                .flatMap(node -> MapReader.of(node, Shapes.SOURCE, "the source", batch.problems));
        if (source.isEmpty()) {
            return;
        }
        MapReader s = source.get();
        String id = s.id("id");
        String title = s.string("title");
        String outlet = s.string("outlet");
        String url = s.string("url");
        String text = s.string("text");
        SourceStatus status = s.choice("status", SourceStatus.class, SourceStatus.PUBLISHED);
        RawText published = null;
        DateBasis basis = null;
        String note = null;
        if (s.has("published")) {
            Optional<MapReader> p = MapReader.of(s.node("published").orElseThrow(), Shapes.PUBLISHED,
                    "'published'", batch.problems);
            if (p.isPresent()) {
                published = p.get().text("date").orElse(null);
                basis = p.get().choice("basis", DateBasis.class, null);
                note = p.get().string("note");
                if (basis == DateBasis.INFERRED && note == null && p.get().isClean()) {
                    p.get().fail(p.get().location(), "an inferred publication date needs a 'note' saying what it was inferred from",
                            "for example: note: \"mentions the 7 July 2025 protests as past\"");
                }
            }
            if (p.isEmpty() || !p.get().isClean()) {
                return;
            }
        }
        if (!s.isClean() || !file.get().isClean()) {
            return;
        }
        batch.registerId(id, s.location());
        List<RawClaim> claims = new ArrayList<>();
        for (YamlNode node : claimNodes) {
            readClaim(node, batch).ifPresent(claims::add);
        }
        batch.sources.add(new RawSource(id, title, outlet, url, text, published, basis, note, status,
                s.location(), claims, claimsRead));
    }

    private Optional<RawClaim> readClaim(YamlNode node, Batch batch) {
        Optional<MapReader> claim = MapReader.of(node, Shapes.CLAIM, "a claim", batch.problems);
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        MapReader c = claim.get();
        String id = c.id("id");
        RawText subject = c.text("subject").orElse(null);
        RawText property = c.text("property").orElse(null);
        RawValue value = c.node("value").flatMap(v -> readValue(v, batch)).orElse(null);
        String quote = c.string("quote");
        RawText asOf = c.text("as_of").orElse(null);
        List<String> qualifiers = c.strings("qualifiers");
        c.string("note");
        RawKeyRef[] between = c.node("between").map(b -> readBetween(b, batch)).orElse(new RawKeyRef[2]);
        if (!c.isClean() || value == null || (c.has("between") && between[0] == null)) {
            return Optional.empty();
        }
        if (c.has("between") && value.kind() != ValueKind.DURATION) {
            c.fail(c.node("between").orElseThrow().location(), "'between' belongs to a duration claim, this value is a "
                    + value.kind().label(), "write the value as {duration: \"16 years\"} or remove 'between'");
            return Optional.empty();
        }
        if (!batch.registerId(id, c.location())) {
            return Optional.empty();
        }
        return Optional.of(new RawClaim(id, subject, property, value, quote, asOf, qualifiers, c.location(), between[0], between[1]));
    }

    /** The two ends of 'between', or two nulls (with problems) when either cannot be read. */
    private static RawKeyRef[] readBetween(YamlNode node, Batch batch) {
        Optional<MapReader> between = MapReader.of(node, Shapes.BETWEEN, "'between'", batch.problems);
        if (between.isEmpty()) {
            return new RawKeyRef[2];
        }
        RawKeyRef from = between.get().node("from").flatMap(n -> readKeyRef(n, "'from'", batch)).orElse(null);
        RawKeyRef to = between.get().node("to").flatMap(n -> readKeyRef(n, "'to'", batch)).orElse(null);
        return between.get().isClean() && from != null && to != null ? new RawKeyRef[] {from, to} : new RawKeyRef[2];
    }

    private static Optional<RawKeyRef> readKeyRef(YamlNode node, String what, Batch batch) {
        return MapReader.of(node, Shapes.KEY_REF, what, batch.problems).flatMap(ref -> {
            RawText subject = ref.text("subject").orElse(null);
            RawText property = ref.text("property").orElse(null);
            return ref.isClean() ? Optional.of(new RawKeyRef(subject, property)) : Optional.empty();
        });
    }

    private Optional<RawValue> readValue(YamlNode node, Batch batch) {
        Optional<MapReader> value = MapReader.of(node, Shapes.VALUE, "a value", batch.problems);
        if (value.isEmpty() || !value.get().isClean()) {
            return Optional.empty();
        }
        YamlNode.Mapping map = value.get().mapping();
        if (map.entries().size() != 1) {
            value.get().fail(map.location(), "a value must have exactly one kind, found " + map.entries().size(),
                    "write one of: " + String.join(", ", Shapes.VALUE.optional()) + ", e.g. value: {date: \"June 2024\"}");
            return Optional.empty();
        }
        String kindWord = map.entries().keySet().iterator().next();
        ValueKind kind = ValueKind.valueOf(kindWord.toUpperCase(java.util.Locale.ROOT));
        return value.get().text(kindWord).map(t -> new RawValue(kind, t.text(), t.location()));
    }

    /**
     * The items of a list document ("entities:", "references:", "rates:", "waivers:"), each checked
     * against its shape; the list's key is the file shape's one required key. Anything that is not
     * a mapping has become a problem already.
     */
    private static List<MapReader> listItems(YamlNode.Mapping top, Shape fileShape, String fileWhat, Shape itemShape,
            String itemWhat, Batch batch) {
        Optional<MapReader> file = MapReader.of(top, fileShape, fileWhat, batch.problems);
        if (file.isEmpty()) {
            return List.of();
        }
        List<MapReader> items = new ArrayList<>();
        for (YamlNode node : file.get().items(fileShape.required().get(0))) {
            MapReader.of(node, itemShape, itemWhat, batch.problems).ifPresent(items::add);
        }
        return items;
    }

    private void readEntities(YamlNode.Mapping top, Batch batch) {
        for (MapReader item : listItems(top, Shapes.ENTITIES_FILE, "an entities file", Shapes.ENTITY, "an entity", batch)) {
            MapReader e = item;
            String id = e.id("id");
            EntityType type = e.choice("type", EntityType.class, null);
            String name = e.string("name");
            List<String> aliases = e.strings("aliases");
            e.string("note");
            if (e.isClean() && batch.entityId(id, e.location())) {
                batch.entities.add(new Entity(id, type, name, aliases, e.location()));
            }
        }
    }

    private void readReferences(YamlNode.Mapping top, Batch batch) {
        for (MapReader item : listItems(top, Shapes.REFERENCES_FILE, "a references file", Shapes.REFERENCE, "a reference record", batch)) {
            MapReader r = item;
            String id = r.id("id");
            RawText subject = r.text("subject").orElse(null);
            RawText property = r.text("property").orElse(null);
            RawValue value = r.node("value").flatMap(v -> readValue(v, batch)).orElse(null);
            RawText from = r.text("valid_from").orElse(null);
            RawText to = r.text("valid_to").orElse(null);
            boolean certain = r.flag("certain", true);
            r.string("note");
            Optional<RawCitation> citation = r.node("citation").flatMap(c -> readCitation(c, batch));
            if (citation.isEmpty() || !r.isClean() || value == null || !batch.registerId(id, r.location())) {
                continue;
            }
            RawCitation c = citation.get();
            batch.references.add(new RawReference(id, subject, property, value, from, to, c.issuer(), c.document(),
                    c.date(), c.url(), certain, r.location()));
        }
    }

    private void readRates(YamlNode.Mapping top, Batch batch) {
        for (MapReader item : listItems(top, Shapes.RATES_FILE, "a rates file", Shapes.RATE, "an exchange rate", batch)) {
            MapReader r = item;
            String id = r.id("id");
            String from = r.currency("from");
            String to = r.currency("to");
            RawText value = r.text("rate").orElse(null);
            RawText date = r.text("date").orElse(null);
            r.string("note");
            Optional<RawCitation> citation = r.node("citation").flatMap(c -> readCitation(c, batch));
            if (citation.isEmpty() || !r.isClean() || !batch.registerId(id, r.location())) {
                continue;
            }
            RawCitation c = citation.get();
            batch.rates.add(new RawRate(id, from, to, value, date, c.issuer(), c.document(), c.date(), c.url(), r.location()));
        }
    }

    private void readWaivers(YamlNode.Mapping top, Batch batch) {
        for (MapReader w : listItems(top, Shapes.WAIVERS_FILE, "a waivers file", Shapes.WAIVER, "a waiver", batch)) {
            String rule = w.string("rule");
            RawText subject = w.text("subject").orElse(null);
            RawText property = w.text("property").orElse(null);
            List<String> claims = w.strings("claims");
            String reason = w.string("reason");
            String by = w.string("by");
            RawText expires = w.text("expires").orElse(null);
            if (w.isClean()) {
                batch.waivers.add(new RawWaiver(rule, subject, property, claims, reason, by, expires, w.location()));
            }
        }
    }

    /** A citation as read: issuer and document required, date and url optional. */
    private record RawCitation(String issuer, String document, RawText date, String url) {
    }

    private static Optional<RawCitation> readCitation(YamlNode node, Batch batch) {
        return MapReader.of(node, Shapes.CITATION, "a citation", batch.problems).flatMap(c -> {
            RawCitation citation = new RawCitation(c.string("issuer"), c.string("document"), c.text("date").orElse(null),
                    c.string("url"));
            return c.isClean() ? Optional.of(citation) : Optional.empty();
        });
    }

    private static List<Path> yamlFiles(Path dir) throws MissingFactsException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> YAML_FILE.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new MissingFactsException("cannot list the facts directory: " + e.getMessage(), "check its permissions");
        }
    }

    /**
     * The path shown in messages and reports: for a file in the facts directory, the directory as the
     * user gave it followed by the file inside it; for any other file, its path as given.
     */
    public static String displayName(Path factsDir, Path file) {
        if (!isInside(factsDir, file)) {
            return file.toString().replace('\\', '/');
        }
        Path relative = factsDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return factsDir.resolve(relative).toString().replace('\\', '/');
    }

    private static boolean isInside(Path dir, Path file) {
        return file.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize());
    }

    /** What one run has read so far; ids are unique across all files. */
    static final class Batch {
        final List<RawSource> sources = new ArrayList<>();
        final List<Entity> entities = new ArrayList<>();
        final List<RawReference> references = new ArrayList<>();
        final List<RawRate> rates = new ArrayList<>();
        final List<RawWaiver> waivers = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        private final Map<String, Location> ids = new HashMap<>();
        private final Map<String, Location> entityIds = new HashMap<>();
        int claimsRead;

        /** Registers a source, claim, reference or rate id; false (with a problem) when it was used before. */
        boolean registerId(String id, Location at) {
            return register(ids, id, at, "id");
        }

        boolean entityId(String id, Location at) {
            return register(entityIds, id, at, "entity id");
        }

        private boolean register(Map<String, Location> seen, String id, Location at, String what) {
            Location first = seen.putIfAbsent(id, at);
            if (first != null) {
                problems.add(new Problem(at, "duplicate " + what + " '" + id + "', first used at " + first,
                        "ids must be unique across all facts files; rename one of them"));
                return false;
            }
            return true;
        }

        FactsInput finish() {
            return new FactsInput(sources, entities, references, rates, waivers, problems, claimsRead);
        }
    }
}
