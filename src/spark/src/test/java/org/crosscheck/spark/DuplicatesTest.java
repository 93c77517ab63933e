package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.load.FactsFile;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.junit.jupiter.api.Test;

class DuplicatesTest {

    private static FirstPass.Use use(int file, int ordinal, String id, boolean item) {
        return new FirstPass.Use(file, new FactsFile.IdUse("id", id, new Location("f" + file + ".yaml", ordinal + 1, 5), ordinal, item));
    }

    @Test
    void theFirstUseInPathOrderKeepsTheIdAndEveryLaterOneIsAProblemThatLeavesItsItemOut() {
        // given in shuffle order, not path order
        Duplicates.Outcome outcome = Duplicates.resolve(Map.of("id\u0000c-1",
                List.of(use(2, 0, "c-1", true), use(0, 3, "c-1", true), use(0, 7, "c-1", true))));

        assertThat(outcome.problems()).extracting(Problem::describe).containsExactlyInAnyOrder(
                "f2.yaml:1:5: duplicate id 'c-1', first used at f0.yaml:4:5 (ids must be unique across all facts files; rename one of them)",
                "f0.yaml:8:5: duplicate id 'c-1', first used at f0.yaml:4:5 (ids must be unique across all facts files; rename one of them)");
        assertThat(outcome.taken()).isEqualTo(Map.of(0, Set.of(7), 2, Set.of(0)));
    }

    @Test
    void aSourceThatReusesAnIdIsAProblemButIsKept() {
        Duplicates.Outcome outcome = Duplicates.resolve(Map.of("id\u0000s", List.of(use(0, 0, "s", false), use(1, 0, "s", false))));

        assertThat(outcome.problems()).hasSize(1);
        assertThat(outcome.taken()).isEmpty();
    }
}
