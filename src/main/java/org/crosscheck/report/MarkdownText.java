package org.crosscheck.report;

/**
 * Makes text from facts files literal in Markdown. CommonMark lets any ASCII punctuation be
 * backslash-escaped, so escaping all of it is always safe; no Markdown library on Maven Central we
 * found offers this for output, and it is the format's own rule, not a guess at HTML.
 */
final class MarkdownText {

    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private MarkdownText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        // line breaks become spaces; other control and bidirectional characters are written out (ESC as backslash-u-001B)
        for (char c : org.crosscheck.support.Visible.of(text.replaceAll("[\\r\\n]+", " ")).toCharArray()) {
            if (PUNCTUATION.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
