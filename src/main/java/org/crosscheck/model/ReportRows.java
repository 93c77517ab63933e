package org.crosscheck.model;

import java.io.IOException;

/**
 * A machine report's per-key parts, read back in report order from where they were kept (the
 * store's report fragments), for a report streamed without the findings they came from.
 */
public interface ReportRows {

    /** Each finding as the report writes it, in report order, each once, its {@code failing} already decided. */
    void findings(FindingSink sink) throws IOException;

    /** Each checked claim's status, in the order of the claims' ids. */
    void claims(ClaimSink sink) throws IOException;

    /** Hears one finding, already rendered, as its UTF-8 bytes (kept parts are copied, not decoded). */
    interface FindingSink {
        void accept(byte[] renderedUtf8) throws IOException;
    }

    /** Hears one claim's status. */
    interface ClaimSink {
        void accept(String id, ClaimStatus status, boolean likelyWrong) throws IOException;
    }
}
