package org.crosscheck.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.model.FactsInput;
import org.crosscheck.model.Location;
import org.crosscheck.model.Phase;
import org.crosscheck.model.Problem;
import org.crosscheck.model.Progress;
import org.crosscheck.model.RawSource;
import org.crosscheck.support.ParallelInOrder;

/**
 * Reads every {@code *.yaml}/{@code *.yml} file under a facts directory: each file is parsed
 * ({@link YamlReader}, or {@link FactsCache} when it did not change) and bound to what it declares
 * ({@link FactsBinder}) on its own, and the files then join the run in order, where ids are checked
 * across them. Every problem in every file is collected; a broken file never hides another file's
 * problems.
 */
public final class FactsLoader {

    private static final Pattern YAML_FILE = Pattern.compile(".*\\.ya?ml");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

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
        List<Problem> listing = new ArrayList<>();
        List<Path> files = new ArrayList<>(yamlFiles(factsDir, listing).files());
        for (Path extra : extraFiles) {
            if (!isInside(factsDir, extra)) {
                files.add(extra);
            }
        }
        if (files.isEmpty() && listing.isEmpty()) {
            throw new MissingFactsException("no facts files (*.yaml) in the facts directory",
                    "add source files such as " + factsDir.resolve("sources/example.yaml"));
        }
        Batch batch = new Batch();
        listing.forEach(problem -> batch.add(FileFacts.unread(problem)));
        progress.started(Phase.LOAD, files.size());
        // Each file parses and binds on its own, on the workers; only checking that ids are unique
        // across files is left to this thread, which takes the files in order while the workers go on
        ParallelInOrder.map(files, file -> read(file, displayName(factsDir, file)), batch::add,
                done -> progress.advanced(Phase.LOAD, done));
        if (cache.isOn()) {
            cache.prune(files.stream().map(file -> displayName(factsDir, file)).toList());
        }
        progress.finished(Phase.LOAD);
        return batch.finish();
    }

    /**
     * Reads the given files of a facts directory, in order, each from its kept tree when
     * {@code kept} has one (the store's, {@code org.crosscheck.store}) and else from the file, and
     * then {@code extraFiles} outside the directory; ids are checked across them as in
     * {@link #load(Path, List, Progress)}, so the same files give the same input either way.
     *
     * @param files files of {@code factsDir}, in the order {@link #factsFiles} lists them
     * @param kept  a file's tree as {@link IndexedFile#encodedTree} wrote it, or null to read the file
     */
    public FactsInput loadKept(Path factsDir, List<Path> files, java.util.function.Function<Path, byte[]> kept,
            List<Path> extraFiles, Progress progress) {
        List<Path> all = new ArrayList<>(files);
        for (Path extra : extraFiles) {
            if (!isInside(factsDir, extra)) {
                all.add(extra);
            }
        }
        Batch batch = new Batch();
        progress.started(Phase.LOAD, all.size());
        ParallelInOrder.map(all, file -> {
            String display = displayName(factsDir, file);
            byte[] tree = isInside(factsDir, file) ? kept.apply(file) : null;
            if (tree != null) {
                Optional<YamlNode> root = IndexedFile.decodeTree(display, tree);
                if (root.isPresent()) {
                    FileFacts facts = new FileFacts();
                    FactsBinder.bind(root.get(), facts);
                    return facts;
                }
            }
            return read(file, display);
        }, batch::add, done -> progress.advanced(Phase.LOAD, done));
        progress.finished(Phase.LOAD);
        return batch.finish();
    }

    /**
     * The facts files of a directory, in the order every run reads them; what cannot be read as one
     * (a link out of the directory, a name with a control character) goes to {@code problems}.
     */
    public static List<Path> factsFiles(Path dir, List<Problem> problems) throws MissingFactsException {
        return yamlFiles(dir, problems).files();
    }

    /**
     * The facts files of a directory, in the order {@link #factsFiles} gives them, each with what the
     * stat call that listed it said (null for a file reached through a link: that call stated the
     * link), so a caller comparing them with what it kept need not state every file again.
     */
    public record Listing(List<Path> files, List<FileStat> stats) {
        public Listing {
            files = List.copyOf(files);
            stats = Collections.unmodifiableList(new ArrayList<>(stats)); // List.copyOf refuses the nulls
        }
    }

    /** As {@link #factsFiles}, with each file's {@link FileStat} from the listing. */
    public static Listing listFacts(Path dir, List<Problem> problems) throws MissingFactsException {
        return yamlFiles(dir, problems);
    }

    /** A file found while listing, with its stat when it was not reached through a link. */
    private record Listed(Path file, FileStat stat) {
    }

    /** One file parsed and bound; runs on a worker. */
    private FileFacts read(Path file, String display) {
        try {
            // refuse before reading: a huge file should cost nothing, not a gigabyte of memory
            if (Files.size(file) > YamlReader.MAX_CODE_POINTS) {
                return FileFacts.unread(new Problem(Location.ofPath(display), "the file is larger than "
                        + YamlReader.MAX_CODE_POINTS / (1024 * 1024) + " MB a facts file may be", "split the source into several files"));
            }
            return bound(display, Files.readAllBytes(file));
        } catch (IOException e) {
            return FileFacts.unread(new Problem(Location.ofFile(display), "cannot read the file: " + e.getMessage(),
                    "check its permissions"));
        }
    }

    /** One file's bytes parsed (or taken from the cache) and bound. */
    private FileFacts bound(String display, byte[] bytes) {
        FileFacts facts = new FileFacts();
        cache.read(yaml, display, bytes, facts.problems).ifPresent(root -> FactsBinder.bind(root, facts));
        return facts;
    }

    /** Reads one file's bytes into the batch; for tests and fuzzing that have no directory. */
    void readFile(String display, byte[] bytes, Batch batch) {
        batch.add(bound(display, bytes));
    }

    /**
     * The YAML files under {@code dir}, in order. Links are followed where they stay inside the
     * facts directory (the directory given may itself be a link); a link leading outside it, a
     * directory that cannot be read, and a file name holding a line break or another control
     * character are each reported in {@code problems}, never skipped without a word.
     */
    private static Listing yamlFiles(Path dir, List<Problem> problems) throws MissingFactsException {
        Path root;
        try {
            root = dir.toRealPath();
        } catch (IOException e) {
            throw new MissingFactsException("cannot read the facts directory: " + e.getMessage(), "check its permissions");
        }
        List<Listed> files = new ArrayList<>();
        Set<Path> visited = new java.util.HashSet<>();
        visited.add(root);
        try {
            collect(dir, root, dir, visited, files, problems);
        } catch (IOException e) {
            throw new MissingFactsException("cannot list the facts directory: " + e.getMessage(), "check its permissions");
        }
        files.sort(java.util.Comparator.comparing(Listed::file));
        return new Listing(files.stream().map(Listed::file).toList(), files.stream().map(Listed::stat).toList());
    }

    private static void collect(Path factsDir, Path root, Path dir, Set<Path> visited, List<Listed> files, List<Problem> problems)
            throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.sorted().toList();
        } catch (java.nio.file.AccessDeniedException e) {
            if (dir.equals(factsDir)) {
                throw e;
            }
            problems.add(new Problem(Location.ofPath(displayName(factsDir, dir)), "cannot read this directory of the facts: permission denied",
                    "give yourself read and execute permission on it (chmod u+rx), or move it out of the facts directory"));
            return;
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            boolean yamlName = YAML_FILE.matcher(CONTROL.matcher(name).replaceAll("_")).matches();
            // one stat call for what the entry is; at ten thousand files, three calls each were most of the listing
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                continue; // gone since the directory was read
            }
            Path real = entry;
            boolean directory = attributes.isDirectory();
            boolean regular = attributes.isRegularFile();
            FileStat stat = regular ? FileStat.of(attributes) : null;
            if (attributes.isSymbolicLink()) {
                try {
                    real = entry.toRealPath();
                } catch (IOException e) {
                    if (yamlName) {
                        problems.add(new Problem(Location.ofPath(displayName(factsDir, entry)), "a link that leads nowhere",
                                "remove the link, or point it at a file inside the facts directory"));
                    }
                    continue;
                }
                directory = Files.isDirectory(real);
                regular = Files.isRegularFile(real);
                if (!real.startsWith(root) && (yamlName || directory)) {
                    problems.add(new Problem(Location.ofPath(displayName(factsDir, entry)),
                            "a link that leads outside the facts directory, to " + real + "; it is not read",
                            "copy what it links to into the facts directory, or pass --facts a directory that holds it"));
                    continue;
                }
            }
            if (directory) {
                if (visited.add(real)) { // a link back up the tree is followed once
                    collect(factsDir, root, entry, visited, files, problems);
                }
            } else if (yamlName && regular && visited.add(real)) { // a file reached by two paths is read once
                if (!name.equals(org.crosscheck.support.Visible.of(name))) {
                    problems.add(new Problem(Location.ofPath(org.crosscheck.support.Visible.of(displayName(factsDir, entry))),
                            "the file name holds a line break or another control character; it is not read",
                            "rename the file to a name without control characters"));
                } else {
                    files.add(new Listed(entry, stat));
                }
            }
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

    /** The problem of an id used again at {@code at}, after its first use at {@code first}. */
    static Problem duplicate(FileFacts.IdSpace space, String id, Location at, Location first) {
        return new Problem(at, "duplicate " + space.label + " '" + id + "', first used at " + first,
                "ids must be unique across all facts files; rename one of them");
    }

    /** What one run has read so far, file by file; ids are unique across all files. */
    static final class Batch {
        /** What the files so far declared, less what reused an id, with every problem. */
        private final FileFacts kept = new FileFacts();
        /** Where each id was first used, per id space. */
        private final Map<FileFacts.IdSpace, Map<String, Location>> firstUses = new EnumMap<>(FileFacts.IdSpace.class);

        /**
         * Adds the next file. Its ids are checked in the order the file declared them, against every
         * file before it and itself; what declared an id already taken is left out, with a problem.
         */
        void add(FileFacts file) {
            kept.problems.addAll(file.problems);
            kept.claimsRead += file.claimsRead;
            Set<Object> taken = Collections.newSetFromMap(new IdentityHashMap<>());
            for (FileFacts.Reservation reservation : file.reservations) {
                Location first = firstUses.computeIfAbsent(reservation.space(), space -> new HashMap<>())
                        .putIfAbsent(reservation.id(), reservation.at());
                if (first != null) {
                    kept.problems.add(duplicate(reservation.space(), reservation.id(), reservation.at(), first));
                    if (reservation.item() != null) {
                        taken.add(reservation.item());
                    }
                }
            }
            file.keepInto(kept, taken);
        }

        FactsInput finish() {
            return kept.toInput();
        }
    }
}
