package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.DatePrecision;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.Location;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceStatus;
import org.crosscheck.model.Verdict;

/** The linear per-key comparison must find a conflict exactly when some pair of sources is disjoint. */
class GroupCompareProperties {

    private static final ClaimKey KEY = new ClaimKey("event", "date");

    record Spec(int source, int from, int days) {
    }

    @Provide
    Arbitrary<List<Spec>> groups() {
        Arbitrary<Spec> spec = Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, 40)).as(Spec::new);
        return spec.list().ofMinSize(2).ofMaxSize(12);
    }

    static List<Claim> claims(List<Spec> specs) {
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            Source source = new Source("s" + spec.source(), "t", "o", null, null, null, SourceStatus.PUBLISHED,
                    Location.ofFile("f"));
            LocalDate start = LocalDate.of(2024, 1, 1).plusDays(spec.from());
            LocalDate end = start.plusDays(spec.days());
            DateValue value = new DateValue("d" + i, start + "/" + end, DatePrecision.SPAN, start, end, null, null);
            claims.add(new Claim(String.format("c%02d", i), source, KEY, value, "q", null, List.of(), Location.ofFile("f")));
        }
        return claims;
    }

    static boolean bruteForceConflict(List<Claim> claims) {
        for (Claim a : claims) {
            for (Claim b : claims) {
                if (!a.sourceId().equals(b.sourceId())
                        && Compare.values(a.value(), b.value()).relation() == Relation.DISJOINT) {
                    return true;
                }
            }
        }
        return false;
    }

    @Property(tries = 2000)
    void findsAConflictExactlyWhenAPairOfSourcesIsDisjoint(@ForAll("groups") List<Spec> specs) {
        List<Claim> claims = claims(specs);
        List<GroupVerdict> verdicts = GroupCompare.acrossSources(claims);

        if (GroupCompare.sourceCount(claims) < 2) {
            assertThat(verdicts).isEmpty();
            return;
        }
        boolean conflict = verdicts.stream().anyMatch(v -> v.verdict() == Verdict.CONFLICT);
        assertThat(conflict).isEqualTo(bruteForceConflict(claims));
        if (!conflict) {
            assertThat(verdicts).singleElement().extracting(GroupVerdict::verdict).isIn(Verdict.AGREE, Verdict.REFINES);
        }
        for (GroupVerdict verdict : verdicts.stream().filter(v -> v.verdict() == Verdict.CONFLICT).toList()) {
            Claim a = verdict.claims().get(0);
            Claim b = verdict.claims().get(1);
            assertThat(a.sourceId()).isNotEqualTo(b.sourceId());
            assertThat(Compare.values(a.value(), b.value()).relation()).isEqualTo(Relation.DISJOINT);
        }
    }

    @Property(tries = 500)
    void theVerdictsDoNotDependOnTheOrderTheClaimsComeIn(@ForAll("groups") List<Spec> specs, @ForAll Random random) {
        List<Claim> inIdOrder = claims(specs); // ids c00, c01, ... in order
        List<Claim> shuffled = new ArrayList<>(inIdOrder);
        Collections.shuffle(shuffled, random);

        assertThat(GroupCompare.acrossSources(shuffled)).isEqualTo(GroupCompare.acrossSources(inIdOrder));
        assertThat(GroupCompare.withinSources(shuffled)).isEqualTo(GroupCompare.withinSources(inIdOrder));
    }
}
