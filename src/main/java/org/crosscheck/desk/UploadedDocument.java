package org.crosscheck.desk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The text of an uploaded draft: a {@code .txt} file read as strict UTF-8, or a Word {@code .docx}
 * read with Apache POI, one paragraph a line. Only the bytes are read; the file's name says which
 * kind it is and is never used as a path.
 */
final class UploadedDocument {

    /** Why an upload cannot be read, and how to fix it. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final String hint;

        Unreadable(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        String hint() {
            return hint;
        }
    }

    /**
     * The largest part of a .docx that is unpacked. POI already refuses parts packed more than 100
     * times over (a zip bomb); this also caps what an upload at the size limit can unpack to.
     */
    static final long MAX_PART_BYTES = 50L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private UploadedDocument() {
    }

    static String text(String name, byte[] bytes) throws Unreadable {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx")) {
            return docx(bytes);
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text") || lower.endsWith(".md")) {
            return utf8(bytes);
        }
        throw new Unreadable("'" + name + "' is neither a .txt nor a .docx file",
                "upload the draft as plain text (.txt, UTF-8) or as a Word document (.docx)");
    }

    private static String utf8(byte[] bytes) throws Unreadable {
        try {
            int skip = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("the .txt file is not UTF-8 text", "save the draft as UTF-8 plain text and upload it again");
        }
    }

    private static String docx(byte[] bytes) throws Unreadable {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip)
                    .filter(p -> !p.isEmpty()).collect(Collectors.joining("\n"));
        } catch (IOException | RuntimeException e) {
            // POI throws unchecked exceptions on zip files that are not Word documents
            throw new Unreadable("the .docx file cannot be read as a Word document (" + e.getClass().getSimpleName() + ")",
                    "save it again from the word processor as .docx, or paste its text");
        }
    }
}
