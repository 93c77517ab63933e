package org.crosscheck.model;

/**
 * How a finding is written into a machine report, kept so a later report can be streamed from the
 * rendered parts of the keys that did not change ({@link ReportRows}). Implemented by the report
 * writers; the pipeline and the store only carry the text.
 */
public interface FindingRenderer {

    /** The finding as the report writes it with {@code failing} false, where that word starts, and its console line. */
    Rendered render(Finding finding, ClaimStatuses statuses);

    /**
     * @param json      the finding's entry in the report, written as if it did not fail the run
     * @param failingAt where the word {@code false} of its {@code failing} field starts in {@code json}
     * @param console   the lines the console summary prints for it when it is an open warning or error; null otherwise
     */
    record Rendered(String json, int failingAt, String console) {
    }
}
