package org.crosscheck.pipeline;

import java.util.List;
import org.crosscheck.model.Accounting;
import org.crosscheck.model.FailOn;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.ReportRows;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.store.FactsStore;
import org.crosscheck.store.ReportFragments;

/**
 * A full check done incrementally ({@link CheckPipeline#checkIncrementally}): what the machine report's
 * head and the console need, and its findings and claim statuses to stream from the store, which
 * stays open until this is closed.
 *
 * @param rechecked    how many keys' rules ran
 * @param changedFiles how many facts files had changed since the report's parts were kept
 */
public record IncrementalReport(Accounting accounting, List<RuleInfo> rules, FailOn failOn, ReportFragments.Counts counts,
        ReportRows rows, int rechecked, int changedFiles, FactsStore store) implements AutoCloseable {

    /** Pass or fail: there are no input problems (a run with any is not done this way). */
    public Outcome outcome() {
        return counts.failing() > 0 ? Outcome.FAIL : Outcome.PASS;
    }

    @Override
    public void close() {
        store.close();
    }
}
