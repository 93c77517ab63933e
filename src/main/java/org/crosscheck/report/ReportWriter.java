package org.crosscheck.report;

import java.io.IOException;
import java.io.OutputStream;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.ToolInfo;

/** Renders a check result in one format. Writers never decide pass or fail; the result does. */
public interface ReportWriter {

    ReportFormat format();

    void write(CheckResult result, ToolInfo tool, OutputStream out) throws IOException;
}
