package org.crosscheck.desk;

/**
 * How much the desk takes in one request.
 *
 * @param maxTextChars   characters of pasted text (a long feature is 5,000-10,000 words, about 60,000 characters)
 * @param maxUploadBytes bytes of an uploaded .txt, .docx or draft file (a .docx may carry pictures)
 */
public record DeskLimits(int maxTextChars, int maxUploadBytes) {

    public static final DeskLimits DEFAULT = new DeskLimits(200_000, 5 * 1024 * 1024);

    /** A JSON request holds the text, or a draft's claims: at most four bytes a character, and room for the rest. */
    int maxJsonBytes() {
        return maxTextChars * 4 + 64 * 1024;
    }
}
