package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Location;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceStatus;
import org.crosscheck.model.Verdict;
import org.crosscheck.model.Hedge;
import org.crosscheck.model.QuantityValue;
import org.junit.jupiter.api.Test;

/** The store streams kept findings and claim entries ordered by these bytes; they must sort as the report does. */
class OrderKeyTest {

    /** Texts that differ early, late, by length, and in the code units an end mark could be confused with. */
    private static final List<String> TEXTS = List.of("", "a", "ab", "a-b", "b", "a\u0000", "a\u0001", "a\u0002", "\u0000", "\u0001b",
            "é", "z", "\uffff", "\ud83d\ude00", "\ue000", "ab\u0000c", "abc");

    private static final Source SOURCE = new Source("s", "t", "o", null, null, null, SourceStatus.PUBLISHED, new Location("s.yaml", 1, 1));

    @Test
    void findingsSortByTheirBytesAsTheReportSortsThem() {
        Random random = new Random(7);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            findings.add(finding(random));
        }
        List<Finding> byReport = findings.stream().sorted().toList();
        List<Finding> byBytes = findings.stream().sorted(Comparator.comparing(OrderKey::of, Arrays::compareUnsigned)).toList();
        // ties of the report's order (equal in every compared part) may come in either order; none is drawn here that differs
        assertThat(byBytes.stream().map(OrderKeyTest::describe).toList()).isEqualTo(byReport.stream().map(OrderKeyTest::describe).toList());
    }

    @Test
    void claimIdsSortByTheirBytesAsJavaSortsStrings() {
        List<String> ids = new ArrayList<>(TEXTS);
        for (String a : TEXTS) {
            for (String b : TEXTS) {
                ids.add(a + b);
            }
        }
        List<String> byJava = ids.stream().sorted().toList();
        List<String> byBytes = ids.stream().sorted(Comparator.comparing(OrderKey::of, Arrays::compareUnsigned)).toList();
        assertThat(byBytes).isEqualTo(byJava);
    }

    @Test
    void aShorterListOfClaimsComesFirstAndTheMessageOnlyAfterTheClaims() {
        Finding one = finding(Severity.ERROR, "R", new ClaimKey("k", "p"), List.of("a"), "z");
        Finding two = finding(Severity.ERROR, "R", new ClaimKey("k", "p"), List.of("a", "b"), "a");
        assertThat(one.compareTo(two)).isNegative();
        assertThat(Arrays.compareUnsigned(OrderKey.of(one), OrderKey.of(two))).isNegative();
    }

    private static Finding finding(Random random) {
        List<String> claims = new ArrayList<>();
        for (int c = random.nextInt(3); c >= 0; c--) {
            claims.add(pick(random));
        }
        return finding(Severity.values()[random.nextInt(3)], pick(random), new ClaimKey(pick(random), pick(random)), claims,
                pick(random) + random.nextInt(1_000_000));
    }

    private static Finding finding(Severity severity, String rule, ClaimKey key, List<String> claimIds, String message) {
        List<Claim> claims = claimIds.stream().map(id -> new Claim(id, SOURCE, key, new QuantityValue("1", BigDecimal.ONE, "",
                Hedge.EXACT, BigDecimal.ONE, BigDecimal.ONE), "q", null, List.of(), new Location("s.yaml", 2, 3), null, null)).toList();
        return new Finding(new RuleInfo(rule, severity, rule, rule, "rules/r.drl"), severity, Verdict.CONFLICT, key, claims, List.of(),
                message);
    }

    private static String pick(Random random) {
        return TEXTS.get(random.nextInt(TEXTS.size())) + (random.nextBoolean() ? "" : TEXTS.get(random.nextInt(TEXTS.size())));
    }

    private static String describe(Finding finding) {
        return finding.severity() + "|" + finding.rule().id() + "|" + finding.key() + "|" + finding.claimIds() + "|" + finding.message();
    }
}
