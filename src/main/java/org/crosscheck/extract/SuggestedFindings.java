package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Finding;

/**
 * For {@code check --draft-text}: every finding on a claim that extraction suggested says so, with
 * the claim's quote, so the editor reads the extraction beside the finding and can tell a wrong
 * suggestion from a wrong draft.
 */
public final class SuggestedFindings {

    private SuggestedFindings() {
    }

    /** {@code result} with the findings that involve a claim of the {@code draftSources} marked. */
    public static CheckResult mark(CheckResult result, Set<String> draftSources) {
        List<Finding> marked = new ArrayList<>();
        for (Finding f : result.findings()) {
            List<Claim> suggested = f.claims().stream().filter(c -> draftSources.contains(c.sourceId())).toList();
            if (suggested.isEmpty()) {
                marked.add(f);
                continue;
            }
            StringBuilder message = new StringBuilder(f.message());
            for (Claim c : suggested) {
                message.append("; ").append(c.id()).append(" was suggested from the draft's text (")
                        .append(c.key().subject()).append(" / ").append(c.key().property()).append(" = '")
                        .append(c.value().asWritten()).append("'): \"").append(c.quote()).append('"');
            }
            marked.add(new Finding(f.rule(), f.severity(), f.verdict(), f.key(), f.claims(), f.references(), message.toString(),
                    f.disposition(), f.anchor()));
        }
        return new CheckResult(result.accounting(), result.sources(), result.rules(), marked, result.problems(), result.failOn(),
                result.sourceTexts(), result.triage(), result.coverage());
    }
}
