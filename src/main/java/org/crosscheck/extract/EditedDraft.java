package org.crosscheck.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crosscheck.load.FactsLoader;
import org.crosscheck.model.FactsInput;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.crosscheck.model.RawClaim;
import org.crosscheck.model.RawSource;
import org.crosscheck.model.ValueKind;

/**
 * A draft as an editor left it after going through the suggestions (the editor's desk): the claims
 * accepted, with any key or value changed, written as the ordinary facts format ({@code status: draft}),
 * and read back from such a file. Strings are written as {@link DraftWriter} writes them, double-quoted,
 * so nothing typed in the browser can change the file's structure.
 */
public final class EditedDraft {

    /** Drafts larger than this are not one article's claims. */
    public static final int MAX_BYTES = 1024 * 1024;

    /** The draft's source: its id, title and publication date as written (null when unknown). */
    public record Header(String sourceId, String title, String published) {
    }

    /** One accepted claim: the value as written, of a kind the facts format names. */
    public record Claim(String id, String subject, String property, ValueKind kind, String value, String quote, String note) {
    }

    /** A draft read back: its header and claims, or the problems that kept it from being read, each at its place. */
    public record Read(Header header, List<Claim> claims, List<Problem> problems) {
        public Read {
            claims = List.copyOf(claims);
            problems = List.copyOf(problems);
        }
    }

    private EditedDraft() {
    }

    public static String write(Header header, List<Claim> claims) {
        StringBuilder out = new StringBuilder();
        out.append("# Draft kept from crosscheck's editor's desk: the claims the editor accepted.\n");
        out.append("# Commit it to facts/ when the article is published (and change its status then).\n");
        out.append("source:\n");
        out.append("  id: ").append(header.sourceId()).append('\n');
        out.append("  title: ").append(DraftWriter.quoted(header.title() == null || header.title().isBlank()
                ? "[untitled draft]" : header.title())).append('\n');
        out.append("  outlet: \"unknown\"\n");
        if (header.published() != null && !header.published().isBlank()) {
            out.append("  published:\n    date: ").append(DraftWriter.quoted(header.published())).append("\n    basis: stated\n");
        }
        out.append("  status: draft\n");
        out.append(claims.isEmpty() ? "claims: []\n" : "claims:\n");
        for (Claim c : claims) {
            out.append("  - id: ").append(c.id()).append('\n');
            out.append("    subject: ").append(DraftWriter.quoted(c.subject())).append('\n');
            out.append("    property: ").append(DraftWriter.quoted(c.property())).append('\n');
            out.append("    value: {").append(c.kind().label()).append(": ").append(DraftWriter.quoted(c.value())).append("}\n");
            out.append("    quote: ").append(DraftWriter.quoted(c.quote() == null ? "" : c.quote())).append('\n');
            if (c.note() != null && !c.note().isBlank()) {
                out.append("    note: ").append(DraftWriter.quoted(c.note())).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Reads a draft file's bytes through the facts loader, as {@code check} would read the file: in a
     * directory of its own made for it, named {@code name} in messages. Never reads a path it is given.
     */
    public static Read read(String name, byte[] yaml) throws IOException {
        if (yaml.length > MAX_BYTES) {
            return new Read(null, List.of(), List.of(new Problem(Location.ofPath(name), "the draft is larger than "
                    + MAX_BYTES / 1024 + " KB, too large for one article's claims", "load the draft file the desk wrote")));
        }
        Path dir = Files.createTempDirectory("crosscheck-desk-draft");
        Path file = dir.resolve("draft.yaml");
        try {
            Files.write(file, yaml);
            FactsInput input = new FactsLoader().load(dir);
            List<Problem> problems = new ArrayList<>();
            input.problems().forEach(p -> problems.add(renamed(p, name)));
            Optional<RawSource> source = input.sources().stream().findFirst();
            if (source.isEmpty()) {
                if (problems.isEmpty()) {
                    problems.add(new Problem(Location.ofPath(name), "the file holds no source",
                            "a draft is a source file: 'source:' with 'status: draft', and 'claims:'"));
                }
                return new Read(null, List.of(), problems);
            }
            RawSource s = source.get();
            List<Claim> claims = new ArrayList<>();
            for (RawClaim c : s.claims()) {
                if (c.subject() == null || c.property() == null || c.value() == null) {
                    continue; // such a claim is refused by the loader, with a problem already listed
                }
                claims.add(new Claim(c.id(), c.subject().text(), c.property().text(), c.value().kind(), c.value().text(),
                        c.quote(), null));
            }
            String published = s.published() == null ? null : s.published().text();
            return new Read(new Header(s.id(), s.title(), published), claims, problems);
        } catch (FactsLoader.MissingFactsException e) {
            return new Read(null, List.of(), List.of(new Problem(Location.ofPath(name), e.getMessage(), e.hint())));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    /** The loader names the file it read; the editor knows it by the name they uploaded. */
    private static Problem renamed(Problem p, String name) {
        Location at = p.location();
        return new Problem(new Location(name, at.line(), at.column()), p.message(), p.hint());
    }

    /** The value kinds a claim may have in the facts format, by the label the file writes. */
    public static Optional<ValueKind> kind(String label) {
        for (ValueKind k : ValueKind.values()) {
            if (k.label().equals(label == null ? null : label.toLowerCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** A draft's text, as UTF-8. */
    public static byte[] bytes(String yaml) {
        return yaml.getBytes(StandardCharsets.UTF_8);
    }
}
