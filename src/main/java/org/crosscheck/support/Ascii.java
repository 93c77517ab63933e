package org.crosscheck.support;

/**
 * Plain ASCII text, where lower case keeps every position and Unicode normalization changes nothing,
 * so the quote rule and the HTML page can take a shorter path for the texts most facts hold.
 */
public final class Ascii {

    private Ascii() {
    }

    /** Whether every character of the text is ASCII. */
    public static boolean only(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text is lower-case ASCII words (letters and digits) joined by single hyphens, such as
     * {@code signing-date}. Written as a loop rather than a regular expression: the pattern
     * {@code [a-z0-9]+(?:-[a-z0-9]+)*} recurses once per word in java.util.regex, and a few
     * thousand hyphenated words overflow the stack.
     */
    public static boolean lowerHyphenated(String text) {
        if (text.isEmpty()) {
            return false;
        }
        boolean afterHyphen = true; // a hyphen may not start the text
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    /**
     * The text as a message may quote it: whole when short, else its start and its length, so a
     * hostile 4 KB name makes one readable line rather than a screenful.
     */
    public static String shortened(String text) {
        if (text.length() <= 80) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(59)) ? 59 : 60;
        return text.substring(0, cut) + "... (" + text.length() + " characters)";
    }
}
