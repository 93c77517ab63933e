package org.crosscheck.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.Baseline;
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
import org.crosscheck.model.Waiver;
import org.junit.jupiter.api.Test;

class TriageTest {

    static final RuleInfo CONFLICT = new RuleInfo("SOURCES-CONFLICT", Severity.ERROR, "t", "n", "f");
    static final ClaimKey KEY = new ClaimKey("deal", "date");
    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    static Claim claim(String id) {
        Source source = new Source("s-" + id, "t", "o", null, null, null, SourceStatus.PUBLISHED, Location.ofFile("f"));
        return new Claim(id, source, KEY, new TextValue("x"), "x", null, List.of(), Location.ofFile("f"));
    }

    static Finding conflict(String... claimIds) {
        List<Claim> claims = new ArrayList<>();
        for (String id : claimIds) {
            claims.add(claim(id));
        }
        return new Finding(CONFLICT, Severity.ERROR, Verdict.CONFLICT, KEY, claims, List.of(), "m");
    }

    static Waiver waiver(Set<String> claims, LocalDate expires) {
        return new Waiver("SOURCES-CONFLICT", KEY, claims, "known dispute", "editor", expires, new Location("facts/waivers.yaml", 2, 5));
    }

    private final java.util.Map<String, RuleInfo> rules = Triage.byId(
            List.of(CONFLICT, BuiltInRules.WAIVER_EXPIRED, BuiltInRules.WAIVER_UNUSED));

    @Test
    void aWaiverMarksTheFindingAndKeepsIt() {
        Triage.Result result = new Triage().apply(List.of(conflict("a", "b")), List.of(waiver(Set.of(), null)), null, TODAY, rules);

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.disposition().status()).isEqualTo(Disposition.Status.WAIVED);
            assertThat(f.disposition().reason()).isEqualTo("known dispute (editor; facts/waivers.yaml:2:5)");
        });
    }

    @Test
    void aWaiverNamingClaimsCoversOnlyFindingsAmongThem() {
        Triage.Result result = new Triage().apply(List.of(conflict("a", "b"), conflict("a", "c")),
                List.of(waiver(Set.of("a", "b"), null)), null, TODAY, rules);

        assertThat(result.findings()).extracting(f -> f.claimIds() + " " + f.disposition().status())
                .containsExactly("[a, b] WAIVED", "[a, c] OPEN");
    }

    @Test
    void anExpiredWaiverReopensTheFindingAndSaysSo() {
        Triage.Result result = new Triage().apply(List.of(conflict("a", "b")),
                List.of(waiver(Set.of(), LocalDate.of(2026, 1, 14))), null, TODAY, rules);

        assertThat(result.findings()).extracting(f -> f.rule().id() + " " + f.disposition().status())
                .containsExactly("SOURCES-CONFLICT OPEN", "WAIVER-EXPIRED OPEN");
        assertThat(result.findings().get(1).message()).startsWith("the waiver at facts/waivers.yaml:2:5 expired on 2026-01-14");
        // about no claim, it points at the waiver, so SARIF and Code Quality have a place for it
        assertThat(result.findings().get(1).location()).hasToString("facts/waivers.yaml:2:5");
    }

    @Test
    void aWaiverStillHoldsOnItsLastDay() {
        Triage.Result result = new Triage().apply(List.of(conflict("a", "b")), List.of(waiver(Set.of(), TODAY)), null, TODAY, rules);

        assertThat(result.findings()).singleElement().extracting(f -> f.disposition().status()).isEqualTo(Disposition.Status.WAIVED);
    }

    @Test
    void aWaiverThatMatchesNothingIsReported() {
        Triage.Result result = new Triage().apply(List.of(), List.of(waiver(Set.of(), null)), null, TODAY, rules);

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule().id()).isEqualTo("WAIVER-UNUSED");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).hasToString("facts/waivers.yaml:2:5");
        });
    }

    @Test
    void theBaselineMatchesOnRuleKeyAndClaimsInAnyOrderAndListsWhatWasFixed() {
        Baseline baseline = new Baseline("b.json", List.of(
                new Baseline.Entry("SOURCES-CONFLICT", KEY, List.of("b", "a")),
                new Baseline.Entry("SOURCES-CONFLICT", KEY, List.of("gone", "a"))));

        Triage.Result result = new Triage().apply(List.of(conflict("a", "b"), conflict("a", "new")), List.of(), baseline, TODAY, rules);

        assertThat(result.findings()).extracting(f -> f.claimIds() + " " + f.disposition().status())
                .containsExactly("[a, b] BASELINED", "[a, new] OPEN");
        assertThat(result.fixed()).containsExactly("SOURCES-CONFLICT deal / date [a, gone]");
    }

    @Test
    void aWaivedFindingIsNotAlsoBaselined() {
        Baseline baseline = new Baseline("b.json", List.of(new Baseline.Entry("SOURCES-CONFLICT", KEY, List.of("a", "b"))));

        Triage.Result result = new Triage().apply(List.of(conflict("a", "b")), List.of(waiver(Set.of(), null)), baseline, TODAY, rules);

        assertThat(result.findings()).singleElement().extracting(f -> f.disposition().status()).isEqualTo(Disposition.Status.WAIVED);
        assertThat(result.fixed()).isEmpty();
    }
}
