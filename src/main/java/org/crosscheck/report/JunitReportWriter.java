package org.crosscheck.report;

import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * threshold passes and is kept as the test's output. Written with StAX (Woodstox), which escapes
 * all text.
 */
public final class JunitReportWriter implements ReportWriter {

    @Override
    public boolean streams() {
        return true;
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.JUNIT;
    }

    @Override
    public void write(CheckResult result, org.crosscheck.model.ToolInfo tool, OutputStream out) throws IOException {
        try {
            // Woodstox, given characters: the JDK's own writer took a third longer over the 2.4
            // million test cases of a million claims (and, given the byte stream, it encoded and
            // wrote one byte per call). A test case with nothing in it is written as an empty element.
            Writer chars = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            XMLOutputFactory factory = new WstxOutputFactory();
            factory.setProperty(WstxOutputProperties.P_USE_DOUBLE_QUOTES_IN_XML_DECL, true);
            XMLStreamWriter xml = factory.createXMLStreamWriter(chars);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            int tests = result.rules().size() * result.keys().size();
            long failures = result.findings().stream().filter(result::fails).map(f -> f.rule().id() + f.key()).distinct().count();
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", tool.name());
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Long.toString(failures));
            // grouped once: a million claims make 100,000 keys and 24 rules, and a pass over every
            // finding (and a sorted map of every key) per rule cost more than writing the file
            Map<String, Map<ClaimKey, List<Finding>>> byRule = new HashMap<>();
            for (Finding finding : result.findings()) {
                byRule.computeIfAbsent(finding.rule().id(), id -> new HashMap<>())
                        .computeIfAbsent(finding.key(), k -> new ArrayList<>()).add(finding);
            }
            List<ClaimKey> keys = result.keys();
            Set<ClaimKey> known = new HashSet<>(keys);
            // every rule names every key: spelled out once, in a list beside the keys rather than a map
            // from them, which cost 2.4 million lookups at a million claims, a third of this report
            List<String> names = names(keys);
            for (RuleInfo rule : result.rules().stream().sorted(java.util.Comparator.comparing(RuleInfo::id)).toList()) {
                Map<ClaimKey, List<Finding>> found = byRule.getOrDefault(rule.id(), Map.of());
                if (known.containsAll(found.keySet())) {
                    suite(xml, rule, keys, names, found, result);
                } else {
                    List<ClaimKey> all = union(keys, found.keySet());
                    suite(xml, rule, all, names(all), found, result);
                }
            }
            newline(xml, 0);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            chars.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    /** Keys are in order; a finding on a key no claim has (none today) still gets its test case. */
    private static List<ClaimKey> union(List<ClaimKey> keys, Set<ClaimKey> more) {
        Set<ClaimKey> all = new TreeSet<>(keys);
        all.addAll(more);
        return List.copyOf(all);
    }

    private static List<String> names(List<ClaimKey> keys) {
        return keys.stream().map(ClaimKey::toString).toList();
    }

    /**
     * One test suite per rule, one test case per key: every key, in order, with what the rule found on
     * it. {@code names.get(i)} is the name of {@code keys.get(i)}.
     */
    private static void suite(XMLStreamWriter xml, RuleInfo rule, List<ClaimKey> keys, List<String> names,
            Map<ClaimKey, List<Finding>> found, CheckResult result) throws XMLStreamException {
        long failures = found.values().stream().filter(fs -> fs.stream().anyMatch(result::fails)).count();
        long skipped = found.values().stream()
                .filter(fs -> fs.stream().noneMatch(result::fails) && fs.stream().anyMatch(f -> !f.disposition().isOpen())).count();
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", rule.id());
        xml.writeAttribute("tests", Integer.toString(keys.size()));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", Long.toString(skipped));
        for (int i = 0; i < keys.size(); i++) {
            testCase(xml, rule, names.get(i), found.getOrDefault(keys.get(i), List.of()), result);
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void testCase(XMLStreamWriter xml, RuleInfo rule, String name, List<Finding> findings, CheckResult result)
            throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", rule.id());
        xml.writeAttribute("name", name);
        if (findings.isEmpty()) { // most test cases: a pass, with nothing to sort out
            xml.writeEndElement();
            return;
        }
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

    private static final String[] INDENTS = {"\n", "\n  ", "\n    ", "\n      "};

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters(INDENTS[depth]);
    }
}
