package org.crosscheck.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Disposition;
import org.crosscheck.model.Finding;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Verdict;

/**
 * What the rules concluded about each key at the last check through the store, filed under the key's
 * digest ({@link KeyDigests}): the findings of the rules that matched its claim group, and its claims'
 * statuses. A finding is kept by reference (its rule by name, its claims by id, its records by their
 * place in the run's list), and rebuilt from the run's own objects, so a kept finding is the same
 * record a fresh check makes; an entry that names anything the run does not have is not used.
 */
public final class KeyResults {

    private final Connection db;
    private final Set<ClaimKey> stored = new HashSet<>();

    KeyResults(Connection db) {
        this.db = db;
    }

    /** One key's result as the rules left it. */
    public record Result(List<Finding> findings, Map<String, ClaimStatus> statuses, Set<String> likelyWrong) {
    }

    /** The kept results of the keys of {@code digests} whose digest is unchanged, still encoded. */
    public Map<ClaimKey, byte[]> matching(Map<ClaimKey, byte[]> digests) throws SQLException {
        Map<ClaimKey, byte[]> found = new HashMap<>();
        stored.clear();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT subject, property, digest, result FROM key_results")) {
            while (rs.next()) {
                ClaimKey key = new ClaimKey(rs.getString(1), rs.getString(2));
                stored.add(key);
                byte[] digest = digests.get(key);
                if (digest != null && Arrays.equals(digest, rs.getBytes(3))) {
                    found.put(key, rs.getBytes(4));
                }
            }
        }
        return found;
    }

    /**
     * Files {@code fresh} under their digests, and forgets every key not in {@code present} (read
     * by {@link #matching} first): one transaction, so a check that dies half way keeps the old entries.
     * Returns the keys forgotten.
     */
    public Set<ClaimKey> replace(Map<ClaimKey, byte[]> digests, Map<ClaimKey, byte[]> fresh, Set<ClaimKey> present) throws SQLException {
        return Transaction.inOne(db, () -> {
            Set<ClaimKey> gone = new HashSet<>();
            try (PreparedStatement p = db.prepareStatement("DELETE FROM key_results WHERE subject = ? AND property = ?")) {
                for (ClaimKey key : stored) {
                    if (!present.contains(key)) {
                        gone.add(key);
                        p.setString(1, key.subject());
                        p.setString(2, key.property());
                        p.addBatch();
                    }
                }
                p.executeBatch();
            }
            try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO key_results VALUES(?, ?, ?, ?)")) {
                for (Map.Entry<ClaimKey, byte[]> entry : fresh.entrySet()) {
                    p.setString(1, entry.getKey().subject());
                    p.setString(2, entry.getKey().property());
                    p.setBytes(3, digests.get(entry.getKey()));
                    p.setBytes(4, entry.getValue());
                    p.addBatch();
                }
                p.executeBatch();
            }
            return gone;
        });
    }

    /** How results are written to bytes and read back against a run's claims, records and rules. */
    public static final class Codec {
        private final Function<String, Claim> claims;
        private final List<ReferenceRecord> references;
        private final Map<ReferenceRecord, Integer> referenceIndex = new IdentityHashMap<>();
        private final Map<String, RuleInfo> rules;

        /**
         * @param claims     the run's claims by id
         * @param references the run's reference records, in the run's order (a kept finding names them by place)
         * @param rules      the run's rules, as the settings apply them, by Drools name
         */
        public Codec(Function<String, Claim> claims, List<ReferenceRecord> references, Map<String, RuleInfo> rules) {
            this.claims = claims;
            this.references = references;
            for (int i = 0; i < references.size(); i++) {
                referenceIndex.put(references.get(i), i);
            }
            this.rules = rules;
        }

        public byte[] encode(Result result) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(result.statuses().size());
                for (String id : result.statuses().keySet().stream().sorted().toList()) {
                    text(out, id);
                    out.writeByte(result.statuses().get(id).ordinal());
                    out.writeBoolean(result.likelyWrong().contains(id));
                }
                out.writeInt(result.findings().size());
                for (Finding finding : result.findings()) {
                    if (finding.anchor() != null || finding.disposition() != Disposition.OPEN) {
                        throw new IllegalArgumentException("only open findings of rules are kept: " + finding);
                    }
                    text(out, finding.rule().name());
                    out.writeByte(finding.severity().ordinal());
                    out.writeByte(finding.verdict().ordinal());
                    out.writeBoolean(finding.key() != null);
                    if (finding.key() != null) {
                        text(out, finding.key().subject());
                        text(out, finding.key().property());
                    }
                    ids(out, finding.claims());
                    ids(out, finding.support());
                    out.writeInt(finding.references().size());
                    for (ReferenceRecord record : finding.references()) {
                        Integer at = referenceIndex.get(record);
                        if (at == null) {
                            at = references.indexOf(record);
                        }
                        if (at < 0) {
                            throw new IllegalArgumentException("a finding cites a record the run does not have: " + record.id());
                        }
                        out.writeInt(at);
                    }
                    text(out, finding.message());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        /** The result, or empty when it names a rule, claim or record this run does not have. */
        public Optional<Result> decode(byte[] encoded) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
                int statusCount = in.readInt();
                Map<String, ClaimStatus> statuses = new HashMap<>(statusCount * 2);
                Set<String> likelyWrong = new HashSet<>();
                ClaimStatus[] allStatuses = ClaimStatus.values();
                for (int i = 0; i < statusCount; i++) {
                    String id = text(in);
                    statuses.put(id, allStatuses[in.readByte()]);
                    if (in.readBoolean()) {
                        likelyWrong.add(id);
                    }
                }
                int findingCount = in.readInt();
                List<Finding> findings = new ArrayList<>(findingCount);
                for (int i = 0; i < findingCount; i++) {
                    RuleInfo rule = rules.get(text(in));
                    Severity severity = Severity.values()[in.readByte()];
                    Verdict verdict = Verdict.values()[in.readByte()];
                    ClaimKey key = in.readBoolean() ? new ClaimKey(text(in), text(in)) : null;
                    List<Claim> blamed = claims(in);
                    List<Claim> support = claims(in);
                    int referenceCount = in.readInt();
                    List<ReferenceRecord> cited = new ArrayList<>(referenceCount);
                    for (int r = 0; r < referenceCount; r++) {
                        int at = in.readInt();
                        if (at < 0 || at >= references.size()) {
                            return Optional.empty();
                        }
                        cited.add(references.get(at));
                    }
                    String message = text(in);
                    if (rule == null || blamed == null || support == null) {
                        return Optional.empty();
                    }
                    findings.add(new Finding(rule, severity, verdict, key, blamed, support, cited, message, Disposition.OPEN, null));
                }
                if (in.read() != -1) {
                    return Optional.empty();
                }
                return Optional.of(new Result(findings, statuses, likelyWrong));
            } catch (IOException | RuntimeException e) {
                // a damaged entry is a miss: the key is checked again
                return Optional.empty();
            }
        }

        private static void ids(DataOutputStream out, List<Claim> claims) throws IOException {
            out.writeInt(claims.size());
            for (Claim claim : claims) {
                text(out, claim.id());
            }
        }

        /** The claims named, or null when one of them is not in this run. */
        private List<Claim> claims(DataInputStream in) throws IOException {
            int count = in.readInt();
            List<Claim> found = new ArrayList<>(count);
            boolean missing = false;
            for (int i = 0; i < count; i++) {
                Claim claim = claims.apply(text(in));
                if (claim == null) {
                    missing = true;
                } else {
                    found.add(claim);
                }
            }
            return missing ? null : found;
        }

        private static void text(DataOutputStream out, String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        private static String text(DataInputStream in) throws IOException {
            int length = in.readInt();
            if (length < 0 || length > in.available()) {
                throw new IOException("a damaged entry");
            }
            byte[] bytes = in.readNBytes(length);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
