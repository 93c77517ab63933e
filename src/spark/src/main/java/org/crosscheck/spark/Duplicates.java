package org.crosscheck.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.load.FactsFile;
import org.crosscheck.model.Problem;

/**
 * Ids used more than once, decided as the command line's loader decides them: the first use in
 * path order, and within a file in declaration order, keeps the id; every later use is a problem,
 * and leaves its item (claim, entity, reference record, rate) out.
 */
final class Duplicates {

    /** @param taken per file index, the ordinals ({@link FactsFile.IdUse#ordinal()}) of the items left out */
    record Outcome(List<Problem> problems, Map<Integer, Set<Integer>> taken) {
    }

    private Duplicates() {
    }

    /** @param uses every use of each id used more than once, in any order */
    static Outcome resolve(Map<String, List<FirstPass.Use>> uses) {
        List<Problem> problems = new ArrayList<>();
        Map<Integer, Set<Integer>> taken = new HashMap<>();
        Comparator<FirstPass.Use> order = Comparator.comparingInt(FirstPass.Use::file).thenComparingInt(u -> u.use().ordinal());
        for (List<FirstPass.Use> ofId : uses.values()) {
            List<FirstPass.Use> sorted = ofId.stream().sorted(order).toList();
            FactsFile.IdUse first = sorted.get(0).use();
            for (FirstPass.Use later : sorted.subList(1, sorted.size())) {
                problems.add(FactsFile.duplicate(later.use(), first.at()));
                if (later.use().item()) {
                    taken.computeIfAbsent(later.file(), f -> new HashSet<>()).add(later.use().ordinal());
                }
            }
        }
        return new Outcome(problems, taken);
    }
}
