package org.crosscheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** How every JSON report is written: indented, leaving the stream open for the trailing newline. */
final class ReportJson {

    private ReportJson() {
    }

    static ObjectMapper mapper() {
        return new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** For generated models whose empty lists and nulls mean "absent" (SARIF). */
    static ObjectMapper compactMapper() {
        return mapper().setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    }
}
