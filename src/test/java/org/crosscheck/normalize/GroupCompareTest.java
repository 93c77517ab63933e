package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Location;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceStatus;
import org.crosscheck.model.Value;
import org.crosscheck.model.Verdict;
import org.junit.jupiter.api.Test;

class GroupCompareTest {

    private static Claim claim(String id, String source, Value value) {
        return new Claim(id, new Source(source, source, "o", null, null, null, SourceStatus.PUBLISHED, Location.ofFile(source)),
                new ClaimKey("deal", "date"), value, "q", null, List.of(), Location.ofFile(source));
    }

    private static Value date(String text) {
        return DateParser.parse(text, null).toOptional().orElseThrow();
    }

    private static Value amount(String text) {
        return QuantityParser.parse(text).toOptional().orElseThrow();
    }

    @Test
    void aMonthInsideTheYearIsARefinementNotAConflict() {
        GroupVerdict verdict = only(GroupCompare.acrossSources(List.of(claim("a", "s1", date("2024-06")), claim("b", "s2", date("2024")))));

        assertThat(verdict.verdict()).isEqualTo(Verdict.REFINES);
        assertThat(verdict.explanation()).isEqualTo(
                "2024-06-01..2024-06-30 (2024-06) refines 2024-01-01..2024-12-31 (2024): it lies within it");
    }

    @Test
    void adjacentMonthsConflictAndTheExplanationSaysHowFarApart() {
        GroupVerdict verdict = only(GroupCompare.acrossSources(List.of(claim("a", "s1", date("2024-05")), claim("b", "s2", date("June 2024")))));

        assertThat(verdict.verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(verdict.claims()).extracting(Claim::id).containsExactly("a", "b");
        assertThat(verdict.explanation()).isEqualTo(
                "2024-06-01..2024-06-30 (June 2024) does not meet 2024-05-01..2024-05-31 (2024-05): 1 day apart");
    }

    @Test
    void identicalValuesAgree() {
        GroupVerdict verdict = only(GroupCompare.acrossSources(List.of(claim("a", "s1", amount("1,000")),
                claim("b", "s2", amount("1,000")), claim("c", "s3", amount("1,000")))));

        assertThat(verdict.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(verdict.claims()).extracting(Claim::sourceId).containsExactly("s1", "s2", "s3");
        assertThat(verdict.explanation()).startsWith("3 sources agree: ");
    }

    @Test
    void roundedAndHedgedAmountsWithinToleranceDoNotConflict() {
        GroupVerdict verdict = only(GroupCompare.acrossSources(List.of(claim("a", "s1", amount("Sh600 billion")),
                claim("b", "s2", amount("approximately Sh600 billion")), claim("c", "s3", amount("Sh604.6 billion")))));

        assertThat(verdict.verdict()).isEqualTo(Verdict.REFINES);
    }

    @Test
    void amountsOutsideToleranceConflict() {
        GroupVerdict verdict = only(GroupCompare.acrossSources(List.of(claim("a", "s1", amount("1,000")), claim("b", "s2", amount("400")))));

        assertThat(verdict.verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(verdict.explanation()).isEqualTo("'1,000' (900..1100) is incompatible with '400' (360..440)");
    }

    @Test
    void aSingleSourceHasNoCrossSourceVerdict() {
        assertThat(GroupCompare.acrossSources(List.of(claim("a", "s1", date("2024")), claim("b", "s1", date("2023"))))).isEmpty();
    }

    @Test
    void threeDisagreeingDatesGiveOneConflictPerNeighbouringPair() {
        List<GroupVerdict> verdicts = GroupCompare.acrossSources(List.of(claim("announced", "s1", date("2024-05-23")),
                claim("effective", "s2", date("June 2024")), claim("later", "s3", date("2025"))));

        assertThat(verdicts).extracting(GroupVerdict::verdict).containsExactly(Verdict.CONFLICT, Verdict.CONFLICT);
        assertThat(verdicts).extracting(v -> v.claims().stream().map(Claim::id).toList())
                .containsExactly(List.of("announced", "effective"), List.of("effective", "later"));
        assertThat(verdicts).extracting(GroupVerdict::gapDays).containsExactly(9L, 185L);
    }

    @Test
    void hedgedAndPlainStatementsOfTheSameAmountAgree() {
        GroupVerdict verdict = only(GroupCompare.acrossSources(List.of(claim("a", "s1", amount("Sh600 billion")),
                claim("b", "s2", amount("approximately Sh600 billion")))));

        assertThat(verdict.verdict()).isEqualTo(Verdict.AGREE);
    }

    private static GroupVerdict only(List<GroupVerdict> verdicts) {
        assertThat(verdicts).hasSize(1);
        return verdicts.get(0);
    }

    @Test
    void differentCurrenciesAreNeitherConflictingNorIncomparable() {
        // each currency is compared on its own (compare.KeyAssessor), so a second currency is no reason to give up
        List<Claim> claims = List.of(claim("a", "s1", amount("$5 million")), claim("b", "s2", amount("Sh5 million")));

        assertThat(GroupCompare.acrossSources(claims)).isEmpty();
        assertThat(GroupCompare.incomparable(claims)).isNull();
    }

    @Test
    void amountsInACurrencyOfNoStatedCountryCompareWithEachOtherOnly() {
        List<Claim> dinars = List.of(claim("a", "s1", amount("10 dinars")), claim("b", "s2", amount("12 dinars")));
        List<Claim> againstKuwaiti = List.of(claim("a", "s1", amount("10 dinars")), claim("b", "s2", amount("KWD 12")));
        List<Claim> cents = List.of(claim("a", "s1", amount("ten cents")), claim("b", "s2", amount("10¢")));

        assertThat(only(GroupCompare.acrossSources(dinars)).verdict()).isEqualTo(Verdict.CONFLICT);
        // no country is guessed: dinars of no stated country are neither the Kuwaiti dinar nor in conflict with it
        assertThat(GroupCompare.acrossSources(againstKuwaiti)).isEmpty();
        assertThat(GroupCompare.incomparable(againstKuwaiti)).isNull();
        assertThat(only(GroupCompare.acrossSources(cents)).verdict()).isEqualTo(Verdict.AGREE);
    }

    @Test
    void aCountBesideAnAmountIsIncomparable() {
        List<Claim> claims = List.of(claim("a", "s1", amount("$5 million")), claim("b", "s2", amount("5")));

        assertThat(GroupCompare.incomparable(claims))
                .isEqualTo("the claims use values that cannot be compared: amount in USD (a); count (b)");
    }

    @Test
    void categoricalValuesConflictWhenCanonicalFormsDiffer() {
        List<Claim> claims = List.of(claim("a", "s1", new org.crosscheck.model.TextValue("Largest trading partner")),
                claim("b", "s2", new org.crosscheck.model.TextValue("largest  trading partner")),
                claim("c", "s3", new org.crosscheck.model.TextValue("second-largest trading partner")));

        GroupVerdict verdict = only(GroupCompare.acrossSources(claims));

        assertThat(verdict.verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(verdict.claims()).extracting(Claim::id).containsExactly("a", "c");
    }

    @Test
    void withinSourcesFindsEachSourceThatContradictsItselfInSourceOrderWhateverOrderTheClaimsCome() {
        // sources whose order in a hash map is not their order by id
        List<Claim> claims = List.of(claim("z-2", "the-star", date("2023")), claim("b", "nation", date("2024-05")),
                claim("z-1", "the-star", date("2024")), claim("a", "nation", date("2025")), claim("c", "nation", date("2024")),
                claim("d", "s3", date("2020")), claim("e", "s4", date("2024")), claim("f", "s4", date("2024-06")));

        List<GroupVerdict> verdicts = GroupCompare.withinSources(claims);

        assertThat(verdicts).extracting(GroupVerdict::verdict).containsOnly(Verdict.CONFLICT);
        assertThat(verdicts).extracting(v -> v.claims().stream().map(Claim::id).toList())
                .containsExactly(List.of("b", "a"), List.of("z-2", "z-1"));
        List<Claim> reversed = new ArrayList<>(claims);
        Collections.reverse(reversed);
        assertThat(GroupCompare.withinSources(reversed)).isEqualTo(verdicts);
    }

    @Test
    void withinSourcesIgnoresASourceWhoseValuesCannotBeComparedAndKeysEachSourceStatesOnce() {
        List<Claim> mixed = List.of(claim("a", "s1", date("2024")), claim("b", "s1", amount("400")));
        List<Claim> once = List.of(claim("a", "s1", date("2024")), claim("b", "s2", date("2020")));

        assertThat(GroupCompare.withinSources(mixed)).isEmpty();
        assertThat(GroupCompare.incomparable(mixed)).isEqualTo("the claims use values that cannot be compared: count (b); date (a)");
        assertThat(GroupCompare.withinSources(once)).isEmpty();
        assertThat(GroupCompare.incomparable(once)).isNull();
    }
}
