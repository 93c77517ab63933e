package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crosscheck.model.DatePrecision;
import org.crosscheck.model.DateValue;

/** The laws the date comparison must obey, whatever the dates. */
class IntervalAlgebraProperties {

    @Provide
    Arbitrary<DateValue> dates() {
        Arbitrary<Integer> startDay = Arbitraries.integers().between(0, 400);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 60);
        return Combinators.combine(startDay, length).as((from, days) -> {
            LocalDate start = LocalDate.of(2024, 1, 1).plusDays(from);
            LocalDate end = start.plusDays(days);
            return new DateValue(start + ".." + end, start + "/" + end, DatePrecision.SPAN, start, end, null, null);
        });
    }

    @Property
    void everyValueEqualsItself(@ForAll("dates") DateValue a) {
        assertThat(Compare.dates(a, a).relation()).isEqualTo(Relation.EQUAL);
    }

    @Property
    void relationsAreSymmetricOrInverse(@ForAll("dates") DateValue a, @ForAll("dates") DateValue b) {
        assertThat(Compare.dates(b, a).relation()).isEqualTo(Compare.dates(a, b).relation().inverse());
    }

    /** Three intervals, each inside the next: a ⊆ b ⊆ c, with arbitrary margins (zero included). */
    @Provide
    Arbitrary<List<DateValue>> nested() {
        Arbitrary<Integer> margin = Arbitraries.integers().between(0, 30);
        return Combinators.combine(dates(), margin, margin, margin, margin).as((a, m1, m2, m3, m4) -> {
            DateValue b = span(a.start().minusDays(m1), a.end().plusDays(m2));
            DateValue c = span(b.start().minusDays(m3), b.end().plusDays(m4));
            return List.of(a, b, c);
        });
    }

    private static DateValue span(LocalDate start, LocalDate end) {
        return new DateValue(start + ".." + end, start + "/" + end, DatePrecision.SPAN, start, end, null, null);
    }

    @Property
    void refinesIsTransitive(@ForAll("nested") List<DateValue> abc) {
        DateValue a = abc.get(0);
        DateValue b = abc.get(1);
        DateValue c = abc.get(2);
        assertThat(Compare.dates(a, b).relation()).isIn(Relation.WITHIN, Relation.EQUAL);
        assertThat(Compare.dates(b, c).relation()).isIn(Relation.WITHIN, Relation.EQUAL);
        assertThat(Compare.dates(a, c).relation()).isIn(Relation.WITHIN, Relation.EQUAL);
    }

    @Property
    void disjointExactlyWhenTheIntervalsDoNotMeet(@ForAll("dates") DateValue a, @ForAll("dates") DateValue b) {
        boolean meet = !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
        Comparison comparison = Compare.dates(a, b);
        assertThat(comparison.relation() == Relation.DISJOINT).isEqualTo(!meet);
        assertThat(comparison.gapDays() > 0).isEqualTo(!meet);
    }
}
