package org.crosscheck.report;

import java.util.regex.Pattern;

/**
 * Makes text from facts files literal in Markdown while keeping it readable as raw text, in a terminal
 * or an e-mail. CommonMark allows a backslash before any ASCII punctuation, but escaping all of it made
 * "$3.2 billion (2024-06-24)" unreadable; so only what would otherwise change the rendering is escaped:
 * the characters that open emphasis, code, links, HTML, table cells and strikethrough anywhere, entity
 * references, GitHub's inline maths when two dollar signs could pair up, and the few characters that
 * start a block when they stand first on a line. The test renders the result with CommonMark and GitHub's
 * extensions and requires the text back, unchanged.
 */
final class MarkdownText {

    /** Open emphasis, code spans, links, raw HTML, table cells or GFM strikethrough wherever they stand. */
    private static final String ALWAYS = "\\*_`[]<>|~";
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");
    /** A list item, heading, thematic break, setext underline or fence, when first on a line. */
    private static final Pattern BLOCK_START = Pattern.compile("^([#+=\\-]|[0-9]{1,9}[.)])");

    private MarkdownText() {
    }

    /** One line of inline text: line breaks become spaces, surrounding white space (indented code, hard breaks) goes. */
    static String escape(String text) {
        // line breaks become spaces; other control and bidirectional characters are written out (ESC as backslash-u-001B)
        String line = org.crosscheck.support.Visible.of(text.replaceAll("[\\r\\n]+", " ")).strip();
        boolean pairedDollars = line.indexOf('$') != line.lastIndexOf('$');
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean escape = ALWAYS.indexOf(c) >= 0 || c == '\\'
                    || (c == '$' && pairedDollars)
                    || (c == '&' && ENTITY.matcher(line).region(i, line.length()).lookingAt());
            if (escape) {
                out.append('\\');
            }
            out.append(c);
        }
        return escapeBlockStart(out.toString());
    }

    /** Escapes the character that would make a line start a block; a digit run keeps its digits and escapes its dot. */
    private static String escapeBlockStart(String line) {
        var start = BLOCK_START.matcher(line);
        if (!start.lookingAt()) {
            return line;
        }
        int at = start.end() - 1;
        return line.substring(0, at) + '\\' + line.substring(at);
    }
}
