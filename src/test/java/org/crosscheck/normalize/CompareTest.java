package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.EntityValue;
import org.crosscheck.model.TextValue;
import org.crosscheck.model.UnresolvedDate;
import org.crosscheck.model.Value;
import org.junit.jupiter.api.Test;

class CompareTest {

    private static List<Value> everyKind() {
        List<Value> values = new ArrayList<>();
        for (String date : new String[] {"2024", "June 2024", "2024-06-24", "2024-06-25", "early 2024", "2023", "2020s"}) {
            values.add(DateParser.parse(date, null).toOptional().orElseThrow());
        }
        for (String amount : new String[] {"600", "about 600", "Sh600 billion", "Sh650 billion", "$1.5 million", "40%",
                "at least 1,000", "more than 3 million"}) {
            values.add(QuantityParser.parse(amount).toOptional().orElseThrow());
        }
        for (String duration : new String[] {"16 years", "about 16 years", "two weeks", "more than a decade"}) {
            values.add(DurationParser.parse(duration).toOptional().orElseThrow());
        }
        values.add(new TextValue("Acme"));
        values.add(new TextValue("acme "));
        values.add(new TextValue("Globex"));
        values.add(new EntityValue("Kenya", "kenya"));
        values.add(new EntityValue("the Republic of Kenya", "kenya"));
        values.add(new EntityValue("China", "china"));
        values.add(new UnresolvedDate("last year"));
        return values;
    }

    @Test
    void theRelationAloneIsTheOneTheFullComparisonFindsForEveryPairOfValues() {
        List<Value> values = everyKind();
        Set<Relation> seen = EnumSet.noneOf(Relation.class);

        for (Value a : values) {
            for (Value b : values) {
                Relation full = Compare.values(a, b).relation();
                assertThat(Compare.relation(a, b)).as("%s against %s", a.asWritten(), b.asWritten()).isEqualTo(full);
                seen.add(full);
            }
        }

        // the pairs reach every relation, so each branch above was compared
        assertThat(seen).containsExactlyInAnyOrder(Relation.values());
    }
}
