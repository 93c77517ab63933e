package org.crosscheck.report;

import java.io.IOException;
import java.io.OutputStream;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.ToolInfo;

/** Renders a check result in one format. Writers never decide pass or fail; the result does. */
public interface ReportWriter {

    ReportFormat format();

    void write(CheckResult result, ToolInfo tool, OutputStream out) throws IOException;

    /**
     * Whether the writer holds at most one finding's output at a time (true), or builds a model of
     * the whole document before writing it (false). Decides which reports may be written together
     * on a large result without needing twice the heap.
     */
    default boolean streams() {
        return false;
    }
}
