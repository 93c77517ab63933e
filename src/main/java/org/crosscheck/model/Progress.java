package org.crosscheck.model;

/**
 * Hears how far a check has got: a progress bar on a terminal, a benchmark's stopwatch. Calls come
 * from the thread running the check, in phase order; every phase that starts also finishes.
 */
public interface Progress {

    /** Hears nothing; the default for library callers and tests. */
    Progress SILENT = new Progress() { };

    /** @param total how many units the phase will process (files, facts), or -1 when not known in advance */
    default void started(Phase phase, long total) {
    }

    /** @param done units processed so far in this phase */
    default void advanced(Phase phase, long done) {
    }

    default void finished(Phase phase) {
    }
}
