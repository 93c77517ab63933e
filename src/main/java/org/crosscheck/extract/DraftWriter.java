package org.crosscheck.extract;

import java.util.Locale;
import org.crosscheck.model.ClaimKey;
import java.util.stream.Collectors;

/**
 * Writes an {@link Extraction} as a draft source file (status: draft) that the loader reads as it
 * reads any other: each candidate a claim, with its score and the runner-up keys in its {@code note},
 * a proposed property flagged there for the editor, and the values filed under no subject listed as
 * comments at the end. Strings are written double-quoted, so no text of an article can change the
 * file's structure.
 */
public final class DraftWriter {

    /** The marker every suggested claim's note starts with; {@code check --draft-text} finds its claims by it. */
    public static final String SUGGESTED = "suggested by crosscheck extract";
    /** The words that flag a property no key of the corpus has. */
    public static final String NEW_PROPERTY = "NEW PROPERTY (proposed, not in the corpus)";

    private DraftWriter() {
    }

    public static String write(Extraction extraction) {
        ArticleText article = extraction.article();
        ArticleText.Header header = article.header();
        StringBuilder out = new StringBuilder();
        long proposed = extraction.candidates().stream().filter(Candidate::proposed).count();
        out.append("# Draft written by crosscheck extract from ").append(fileName(article.file())).append(".\n");
        out.append("# Candidate claims for an editor to accept, fix or delete; each note gives the score of its key\n");
        out.append("# and the runner-up keys. ").append(extraction.sentences().size()).append(" sentences, ")
                .append(extraction.candidates().size()).append(" candidate claims (").append(proposed)
                .append(" with a proposed new property), ").append(extraction.unfiled().size())
                .append(" values filed under no subject (listed at the end).\n");
        out.append("source:\n");
        out.append("  id: ").append(extraction.sourceId()).append('\n');
        out.append("  title: ").append(quoted(header.title() != null ? header.title() : title(extraction))).append('\n');
        out.append("  outlet: ").append(quoted(header.outlet() != null ? header.outlet() : "unknown")).append('\n');
        if (header.url() != null) {
            out.append("  url: ").append(quoted(header.url())).append('\n');
        }
        out.append("  text: ").append(quoted(fileName(article.file()))).append('\n');
        if (extraction.published() != null) {
            out.append("  published:\n    date: ").append(quoted(extraction.published())).append("\n    basis: stated\n");
        }
        out.append("  status: draft\n");
        if (extraction.candidates().isEmpty()) {
            out.append("claims: []\n");
        } else {
            out.append("claims:\n");
        }
        int n = 0;
        for (Candidate c : extraction.candidates()) {
            n++;
            out.append("  - id: ").append(extraction.sourceId()).append("-").append(n).append('\n');
            out.append("    subject: ").append(c.key().subject()).append('\n');
            out.append("    property: ").append(c.key().property()).append('\n');
            out.append("    value: {").append(c.value().kind().label()).append(": ").append(quoted(c.value().written())).append("}\n");
            out.append("    quote: ").append(quoted(c.quote())).append('\n');
            out.append("    note: ").append(quoted(note(c))).append('\n');
        }
        if (!extraction.unfiled().isEmpty()) {
            out.append("# Values found but filed under no subject (add the entity to entities.yaml, or write the claim by hand):\n");
            for (Extraction.Unfiled u : extraction.unfiled()) {
                out.append("#   sentence ").append(u.sentence().index()).append(" (line ").append(u.sentence().line()).append("): ")
                        .append(u.value().kind().label()).append(' ').append(quoted(u.value().written())).append(": ")
                        .append(u.why()).append('\n');
            }
        }
        return out.toString();
    }

    static String note(Candidate c) {
        StringBuilder note = new StringBuilder(SUGGESTED).append(" from sentence ").append(c.sentence().index())
                .append(" (line ").append(c.sentence().line()).append(")");
        if (c.proposed() && c.heldBack() != null) {
            ClaimKey likely = c.heldBack().key();
            note.append("; ").append(NEW_PROPERTY).append(": it reads most like ").append(likely.subject()).append("/")
                    .append(likely.property()).append(" (").append(score(c.heldBack().score())).append("), but the sentence does not name ")
                    .append(likely.subject()).append(" with the words of its claims and '").append(c.value().written())
                    .append("' does not meet that key's values, so it is not filed there on a guess; if it belongs there, set subject and property to it");
        } else if (c.proposed()) {
            note.append("; ").append(NEW_PROPERTY).append(": no key of ").append(c.key().subject()).append(" with a ")
                    .append(c.value().kind().label()).append(" reads like this sentence; rename the property or choose an existing key");
        } else {
            note.append("; score ").append(score(c.score()));
        }
        if (!c.runnersUp().isEmpty()) {
            note.append("; runner-up keys: ").append(c.runnersUp().stream()
                    .map(k -> k.key().subject() + "/" + k.key().property() + " " + score(k.score())).collect(Collectors.joining(", ")));
        }
        return note.toString();
    }

    private static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    /** The text's first sentence, shortened, as the title when the front matter gives none. */
    private static String title(Extraction extraction) {
        String first = extraction.sentences().get(0).text();
        return "[untitled] " + (first.length() <= 120 ? first : first.substring(0, 117).strip() + "…");
    }

    static String fileName(String file) {
        return java.nio.file.Path.of(file).getFileName().toString();
    }

    /** A YAML double-quoted scalar: backslash, quote and control characters escaped. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
