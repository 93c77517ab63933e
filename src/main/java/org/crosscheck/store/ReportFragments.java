package org.crosscheck.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.model.Accounting;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.FailOn;
import org.crosscheck.model.Finding;
import org.crosscheck.model.FindingRenderer;
import org.crosscheck.model.ReportRows;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Verdict;
import org.crosscheck.support.ReadAhead;
import org.crosscheck.support.Sha256;

/**
 * The machine report's per-key parts, kept so a check after a small edit can write the report
 * without reading the claims of the keys the edit did not touch: each finding as the report writes
 * it and each claim's status, filed under the key whose rules made them (a claim entry belongs to its
 * key, not its file), with the bytes that put them in report order ({@link OrderKey}). Beside them,
 * the facts files as they were when the parts were last brought up to date (their SHA-256, what they
 * declare, how many sources and claims they gave), the run's totals and the report head's counts
 * ({@link KeptCounts}), and the context the parts hold for (tool, rules, settings); a run whose
 * context differs does not use them.
 *
 * <p>{@code replace} with {@code forgetKeyResults} is for a run that changed parts without the key
 * digests: the keys' {@link KeyResults} go too, so the next full check runs their rules and keeps
 * their parts again (otherwise a file edited and then restored would look unchanged to it, and keep
 * the parts of the edit).
 */
public final class ReportFragments {

    private static final String STATE = "fragments";

    private final Connection db;
    private final FactsStore store;

    ReportFragments(Connection db, FactsStore store) {
        this.db = db;
        this.store = store;
    }

    /** One facts file as the parts hold it. */
    public record KeptFile(String path, String display, byte[] sha256, int declares, int sources, int claims) {
    }

    /** A file's sources and claims as a run counted them, by the file's name in reports. */
    public record FileCounts(int sources, int claims) {
    }

    /** The parts' context and totals; empty when there are none whole. */
    public record State(String context, Accounting totals) {
    }

    /** One key's parts: its findings, rendered, and its claims' statuses. */
    public record KeyParts(ClaimKey key, List<FindingPart> findings, List<ClaimPart> claims) {
    }

    public record FindingPart(Finding finding, FindingRenderer.Rendered rendered) {
    }

    /** @param raw the claim's digest as written ({@code RawClaimDigests}); null when it has none */
    public record ClaimPart(String id, String file, ClaimStatus status, boolean likelyWrong, byte[] raw) {
    }

    /** A kept claim entry as an edit is compared with it: its key and its digest as written (null when none). */
    public record KeptClaim(ClaimKey key, byte[] raw) {
    }

    /** The kept claim entries of these files (by their names in reports), by claim id. */
    public Map<String, KeptClaim> claimsIn(Collection<String> displayFiles) throws SQLException {
        Map<String, KeptClaim> claims = new HashMap<>();
        try (PreparedStatement p = db.prepareStatement("SELECT id, owner_subject, owner_property, raw FROM fragment_claims WHERE file = ?")) {
            for (String file : displayFiles) {
                p.setString(1, file);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        claims.put(rs.getString(1), new KeptClaim(new ClaimKey(rs.getString(2), rs.getString(3)), rs.getBytes(4)));
                    }
                }
            }
        }
        return claims;
    }

    public Optional<State> state() throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT value FROM meta WHERE name = ?")) {
            p.setString(1, STATE);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String[] parts = rs.getString(1).split("\n", -1);
                if (parts.length != 5) {
                    return Optional.empty();
                }
                return Optional.of(new State(parts[0], new Accounting(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                        Integer.parseInt(parts[3]), Integer.parseInt(parts[4]))));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Forgets the parts' state, so no run uses them until a full check keeps them again. */
    public void invalidate() throws SQLException {
        try (PreparedStatement p = db.prepareStatement("DELETE FROM meta WHERE name = ?")) {
            p.setString(1, STATE);
            p.executeUpdate();
        }
    }

    /** The files as the parts hold them, by path inside the facts directory. */
    public Map<String, KeptFile> files() throws SQLException {
        Map<String, KeptFile> files = new HashMap<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT path, display, sha256, declares, sources, claims FROM fragment_files")) {
            while (rs.next()) {
                files.put(rs.getString(1), new KeptFile(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6)));
            }
        }
        return files;
    }

    /**
     * The files whose bytes differ between the store as it is now and the parts (new, changed or
     * gone), by path inside the facts directory.
     */
    public Set<String> changedFiles(Map<String, KeptFile> kept) {
        Set<String> changed = new TreeSet<>();
        Map<String, FactsStore.FileState> now = store.fileStates();
        now.forEach((path, state) -> {
            KeptFile was = kept.get(path);
            if (was == null || !Arrays.equals(was.sha256(), state.sha256())) {
                changed.add(path);
            }
        });
        kept.keySet().stream().filter(path -> !now.containsKey(path)).forEach(changed::add);
        return changed;
    }

    /** What a file in the store now declares ({@link org.crosscheck.load.IndexedFile.Declares} bits); -1 when it is not there. */
    public int declaresNow(String path) {
        FactsStore.FileState state = store.fileStates().get(path);
        return state == null ? -1 : state.declares();
    }

    /**
     * In one transaction: drops the parts of {@code drop} (every key's when {@code all}), files
     * {@code parts}, sets the files' entries (each of {@code paths} from the store's row now, with
     * its counts in {@code counts} by name in reports, or removed when the store no longer has it;
     * every file's, afresh, when {@code paths} is null), and records the context and totals the
     * parts now hold for.
     */
    public void replace(boolean all, Set<ClaimKey> drop, Iterable<KeyParts> parts, Collection<String> paths,
            java.util.function.Function<String, String> display, Map<String, FileCounts> counts, String context, Accounting totals,
            boolean forgetKeyResults) throws SQLException {
        Transaction.inOne(db, () -> {
            if (forgetKeyResults) {
                forgetKeyResults(drop);
            }
            if (paths == null) {
                try (Statement s = db.createStatement()) {
                    s.execute("DELETE FROM fragment_files");
                }
            }
            KeptCounts kept = new KeptCounts(db);
            KeptCounts.Tally gone = all ? null : kept.partsOf(drop);
            KeptCounts.Tally came = all ? null : new KeptCounts.Tally();
            if (all) {
                try (Statement s = db.createStatement()) {
                    s.execute("DELETE FROM fragment_findings");
                    s.execute("DELETE FROM fragment_claims");
                }
            } else {
                for (String table : List.of("fragment_findings", "fragment_claims")) {
                    try (PreparedStatement p = db.prepareStatement("DELETE FROM " + table + " WHERE owner_property = ? AND owner_subject = ?")) {
                        for (ClaimKey key : drop) {
                            p.setString(1, key.property());
                            p.setString(2, key.subject());
                            p.addBatch();
                        }
                        p.executeBatch();
                    }
                }
            }
            insert(parts, all ? null : drop, came);
            if (all) {
                kept.recount();
            } else {
                kept.move(drop, gone, came);
            }
            Map<String, FactsStore.FileState> now = store.fileStates();
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM fragment_files WHERE path = ?");
                    PreparedStatement put = db.prepareStatement("INSERT OR REPLACE INTO fragment_files VALUES(?, ?, ?, ?, ?, ?)")) {
                for (String path : paths == null ? now.keySet() : paths) {
                    FactsStore.FileState state = now.get(path);
                    if (state == null) {
                        delete.setString(1, path);
                        delete.addBatch();
                        continue;
                    }
                    String name = display.apply(path);
                    FileCounts counted = counts.getOrDefault(name, new FileCounts(0, 0));
                    put.setString(1, path);
                    put.setString(2, name);
                    put.setBytes(3, state.sha256());
                    put.setInt(4, state.declares());
                    put.setInt(5, counted.sources());
                    put.setInt(6, counted.claims());
                    put.addBatch();
                }
                delete.executeBatch();
                put.executeBatch();
            }
            try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO meta VALUES(?, ?)")) {
                p.setString(1, STATE);
                p.setString(2, String.join("\n", context, String.valueOf(totals.sources()), String.valueOf(totals.loaded()),
                        String.valueOf(totals.checked()), String.valueOf(totals.rejected())));
                p.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Files {@code parts}; each key's must be among {@code replaced} (null: any key, every part having
     * been dropped), and what they hold is tallied into {@code came} when it is not null.
     */
    private void insert(Iterable<KeyParts> parts, Set<ClaimKey> replaced, KeptCounts.Tally came) throws SQLException {
        try (PreparedStatement findings = db.prepareStatement("INSERT INTO fragment_findings VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement claims = db.prepareStatement("INSERT INTO fragment_claims VALUES(?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (KeyParts key : parts) {
                if (replaced != null && !replaced.contains(key.key())) {
                    // its old parts would stay beside the new, and the counts would not see them go
                    throw new IllegalArgumentException("parts filed for " + key.key() + ", which is not among the keys replaced");
                }
                for (FindingPart part : key.findings()) {
                    byte[] order = OrderKey.of(part.finding());
                    byte[] json = part.rendered().json().getBytes(StandardCharsets.UTF_8);
                    byte[] same = sameness(order, json);
                    if (came != null) {
                        came.finding(same, order, part.finding().severity().ordinal(), part.finding().verdict().ordinal());
                    }
                    findings.setString(1, key.key().subject());
                    findings.setString(2, key.key().property());
                    findings.setBytes(3, order);
                    findings.setBytes(4, same);
                    findings.setInt(5, part.finding().severity().ordinal());
                    findings.setInt(6, part.finding().verdict().ordinal());
                    // where 'false' starts, in bytes of the UTF-8 text
                    findings.setInt(7, part.rendered().json().substring(0, part.rendered().failingAt())
                            .getBytes(StandardCharsets.UTF_8).length);
                    findings.setBytes(8, json);
                    findings.setString(9, part.rendered().console());
                    findings.addBatch();
                    pending++;
                }
                for (ClaimPart claim : key.claims()) {
                    claims.setString(1, key.key().subject());
                    claims.setString(2, key.key().property());
                    claims.setString(3, claim.file());
                    claims.setBytes(4, OrderKey.of(claim.id()));
                    claims.setString(5, claim.id());
                    claims.setInt(6, claim.status().ordinal());
                    claims.setInt(7, claim.likelyWrong() ? 1 : 0);
                    claims.setBytes(8, claim.raw());
                    claims.addBatch();
                    if (came != null) {
                        came.claims(claim.status().ordinal(), claim.likelyWrong() ? 1 : 0, 1);
                    }
                    pending++;
                }
                if (pending > 10_000) {
                    findings.executeBatch();
                    claims.executeBatch();
                    pending = 0;
                }
            }
            findings.executeBatch();
            claims.executeBatch();
        }
    }

    /**
     * What makes two kept findings the same finding: a finding two keys' rules both made is kept
     * under each, and the report has it once (as {@code Engine.sortedOnce} keeps it once).
     */
    private static byte[] sameness(byte[] order, byte[] json) {
        MessageDigest sha = Sha256.newDigest();
        sha.update(order);
        sha.update(json);
        return Arrays.copyOf(sha.digest(), 16);
    }

    /** The kept parts' counts, each finding counted once. */
    public record Counts(Map<Severity, Long> severities, Map<Verdict, Long> verdicts, Map<ClaimStatus, Long> statuses,
            long likelyWrong, long failing, List<String> top, long openWarningsAndErrors) {
    }

    /** The counts the report's head and the console need, with the console lines of the first {@code top} open warnings and errors. */
    public Counts counts(FailOn failOn, int top) throws SQLException {
        Map<Severity, Long> severities = new EnumMap<>(Severity.class);
        Arrays.stream(Severity.values()).forEach(s -> severities.put(s, 0L));
        Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
        Arrays.stream(Verdict.values()).forEach(v -> verdicts.put(v, 0L));
        Map<ClaimStatus, Long> statuses = new EnumMap<>(ClaimStatus.class);
        Arrays.stream(ClaimStatus.values()).forEach(s -> statuses.put(s, 0L));
        long[] failing = {0};
        long[] likelyWrong = {0};
        new KeptCounts(db).read((kind, a, b, n) -> {
            if (kind == KeptCounts.FINDINGS) {
                Severity severity = Severity.values()[a];
                severities.merge(severity, n, Long::sum);
                verdicts.merge(Verdict.values()[b], n, Long::sum);
                if (failOn.fails(severity)) {
                    failing[0] += n;
                }
            } else {
                statuses.merge(ClaimStatus.values()[a], n, Long::sum);
                if (b == 1) {
                    likelyWrong[0] += n;
                }
            }
        });
        List<String> lines = new ArrayList<>();
        long open = severities.get(Severity.ERROR) + severities.get(Severity.WARNING);
        try (PreparedStatement p = db.prepareStatement("SELECT sameness, console FROM fragment_findings WHERE severity <= ?"
                + " ORDER BY sort, sameness")) {
            p.setInt(1, Severity.WARNING.ordinal());
            try (ResultSet rs = p.executeQuery()) {
                byte[] last = null;
                while (lines.size() < top && rs.next()) {
                    byte[] same = rs.getBytes(1);
                    if (last != null && Arrays.equals(last, same)) {
                        continue;
                    }
                    last = same;
                    lines.add(rs.getString(2));
                }
            }
        }
        return new Counts(severities, verdicts, statuses, likelyWrong[0], failing[0], lines, open);
    }

    /**
     * The kept parts in report order, each finding once, {@code failing} decided by {@code failOn};
     * read from SQLite on a thread of their own while the caller writes the rows before
     * ({@link ReadAhead}). The store must not be used otherwise while they are read.
     */
    public ReportRows rows(FailOn failOn) {
        return new ReportRows() {
            @Override
            public void findings(FindingSink sink) throws IOException {
                ReadAhead.<byte[]>run("crosscheck-report-findings", "the report's kept findings from the store", row -> {
                    try (Statement s = db.createStatement();
                            ResultSet rs = s.executeQuery("SELECT sameness, severity, failing_at, json FROM fragment_findings"
                                    + " ORDER BY sort, sameness")) {
                        byte[] last = null;
                        while (rs.next()) {
                            byte[] same = rs.getBytes(1);
                            if (last != null && Arrays.equals(last, same)) {
                                continue;
                            }
                            last = same;
                            byte[] json = rs.getBytes(4);
                            row.accept(failOn.fails(Severity.values()[rs.getInt(2)]) ? failing(json, rs.getInt(3)) : json);
                        }
                    }
                }, sink::accept);
            }

            @Override
            public void claims(ClaimSink sink) throws IOException {
                ClaimStatus[] all = ClaimStatus.values();
                ReadAhead.<KeptStatus>run("crosscheck-report-claims", "the report's kept claim statuses from the store", row -> {
                    try (Statement s = db.createStatement();
                            ResultSet rs = s.executeQuery("SELECT id, status, likely FROM fragment_claims ORDER BY sort")) {
                        while (rs.next()) {
                            row.accept(new KeptStatus(rs.getString(1), all[rs.getInt(2)], rs.getInt(3) == 1));
                        }
                    }
                }, status -> sink.accept(status.id(), status.status(), status.likelyWrong()));
            }
        };
    }

    private record KeptStatus(String id, ClaimStatus status, boolean likelyWrong) {
    }

    /** A kept finding's entry with its {@code failing} true: 'true' is a letter shorter than 'false', the rest moves up one. */
    private static byte[] failing(byte[] json, int at) {
        byte[] failing = new byte[json.length - 1];
        System.arraycopy(json, 0, failing, 0, at);
        System.arraycopy(TRUE, 0, failing, at, 4);
        System.arraycopy(json, at + 5, failing, at + 4, json.length - at - 5);
        return failing;
    }

    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);

    /** Drops the findings kept per key ({@link KeyResults}) of these keys, so the next full check runs their rules again. */
    private void forgetKeyResults(Set<ClaimKey> keys) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("DELETE FROM key_results WHERE subject = ? AND property = ?")) {
            for (ClaimKey key : keys) {
                p.setString(1, key.subject());
                p.setString(2, key.property());
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
