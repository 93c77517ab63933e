package org.crosscheck.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;

/**
 * Reads an article text strictly: UTF-8 (a UTF-8 or UTF-16 byte-order mark is honoured), never
 * guessed. An empty file, a binary file and bytes that are not UTF-8 are refused with their place,
 * because a text misread would yield quotes that are not in the article.
 *
 * <p>An optional front-matter header gives the title, outlet and publication date:
 * <pre>
 * ---
 * title: Kenya to be named a major non-NATO ally
 * outlet: Capital FM
 * published: 2024-05-23
 * url: https://example.org/story
 * ---
 * </pre>
 */
public final class ArticleReader {

    static final List<String> HEADER_KEYS = List.of("title", "outlet", "published", "url");
    /** Texts larger than this are not articles; an archive dump would be split into articles first. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    public ArticleText read(Path file) throws TextRejected {
        String name = file.toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new TextRejected(new Problem(Location.ofPath(name), "text file not found",
                        "pass the path of a plain-text (UTF-8) article"));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new TextRejected(new Problem(Location.ofPath(name), "the text is larger than "
                        + MAX_BYTES / (1024 * 1024) + " MB, too large for one article", "split the archive into one file per article"));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TextRejected(new Problem(Location.ofPath(name), "cannot read the text: " + e.getMessage(),
                    "check the path and its permissions"));
        }
        return read(name, bytes);
    }

    /** Reads {@code bytes} as the article named {@code name}. */
    public ArticleText read(String name, byte[] bytes) throws TextRejected {
        String text = decode(name, bytes);
        if (text.isBlank()) {
            throw new TextRejected(new Problem(new Location(name, 1, 1), "the text is empty",
                    "pass an article's text: plain UTF-8 prose, one paragraph per line"));
        }
        int control = controlCharacter(text);
        if (control >= 0) {
            throw new TextRejected(new Problem(at(name, text, control), "this is a binary file, not a text: it holds the control character U+"
                    + String.format("%04X", (int) text.charAt(control)), "pass the article as plain text (export it from the editor as .txt)"));
        }
        return withHeader(name, text);
    }

    private static String decode(String name, byte[] bytes) throws TextRejected {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return strict(name, ByteBuffer.wrap(bytes, 2, bytes.length - 2), bytes[0] == (byte) 0xFE
                    ? StandardCharsets.UTF_16BE.newDecoder() : StandardCharsets.UTF_16LE.newDecoder(), 2);
        }
        int skip = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        if (looksLikeUtf16(bytes)) {
            throw new TextRejected(new Problem(new Location(name, 1, 1), "the text is not UTF-8 (unknown encoding): every other byte "
                    + "is zero, as in UTF-16 without a byte-order mark", "save the article as UTF-8 (iconv -f utf-16 -t utf-8 FILE)"));
        }
        for (int i = skip; i < bytes.length; i++) {
            if (bytes[i] == 0) { // before decoding: NUL is valid UTF-8, and binary files are full of it
                String before = new String(bytes, skip, i - skip, StandardCharsets.UTF_8);
                throw new TextRejected(new Problem(at(name, before, before.length()), "this is a binary file, not a text: it holds a NUL byte at byte "
                        + i, "pass the article as plain text (export it from the editor as .txt)"));
            }
        }
        return strict(name, ByteBuffer.wrap(bytes, skip, bytes.length - skip), StandardCharsets.UTF_8.newDecoder(), skip);
    }

    /** Zero bytes at every even or every odd place of the first few hundred: text in UTF-16, not a binary file. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, 512) & ~1;
        if (n < 4) {
            return false;
        }
        boolean evenZero = true;
        boolean oddZero = true;
        for (int i = 0; i < n; i += 2) {
            evenZero &= bytes[i] == 0 && bytes[i + 1] != 0;
            oddZero &= bytes[i + 1] == 0 && bytes[i] != 0;
        }
        return evenZero || oddZero;
    }

    private static String strict(String name, ByteBuffer buffer, CharsetDecoder decoder, int skipped) throws TextRejected {
        int start = buffer.position();
        try {
            return decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
        } catch (CharacterCodingException e) {
            // the decoder stops at the bad bytes; what came before them tells the line and column
            int bad = buffer.position();
            String before = new String(buffer.array(), start, Math.max(0, bad - start), StandardCharsets.UTF_8);
            int length = e instanceof MalformedInputException m ? m.getInputLength() : 1;
            return failEncoding(name, before, bad, length);
        }
    }

    private static String failEncoding(String name, String before, int offset, int length) throws TextRejected {
        throw new TextRejected(new Problem(at(name, before, before.length()), "the text is not UTF-8 (unknown encoding): "
                + length + " byte(s) at byte " + offset + " are not a UTF-8 character",
                "save the article as UTF-8 (for Windows-1252 or Latin-1: iconv -f cp1252 -t utf-8 FILE)"));
    }

    /** The first control character other than tab, line breaks and form feed, or -1. */
    private static int controlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return i;
            }
        }
        return -1;
    }

    private static Location at(String name, String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(name, line, column);
    }

    private static ArticleText withHeader(String name, String raw) throws TextRejected {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (!text.startsWith("---\n")) {
            return new ArticleText(name, text, 1, ArticleText.Header.NONE);
        }
        String[] lines = text.split("\n", -1);
        Map<String, String> fields = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().equals("---")) {
                int bodyStart = 0;
                for (int k = 0; k <= i; k++) {
                    bodyStart += lines[k].length() + 1;
                }
                String body = bodyStart >= text.length() ? "" : text.substring(bodyStart);
                if (body.isBlank()) {
                    throw new TextRejected(new Problem(new Location(name, i + 2, 1), "the text is empty after its front matter",
                            "put the article's text after the closing '---'"));
                }
                return new ArticleText(name, body, i + 2, new ArticleText.Header(fields.get("title"), fields.get("outlet"),
                        fields.get("published"), fields.get("url")));
            }
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? line.strip() : line.substring(0, colon).strip();
            if (colon < 0 || !HEADER_KEYS.contains(key)) {
                throw new TextRejected(new Problem(new Location(name, i + 1, 1),
                        "the front matter line '" + line.strip() + "' is not one of " + HEADER_KEYS + " followed by ':'",
                        "write 'title: …', 'outlet: …', 'published: YYYY-MM-DD' or 'url: …', one per line, between two '---' lines"));
            }
            String value = unquoted(line.substring(colon + 1).strip());
            if (!value.isEmpty()) {
                fields.put(key, value);
            }
        }
        throw new TextRejected(new Problem(new Location(name, 1, 1), "the front matter opened with '---' is never closed",
                "end the header with a line of three dashes, '---', before the article's text"));
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
