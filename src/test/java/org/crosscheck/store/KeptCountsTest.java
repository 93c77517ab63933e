package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Accounting;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.FailOn;
import org.crosscheck.model.Finding;
import org.crosscheck.model.FindingRenderer;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tallies kept beside the report parts ({@link KeptCounts}) against what the parts hold: a
 * finding kept under two keys counts once while either keeps it, and claim entries move with
 * their key. Each replace of some keys is checked against the numbers a recount from the tables
 * gives, worked out by hand.
 */
class KeptCountsTest {

    private static final RuleInfo RULE = new RuleInfo("DATE-CONFLICT", Severity.ERROR, "Dates disagree", "date-conflict", "rules/d.drl");
    private static final ClaimKey A = new ClaimKey("a", "date");
    private static final ClaimKey B = new ClaimKey("b", "date");
    /** Made by the rules of both A and B (a duration between their events, say): the report has it once. */
    private static final Finding SHARED = finding(Severity.ERROR, Verdict.CONFLICT, A, "a and b disagree");
    private static final Finding ONLY_A = finding(Severity.WARNING, Verdict.SUPERSEDED, A, "a was revised");
    private static final Finding ONLY_B = finding(Severity.INFO, Verdict.AGREE, B, "b agrees");

    @TempDir
    Path dir;
    private FactsStore store;

    @BeforeEach
    void open() throws Exception {
        store = FactsStore.open(dir, "test", message -> { });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFindingKeptUnderTwoKeysCountsOnceUntilNeitherKeepsIt() throws Exception {
        ReportFragments parts = store.reportFragments();
        replace(parts, true, Set.of(), List.of(
                parts(A, List.of(SHARED, ONLY_A), claim("a-1", ClaimStatus.CONTRADICTED, true), claim("a-2", ClaimStatus.CONFIRMED, false)),
                parts(B, List.of(SHARED, ONLY_B), claim("b-1", ClaimStatus.CONFIRMED, false))));
        assertCounts(parts, Map.of(Severity.ERROR, 1L, Severity.WARNING, 1L, Severity.INFO, 1L),
                Map.of(ClaimStatus.CONTRADICTED, 1L, ClaimStatus.CONFIRMED, 2L), 1);

        // A re-checked without the shared finding: B still keeps it, so it still counts; A's own warning goes
        replace(parts, false, Set.of(A), List.of(parts(A, List.of(), claim("a-1", ClaimStatus.CONFIRMED, false))));
        assertCounts(parts, Map.of(Severity.ERROR, 1L, Severity.INFO, 1L), Map.of(ClaimStatus.CONFIRMED, 2L), 0);

        // B re-checked without it too: now no key keeps it
        replace(parts, false, Set.of(B), List.of(parts(B, List.of(ONLY_B), claim("b-1", ClaimStatus.CONFIRMED, false))));
        assertCounts(parts, Map.of(Severity.INFO, 1L), Map.of(ClaimStatus.CONFIRMED, 2L), 0);

        // both re-checked at once, each bringing the shared finding back: once, not twice
        replace(parts, false, Set.of(A, B), List.of(
                parts(A, List.of(SHARED), claim("a-1", ClaimStatus.CONTRADICTED, true)),
                parts(B, List.of(SHARED, ONLY_B), claim("b-1", ClaimStatus.CONFIRMED, false))));
        assertCounts(parts, Map.of(Severity.ERROR, 1L, Severity.INFO, 1L), Map.of(ClaimStatus.CONTRADICTED, 1L, ClaimStatus.CONFIRMED, 1L), 1);
    }

    @Test
    void aKeyThatIsGoneTakesItsCountsWithItAndAReplaceOfEverythingCountsAfresh() throws Exception {
        ReportFragments parts = store.reportFragments();
        replace(parts, true, Set.of(), List.of(
                parts(A, List.of(ONLY_A), claim("a-1", ClaimStatus.DISPUTED, false)),
                parts(B, List.of(ONLY_B), claim("b-1", ClaimStatus.CONFIRMED, false))));
        replace(parts, false, Set.of(A), List.of());
        assertCounts(parts, Map.of(Severity.INFO, 1L), Map.of(ClaimStatus.CONFIRMED, 1L), 0);

        replace(parts, true, Set.of(), List.of(parts(A, List.of(SHARED), claim("a-1", ClaimStatus.CONTRADICTED, true))));
        assertCounts(parts, Map.of(Severity.ERROR, 1L), Map.of(ClaimStatus.CONTRADICTED, 1L), 1);
    }

    @Test
    void partsFiledForAKeyThatIsNotReplacedAreRefused() throws Exception {
        ReportFragments parts = store.reportFragments();
        replace(parts, true, Set.of(), List.of(parts(A, List.of(ONLY_A), claim("a-1", ClaimStatus.DISPUTED, false))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> replace(parts, false, Set.of(A),
                List.of(parts(B, List.of(ONLY_B), claim("b-1", ClaimStatus.CONFIRMED, false)))))
                .hasMessageContaining("not among the keys replaced");
        // the transaction rolled back: the counts are still those of A's parts
        assertCounts(parts, Map.of(Severity.WARNING, 1L), Map.of(ClaimStatus.DISPUTED, 1L), 0);
    }

    private static void replace(ReportFragments parts, boolean all, Set<ClaimKey> drop, List<ReportFragments.KeyParts> keys)
            throws Exception {
        parts.replace(all, drop, keys, List.of(), path -> path, Map.of(), "context", new Accounting(1, 3, 3, 0), false);
    }

    private static void assertCounts(ReportFragments parts, Map<Severity, Long> severities, Map<ClaimStatus, Long> statuses,
            long likelyWrong) throws Exception {
        ReportFragments.Counts counts = parts.counts(FailOn.DEFAULT, 10);
        for (Severity severity : Severity.values()) {
            assertThat(counts.severities().get(severity)).as(severity.toString()).isEqualTo(severities.getOrDefault(severity, 0L));
        }
        for (ClaimStatus status : ClaimStatus.values()) {
            assertThat(counts.statuses().get(status)).as(status.toString()).isEqualTo(statuses.getOrDefault(status, 0L));
        }
        assertThat(counts.likelyWrong()).isEqualTo(likelyWrong);
        assertThat(counts.failing()).isEqualTo(severities.getOrDefault(Severity.ERROR, 0L));
        long verdicts = counts.verdicts().values().stream().mapToLong(Long::longValue).sum();
        assertThat(verdicts).isEqualTo(severities.values().stream().mapToLong(Long::longValue).sum());
    }

    private static Finding finding(Severity severity, Verdict verdict, ClaimKey key, String message) {
        return new Finding(RULE, severity, verdict, key, List.of(), List.of(), message);
    }

    private static ReportFragments.KeyParts parts(ClaimKey key, List<Finding> findings, ReportFragments.ClaimPart... claims) {
        return new ReportFragments.KeyParts(key, findings.stream().map(f -> {
            String json = "{\"message\":\"" + f.message() + "\",\"failing\":false}";
            return new ReportFragments.FindingPart(f, new FindingRenderer.Rendered(json, json.indexOf("false"), f.message()));
        }).toList(), List.of(claims));
    }

    private static ReportFragments.ClaimPart claim(String id, ClaimStatus status, boolean likelyWrong) {
        return new ReportFragments.ClaimPart(id, "facts/" + id + ".yaml", status, likelyWrong, null);
    }
}
