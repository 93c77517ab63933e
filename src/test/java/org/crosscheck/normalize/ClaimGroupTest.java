package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.crosscheck.model.Between;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Location;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceStatus;
import org.crosscheck.model.TextValue;
import org.crosscheck.model.Verdict;
import org.junit.jupiter.api.Test;

class ClaimGroupTest {

    private static final List<Source> SOURCES = IntStream.range(0, 7)
            .mapToObj(i -> new Source("s" + i, "S" + i, "o", null, null, null, SourceStatus.PUBLISHED, Location.ofFile("s" + i)))
            .toList();

    /** {@code n} claims on {@code keys} keys, in a shuffled order, as sources deliver them. */
    private static List<Claim> shuffledClaims(int n, int keys) {
        Random random = new Random(42);
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ClaimKey key = new ClaimKey("subject-" + random.nextInt(keys), i % 3 == 0 ? "date" : "amount");
            claims.add(new Claim("c" + random.nextInt(n * 10) + "-" + i, SOURCES.get(i % SOURCES.size()), key,
                    new TextValue("v"), "q", null, List.of(), Location.ofFile("f")));
        }
        Collections.shuffle(claims, random);
        return claims;
    }

    @Test
    void groupsComeInKeyOrderWithTheirClaimsInIdOrderOnOneThreadAndOnEvery() {
        for (int keys : new int[] {ClaimGroup.PARALLEL_FROM / 10, ClaimGroup.PARALLEL_FROM * 2}) {
            List<Claim> claims = shuffledClaims(keys * 20, keys);

            List<ClaimGroup> groups = ClaimGroup.byKey(claims);

            assertThat(groups).extracting(ClaimGroup::key).isSortedAccordingTo(Comparator.naturalOrder())
                    .doesNotHaveDuplicates();
            assertThat(groups).allSatisfy(g -> {
                assertThat(g.claims()).extracting(Claim::id).isSorted();
                assertThat(g.claims()).allSatisfy(c -> assertThat(c.key()).isEqualTo(g.key()));
                assertThat(g.sourceCount()).isEqualTo((int) g.claims().stream().map(Claim::sourceId).distinct().count());
            });
            // every claim in exactly one group (compared as sorted ids: AssertJ's any-order check is quadratic)
            assertThat(groups.stream().flatMap(g -> g.claims().stream()).map(Claim::id).sorted().toList())
                    .isEqualTo(claims.stream().map(Claim::id).sorted().toList());
        }
    }

    @Test
    void keysSortBySubjectThenProperty() {
        List<ClaimKey> keys = new ArrayList<>(List.of(new ClaimKey("b", "a"), new ClaimKey("a", "z"), new ClaimKey("a", "b"),
                new ClaimKey("ab", "a")));
        Collections.sort(keys);

        assertThat(keys).containsExactly(new ClaimKey("a", "b"), new ClaimKey("a", "z"), new ClaimKey("ab", "a"),
                new ClaimKey("b", "a"));
        assertThat(new ClaimKey("a", "b").compareTo(new ClaimKey("a", "b"))).isZero();
    }

    @Test
    void aVerdictsHashAgreesWithItsEqualsAndTellsApartVerdictsOnDifferentClaims() {
        List<Claim> claims = shuffledClaims(6, 1);
        GroupVerdict verdict = new GroupVerdict(Verdict.CONFLICT, claims.subList(0, 3), "apart", 4);
        GroupVerdict same = new GroupVerdict(Verdict.CONFLICT, new ArrayList<>(claims.subList(0, 3)), "apart", 4);
        GroupVerdict otherClaims = new GroupVerdict(Verdict.CONFLICT, claims.subList(3, 6), "apart", 4);

        assertThat(same).isEqualTo(verdict).hasSameHashCodeAs(verdict);
        assertThat(otherClaims).isNotEqualTo(verdict);
        assertThat(otherClaims.hashCode()).isNotEqualTo(verdict.hashCode());
        assertThat(new GroupVerdict(Verdict.AGREE, List.of(), "none", -1).hashCode())
                .isEqualTo(new GroupVerdict(Verdict.AGREE, List.of(), "none", -1).hashCode());
    }

    @Test
    void betweenEventsHoldsTheClaimsThatMeasureBetweenTwoEventsInIdOrderAndNothingElse() {
        ClaimKey key = new ClaimKey("visit", "years-since-last");
        Between events = new Between(new ClaimKey("visit", "date"), new ClaimKey("last-visit", "date"));
        Claim plain = new Claim("c2", SOURCES.get(0), key, new TextValue("16 years"), "q", null, List.of(), Location.ofFile("f"));
        Claim second = new Claim("c3", SOURCES.get(1), key, new TextValue("16 years"), "q", null, List.of(), Location.ofFile("f"), events);
        Claim first = new Claim("c1", SOURCES.get(2), key, new TextValue("15 years"), "q", null, List.of(), Location.ofFile("f"), events);

        assertThat(new ClaimGroup(key, List.of(second, plain, first)).betweenEvents()).containsExactly(first, second);
        assertThat(new ClaimGroup(key, List.of(plain)).betweenEvents()).isEmpty();
    }

    @Test
    void eachIssueIsAClaimTheCheckFindsWrongWithItsReasonInTheClaimsOrder() {
        List<Claim> claims = new ClaimGroup(new ClaimKey("subject-0", "date"), shuffledClaims(40, 1)).claims();

        List<ClaimIssue> issues = ClaimIssue.each(claims, c -> c.id().endsWith("7") ? "ends in 7: " + c.id() : null);

        List<Claim> wrong = claims.stream().filter(c -> c.id().endsWith("7")).toList();
        assertThat(wrong).isNotEmpty().hasSizeLessThan(claims.size());
        assertThat(issues).extracting(ClaimIssue::claim).containsExactlyElementsOf(wrong);
        assertThat(issues).allSatisfy(issue -> assertThat(issue.why()).isEqualTo("ends in 7: " + issue.claim().id()));
        assertThat(ClaimIssue.each(claims, c -> null)).isEmpty();
    }
}
