package org.crosscheck.extract;

/**
 * An article's text as read, with what its front matter said about it.
 *
 * @param file       the file's name as the user gave it, for messages
 * @param body       the article's text after any front matter
 * @param firstLine  the line of the file the body starts on (1 without front matter)
 * @param header     title, outlet and publication date from the front matter; every field may be null
 */
public record ArticleText(String file, String body, int firstLine, Header header) {

    /** What a front-matter header (or a row of the archive's CSV) says about an article. */
    public record Header(String title, String outlet, String published, String url) {

        public static final Header NONE = new Header(null, null, null, null);

        /** This header's fields, each replaced by {@code other}'s where this one has none. */
        public Header orElse(Header other) {
            return new Header(title != null ? title : other.title, outlet != null ? outlet : other.outlet,
                    published != null ? published : other.published, url != null ? url : other.url);
        }
    }

    /** The 1-based line of the file that the body's character {@code offset} lies on. */
    public int lineOf(int offset) {
        int line = firstLine;
        for (int i = 0; i < offset && i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
