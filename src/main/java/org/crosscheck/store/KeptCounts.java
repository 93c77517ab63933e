package org.crosscheck.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.ClaimKey;

/**
 * The counts of the kept report parts, kept beside them: a report streamed from the parts would
 * otherwise count a quarter of a million findings and a million claim entries in SQL on every run
 * (0.8 s of a one-file edit's 5 s at a million claims). Two tallies: distinct findings by severity
 * and verdict (a finding kept under two keys counts once, as the report has it once), and claim
 * entries by status and whether likely wrong.
 *
 * <p>A replace of every part counts again from the tables. A replace of some keys' parts moves the
 * tallies by what went and what came: a finding that went counts down, and one that came counts up,
 * unless a key outside the replaced ones still keeps the same finding (it was counted, and stays).
 */
final class KeptCounts {

    /** The tallies' kinds, as the table keeps them. */
    static final int FINDINGS = 0;
    static final int CLAIMS = 1;

    private final Connection db;

    KeptCounts(Connection db) {
        this.db = db;
    }

    /** One finding's place, identity and tally cell. */
    record FindingCell(byte[] sort, int severity, int verdict) {
    }

    /** What some keys' parts hold, tallied: their findings by sameness, their claim entries by cell. */
    static final class Tally {
        final Map<ByteBuffer, FindingCell> findings = new HashMap<>();
        final Map<Long, Long> claims = new HashMap<>();

        void finding(byte[] sameness, byte[] sort, int severity, int verdict) {
            findings.putIfAbsent(ByteBuffer.wrap(sameness), new FindingCell(sort, severity, verdict));
        }

        void claims(int status, int likely, long count) {
            claims.merge(cell(status, likely), count, Long::sum);
        }
    }

    private static long cell(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    /** The parts of {@code keys} as they are now, before a replace drops them. */
    Tally partsOf(Set<ClaimKey> keys) throws SQLException {
        Tally tally = new Tally();
        try (PreparedStatement findings = db.prepareStatement("SELECT sameness, sort, severity, verdict FROM fragment_findings"
                + " WHERE owner_property = ? AND owner_subject = ?");
                PreparedStatement claims = db.prepareStatement("SELECT status, likely, COUNT(*) FROM fragment_claims"
                        + " WHERE owner_property = ? AND owner_subject = ? GROUP BY status, likely")) {
            for (ClaimKey key : keys) {
                findings.setString(1, key.property());
                findings.setString(2, key.subject());
                try (ResultSet rs = findings.executeQuery()) {
                    while (rs.next()) {
                        tally.finding(rs.getBytes(1), rs.getBytes(2), rs.getInt(3), rs.getInt(4));
                    }
                }
                claims.setString(1, key.property());
                claims.setString(2, key.subject());
                try (ResultSet rs = claims.executeQuery()) {
                    while (rs.next()) {
                        tally.claims(rs.getInt(1), rs.getInt(2), rs.getLong(3));
                    }
                }
            }
        }
        return tally;
    }

    /** Counts every part again, from the tables. */
    void recount() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("DELETE FROM fragment_counts");
            s.execute("INSERT INTO fragment_counts SELECT " + FINDINGS + ", severity, verdict, COUNT(*) FROM"
                    + " (SELECT DISTINCT sameness, severity, verdict FROM fragment_findings) GROUP BY severity, verdict");
            s.execute("INSERT INTO fragment_counts SELECT " + CLAIMS + ", status, likely, COUNT(*) FROM fragment_claims"
                    + " GROUP BY status, likely");
        }
    }

    /**
     * Moves the tallies by a replace of the parts of {@code replaced}, called after it: {@code gone}
     * is what those keys held before ({@link #partsOf}), {@code came} what was filed for them.
     */
    void move(Set<ClaimKey> replaced, Tally gone, Tally came) throws SQLException {
        Map<Long, Long> findings = new HashMap<>();
        try (PreparedStatement owners = db.prepareStatement("SELECT owner_subject, owner_property FROM fragment_findings"
                + " WHERE sort = ? AND sameness = ?")) {
            for (var entry : gone.findings.entrySet()) {
                if (!keptElsewhere(owners, entry.getKey(), entry.getValue(), replaced)) {
                    findings.merge(cell(entry.getValue().severity(), entry.getValue().verdict()), -1L, Long::sum);
                }
            }
            for (var entry : came.findings.entrySet()) {
                if (!keptElsewhere(owners, entry.getKey(), entry.getValue(), replaced)) {
                    findings.merge(cell(entry.getValue().severity(), entry.getValue().verdict()), 1L, Long::sum);
                }
            }
        }
        Map<Long, Long> claims = new HashMap<>();
        gone.claims.forEach((cell, n) -> claims.merge(cell, -n, Long::sum));
        came.claims.forEach((cell, n) -> claims.merge(cell, n, Long::sum));
        add(FINDINGS, findings);
        add(CLAIMS, claims);
    }

    /** Whether a key other than those replaced keeps this finding too (then it was counted, and stays counted). */
    private static boolean keptElsewhere(PreparedStatement owners, ByteBuffer sameness, FindingCell cell, Set<ClaimKey> replaced)
            throws SQLException {
        owners.setBytes(1, cell.sort());
        owners.setBytes(2, sameness.array());
        try (ResultSet rs = owners.executeQuery()) {
            while (rs.next()) {
                if (!replaced.contains(new ClaimKey(rs.getString(1), rs.getString(2)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void add(int kind, Map<Long, Long> deltas) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO fragment_counts VALUES(?, ?, ?, ?)"
                + " ON CONFLICT(kind, a, b) DO UPDATE SET n = n + excluded.n")) {
            for (var delta : deltas.entrySet()) {
                if (delta.getValue() == 0) {
                    continue;
                }
                p.setInt(1, kind);
                p.setInt(2, (int) (delta.getKey() >> 32));
                p.setInt(3, (int) (long) delta.getKey());
                p.setLong(4, delta.getValue());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Hears one tally cell. */
    interface CellSink {
        void accept(int kind, int a, int b, long n);
    }

    /** Every cell kept. */
    void read(CellSink sink) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT kind, a, b, n FROM fragment_counts")) {
            while (rs.next()) {
                sink.accept(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getLong(4));
            }
        }
    }
}
