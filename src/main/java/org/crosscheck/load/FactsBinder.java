package org.crosscheck.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.crosscheck.model.RawClaim;
import org.crosscheck.model.RawKeyRef;
import org.crosscheck.model.RawRate;
import org.crosscheck.model.RawReference;
import org.crosscheck.model.RawSource;
import org.crosscheck.model.RawText;
import org.crosscheck.model.RawValue;
import org.crosscheck.model.RawWaiver;
import org.crosscheck.model.SourceStatus;
import org.crosscheck.model.ValueKind;
import org.crosscheck.support.Suggestions;

/**
 * Binds one facts file's located tree to what it declares. Each file is one of five documents, told
 * apart by its top-level key: a source ({@code source:} + {@code claims:}), entities
 * ({@code entities:}), reference records ({@code references:}), exchange rates ({@code rates:}) or
 * waivers ({@code waivers:}).
 *
 * <p>A file binds on its own, so files bind on the parsing workers; ids, which must be unique across
 * files, are only reserved here and checked when the file joins the run ({@link FactsLoader.Batch}).
 */
final class FactsBinder {

    private FactsBinder() {
    }

    /** Turns one file's tree into sources, entities, references, rates or waivers, reserving their ids in {@code bound}. */
    static void bind(YamlNode root, FileFacts bound) {
        if (!(root instanceof YamlNode.Mapping top)) {
            bound.problems.add(new Problem(root.location(),
                    "a facts file must be a mapping, found " + root.describe(),
                    "start the file with 'source:', 'entities:' or 'references:'"));
            return;
        }
        if (top.entries().containsKey("source") || top.entries().containsKey("claims")) {
            readSource(top, bound);
        } else if (top.entries().containsKey("entities")) {
            readEntities(top, bound);
        } else if (top.entries().containsKey("references")) {
            readReferences(top, bound);
        } else if (top.entries().containsKey("rates")) {
            readRates(top, bound);
        } else if (top.entries().containsKey("waivers")) {
            readWaivers(top, bound);
        } else {
            String firstKey = top.entries().keySet().stream().findFirst().orElse("");
            Location at = top.entries().isEmpty() ? top.location() : top.entries().get(firstKey).keyLocation();
            bound.problems.add(new Problem(at, "not a crosscheck facts file: unknown top-level key '" + firstKey + "'",
                    Suggestions.hint(firstKey, List.of("source", "claims", "entities", "references", "rates", "waivers"))));
        }
    }

    private static void readSource(YamlNode.Mapping top, FileFacts bound) {
        Optional<MapReader> file = MapReader.of(top, Shapes.SOURCE_FILE, "a source file", bound.problems);
        if (file.isEmpty()) {
            return;
        }
        List<YamlNode> claimNodes = file.get().items("claims");
        int claimsRead = claimNodes.size();
        bound.claimsRead += claimsRead;
        Optional<MapReader> source = file.get().node("source")
                .flatMap(node -> MapReader.of(node, Shapes.SOURCE, "the source", bound.problems));
        if (source.isEmpty()) {
            return;
        }
        MapReader s = source.get();
        String id = s.id("id");
        String title = s.string("title");
        String outlet = s.string("outlet");
        String url = s.string("url");
        String text = s.string("text");
        SourceStatus status = s.choice("status", SourceStatus.class, SourceStatus.PUBLISHED);
        RawText published = null;
        DateBasis basis = null;
        String note = null;
        if (s.has("published")) {
            Optional<MapReader> p = MapReader.of(s.node("published").orElseThrow(), Shapes.PUBLISHED,
                    "'published'", bound.problems);
            if (p.isPresent()) {
                published = p.get().text("date").orElse(null);
                basis = p.get().choice("basis", DateBasis.class, null);
                note = p.get().string("note");
                if (basis == DateBasis.INFERRED && note == null && p.get().isClean()) {
                    p.get().fail(p.get().location(), "an inferred publication date needs a 'note' saying what it was inferred from",
                            "for example: note: \"mentions the 7 July 2025 protests as past\"");
                }
            }
            if (p.isEmpty() || !p.get().isClean()) {
                return;
            }
        }
        if (!s.isClean() || !file.get().isClean()) {
            return;
        }
        bound.reserveId(id, s.location(), null);
        List<RawClaim> claims = new ArrayList<>();
        for (YamlNode node : claimNodes) {
            readClaim(node, bound).ifPresent(claims::add);
        }
        bound.sources.add(new RawSource(id, title, outlet, url, text, published, basis, note, status,
                s.location(), claims, claimsRead));
    }

    private static Optional<RawClaim> readClaim(YamlNode node, FileFacts bound) {
        Optional<MapReader> claim = MapReader.of(node, Shapes.CLAIM, "a claim", bound.problems);
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        MapReader c = claim.get();
        String id = c.id("id");
        RawText subject = c.text("subject").orElse(null);
        RawText property = c.text("property").orElse(null);
        RawValue value = c.node("value").flatMap(v -> readValue(v, bound)).orElse(null);
        String quote = c.string("quote");
        RawText asOf = c.text("as_of").orElse(null);
        List<String> qualifiers = c.strings("qualifiers");
        RawText accordingTo = c.text("according_to").orElse(null);
        c.string("note");
        RawKeyRef[] between = c.node("between").map(b -> readBetween(b, bound)).orElse(new RawKeyRef[2]);
        if (!c.isClean() || value == null || (c.has("between") && between[0] == null)) {
            return Optional.empty();
        }
        if (c.has("between") && value.kind() != ValueKind.DURATION) {
            c.fail(c.node("between").orElseThrow().location(), "'between' belongs to a duration claim, this value is a "
                    + value.kind().label(), "write the value as {duration: \"16 years\"} or remove 'between'");
            return Optional.empty();
        }
        RawClaim read = new RawClaim(id, subject, property, value, quote, asOf, qualifiers, c.location(), between[0], between[1],
                accordingTo);
        bound.reserveId(id, c.location(), read);
        return Optional.of(read);
    }

    /** The two ends of 'between', or two nulls (with problems) when either cannot be read. */
    private static RawKeyRef[] readBetween(YamlNode node, FileFacts bound) {
        Optional<MapReader> between = MapReader.of(node, Shapes.BETWEEN, "'between'", bound.problems);
        if (between.isEmpty()) {
            return new RawKeyRef[2];
        }
        RawKeyRef from = between.get().node("from").flatMap(n -> readKeyRef(n, "'from'", bound)).orElse(null);
        RawKeyRef to = between.get().node("to").flatMap(n -> readKeyRef(n, "'to'", bound)).orElse(null);
        return between.get().isClean() && from != null && to != null ? new RawKeyRef[] {from, to} : new RawKeyRef[2];
    }

    private static Optional<RawKeyRef> readKeyRef(YamlNode node, String what, FileFacts bound) {
        return MapReader.of(node, Shapes.KEY_REF, what, bound.problems).flatMap(ref -> {
            RawText subject = ref.text("subject").orElse(null);
            RawText property = ref.text("property").orElse(null);
            return ref.isClean() ? Optional.of(new RawKeyRef(subject, property)) : Optional.empty();
        });
    }

    private static Optional<RawValue> readValue(YamlNode node, FileFacts bound) {
        Optional<MapReader> value = MapReader.of(node, Shapes.VALUE, "a value", bound.problems);
        if (value.isEmpty() || !value.get().isClean()) {
            return Optional.empty();
        }
        YamlNode.Mapping map = value.get().mapping();
        if (map.entries().size() != 1) {
            value.get().fail(map.location(), "a value must have exactly one kind, found " + map.entries().size(),
                    "write one of: " + String.join(", ", Shapes.VALUE.optional()) + ", e.g. value: {date: \"June 2024\"}");
            return Optional.empty();
        }
        String kindWord = map.entries().keySet().iterator().next();
        ValueKind kind = ValueKind.valueOf(kindWord.toUpperCase(java.util.Locale.ROOT));
        return value.get().text(kindWord).map(t -> new RawValue(kind, t.text(), t.location()));
    }

    /**
     * The items of a list document ("entities:", "references:", "rates:", "waivers:"), each checked
     * against its shape; the list's key is the file shape's one required key. Anything that is not
     * a mapping has become a problem already.
     */
    private static List<MapReader> listItems(YamlNode.Mapping top, Shape fileShape, String fileWhat, Shape itemShape,
            String itemWhat, FileFacts bound) {
        Optional<MapReader> file = MapReader.of(top, fileShape, fileWhat, bound.problems);
        if (file.isEmpty()) {
            return List.of();
        }
        List<MapReader> items = new ArrayList<>();
        for (YamlNode node : file.get().items(fileShape.required().get(0))) {
            MapReader.of(node, itemShape, itemWhat, bound.problems).ifPresent(items::add);
        }
        return items;
    }

    private static void readEntities(YamlNode.Mapping top, FileFacts bound) {
        for (MapReader e : listItems(top, Shapes.ENTITIES_FILE, "an entities file", Shapes.ENTITY, "an entity", bound)) {
            String id = e.id("id");
            EntityType type = e.choice("type", EntityType.class, null);
            String name = e.string("name");
            List<String> aliases = e.strings("aliases");
            e.string("note");
            if (e.isClean()) {
                bound.declare(new Entity(id, type, name, aliases, e.location()));
            }
        }
    }

    private static void readReferences(YamlNode.Mapping top, FileFacts bound) {
        for (MapReader r : listItems(top, Shapes.REFERENCES_FILE, "a references file", Shapes.REFERENCE, "a reference record", bound)) {
            String id = r.id("id");
            RawText subject = r.text("subject").orElse(null);
            RawText property = r.text("property").orElse(null);
            RawValue value = r.node("value").flatMap(v -> readValue(v, bound)).orElse(null);
            RawText from = r.text("valid_from").orElse(null);
            RawText to = r.text("valid_to").orElse(null);
            boolean certain = r.flag("certain", true);
            RawText issuer = r.text("issuer").orElse(null);
            r.string("note");
            Optional<RawCitation> citation = r.node("citation").flatMap(c -> readCitation(c, bound));
            if (citation.isEmpty() || !r.isClean() || value == null) {
                continue;
            }
            RawCitation c = citation.get();
            bound.declare(new RawReference(id, subject, property, value, from, to, c.issuer(), c.document(),
                    c.date(), c.url(), certain, r.location(), issuer));
        }
    }

    private static void readRates(YamlNode.Mapping top, FileFacts bound) {
        for (MapReader r : listItems(top, Shapes.RATES_FILE, "a rates file", Shapes.RATE, "an exchange rate", bound)) {
            String id = r.id("id");
            String from = r.currency("from");
            String to = r.currency("to");
            RawText value = r.text("rate").orElse(null);
            RawText date = r.text("date").orElse(null);
            r.string("note");
            Optional<RawCitation> citation = r.node("citation").flatMap(c -> readCitation(c, bound));
            if (citation.isEmpty() || !r.isClean()) {
                continue;
            }
            RawCitation c = citation.get();
            bound.declare(new RawRate(id, from, to, value, date, c.issuer(), c.document(), c.date(), c.url(), r.location()));
        }
    }

    private static void readWaivers(YamlNode.Mapping top, FileFacts bound) {
        for (MapReader w : listItems(top, Shapes.WAIVERS_FILE, "a waivers file", Shapes.WAIVER, "a waiver", bound)) {
            String rule = w.string("rule");
            RawText subject = w.text("subject").orElse(null);
            RawText property = w.text("property").orElse(null);
            List<String> claims = w.strings("claims");
            String reason = w.string("reason");
            String by = w.string("by");
            RawText expires = w.text("expires").orElse(null);
            if (w.isClean()) {
                bound.waivers.add(new RawWaiver(rule, subject, property, claims, reason, by, expires, w.location()));
            }
        }
    }

    /** A citation as read: issuer and document required, date and url optional. */
    private record RawCitation(String issuer, String document, RawText date, String url) {
    }

    private static Optional<RawCitation> readCitation(YamlNode node, FileFacts bound) {
        return MapReader.of(node, Shapes.CITATION, "a citation", bound.problems).flatMap(c -> {
            RawCitation citation = new RawCitation(c.string("issuer"), c.string("document"), c.text("date").orElse(null),
                    c.string("url"));
            return c.isClean() ? Optional.of(citation) : Optional.empty();
        });
    }

}
