package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.crosscheck.model.Citation;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.Hedge;
import org.crosscheck.model.Location;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceStatus;
import org.crosscheck.normalize.ClaimGroup;
import org.junit.jupiter.api.Test;

/** Each claim gets exactly one status, from the strongest evidence there is. */
class KeyAssessorTest {

    private static final ClaimKey KEY = new ClaimKey("deal", "price");

    private static Claim claim(String id, String outlet, int amount) {
        return claim(id, outlet, amount, null);
    }

    private static Claim claim(String id, String outlet, int amount, String accordingTo) {
        Source source = new Source("s-" + id, "S", outlet, null, null, null, SourceStatus.PUBLISHED, Location.ofFile(id));
        return new Claim(id, source, KEY, count(amount), "q", null, List.of(), Location.ofFile(id), null, accordingTo);
    }

    private static QuantityValue count(int amount) {
        BigDecimal value = BigDecimal.valueOf(amount);
        return new QuantityValue(amount + "", value, "", Hedge.EXACT, value, value);
    }

    private static ReferenceRecord record(int amount, boolean certain, String issuer) {
        return new ReferenceRecord("ref-" + amount, KEY, count(amount), null, null, new Citation("i", "d", null, null), certain,
                Location.ofFile("r"), issuer);
    }

    private static KeyAssessment assess(List<Claim> claims, ReferenceRecord... records) {
        return KeyAssessor.assess(new ClaimGroup(KEY, claims), List.of(records));
    }

    @Test
    void aCertainRecordBlamesTheClaimAgainstItAndConfirmsTheRest() {
        KeyAssessment a = assess(List.of(claim("a", "A", 10), claim("b", "B", 10), claim("c", "C", 12)), record(10, true, null));
        assertThat(a.statuses()).containsEntry("a", ClaimStatus.CONFIRMED).containsEntry("b", ClaimStatus.CONFIRMED)
                .containsEntry("c", ClaimStatus.CONTRADICTED);
        assertThat(a.contradictions()).singleElement().satisfies(c -> {
            assertThat(c.claim().id()).isEqualTo("c");
            assertThat(c.support()).extracting(Claim::id).containsExactly("a", "b");
        });
        assertThat(a.disputes()).isEmpty();
    }

    @Test
    void withoutARecordTheLoneOutletIsLikelyWrongAndTheMajorityCorroborated() {
        KeyAssessment a = assess(List.of(claim("a", "A", 10), claim("b", "B", 10), claim("c", "C", 12)));
        assertThat(a.statuses()).containsEntry("a", ClaimStatus.CORROBORATED).containsEntry("b", ClaimStatus.CORROBORATED)
                .containsEntry("c", ClaimStatus.DISPUTED);
        assertThat(a.likelyWrong()).containsExactly("c");
        assertThat(a.disputes()).singleElement().satisfies(d -> {
            assertThat(d.likelyWrong()).isTrue();
            assertThat(d.support()).extracting(Claim::id).containsExactly("a", "b");
            assertThat(d.explanation()).contains("majority is evidence, not proof");
        });
    }

    @Test
    void oneAgainstOneIsDisputedOnBothSides() {
        KeyAssessment a = assess(List.of(claim("a", "A", 10), claim("c", "C", 12)));
        assertThat(a.statuses()).containsEntry("a", ClaimStatus.DISPUTED).containsEntry("c", ClaimStatus.DISPUTED);
        assertThat(a.likelyWrong()).isEmpty();
        assertThat(a.disputes()).singleElement().satisfies(d -> assertThat(d.claims()).extracting(Claim::id).contains("a", "c"));
    }

    @Test
    void anUncertainRecordKeepsTheClaimAgainstItFromOutvotingThoseThatAgree() {
        KeyAssessment a = assess(List.of(claim("a", "A", 10), claim("b", "B", 12), claim("c", "C", 12)), record(10, false, null));
        assertThat(a.statuses()).containsEntry("b", ClaimStatus.DISPUTED).containsEntry("c", ClaimStatus.DISPUTED)
                .containsEntry("a", ClaimStatus.UNCORROBORATED);
        assertThat(a.likelyWrong()).isEmpty();
        assertThat(a.disputes()).isEmpty();
        assertThat(a.contradictions()).extracting(c -> c.claim().id()).containsExactly("b", "c");
    }

    @Test
    void differentCountersAreNotRivalsAndEachIsJudgedByItsOwnRecord() {
        KeyAssessment a = assess(List.of(claim("a", "A", 39, "commission"), claim("b", "B", 19, "police"), claim("c", "C", 39, "police")),
                record(19, true, "police"), record(39, true, "commission"));
        assertThat(a.statuses()).containsEntry("a", ClaimStatus.CONFIRMED).containsEntry("b", ClaimStatus.CONFIRMED)
                .containsEntry("c", ClaimStatus.CONTRADICTED);
        assertThat(a.contradictions()).singleElement().satisfies(c -> assertThat(c.matchesIssuer()).isEqualTo("commission"));
        assertThat(a.disputes()).isEmpty();
    }
}
