package org.crosscheck.report;

import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Finding;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.ToolInfo;

/**
 * {@code junit.xml}: one test suite per rule. A key on which the rule reports something a CI job acts
 * on ({@link CheckResult#actionable}: a warning or an error, a finding that fails the run, a waived or
 * baselined finding) is a test case of its own: a finding at or above --fail-on fails it, a waived or baselined one skips it with
 * its reason, and a warning below the threshold passes with the finding as the test's output. The
 * rule's other keys pass together as one test case, {@value #OTHER_KEYS}, whose output counts them
 * and their information findings (agreements, refinements), which the other reports list.
 *
 * <p>Why not a test case per rule and key, as until the eighth pass of the performance work: a
 * million claims made 2.4 million of them (445 MB), nearly all a rule "passing" on a key it could
 * not apply to, while GitLab reads a JUnit file of at most 30 MB. Written with StAX (Woodstox), which
 * escapes all text.
 */
public final class JunitReportWriter implements ReportWriter {

    /** The name of each rule's test case for the keys it has nothing to report on; not a key's name, which always has " / ". */
    static final String OTHER_KEYS = "(every other key)";
    static final String INPUTS_DIGEST_PROPERTY = "crosscheck.inputsDigest";

    @Override
    public boolean streams() {
        return true;
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.JUNIT;
    }

    @Override
    public void write(CheckResult result, ToolInfo tool, OutputStream out) throws IOException {
        try {
            // Woodstox, given characters: the JDK's own writer took a third longer, and, given the
            // byte stream, it encoded and wrote one byte per call
            Writer chars = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            XMLOutputFactory factory = new WstxOutputFactory();
            factory.setProperty(WstxOutputProperties.P_USE_DOUBLE_QUOTES_IN_XML_DECL, true);
            // every text and attribute through Visible: a control character (or U+FFFE) in a quote is
            // written out as backslash-u-000B and so on, where XML 1.0 has no way to carry it at all
            XMLStreamWriter xml = visible(factory.createXMLStreamWriter(chars));
            List<Suite> suites = suites(result);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", tool.name());
            xml.writeAttribute("tests", Integer.toString(suites.stream().mapToInt(Suite::tests).sum()));
            xml.writeAttribute("failures", Long.toString(suites.stream().mapToLong(s -> s.failures(result)).sum()));
            for (Suite suite : suites) {
                suite(xml, suite, result, tool.inputsDigest());
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

    /**
     * One rule's test suite: the keys it reports on, in key order, each with the rule's findings on it;
     * how many other keys there are; and how many information findings those have.
     */
    private record Suite(RuleInfo rule, Map<ClaimKey, List<Finding>> reported, int otherKeys, int otherFindings) {

        int tests() {
            return reported.size() + (otherKeys > 0 ? 1 : 0);
        }

        long failures(CheckResult result) {
            return reported.values().stream().filter(fs -> fs.stream().anyMatch(result::fails)).count();
        }

        long skipped(CheckResult result) {
            return reported.values().stream()
                    .filter(fs -> fs.stream().noneMatch(result::fails) && fs.stream().anyMatch(f -> !f.disposition().isOpen()))
                    .count();
        }
    }

    private static List<Suite> suites(CheckResult result) {
        // grouped once: a pass over every finding per rule cost more than writing the file
        Map<String, Map<ClaimKey, List<Finding>>> byRule = new HashMap<>();
        for (Finding finding : result.findings()) {
            byRule.computeIfAbsent(finding.rule().id(), id -> new HashMap<>())
                    .computeIfAbsent(finding.key(), k -> new ArrayList<>()).add(finding);
        }
        Set<ClaimKey> keys = new HashSet<>(result.keys());
        List<Suite> suites = new ArrayList<>();
        for (RuleInfo rule : result.rules().stream().sorted(Comparator.comparing(RuleInfo::id)).toList()) {
            Map<ClaimKey, List<Finding>> reported = new TreeMap<>();
            int otherFindings = 0;
            for (Map.Entry<ClaimKey, List<Finding>> found : byRule.getOrDefault(rule.id(), Map.of()).entrySet()) {
                if (found.getValue().stream().anyMatch(result::actionable)) {
                    reported.put(found.getKey(), found.getValue());
                } else {
                    otherFindings += found.getValue().size();
                }
            }
            // a finding on a key no claim has (none today) still gets its test case, and is not counted among the others
            int reportedKnownKeys = (int) reported.keySet().stream().filter(keys::contains).count();
            int otherKeys = keys.size() - reportedKnownKeys;
            suites.add(new Suite(rule, reported, otherKeys, otherFindings));
        }
        return suites;
    }

    private static void suite(XMLStreamWriter xml, Suite suite, CheckResult result, String inputsDigest) throws XMLStreamException {
        String rule = suite.rule().id();
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", rule);
        xml.writeAttribute("tests", Integer.toString(suite.tests()));
        xml.writeAttribute("failures", Long.toString(suite.failures(result)));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", Long.toString(suite.skipped(result)));
        if (inputsDigest != null) {
            // the JUnit schemas give <properties> to a testsuite only, before its test cases
            newline(xml, 2);
            xml.writeStartElement("properties");
            newline(xml, 3);
            xml.writeEmptyElement("property");
            xml.writeAttribute("name", INPUTS_DIGEST_PROPERTY);
            xml.writeAttribute("value", inputsDigest);
            newline(xml, 2);
            xml.writeEndElement();
        }
        for (Map.Entry<ClaimKey, List<Finding>> reported : suite.reported().entrySet()) {
            testCase(xml, rule, reported.getKey().toString(), reported.getValue(), result);
        }
        if (suite.otherKeys() > 0) {
            newline(xml, 2);
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", rule);
            xml.writeAttribute("name", OTHER_KEYS);
            newline(xml, 3);
            xml.writeStartElement("system-out");
            xml.writeCharacters(otherKeysText(suite));
            xml.writeEndElement();
            newline(xml, 2);
            xml.writeEndElement();
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    /** What the rule's passing case for its other keys says: how many, and their information findings. */
    private static String otherKeysText(Suite suite) {
        String keys = suite.otherKeys() == 1 ? "1 key" : suite.otherKeys() + " keys";
        String text = keys + " with no warning or error from " + suite.rule().id();
        if (suite.otherFindings() == 0) {
            return text + "\n";
        }
        String findings = suite.otherFindings() == 1 ? "1 information finding" : suite.otherFindings() + " information findings";
        return text + "; " + findings + " on them, listed in the JSON and HTML reports\n";
    }

    private static void testCase(XMLStreamWriter xml, String rule, String name, List<Finding> findings, CheckResult result)
            throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", rule);
        xml.writeAttribute("name", name);
        List<Finding> failing = findings.stream().filter(result::fails).toList();
        List<Finding> triaged = findings.stream().filter(f -> !f.disposition().isOpen()).toList();
        newline(xml, 3);
        if (!failing.isEmpty()) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", failing.get(0).severity().label());
            xml.writeAttribute("message", failing.get(0).message());
            xml.writeCharacters(describe(failing));
            xml.writeEndElement();
        } else if (!triaged.isEmpty()) {
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", triaged.get(0).disposition().status().label() + ": " + triaged.get(0).disposition().reason());
        } else {
            xml.writeStartElement("system-out");
            xml.writeCharacters(describe(findings));
            xml.writeEndElement();
        }
        newline(xml, 2);
        xml.writeEndElement();
    }

    private static String describe(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            text.append(finding.severity().label()).append(' ').append(finding.verdict().label()).append(": ")
                    .append(finding.message()).append('\n');
            finding.claims().forEach(c -> text.append("  ").append(c.location().file()).append(':').append(c.location().line())
                    .append(' ').append(c.id()).append(" \"").append(c.quote()).append("\"\n"));
            // the side the evidence favours is named, never blamed
            finding.support().forEach(c -> text.append("  support: ").append(c.location().file()).append(':').append(c.location().line())
                    .append(' ').append(c.id()).append(" \"").append(c.quote()).append("\"\n"));
        }
        return text.toString();
    }

    private static final String[] INDENTS = {"\n", "\n  ", "\n    ", "\n      "};

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters(INDENTS[depth]);
    }

    /**
     * The writer, with every text and attribute value passed through {@link org.crosscheck.support.Visible}
     * first (the JDK has a delegate for stream readers, not for writers, hence the proxy).
     */
    private static XMLStreamWriter visible(XMLStreamWriter xml) {
        return (XMLStreamWriter) java.lang.reflect.Proxy.newProxyInstance(XMLStreamWriter.class.getClassLoader(),
                new Class<?>[] {XMLStreamWriter.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (args != null && args[args.length - 1] instanceof String text
                            && (name.equals("writeCharacters") || name.equals("writeAttribute") || name.equals("writeCData"))) {
                        args[args.length - 1] = org.crosscheck.support.Visible.keepingLineBreaks(text);
                    }
                    try {
                        return method.invoke(xml, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
