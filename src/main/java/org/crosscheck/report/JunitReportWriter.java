package org.crosscheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Finding;
import org.crosscheck.model.RuleInfo;

/**
 * {@code junit.xml}: one test suite per rule, one test case per key, so CI servers show findings as
 * failed tests and the keys that passed as passed tests. A finding at or above --fail-on fails its
 * test case; a waived or baselined one is a skipped test with its reason; a finding below the
 * threshold passes and is kept as the test's output. Written with StAX, which escapes all text.
 */
public final class JunitReportWriter implements ReportWriter {

    @Override
    public ReportFormat format() {
        return ReportFormat.JUNIT;
    }

    @Override
    public void write(CheckResult result, org.crosscheck.model.ToolInfo tool, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            int tests = result.rules().size() * result.keys().size();
            long failures = result.findings().stream().filter(result::fails).map(f -> f.rule().id() + f.key()).distinct().count();
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", tool.name());
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Long.toString(failures));
            for (RuleInfo rule : result.rules().stream().sorted(java.util.Comparator.comparing(RuleInfo::id)).toList()) {
                suite(xml, rule, result);
            }
            newline(xml, 0);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private static void suite(XMLStreamWriter xml, RuleInfo rule, CheckResult result) throws XMLStreamException {
        Map<ClaimKey, List<Finding>> byKey = new TreeMap<>();
        result.keys().forEach(k -> byKey.put(k, new ArrayList<>()));
        for (Finding finding : result.findings()) {
            if (finding.rule().id().equals(rule.id())) {
                byKey.computeIfAbsent(finding.key(), k -> new ArrayList<>()).add(finding);
            }
        }
        long failures = byKey.values().stream().filter(fs -> fs.stream().anyMatch(result::fails)).count();
        long skipped = byKey.values().stream()
                .filter(fs -> fs.stream().noneMatch(result::fails) && fs.stream().anyMatch(f -> !f.disposition().isOpen())).count();
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", rule.id());
        xml.writeAttribute("tests", Integer.toString(byKey.size()));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", Long.toString(skipped));
        for (Map.Entry<ClaimKey, List<Finding>> entry : byKey.entrySet()) {
            testCase(xml, rule, entry.getKey(), entry.getValue(), result);
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void testCase(XMLStreamWriter xml, RuleInfo rule, ClaimKey key, List<Finding> findings, CheckResult result)
            throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", rule.id());
        xml.writeAttribute("name", key.toString());
        List<Finding> failing = findings.stream().filter(result::fails).toList();
        List<Finding> triaged = findings.stream().filter(f -> !f.disposition().isOpen()).toList();
        if (!failing.isEmpty()) {
            newline(xml, 3);
            xml.writeStartElement("failure");
            xml.writeAttribute("type", failing.get(0).severity().label());
            xml.writeAttribute("message", failing.get(0).message());
            xml.writeCharacters(describe(failing));
            xml.writeEndElement();
        } else if (!triaged.isEmpty()) {
            newline(xml, 3);
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", triaged.get(0).disposition().status().label() + ": " + triaged.get(0).disposition().reason());
        } else if (!findings.isEmpty()) {
            newline(xml, 3);
            xml.writeStartElement("system-out");
            xml.writeCharacters(describe(findings));
            xml.writeEndElement();
        }
        if (!failing.isEmpty() || !triaged.isEmpty() || !findings.isEmpty()) {
            newline(xml, 2);
        }
        xml.writeEndElement();
    }

    private static String describe(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            text.append(finding.severity().label()).append(' ').append(finding.verdict().label()).append(": ")
                    .append(finding.message()).append('\n');
            finding.claims().forEach(c -> text.append("  ").append(c.location().file()).append(':').append(c.location().line())
                    .append(' ').append(c.id()).append(" \"").append(c.quote()).append("\"\n"));
        }
        return text.toString();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
