package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.crosscheck.model.Between;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Hedge;
import org.crosscheck.model.Location;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceStatus;
import org.crosscheck.normalize.ClaimGroup;
import org.junit.jupiter.api.Test;

/**
 * A key's digest sees every part of its claims, their sources included, though it now hashes each
 * source once rather than with every claim; and what it does not read leaves it alone.
 */
class KeyDigestsTest {

    private static final ClaimKey KEY = new ClaimKey("deal", "price");
    private static final byte[] COMMON = {1, 2, 3};

    private static Source source(String title) {
        return new Source("s1", title, "Outlet", null, null, null, SourceStatus.PUBLISHED, new Location("s1.yaml", 1, 1));
    }

    private static Claim claim(String id, Source source, int amount) {
        BigDecimal value = BigDecimal.valueOf(amount);
        return new Claim(id, source, KEY, new QuantityValue(amount + "", value, "", Hedge.EXACT, value, value), "q", null, List.of(),
                new Location("s1.yaml", 5, 3), null, null);
    }

    private static byte[] digest(List<Claim> claims) {
        return KeyDigests.of(List.of(new ClaimGroup(KEY, claims)), COMMON).get(KEY);
    }

    private static byte[] digest(UnaryOperator<Claim> edit) {
        Source source = source("T");
        return digest(List.of(edit.apply(claim("a", source, 10)), claim("b", source, 12)));
    }

    @Test
    void writesEveryComponentOfAClaimInTheRecordsOrder() {
        // a component added to Claim that the digest does not write would let a changed claim keep stale findings
        assertThat(Arrays.stream(Claim.class.getRecordComponents()).map(c -> c.getName()).toList())
                .isEqualTo(KeyDigests.CLAIM_COMPONENTS);
    }

    @Test
    void theSameClaimsGiveTheSameDigestInAnotherRun() {
        // equal records, not the same objects: the digest is of content, as a later run rebuilds everything
        assertThat(digest(c -> c)).isEqualTo(digest(c -> c));
    }

    @Test
    void aChangeToAnyComponentChangesIt() {
        byte[] before = digest(c -> c);
        List<UnaryOperator<Claim>> edits = List.of(
                c -> new Claim("a2", c.source(), c.key(), c.value(), c.quote(), c.asOf(), c.qualifiers(), c.location(), c.between(),
                        c.accordingTo()),
                c -> new Claim(c.id(), c.source(), c.key(), c.value(), "another quote", c.asOf(), c.qualifiers(), c.location(),
                        c.between(), c.accordingTo()),
                c -> new Claim(c.id(), c.source(), c.key(), claim("x", c.source(), 11).value(), c.quote(), c.asOf(), c.qualifiers(),
                        c.location(), c.between(), c.accordingTo()),
                c -> new Claim(c.id(), c.source(), c.key(), c.value(), c.quote(), c.asOf(), List.of("estimate"), c.location(),
                        c.between(), c.accordingTo()),
                c -> new Claim(c.id(), c.source(), c.key(), c.value(), c.quote(), c.asOf(), c.qualifiers(), new Location("s1.yaml", 6, 3),
                        c.between(), c.accordingTo()),
                c -> new Claim(c.id(), c.source(), c.key(), c.value(), c.quote(), c.asOf(), c.qualifiers(), c.location(),
                        new Between(new ClaimKey("a", "start"), new ClaimKey("a", "end")), c.accordingTo()),
                c -> new Claim(c.id(), c.source(), c.key(), c.value(), c.quote(), c.asOf(), c.qualifiers(), c.location(), c.between(),
                        "the ministry"),
                // the source, hashed once for all its claims, still counts for each
                c -> new Claim(c.id(), source("Another title"), c.key(), c.value(), c.quote(), c.asOf(), c.qualifiers(), c.location(),
                        c.between(), c.accordingTo()));
        for (UnaryOperator<Claim> edit : edits) {
            assertThat(digest(edit)).as("after %s", edit.apply(claim("a", source("T"), 10))).isNotEqualTo(before);
        }
    }

    @Test
    void aSourceEditedUnderOneClaimChangesTheDigestWhereverItsClaimsAre() {
        Source shared = source("T");
        Source edited = source("T, corrected");
        byte[] before = digest(List.of(claim("a", shared, 10), claim("b", shared, 12)));

        byte[] after = digest(List.of(claim("a", edited, 10), claim("b", edited, 12)));

        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void anotherKeysClaimsLeaveItAlone() {
        ClaimKey other = new ClaimKey("other", "price");
        Source source = source("T");
        Claim mine = claim("a", source, 10);
        Claim theirs = new Claim("z", source, other, mine.value(), "q", null, List.of(), new Location("s1.yaml", 9, 3), null, null);
        Claim theirsChanged = new Claim("z", source, other, claim("y", source, 99).value(), "q", null, List.of(),
                new Location("s1.yaml", 9, 3), null, null);

        Map<ClaimKey, byte[]> before = KeyDigests.of(List.of(new ClaimGroup(KEY, List.of(mine)), new ClaimGroup(other, List.of(theirs))),
                COMMON);
        Map<ClaimKey, byte[]> after = KeyDigests.of(List.of(new ClaimGroup(KEY, List.of(mine)),
                new ClaimGroup(other, List.of(theirsChanged))), COMMON);

        assertThat(after.get(KEY)).isEqualTo(before.get(KEY));
        assertThat(after.get(other)).isNotEqualTo(before.get(other));
    }
}
