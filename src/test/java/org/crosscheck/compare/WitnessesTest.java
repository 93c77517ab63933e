package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Hedge;
import org.crosscheck.model.Location;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceStatus;
import org.crosscheck.model.TextValue;
import org.crosscheck.model.Value;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The counting through sorted bounds agrees with comparing every pair, on random keys. */
class WitnessesTest {

    private static final ClaimKey KEY = new ClaimKey("deal", "price");

    private static Source source(int i, String outlet) {
        return new Source("s" + i, "S" + i, outlet, null, null, null, SourceStatus.PUBLISHED, Location.ofFile("s" + i));
    }

    private static Claim claim(String id, Source source, Value value) {
        return new Claim(id, source, KEY, value, "q", null, List.of(), Location.ofFile("f"));
    }

    private static QuantityValue amount(int lo, Integer hi) {
        return new QuantityValue(lo + "", BigDecimal.valueOf(lo), "", Hedge.EXACT, BigDecimal.valueOf(lo),
                hi == null ? null : BigDecimal.valueOf(hi));
    }

    private static boolean disjoint(Claim a, Claim b) {
        BigDecimal[] x = Witnesses.bounds(a.value());
        BigDecimal[] y = Witnesses.bounds(b.value());
        return (x[1] != null && x[1].compareTo(y[0]) < 0) || (y[1] != null && y[1].compareTo(x[0]) < 0);
    }

    @RepeatedTest(200)
    void intervalCountsMatchEveryPairCompared() {
        Random random = new Random(System.nanoTime());
        int sources = 1 + random.nextInt(8);
        List<Source> all = new ArrayList<>();
        for (int i = 0; i < sources; i++) {
            all.add(source(i, random.nextInt(3) == 0 ? "unknown" : "outlet " + random.nextInt(4)));
        }
        List<Claim> claims = new ArrayList<>();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            int lo = random.nextInt(20);
            Integer hi = random.nextInt(10) == 0 ? null : lo + random.nextInt(4);
            claims.add(claim("c" + i, all.get(random.nextInt(sources)), amount(lo, hi)));
        }
        Witnesses witnesses = Witnesses.of(claims);
        for (Claim c : claims) {
            boolean disputed = claims.stream().anyMatch(o -> !o.sourceId().equals(c.sourceId()) && disjoint(c, o));
            boolean supported = claims.stream().anyMatch(o -> !Witnesses.outlet(o).equals(Witnesses.outlet(c)) && !disjoint(c, o));
            assertThat(witnesses.disputed(c)).as("%s disputed among %s", c.id(), claims).isEqualTo(disputed);
            assertThat(witnesses.supported(c)).as("%s supported among %s", c.id(), claims).isEqualTo(supported);
        }
    }

    @Test
    void twoArticlesOfOneOutletAreOneWitnessAndUnknownOutletsAreNeverMerged() {
        Claim a = claim("a", source(1, "Wire"), amount(10, 10));
        Claim b = claim("b", source(2, "wire "), amount(10, 10));
        Claim c = claim("c", source(3, "unknown"), amount(20, 20));
        Claim d = claim("d", source(4, "unknown"), amount(20, 20));
        Witnesses witnesses = Witnesses.of(List.of(a, b, c, d));
        assertThat(witnesses.supported(a)).isFalse();
        assertThat(witnesses.supported(c)).isTrue();
        assertThat(witnesses.disputed(a)).isTrue();
        assertThat(Witnesses.outlets(witnesses.largestCampAgainst(a))).hasSize(2);
        assertThat(Witnesses.outlets(witnesses.largestCampAgainst(c))).containsExactly("wire");
    }

    @Test
    void categoricalValuesAreCountedByTheirCanonicalText() {
        Claim a = claim("a", source(1, "A"), new TextValue("largest partner"));
        Claim b = claim("b", source(2, "B"), new TextValue("Largest  partner"));
        Claim c = claim("c", source(3, "C"), new TextValue("second partner"));
        Witnesses witnesses = Witnesses.of(List.of(a, b, c));
        assertThat(witnesses.supported(a) && witnesses.disputed(a)).isTrue();
        assertThat(witnesses.supported(c)).isFalse();
        assertThat(witnesses.largestCampAgainst(c)).extracting(Claim::id).containsExactly("a", "b");
    }
}
