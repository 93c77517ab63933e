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
}
