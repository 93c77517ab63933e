package org.crosscheck.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.crosscheck.load.FileStat;
import org.crosscheck.load.IndexedFile;
import org.crosscheck.model.Entity;
import org.crosscheck.normalize.EntityIndex;
import org.crosscheck.support.BuildIdentity;
import org.crosscheck.support.ParallelInOrder;
import org.crosscheck.support.Sha256;

/**
 * The corpus kept in an SQLite database in a directory of the user's choice: for every facts
 * file, its path inside the facts directory, size, modification time, a SHA-256 of its bytes, its
 * parsed tree ({@link IndexedFile#encodedTree}), and an index of what it says: each claim's key as
 * written and its {@code between} events' keys, its ids, and whether it declares entities, reference
 * records, rates or waivers; and the entities' name index ({@link #indexEntities}). {@link #update}
 * brings it up to date by reading only the files whose bytes changed; {@link Slice} answers which
 * files a check of a few keys needs.
 *
 * <p>Never trusted blindly: a store written by another crosscheck build ({@link ToolIdentity}), or
 * with another layout, or that SQLite cannot read, is deleted and built again, and the caller is
 * told why. A file is taken as unchanged from its size, time and inode only when its time is older than
 * when the store read it by more than {@link #RACY_MILLIS} (Git's rule for "racily clean" files);
 * otherwise its bytes are hashed again, so a restored CI cache, whose files all have new times,
 * costs one hash per file and no parse.
 */
public final class FactsStore implements AutoCloseable {

    /** The database file inside the store's directory; nothing else there is touched. */
    public static final String FILE_NAME = "crosscheck-store.db";
    /** Bumped when the tables or the tree encoding change. */
    static final String FORMAT = "crosscheck-store-7";
    /** A file modified this close to when it was read may have changed again within its time's resolution. */
    static final long RACY_MILLIS = 2_000;
    /** A bit of a file's {@code declares} beside {@link IndexedFile.Declares}'s: it declares entities and nothing else. */
    private static final int ENTITIES_ONLY = 1 << 16;

    private final Path dbFile;
    private final Connection db;
    private final Map<String, Row> rows = new HashMap<>();
    /** How many entities the store's name index covers; -1 when it has none whole ({@link #entityIndexed}). */
    private int indexedEntities = -1;

    /** What the store holds about one file; {@code tree} null when the file had problems (it is read again). */
    record Row(long id, String path, long size, long mtimeNanos, String inode, long checkedAtMillis, byte[] sha256, int declares) {
    }

    /**
     * What {@link #update} did.
     *
     * @param read      files parsed again because their bytes changed or were new
     * @param rehashed  files whose time changed but whose bytes did not (a checkout, a restored cache)
     * @param unchanged files taken as unchanged from their size and time
     * @param removed   files the store held that are gone, with their claims
     */
    public record Update(int read, int rehashed, int unchanged, int removed) {
        public int files() {
            return read + rehashed + unchanged;
        }
    }

    /** Thrown when the store cannot be used at all (its directory cannot be written); the check then reads the files. */
    public static final class StoreUnavailable extends Exception {
        private static final long serialVersionUID = 1L;

        StoreUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private FactsStore(Path dbFile, Connection db) {
        this.dbFile = dbFile;
        this.db = db;
    }

    /**
     * Opens the store in {@code dir}, creating it when absent, and building it again (after telling
     * {@code notices} why) when it is damaged or was written by another build or layout.
     */
    public static FactsStore open(Path dir, String tool, Consumer<String> notices) throws StoreUnavailable {
        return open(dir, tool, false, notices);
    }

    /**
     * As {@link #open(Path, String, Consumer)}; with {@code verify}, SQLite's {@code quick_check}
     * reads the whole database first ({@code crosscheck index}). A check leaves that out, since it
     * reads every page of a large store (a draft check's time would then grow with the archive), and
     * relies on SQLite's own errors and each tree's CRC-32 instead.
     */
    public static FactsStore open(Path dir, String tool, boolean verify, Consumer<String> notices) throws StoreUnavailable {
        return open(dir, new Build(() -> tool, null, null), verify, notices);
    }

    /**
     * As {@link #open(Path, String, boolean, Consumer)} for the build {@code code} was loaded from:
     * its {@link ToolIdentity}, which is not hashed again when the store recorded it for this very
     * jar file ({@link BuildIdentity}: path, size and time), as the compiled rules' cache trusts it.
     */
    public static FactsStore open(Path dir, Class<?> code, boolean verify, Consumer<String> notices) throws StoreUnavailable {
        return open(dir, new Build(() -> ToolIdentity.of(code), BuildIdentity.of(code).orElse(null), code), verify, notices);
    }

    /** A build as a store is opened for: its identity, worked out on demand; the jar's path, size and time, when it runs from one. */
    private record Build(java.util.function.Supplier<String> identity, String jar, Class<?> code) {
    }

    private static FactsStore open(Path dir, Build build, boolean verify, Consumer<String> notices) throws StoreUnavailable {
        Path file = dir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreUnavailable("cannot create the store directory " + dir + ": " + e.getMessage(), e);
        }
        String distrust = null;
        if (Files.exists(file)) {
            distrust = distrust(file, build, verify);
            if (distrust != null) {
                notices.accept("store " + dir + " " + distrust + "; building it again from the facts");
                deleteAll(file);
            }
        }
        try {
            Connection db = connect(file);
            FactsStore store = new FactsStore(file, db);
            store.createIfNew(build.identity().get());
            store.recordJar(build.jar());
            store.readRows();
            return store;
        } catch (SQLException | RuntimeException e) {
            throw new StoreUnavailable("cannot use the store " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Why the file cannot be trusted, or null when it is a store this build wrote and SQLite reads it whole. */
    private static String distrust(Path file, Build build, boolean verify) {
        try (Connection db = connect(file); Statement s = db.createStatement()) {
            Map<String, String> meta = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT name, value FROM meta")) {
                while (rs.next()) {
                    meta.put(rs.getString(1), rs.getString(2));
                }
            }
            if (!FORMAT.equals(meta.get("format"))) {
                return "has another layout (" + meta.getOrDefault("format", "none") + ", this crosscheck reads " + FORMAT + ")";
            }
            if (build.jar() != null && build.jar().equals(meta.get("jar")) && meta.get("tool") != null) {
                ToolIdentity.remember(build.code(), meta.get("tool"));
            } else if (!build.identity().get().equals(meta.get("tool"))) {
                return "was written by another crosscheck build";
            }
            if (verify) {
                try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                    String verdict = rs.next() ? rs.getString(1) : "no answer";
                    if (!"ok".equals(verdict)) {
                        return "is damaged (" + verdict + ")";
                    }
                }
            }
            return null;
        } catch (SQLException | RuntimeException e) {
            return "is not a store this crosscheck can read (" + firstLine(e.getMessage()) + ")";
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static void deleteAll(Path file) {
        for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                // the rebuild then fails to open it, and the check reads the files instead
            }
        }
    }

    private static Connection connect(Path file) throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = NORMAL");
        }
        return db;
    }

    private void createIfNew(String tool) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS meta(name TEXT PRIMARY KEY, value TEXT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS files(id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, size INTEGER NOT NULL,"
                    + " mtime INTEGER NOT NULL, inode TEXT, checked_at INTEGER NOT NULL, sha256 BLOB NOT NULL, tree BLOB, tree_crc INTEGER,"
                    + " declares INTEGER NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS claims(file INTEGER NOT NULL, subject TEXT NOT NULL, property TEXT NOT NULL,"
                    + " from_subject TEXT, from_property TEXT, to_subject TEXT, to_property TEXT)");
            s.execute("CREATE INDEX IF NOT EXISTS claims_key ON claims(property, subject)");
            s.execute("CREATE INDEX IF NOT EXISTS claims_file ON claims(file)");
            s.execute("CREATE INDEX IF NOT EXISTS claims_from ON claims(from_property, from_subject) WHERE from_property IS NOT NULL");
            s.execute("CREATE INDEX IF NOT EXISTS claims_to ON claims(to_property, to_subject) WHERE to_property IS NOT NULL");
            s.execute("CREATE TABLE IF NOT EXISTS ids(file INTEGER NOT NULL, space TEXT NOT NULL, id TEXT NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS ids_id ON ids(id, space)");
            s.execute("CREATE INDEX IF NOT EXISTS ids_file ON ids(file)");
            s.execute("CREATE TABLE IF NOT EXISTS entity_names(name TEXT PRIMARY KEY, entity TEXT NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS entity_names_entity ON entity_names(entity)");
            s.execute("CREATE TABLE IF NOT EXISTS key_results(subject TEXT NOT NULL, property TEXT NOT NULL, digest BLOB NOT NULL,"
                    + " result BLOB NOT NULL, PRIMARY KEY(subject, property))");
            // the report's parts per key (ReportFragments), in report order by sort, found by owner and file
            s.execute("CREATE TABLE IF NOT EXISTS fragment_findings(owner_subject TEXT NOT NULL, owner_property TEXT NOT NULL,"
                    + " sort BLOB NOT NULL, sameness BLOB NOT NULL, severity INTEGER NOT NULL, verdict INTEGER NOT NULL,"
                    + " failing_at INTEGER NOT NULL, json BLOB NOT NULL, console TEXT)");
            s.execute("CREATE INDEX IF NOT EXISTS fragment_findings_order ON fragment_findings(sort, sameness)");
            s.execute("CREATE INDEX IF NOT EXISTS fragment_findings_owner ON fragment_findings(owner_property, owner_subject)");
            s.execute("CREATE TABLE IF NOT EXISTS fragment_claims(owner_subject TEXT NOT NULL, owner_property TEXT NOT NULL,"
                    + " file TEXT NOT NULL, sort BLOB NOT NULL, id TEXT NOT NULL, status INTEGER NOT NULL, likely INTEGER NOT NULL, raw BLOB)");
            // covering: the report streams every claim's id and status in this order, and reading them
            // from the index alone, not a row lookup each, took 0.4 s instead of 4.3 s at a million claims
            s.execute("CREATE INDEX IF NOT EXISTS fragment_claims_report ON fragment_claims(sort, id, status, likely)");
            s.execute("CREATE INDEX IF NOT EXISTS fragment_claims_owner ON fragment_claims(owner_property, owner_subject)");
            s.execute("CREATE INDEX IF NOT EXISTS fragment_claims_file ON fragment_claims(file)");
            s.execute("CREATE TABLE IF NOT EXISTS fragment_files(path TEXT PRIMARY KEY, display TEXT NOT NULL, sha256 BLOB NOT NULL,"
                    + " declares INTEGER NOT NULL, sources INTEGER NOT NULL, claims INTEGER NOT NULL)");
            // the parts' tallies (KeptCounts): kind 0 findings by severity and verdict, kind 1 claim entries by status and likely
            s.execute("CREATE TABLE IF NOT EXISTS fragment_counts(kind INTEGER NOT NULL, a INTEGER NOT NULL, b INTEGER NOT NULL,"
                    + " n INTEGER NOT NULL, PRIMARY KEY(kind, a, b))");
            s.execute("INSERT OR IGNORE INTO meta VALUES('format', '" + FORMAT + "')");
        }
        try (PreparedStatement p = db.prepareStatement("INSERT OR IGNORE INTO meta VALUES('tool', ?)")) {
            p.setString(1, tool);
            p.executeUpdate();
        }
    }

    /** Records the jar whose identity the store's is, so the next run from that same file need not hash it. */
    private void recordJar(String jar) throws SQLException {
        if (jar == null) {
            return;
        }
        try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO meta VALUES('jar', ?)")) {
            p.setString(1, jar);
            p.executeUpdate();
        }
    }

    private void readRows() throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, path, size, mtime, inode, checked_at, sha256, declares FROM files")) {
            while (rs.next()) {
                Row row = new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getLong(6),
                        rs.getBytes(7), rs.getInt(8));
                rows.put(row.path(), row);
            }
            try (ResultSet meta = s.executeQuery("SELECT value FROM meta WHERE name = 'entities'")) {
                indexedEntities = meta.next() ? Integer.parseInt(meta.getString(1)) : -1;
            }
        }
    }

    /** The findings and statuses kept per key ({@link KeyResults}), in this store's database. */
    public KeyResults keyResults() {
        return new KeyResults(db);
    }

    /** The machine report's parts kept per key ({@link ReportFragments}), in this store's database. */
    public ReportFragments reportFragments() {
        return new ReportFragments(db, this);
    }

    /** A file as the store holds it now: its SHA-256 and what it declares ({@link IndexedFile.Declares} bits). */
    record FileState(byte[] sha256, int declares) {
    }

    /** Every file the store holds, by path inside the facts directory. */
    synchronized Map<String, FileState> fileStates() {
        Map<String, FileState> states = new HashMap<>(rows.size() * 2);
        rows.forEach((path, row) -> states.put(path, new FileState(row.sha256(), row.declares())));
        return states;
    }

    /** The path inside the facts directory under which the store holds {@code file}. */
    public String pathOf(Path factsDir, Path file) {
        return relativeOf(factsDir, file);
    }

    /** The store's database file. */
    public Path file() {
        return dbFile;
    }

    /** How many files the store holds. */
    public int size() {
        return rows.size();
    }

    /**
     * Brings the store up to date with {@code files} of {@code factsDir} (as the loader lists them):
     * files whose size or time changed are hashed, those whose bytes changed are parsed again, and
     * files no longer there are removed with everything they said.
     */
    public Update update(Path factsDir, List<Path> files) throws SQLException {
        return update(factsDir, files, null);
    }

    /**
     * As {@link #update(Path, List)}, with what the listing's stat calls said of the files
     * ({@link org.crosscheck.load.FactsLoader.Listing#stats}, in the same order; a null is stated again here).
     */
    public Update update(Path factsDir, List<Path> files, List<FileStat> listed) throws SQLException {
        List<Path> suspect = new ArrayList<>();
        Set<String> present = new java.util.HashSet<>();
        int unchanged = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String path = relativeOf(factsDir, file);
            present.add(path);
            Row row = rows.get(path);
            FileStat stat = listed != null && listed.get(i) != null ? listed.get(i) : FileStat.of(file);
            if (row != null && stat != null && row.size() == stat.size() && row.mtimeNanos() == stat.mtimeNanos()
                    && stat.inode().equals(row.inode())
                    && TimeUnit.NANOSECONDS.toMillis(stat.mtimeNanos()) < row.checkedAtMillis() - RACY_MILLIS) {
                unchanged++;
            } else {
                suspect.add(file);
            }
        }
        List<Read> reads = new ArrayList<>();
        ParallelInOrder.map(suspect, file -> read(factsDir, file), reads::add, done -> { });
        int unchangedFiles = unchanged;
        return Transaction.inOne(db, () -> {
            int read = 0;
            int rehashed = 0;
            int removed = 0;
            boolean entitiesChanged = !hasEntityState();
            for (Read r : reads) {
                Row row = rows.get(r.path());
                if (row != null && r.parsed() == null && Arrays.equals(row.sha256(), r.sha256())) {
                    restat(row, r);
                    rehashed++;
                } else {
                    entitiesChanged |= declaresEntities(row) || r.parsed().declares().contains(IndexedFile.Declares.ENTITIES);
                    write(row, r);
                    read++;
                }
            }
            for (String path : new ArrayList<>(rows.keySet())) {
                if (!present.contains(path)) {
                    Row gone = rows.remove(path);
                    entitiesChanged |= declaresEntities(gone);
                    delete(gone.id());
                    removed++;
                }
            }
            if (entitiesChanged) {
                indexEntities(factsDir, files);
            }
            return new Update(read, rehashed, unchangedFiles, removed);
        });
    }

    /** One suspect file read on a worker: parsed only when its bytes differ from the store's. */
    private record Read(String path, long size, long mtimeNanos, String inode, long checkedAtMillis, byte[] sha256,
            IndexedFile parsed) {
    }

    private Read read(Path factsDir, Path file) {
        String path = relativeOf(factsDir, file);
        long checkedAt = System.currentTimeMillis();
        byte[] bytes;
        // stated before it is read: a write after the read then shows as a later time next run
        FileStat stat = FileStat.of(file);
        try {
            if (stat == null) {
                throw new IOException("cannot state it");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            // unreadable now: never taken as unchanged, so the loader reads it and reports why
            return new Read(path, -1, -1, "", 0, new byte[0], IndexedFile.read(path, new byte[0]));
        }
        byte[] sha = sha256(bytes);
        Row row = rows.get(path);
        if (row != null && Arrays.equals(row.sha256(), sha)) {
            return new Read(path, bytes.length, stat.mtimeNanos(), stat.inode(), checkedAt, sha, null);
        }
        return new Read(path, bytes.length, stat.mtimeNanos(), stat.inode(), checkedAt, sha, IndexedFile.read(path, bytes));
    }

    private void restat(Row row, Read r) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("UPDATE files SET size = ?, mtime = ?, inode = ?, checked_at = ? WHERE id = ?")) {
            p.setLong(1, r.size());
            p.setLong(2, r.mtimeNanos());
            p.setString(3, r.inode());
            p.setLong(4, r.checkedAtMillis());
            p.setLong(5, row.id());
            p.executeUpdate();
        }
        rows.put(row.path(), new Row(row.id(), row.path(), r.size(), r.mtimeNanos(), r.inode(), r.checkedAtMillis(), row.sha256(),
                row.declares()));
    }

    private void write(Row old, Read r) throws SQLException {
        if (old != null) {
            delete(old.id());
        }
        IndexedFile parsed = r.parsed();
        int declares = parsed.entitiesOnly() ? ENTITIES_ONLY : 0;
        for (IndexedFile.Declares d : parsed.declares()) {
            declares |= 1 << d.ordinal();
        }
        long id;
        try (PreparedStatement p = db.prepareStatement("INSERT INTO files(path, size, mtime, inode, checked_at, sha256, tree,"
                + " tree_crc, declares) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, r.path());
            p.setLong(2, r.size());
            p.setLong(3, r.mtimeNanos());
            p.setString(4, r.inode());
            p.setLong(5, r.checkedAtMillis());
            p.setBytes(6, r.sha256());
            if (parsed.clean()) {
                byte[] tree = parsed.encodedTree();
                p.setBytes(7, tree);
                p.setLong(8, crc(tree));
            } else {
                p.setNull(7, java.sql.Types.BLOB);
                p.setNull(8, java.sql.Types.INTEGER);
            }
            p.setInt(9, declares);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO claims VALUES(?, ?, ?, ?, ?, ?, ?)")) {
            for (IndexedFile.Mention m : parsed.mentions()) {
                p.setLong(1, id);
                p.setString(2, m.subject());
                p.setString(3, m.property());
                p.setString(4, m.fromSubject());
                p.setString(5, m.fromProperty());
                p.setString(6, m.toSubject());
                p.setString(7, m.toProperty());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO ids VALUES(?, ?, ?)")) {
            for (IndexedFile.IdUse use : parsed.ids()) {
                p.setLong(1, id);
                p.setString(2, use.space());
                p.setString(3, use.id());
                p.addBatch();
            }
            p.executeBatch();
        }
        rows.put(r.path(), new Row(id, r.path(), r.size(), r.mtimeNanos(), r.inode(), r.checkedAtMillis(), r.sha256(), declares));
    }

    private void delete(long id) throws SQLException {
        for (String table : List.of("claims", "ids")) {
            try (PreparedStatement p = db.prepareStatement("DELETE FROM " + table + " WHERE file = ?")) {
                p.setLong(1, id);
                p.executeUpdate();
            }
        }
        try (PreparedStatement p = db.prepareStatement("DELETE FROM files WHERE id = ?")) {
            p.setLong(1, id);
            p.executeUpdate();
        }
    }

    /**
     * The SHA-256 of each of {@code files} as the last {@link #update} read or trusted it, in order;
     * empty when the store lacks one (a file it could not read), so the caller hashes the files itself.
     */
    public synchronized Optional<List<FileHash>> hashes(Path factsDir, List<Path> files) {
        List<FileHash> hashes = new ArrayList<>(files.size());
        for (Path file : files) {
            Row row = rows.get(relativeOf(factsDir, file));
            if (row == null || row.sha256().length != 32) {
                return Optional.empty();
            }
            hashes.add(new FileHash(row.path(), row.sha256()));
        }
        return Optional.of(hashes);
    }

    /** A file's path inside the facts directory (forward slashes) and the SHA-256 the store holds of it. */
    public record FileHash(String path, byte[] sha256) {
    }

    /**
     * A file's kept tree, or null when the store has none that is whole (a file with problems, or a
     * damaged entry: the loader then reads the file, and the entry is dropped so the next update reads it again).
     */
    public synchronized byte[] tree(Path factsDir, Path file) {
        Row row = rows.get(relativeOf(factsDir, file));
        if (row == null) {
            return null;
        }
        try (PreparedStatement p = db.prepareStatement("SELECT tree, tree_crc FROM files WHERE id = ?")) {
            p.setLong(1, row.id());
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                byte[] tree = rs.getBytes(1);
                if (tree == null) {
                    return null;
                }
                if (crc(tree) != rs.getLong(2)) {
                    forget(row);
                    return null;
                }
                return tree;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    private void forget(Row row) {
        try {
            delete(row.id());
            rows.remove(row.path());
        } catch (SQLException e) {
            // the next update finds the same damage and reads the file again
        }
    }

    private static boolean declaresEntities(Row row) {
        return row != null && (row.declares() & (1 << IndexedFile.Declares.ENTITIES.ordinal())) != 0;
    }

    private boolean hasEntityState() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM meta WHERE name = 'entities'")) {
            return rs.next();
        }
    }

    /**
     * Builds the index of entity names again from every file that declares entities, as the
     * normalizer builds it from a check of everything ({@link EntityIndex}), so a check of a few keys
     * can look its names up without reading those files. Kept only when it stands for them exactly:
     * each such file declares entities and nothing else and read without a problem, no entity id is
     * declared twice, and the index found no problem (a name given to two entities, mixed scripts);
     * otherwise none is kept, and a slice reads the entity files as before.
     */
    private void indexEntities(Path factsDir, List<Path> files) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("DELETE FROM entity_names");
            s.execute("DELETE FROM meta WHERE name = 'entities'");
        }
        indexedEntities = -1;
        List<Entity> entities = new ArrayList<>();
        for (Path file : files) {
            Row row = rows.get(relativeOf(factsDir, file));
            if (!declaresEntities(row)) {
                continue;
            }
            byte[] tree = (row.declares() & ENTITIES_ONLY) == 0 ? null : tree(factsDir, file);
            Optional<IndexedFile> kept = tree == null ? Optional.empty() : IndexedFile.decode(row.path(), tree);
            if (kept.isEmpty()) {
                markEntities(-1);
                return;
            }
            entities.addAll(kept.get().entities());
        }
        EntityIndex index = new EntityIndex(entities);
        if (!index.problems().isEmpty() || entities.stream().map(Entity::id).distinct().count() != entities.size()) {
            markEntities(-1);
            return;
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO entity_names VALUES(?, ?)")) {
            for (Map.Entry<String, String> name : index.names().entrySet()) {
                p.setString(1, name.getKey());
                p.setString(2, name.getValue());
                p.addBatch();
            }
            p.executeBatch();
        }
        markEntities(entities.size());
    }

    private void markEntities(int count) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO meta VALUES('entities', ?)")) {
            p.setString(1, Integer.toString(count));
            p.executeUpdate();
        }
        indexedEntities = count;
    }

    /**
     * Whether the store holds the entities' name index whole ({@link #indexEntities}); then every file
     * declaring entities declares nothing else, and {@link #entityOf} answers as an index of them.
     */
    boolean entityIndexed() {
        return indexedEntities >= 0;
    }

    /** How many entities the name index covers. */
    int indexedEntities() {
        return indexedEntities;
    }

    /** The entity id {@code name} (trimmed, lower case) resolves to in the name index, or null. */
    synchronized String entityOf(String name) {
        try (PreparedStatement p = db.prepareStatement("SELECT entity FROM entity_names WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreFailed(e);
        }
    }

    /** Every name that resolves to {@code entityId} in the name index. */
    synchronized Set<String> namesOf(String entityId) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (PreparedStatement p = db.prepareStatement("SELECT name FROM entity_names WHERE entity = ?")) {
            p.setString(1, entityId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /** Every name of the name index; read only to suggest a name for an unknown entity. */
    synchronized Set<String> entityNames() {
        Set<String> names = new java.util.HashSet<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM entity_names")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreFailed(e);
        }
        return names;
    }

    /** The store failed while a check was reading names through it; the check stops rather than guess. */
    public static final class StoreFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreFailed(SQLException cause) {
            super("the store failed while names were looked up in it: " + cause.getMessage(), cause);
        }
    }

    /** The paths (inside the facts directory) of the files that declare any of {@code kinds}. */
    Set<String> declaring(Collection<IndexedFile.Declares> kinds) {
        int mask = 0;
        for (IndexedFile.Declares d : kinds) {
            mask |= 1 << d.ordinal();
        }
        Set<String> paths = new TreeSet<>();
        for (Row row : rows.values()) {
            if ((row.declares() & mask) != 0) {
                paths.add(row.path());
            }
        }
        return paths;
    }

    /** Claims on the key whose property is {@code property} and whose subject is written as one of {@code subjects}. */
    List<StoredMention> claimsOn(String property, Collection<String> subjects) throws SQLException {
        return mentions("SELECT f.path, c.subject, c.property, c.from_subject, c.from_property, c.to_subject, c.to_property"
                + " FROM claims c JOIN files f ON f.id = c.file WHERE c.property = ? AND c.subject IN ", property, subjects);
    }

    /** Claims whose {@code between} names the key as its start or its end event. */
    List<StoredMention> claimsNaming(String property, Collection<String> subjects) throws SQLException {
        List<StoredMention> found = new ArrayList<>(mentions("SELECT f.path, c.subject, c.property, c.from_subject,"
                + " c.from_property, c.to_subject, c.to_property FROM claims c JOIN files f ON f.id = c.file"
                + " WHERE c.from_property = ? AND c.from_subject IN ", property, subjects));
        found.addAll(mentions("SELECT f.path, c.subject, c.property, c.from_subject, c.from_property, c.to_subject,"
                + " c.to_property FROM claims c JOIN files f ON f.id = c.file WHERE c.to_property = ? AND c.to_subject IN ",
                property, subjects));
        return found;
    }

    /** A claim's key as the store keeps it, with the file it is in. */
    record StoredMention(String path, IndexedFile.Mention mention) {
    }

    private List<StoredMention> mentions(String sql, String property, Collection<String> subjects) throws SQLException {
        if (subjects.isEmpty()) {
            return List.of();
        }
        List<StoredMention> found = new ArrayList<>();
        String in = "(" + String.join(", ", java.util.Collections.nCopies(subjects.size(), "?")) + ")";
        try (PreparedStatement p = db.prepareStatement(sql + in)) {
            p.setString(1, property);
            int i = 2;
            for (String subject : subjects) {
                p.setString(i++, subject);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    found.add(new StoredMention(rs.getString(1), new IndexedFile.Mention(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))));
                }
            }
        }
        return found;
    }

    /** The other files that use any id the files at {@code paths} use, or any of {@code ids}. */
    Set<String> sharingIds(Collection<String> paths, Collection<IndexedFile.IdUse> ids) throws SQLException {
        Set<String> found = new TreeSet<>();
        List<Long> fileIds = new ArrayList<>();
        for (String path : paths) {
            Row row = rows.get(path);
            if (row != null) {
                fileIds.add(row.id());
            }
        }
        for (int from = 0; from < fileIds.size(); from += 500) {
            List<Long> chunk = fileIds.subList(from, Math.min(fileIds.size(), from + 500));
            String in = "(" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement p = db.prepareStatement("SELECT DISTINCT f.path FROM ids a JOIN ids b ON b.id = a.id"
                    + " AND b.space = a.space AND b.file <> a.file JOIN files f ON f.id = b.file WHERE a.file IN " + in)) {
                for (int i = 0; i < chunk.size(); i++) {
                    p.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
            }
        }
        try (PreparedStatement p = db.prepareStatement("SELECT f.path FROM ids i JOIN files f ON f.id = i.file"
                + " WHERE i.id = ? AND i.space = ?")) {
            for (IndexedFile.IdUse use : new LinkedHashSet<>(ids)) {
                p.setString(1, use.id());
                p.setString(2, use.space());
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
            }
        }
        found.removeAll(paths);
        return found;
    }

    /** Each facts directory's files' paths as the store keys them, found once per file and run. */
    private final Map<Path, Map<Path, String>> relatives = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * {@link #relative}, remembered: a draft's check at a million claims names each of 10,002 files
     * four times (update, slice, hashes, the slice's order), and relativizing was 12% of its samples.
     */
    String relativeOf(Path factsDir, Path file) {
        Map<Path, String> of = relatives.computeIfAbsent(factsDir, dir -> new java.util.concurrent.ConcurrentHashMap<>());
        String known = of.get(file);
        if (known == null) {
            known = relative(factsDir, file);
            of.put(file, known);
        }
        return known;
    }

    /** A file's path as the store keys it: inside the facts directory, with forward slashes. */
    static String relative(Path factsDir, Path file) {
        return factsDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    static byte[] sha256(byte[] bytes) {
        return Sha256.of(bytes);
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // nothing was left unwritten: every update commits before it returns
        }
    }
}
