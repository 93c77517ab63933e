package org.crosscheck.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.model.SourceTexts;
import org.crosscheck.normalize.GroupCompare;
import org.crosscheck.normalize.QuoteChecks;
import org.crosscheck.normalize.ReferenceCompare;
import org.crosscheck.normalize.RunningTotals;
import org.crosscheck.normalize.TimeChecks;

/**
 * The practical floor for the rule engine: the comparisons the bundled rules make, called from a
 * plain-Java HashMap group-by with no rule engine in between. Returns how many verdicts it reached,
 * so the benchmark can see it did the same work as the rules.
 */
final class HashMapFloor {

    private HashMapFloor() {
    }

    static int run(Corpus corpus) {
        Map<ClaimKey, List<Claim>> byKey = new HashMap<>();
        for (Claim claim : corpus.claims()) {
            byKey.computeIfAbsent(claim.key(), k -> new ArrayList<>()).add(claim);
        }
        Map<ClaimKey, List<ReferenceRecord>> references = new HashMap<>();
        for (ReferenceRecord reference : corpus.references()) {
            references.computeIfAbsent(reference.key(), k -> new ArrayList<>()).add(reference);
        }
        int verdicts = 0;
        for (Map.Entry<ClaimKey, List<Claim>> entry : byKey.entrySet()) {
            List<Claim> claims = entry.getValue();
            List<ReferenceRecord> records = references.getOrDefault(entry.getKey(), List.of());
            boolean changesOverTime = records.stream().anyMatch(r -> r.validFrom() != null || r.validTo() != null);
            if (claims.size() > 1) {
                if (!changesOverTime) {
                    verdicts += GroupCompare.acrossSources(claims).size();
                }
                verdicts += GroupCompare.incomparable(claims) == null ? 0 : 1;
                verdicts += GroupCompare.withinSources(claims).size();
                List<Claim> totals = claims.stream().filter(c -> c.asOf() != null).toList();
                if (totals.size() > 1) {
                    verdicts += RunningTotals.compare(totals).size();
                }
            }
            if (records.isEmpty() && GroupCompare.sourceCount(claims) == 1) {
                verdicts++;
            }
            for (ReferenceRecord record : records) {
                verdicts += ReferenceCompare.against(record, claims).size();
            }
        }
        for (Claim claim : corpus.claims()) {
            verdicts += TimeChecks.afterPublication(claim) == null ? 0 : 1;
            verdicts += TimeChecks.weekdayMismatch(claim) == null ? 0 : 1;
            verdicts += TimeChecks.needsPublicationDate(claim) == null ? 0 : 1;
            verdicts += QuoteChecks.valueNotInQuote(claim) == null ? 0 : 1;
            verdicts += QuoteChecks.notInSource(claim, SourceTexts.NONE) == null ? 0 : 1;
        }
        return verdicts;
    }
}
