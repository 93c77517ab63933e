package org.crosscheck.support;

/**
 * Text from the facts as a terminal or a CI log may show it: every character that could act rather
 * than be read is written out as an escape. A line break inside a value would otherwise start a new
 * line of output (under --format github, a forged {@code ::error} workflow command); an ESC would
 * reach the terminal as a control sequence (clearing the screen, say); a bidirectional override
 * would show other words than the ones stored.
 */
public final class Visible {

    private Visible() {
    }

    /** Whether the character is one {@link #of} writes out as an escape. */
    public static boolean acts(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || bidiControl(c) || c == 0xFFFE || c == 0xFFFF
                || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    /** The bidirectional formatting characters (embeddings, overrides, isolates and marks). */
    public static boolean bidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /** The text with every acting character written as {@code \n}, {@code \t}, {@code \r} or {@code \}{@code uXXXX}. */
    public static String of(String text) {
        return escaped(text, false);
    }

    /**
     * As {@link #of}, but line breaks and tabs are kept: for documents (XML, HTML) where they are
     * plain text. Every character XML 1.0 forbids is among those written out, so the result can
     * always be written into an XML document.
     */
    public static String keepingLineBreaks(String text) {
        return escaped(text, true);
    }

    private static String escaped(String text, boolean keepLineBreaks) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !actsAt(text, i, keepLineBreaks)) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (actsAt(text, i, keepLineBreaks)) {
                switch (c) {
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    case '\r' -> out.append("\\r");
                    default -> out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) text.charAt(i)));
                }
                i++;
            } else {
                out.appendCodePoint(c);
                i += Character.charCount(c);
            }
        }
        return out.toString();
    }

    /** A surrogate acts only when it is not half of a pair. */
    private static boolean actsAt(String text, int i, boolean keepLineBreaks) {
        char c = text.charAt(i);
        if (keepLineBreaks && (c == '\n' || c == '\t' || c == '\r')) {
            return false;
        }
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            return false;
        }
        return acts(c);
    }
}
