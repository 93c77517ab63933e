package org.crosscheck.load;

import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.model.ValueKind;

/** Every mapping shape of the facts format, in one place. */
public final class Shapes {

    public static final Shape SOURCE_FILE = new Shape("sourceFile", List.of("source", "claims"), List.of());
    public static final Shape SOURCE = new Shape("source",
            List.of("id", "title", "outlet"), List.of("url", "text", "published", "status"));
    public static final Shape PUBLISHED = new Shape("published", List.of("date", "basis"), List.of("note"));
    public static final Shape CLAIM = new Shape("claim",
            List.of("id", "subject", "property", "value", "quote"), List.of("as_of", "qualifiers", "between", "according_to", "note"));
    public static final Shape BETWEEN = new Shape("between", List.of("from", "to"), List.of());
    public static final Shape KEY_REF = new Shape("keyRef", List.of("subject", "property"), List.of());
    /** Exactly one of these keys; enforced separately. */
    public static final Shape VALUE = new Shape("value", List.of(),
            Stream.of(ValueKind.values()).map(ValueKind::label).toList());
    public static final Shape ENTITIES_FILE = new Shape("entitiesFile", List.of("entities"), List.of());
    public static final Shape ENTITY = new Shape("entity", List.of("id", "type", "name"), List.of("aliases", "note"));
    public static final Shape REFERENCES_FILE = new Shape("referencesFile", List.of("references"), List.of());
    public static final Shape REFERENCE = new Shape("reference",
            List.of("id", "subject", "property", "value", "citation"),
            List.of("valid_from", "valid_to", "certain", "issuer", "note"));
    public static final Shape CITATION = new Shape("citation", List.of("issuer", "document"), List.of("date", "url"));
    public static final Shape RATES_FILE = new Shape("ratesFile", List.of("rates"), List.of());
    public static final Shape RATE = new Shape("rate", List.of("id", "from", "to", "rate", "date", "citation"), List.of("note"));
    public static final Shape WAIVERS_FILE = new Shape("waiversFile", List.of("waivers"), List.of());
    public static final Shape WAIVER = new Shape("waiver", List.of("rule", "subject", "property", "reason", "by"),
            List.of("claims", "expires"));

    public static final List<Shape> ALL = List.of(SOURCE_FILE, SOURCE, PUBLISHED, CLAIM, BETWEEN, KEY_REF, VALUE,
            ENTITIES_FILE, ENTITY, REFERENCES_FILE, REFERENCE, CITATION, RATES_FILE, RATE, WAIVERS_FILE, WAIVER);

    private Shapes() {
    }
}
