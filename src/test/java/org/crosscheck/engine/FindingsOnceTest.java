package org.crosscheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Disposition;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Location;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceStatus;
import org.crosscheck.model.TextValue;
import org.crosscheck.model.Verdict;
import org.junit.jupiter.api.Test;

/** The engine's findings, sorted and each kept once, exactly as {@code distinct().sorted()} would give them. */
class FindingsOnceTest {

    private static final Source SOURCE = new Source("s", "S", "o", null, null, null, SourceStatus.PUBLISHED, Location.ofFile("s"));
    private static final List<RuleInfo> RULES = List.of(
            new RuleInfo("A-RULE", Severity.ERROR, "A", "A", "rules/a.drl"),
            new RuleInfo("B-RULE", Severity.INFO, "B", "B", "rules/b.drl"));

    /**
     * Findings drawn from few rules, keys, claims and messages, so many tie in the order; some of
     * the ties differ only in what the order does not look at (verdict, disposition), and many are
     * repeats, either the same object or an equal copy.
     */
    private static List<Finding> found(int n, long seed) {
        Random random = new Random(seed);
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!found.isEmpty() && random.nextInt(4) == 0) {
                Finding earlier = found.get(random.nextInt(found.size()));
                found.add(random.nextBoolean() ? earlier : earlier.with(earlier.disposition()));
                continue;
            }
            RuleInfo rule = RULES.get(random.nextInt(RULES.size()));
            ClaimKey key = new ClaimKey("subject-" + random.nextInt(30), "date");
            List<Claim> claims = new ArrayList<>();
            for (int c = random.nextInt(3); c >= 0; c--) {
                claims.add(new Claim("c" + random.nextInt(5), SOURCE, key, new TextValue("v"), "q", null, List.of(), Location.ofFile("f")));
            }
            Disposition disposition = random.nextInt(5) == 0 ? new Disposition(Disposition.Status.WAIVED, "a reason") : Disposition.OPEN;
            found.add(new Finding(rule, random.nextBoolean() ? Severity.ERROR : Severity.WARNING,
                    random.nextBoolean() ? Verdict.CONFLICT : Verdict.AGREE, key, claims, List.of(),
                    "message " + random.nextInt(3), disposition));
        }
        return found;
    }

    @Test
    void sortedOnceIsDistinctThenSorted() {
        // below and above the size from which Arrays.parallelSort sorts on every core (8,192)
        for (int n : new int[] {0, 1, 50, 2_000, 40_000}) {
            for (long seed = 1; seed <= 3; seed++) {
                List<Finding> found = found(n, seed);

                List<Finding> once = Engine.sortedOnce(found);

                assertThat(once).as("%d findings, seed %d", n, seed).isEqualTo(found.stream().distinct().sorted().toList());
            }
        }
    }

    @Test
    void theFindingsDrawnHaveRepeatsAndTiesThatAreNotRepeats() {
        // the case above must be able to fail: without repeats, or without unequal ties, it would prove little
        List<Finding> found = found(2_000, 1);
        List<Finding> distinct = found.stream().distinct().toList();
        assertThat(distinct).hasSizeLessThan(found.size() * 9 / 10);
        long unequalTies = distinct.stream()
                .filter(f -> distinct.stream().anyMatch(g -> g != f && g.compareTo(f) == 0 && !g.equals(f)))
                .count();
        assertThat(unequalTies).isGreaterThan(10);
    }

    @Test
    void findingsThatTieOnSeverityRuleAndKeyGoInTheOrderOfTheirClaimsIds() {
        RuleInfo rule = RULES.get(0);
        ClaimKey key = new ClaimKey("subject", "date");
        java.util.function.Function<List<String>, Finding> about = ids -> new Finding(rule, Severity.ERROR, Verdict.CONFLICT, key,
                ids.stream().map(id -> new Claim(id, SOURCE, key, new TextValue("v"), "q", null, List.of(), Location.ofFile("f"))).toList(),
                List.of(), "same message");
        List<List<String>> inOrder = List.of(List.of(), List.of("c-1"), List.of("c-1", "c-2"), List.of("c-1", "c-2", "c-3"),
                List.of("c-1", "c-3"), List.of("c-10"), List.of("c-10", "c-1"), List.of("c-2"));
        List<Finding> findings = new ArrayList<>(inOrder.stream().map(about).toList());
        java.util.Collections.shuffle(findings, new Random(3));

        assertThat(findings.stream().sorted().map(Finding::claimIds).toList()).isEqualTo(inOrder);
    }
}
