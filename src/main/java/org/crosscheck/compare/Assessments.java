package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ClaimStatuses;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.normalize.ClaimGroup;
import org.crosscheck.support.ParallelInOrder;

/**
 * The assessment of every key of a check, made before the rules run and shared with them as one
 * fact: rules ask {@code $assessments.of($group)}. Immutable once built, so rule sessions on several
 * threads read it safely.
 */
public final class Assessments {

    private final Map<ClaimKey, KeyAssessment> byKey;
    private final ClaimStatuses statuses;

    private Assessments(Map<ClaimKey, KeyAssessment> byKey, ClaimStatuses statuses) {
        this.byKey = byKey;
        this.statuses = statuses;
    }

    /** Assesses every group against the reference records of its key. */
    public static Assessments of(List<ClaimGroup> groups, List<ReferenceRecord> references) {
        Map<ClaimKey, List<ReferenceRecord>> recordsByKey = new HashMap<>();
        for (ReferenceRecord record : references) {
            recordsByKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(record);
        }
        List<KeyAssessment> assessed = ParallelInOrder.stream(groups, ClaimGroup.PARALLEL_FROM)
                .map(g -> KeyAssessor.assess(g, recordsByKey.getOrDefault(g.key(), List.of()))).toList();
        Map<ClaimKey, KeyAssessment> byKey = new HashMap<>(assessed.size() * 2);
        Map<String, ClaimStatus> all = new HashMap<>();
        Set<String> likelyWrong = new HashSet<>();
        for (KeyAssessment assessment : assessed) {
            byKey.put(assessment.key(), assessment);
            all.putAll(assessment.statuses());
            likelyWrong.addAll(assessment.likelyWrong());
        }
        return new Assessments(byKey, new ClaimStatuses(all, likelyWrong));
    }

    /** The assessment of a group's key; an empty one for a key that was not assessed. */
    public KeyAssessment of(ClaimGroup group) {
        KeyAssessment found = byKey.get(group.key());
        return found != null ? found : new KeyAssessment(group.key(), Map.of(), Set.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Every checked claim's status. */
    public ClaimStatuses statuses() {
        return statuses;
    }

    @Override
    public String toString() {
        return "Assessments[" + byKey.size() + " keys]";
    }
}
