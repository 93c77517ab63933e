package org.crosscheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Severity;
import org.crosscheck.model.ToolInfo;

/**
 * The baseline file: open warnings and errors by identity (rule, key, claim ids). Severity and
 * message are written for the reader; matching uses only the identity, so moved lines or a reworded
 * message never make a known finding new.
 */
final class BaselineWriter {

    private final ObjectMapper mapper = ReportJson.mapper();

    static List<Finding> recorded(CheckResult result) {
        return result.openWarningsAndErrors();
    }

    void write(CheckResult result, ToolInfo tool, OutputStream out) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", 1);
        root.put("tool", tool.name() + " " + tool.version());
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : recorded(result)) {
            ObjectNode node = findings.addObject();
            node.put("rule", finding.rule().id());
            node.put("subject", finding.key().subject());
            node.put("property", finding.key().property());
            ArrayNode claims = node.putArray("claims");
            finding.claimIds().stream().sorted().forEach(claims::add);
            node.put("severity", finding.severity().label());
            node.put("message", finding.message());
        }
        mapper.writeValue(out, root);
        out.write('\n');
    }
}
