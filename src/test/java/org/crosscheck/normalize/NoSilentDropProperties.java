package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crosscheck.model.DurationValue;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.values.Currencies;

/**
 * A word the readers do not know never disappears. Put into a value they read, it makes the value
 * refused with a message naming it, except where docs/values.md says words are not read: after the
 * whole value, where they name what is counted or measured ("1,000 police officers", "a three-day
 * visit"), and there the value must come out exactly as without them.
 */
class NoSilentDropProperties {

    static final List<String> QUANTITIES = List.of("two hundred fifty", "two hundred and fifty", "a couple hundred", "27 km",
            "about 5%", "$4.7 billion", "half a million", "a few dozen", "between 200 and 300", "1.2 million", "just over 100",
            "tens of thousands", "16.8 miles", "Sh600 billion", "exceeds USD one billion", "a handful", "one hundred twenty",
            "3-5 kilometers", "7 feet 10 inches", "upwards of 500 hectares", "as many as 40", "2 million-plus", "a score",
            "nearly 2,000 tonnes", "100 km/h", "50 MW", "1 million barrels", "dozens", "hundreds of thousands", "a pair");
    static final List<String> DURATIONS = List.of("90 days", "two decades", "a few months", "nearly two years", "2 years and 3 months",
            "a month and a half", "barely two months", "not later than 180 days", "a fortnight", "between 3 and 5 years", "72 hours");
    private static final Set<String> GLUE = Set.of("and", "of", "the", "to", "from", "between", "for", "in", "a", "an", "as", "no",
            "not", "per", "ago", "later", "after", "before", "since", "each", "every", "odd", "plus", "just", "some", "out", "times",
            "fold", "hence", "old", "earlier", "whole", "full", "long", "more", "extra", "further", "straight", "entire");

    @Provide
    Arbitrary<String> unknownWords() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(9)
                .filter(w -> !QuantityParser.known(w) && !Hedges.isHedgeWord(w) && !GLUE.contains(w)
                        && !Currencies.isMoneyWord(w, Set.of()) && !DurationParser.isUnitWord(w)
                        && !org.crosscheck.values.Cardinals.NO_NUMBER.contains(w) && !w.matches("[a-z]{3}") || w.equals("zqx"));
    }

    @Property(tries = 400)
    void anUnknownWordInAnAmountIsRefusedOrNamesWhatIsCounted(@ForAll("unknownWords") String word,
            @ForAll("quantityIndex") int index, @ForAll("positions") int position) {
        String value = QUANTITIES.get(index);
        QuantityValue plain = QuantityParser.parse(value).toOptional().orElseThrow(() -> new AssertionError(value + " must read"));
        List<String> words = new ArrayList<>(List.of(value.split(" ")));
        int at = position % (words.size() + 1);
        words.add(at, word);
        String changed = String.join(" ", words);
        Parsed<QuantityValue> parsed = QuantityParser.parse(changed);
        if (at == words.size() - 1 && parsed instanceof Parsed.Ok<QuantityValue> ok) {
            QuantityValue v = ok.value();
            assertThat(List.of(v.amount(), v.unit(), v.hedge(), v.bounds(), String.valueOf(v.measured())))
                    .as(changed).isEqualTo(List.of(plain.amount(), plain.unit(), plain.hedge(), plain.bounds(), String.valueOf(plain.measured())));
            return;
        }
        assertThat(parsed).as(changed).isInstanceOfSatisfying(Parsed.Failed.class,
                failed -> assertThat(failed.message()).as(changed).contains(word));
    }

    @Property(tries = 200)
    void anUnknownWordInALengthOfTimeIsRefusedOrNamesWhatLasts(@ForAll("unknownWords") String word,
            @ForAll("durationIndex") int index, @ForAll("positions") int position) {
        String value = DURATIONS.get(index);
        DurationValue plain = DurationParser.parse(value).toOptional().orElseThrow(() -> new AssertionError(value + " must read"));
        List<String> words = new ArrayList<>(List.of(value.split(" ")));
        int at = position % (words.size() + 1);
        words.add(at, word);
        String changed = String.join(" ", words);
        Parsed<DurationValue> parsed = DurationParser.parse(changed);
        if (at == words.size() - 1 && parsed instanceof Parsed.Ok<DurationValue> ok) {
            DurationValue v = ok.value();
            assertThat(List.of(v.iso(), v.hedge(), v.minDays(), v.maxDays())).as(changed)
                    .isEqualTo(List.of(plain.iso(), plain.hedge(), plain.minDays(), plain.maxDays()));
            return;
        }
        assertThat(parsed).as(changed).isInstanceOfSatisfying(Parsed.Failed.class,
                failed -> assertThat(failed.message()).as(changed).contains(word));
    }

    @Provide
    Arbitrary<Integer> quantityIndex() {
        return Arbitraries.integers().between(0, QUANTITIES.size() - 1);
    }

    @Provide
    Arbitrary<Integer> durationIndex() {
        return Arbitraries.integers().between(0, DURATIONS.size() - 1);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 12);
    }
}
