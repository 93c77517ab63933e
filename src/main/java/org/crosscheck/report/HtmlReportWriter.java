package org.crosscheck.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.ToolInfo;
import org.crosscheck.support.Visible;
import org.unbescape.xml.XmlEscape;

/**
 * {@code report.html}: one self-contained page for reviewers. Rendered by Pebble with
 * autoescaping on (its default), so text from facts files can never become markup.
 */
public final class HtmlReportWriter implements ReportWriter {

    private static final String TEMPLATE = "org/crosscheck/report/report.html.peb";
    private static final String MARKUP_ESCAPING = "markup";

    private final PebbleTemplate template;

    public HtmlReportWriter() {
        ClasspathLoader loader = new ClasspathLoader(HtmlReportWriter.class.getClassLoader());
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                // Pebble's own HTML escaper builds unbescape's table of every HTML5 named character
                // reference (over 2,000) the first time it runs: 0.2-0.3 s of a cold check, spent on
                // the report that finishes last. Text and quoted attributes need only the five
                // markup-significant characters escaped, which the XML 1.0 escaper does from a table
                // of five; the one difference in output is &apos; for &#39;, valid in HTML5.
                // Control and bidirectional formatting characters are written out visibly first (as backslash-u-202E),
                // so a right-to-left override in a quote cannot make the page show other words.
                .addEscapingStrategy(MARKUP_ESCAPING, text -> XmlEscape.escapeXml10Minimal(Visible.keepingLineBreaks(text)))
                .defaultEscapingStrategy(MARKUP_ESCAPING)
                .strictVariables(true)
                .defaultLocale(Locale.ROOT)
                .build();
        template = engine.getTemplate(TEMPLATE);
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.HTML;
    }

    @Override
    public void write(CheckResult result, ToolInfo tool, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        template.evaluate(writer, Map.of("view", HtmlView.of(result, tool)));
        writer.flush();
    }
}
