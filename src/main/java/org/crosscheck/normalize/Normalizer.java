package org.crosscheck.normalize;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.model.Accounting;
import org.crosscheck.model.Between;
import org.crosscheck.model.Citation;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.DatePrecision;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.ExchangeRate;
import org.crosscheck.model.EntityValue;
import org.crosscheck.model.FactsInput;
import org.crosscheck.model.Location;
import org.crosscheck.model.Phase;
import org.crosscheck.model.Problem;
import org.crosscheck.model.Progress;
import org.crosscheck.model.Publication;
import org.crosscheck.model.RawClaim;
import org.crosscheck.model.RawKeyRef;
import org.crosscheck.model.RawRate;
import org.crosscheck.model.RawWaiver;
import org.crosscheck.model.Waiver;
import org.crosscheck.model.RawReference;
import org.crosscheck.model.RawSource;
import org.crosscheck.model.RawText;
import org.crosscheck.model.RawValue;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.model.Source;
import org.crosscheck.model.TextValue;
import org.crosscheck.model.UnresolvedDate;
import org.crosscheck.model.ValueKind;
import org.crosscheck.model.Value;
import org.crosscheck.support.ParallelInOrder;

/**
 * Turns what the loader read into typed claims: aliases resolved, dates and amounts parsed, relative
 * dates anchored to their source's publication date. A claim with any problem is rejected (and
 * counted as such); all others are checked.
 */
public final class Normalizer {


    private final Tolerance tolerance;
    /**
     * Property names already read as valid. A corpus has few properties and many claims, and a
     * matcher per claim was a tenth of what normalizing allocated.
     */
    private final Set<String> validProperties = ConcurrentHashMap.newKeySet();

    public Normalizer() {
        this(Tolerance.DEFAULT);
    }

    /** @param tolerance what "about" allows a number, from the settings' approx-percent */
    public Normalizer(Tolerance tolerance) {
        this.tolerance = tolerance;
    }

    public NormalizedFacts normalize(FactsInput input) {
        return normalize(input, Progress.SILENT);
    }

    /** As {@link #normalize(FactsInput)}, telling {@code progress} how many sources are done. */
    public NormalizedFacts normalize(FactsInput input, Progress progress) {
        return normalize(input, new EntityIndex(input.entities()), progress);
    }

    /**
     * As {@link #normalize(FactsInput, Progress)}, resolving names through {@code entities} rather
     * than an index of the input's entities: a check of part of the corpus through the store, whose
     * slice leaves out the entity files and takes the store's index instead ({@code store.Slice}).
     */
    public NormalizedFacts normalize(FactsInput input, EntityIndex entities, Progress progress) {
        List<Problem> problems = new ArrayList<>(input.problems());
        problems.addAll(entities.problems());
        List<Source> sources = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        KeyPool keys = new KeyPool();
        // sources are independent and the parsers hold no state
        ParallelInOrder.map(input.sources(), raw -> normalizeSource(raw, entities, keys), done -> {
            sources.add(done.source());
            claims.addAll(done.claims());
            problems.addAll(done.problems());
        }, done -> progress.advanced(Phase.NORMALIZE, done));
        List<ReferenceRecord> references = new ArrayList<>();
        for (RawReference raw : input.references()) {
            reference(raw, entities, problems).ifPresent(references::add);
        }
        List<ExchangeRate> rates = new ArrayList<>();
        for (RawRate raw : input.rates()) {
            rate(raw, problems).ifPresent(rates::add);
        }
        List<Waiver> waivers = new ArrayList<>();
        for (RawWaiver raw : input.waivers()) {
            waiver(raw, entities, problems).ifPresent(waivers::add);
        }
        Corpus corpus = new Corpus(sources, input.entities(), claims, references, rates, waivers);
        int checked = claims.size();
        return new NormalizedFacts(corpus, problems,
                new Accounting(sources.size(), input.claimsRead(), checked, input.claimsRead() - checked));
    }

    /** Some sources of a corpus, with their typed claims in source order, and the problems found in them. */
    public record NormalizedSources(List<Source> sources, List<Claim> claims, List<Problem> problems) {
    }

    /**
     * Normalizes some of a corpus's sources against all of its entities, on this thread: for a check
     * that normalizes a corpus's files in many processes (the Spark job), and normalizes the rest of
     * the corpus (entities, reference records, rates, waivers) once with {@link #normalize}.
     */
    public NormalizedSources normalizeSources(List<RawSource> raw, EntityIndex entities) {
        KeyPool keys = new KeyPool();
        List<Source> sources = new ArrayList<>(raw.size());
        List<Claim> claims = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (RawSource source : raw) {
            NormalizedSource done = normalizeSource(source, entities, keys);
            sources.add(done.source());
            claims.addAll(done.claims());
            problems.addAll(done.problems());
        }
        return new NormalizedSources(sources, claims, problems);
    }

    /** One source with its typed claims, and the problems found in it. */
    private record NormalizedSource(Source source, List<Claim> claims, List<Problem> problems) {
    }

    private NormalizedSource normalizeSource(RawSource raw, EntityIndex entities, KeyPool keys) {
        List<Problem> problems = new ArrayList<>();
        Source source = source(raw, problems);
        List<Claim> claims = new ArrayList<>(raw.claims().size());
        for (RawClaim rawClaim : raw.claims()) {
            claim(rawClaim, source, entities, keys, problems).ifPresent(claims::add);
        }
        return new NormalizedSource(source, claims, problems);
    }

    private static Source source(RawSource raw, List<Problem> problems) {
        Publication publication = null;
        if (raw.published() != null) {
            Parsed<DateValue> date = DateParser.parse(raw.published().text(), null);
            if (date instanceof Parsed.Ok<DateValue> ok) {
                publication = new Publication(ok.value(), raw.basis(), raw.basisNote());
            } else {
                report(date, raw.published().location(), "publication date", problems);
            }
        }
        return new Source(raw.id(), raw.title(), raw.outlet(), raw.url(), raw.textFile(), publication, raw.status(),
                raw.location());
    }

    private Optional<Claim> claim(RawClaim raw, Source source, EntityIndex entities, KeyPool keys, List<Problem> problems) {
        int before = problems.size();
        String subject = resolve(entities, raw.subject(), problems);
        String property = property(raw.property(), problems);
        DateValue anchor = source.published().map(Publication::date).orElse(null);
        Value value = value(raw.value(), anchor, entities, problems);
        DateValue asOf = raw.asOf() == null ? null : date(raw.asOf(), anchor, "as_of", problems);
        if (asOf != null && anchor != null && asOf.start().isAfter(anchor.end())) {
            // an article can state what held up to the day it was published, not after it
            problems.add(new Problem(raw.asOf().location(), "as_of " + raw.asOf().text() + " is after the source's publication date "
                    + source.published().map(p -> p.date().normalized()).orElse("?"),
                    "a claim holds as of a date the article had reached; correct the as_of date or the publication date"));
        }
        Between between = raw.betweenFrom() == null ? null
                : new Between(key(raw.betweenFrom(), entities, problems), key(raw.betweenTo(), entities, problems));
        String accordingTo = raw.accordingTo() == null ? null : resolve(entities, raw.accordingTo(), "according_to", problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Claim(raw.id(), source, keys.canonical(new ClaimKey(subject, property)), value, raw.quote(), asOf,
                raw.qualifiers(), raw.location(), between, accordingTo));
    }

    private ClaimKey key(RawKeyRef ref, EntityIndex entities, List<Problem> problems) {
        return new ClaimKey(resolve(entities, ref.subject(), problems), property(ref.property(), problems));
    }

    private Optional<ReferenceRecord> reference(RawReference raw, EntityIndex entities, List<Problem> problems) {
        int before = problems.size();
        String subject = resolve(entities, raw.subject(), problems);
        String property = property(raw.property(), problems);
        Value value = value(raw.value(), null, entities, problems);
        DateValue from = raw.validFrom() == null ? null : date(raw.validFrom(), null, "valid_from", problems);
        DateValue to = raw.validTo() == null ? null : date(raw.validTo(), null, "valid_to", problems);
        DateValue cited = raw.citationDate() == null ? null : date(raw.citationDate(), null, "citation date", problems);
        String issuer = raw.issuerEntity() == null ? null : resolve(entities, raw.issuerEntity(), "issuer", problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (from != null && to != null && to.end().isBefore(from.start())) {
            problems.add(new Problem(raw.validTo().location(), "valid_to " + to.asWritten() + " is before valid_from "
                    + from.asWritten(), "swap them or correct one"));
            return Optional.empty();
        }
        LocalDate validFrom = from == null ? null : from.start();
        LocalDate validTo = to == null ? null : to.end();
        Citation citation = new Citation(raw.issuer(), raw.document(), cited, raw.url());
        return Optional.of(new ReferenceRecord(raw.id(), new ClaimKey(subject, property), value, validFrom, validTo,
                citation, raw.certain(), raw.location(), issuer));
    }

    private Optional<Waiver> waiver(RawWaiver raw, EntityIndex entities, List<Problem> problems) {
        int before = problems.size();
        String subject = resolve(entities, raw.subject(), problems);
        String property = property(raw.property(), problems);
        DateValue expires = raw.expires() == null ? null : date(raw.expires(), null, "expires", problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Waiver(raw.ruleId(), new ClaimKey(subject, property), new java.util.TreeSet<>(raw.claimIds()),
                raw.reason(), raw.by(), expires == null ? null : expires.end(), raw.location()));
    }

    private static Optional<ExchangeRate> rate(RawRate raw, List<Problem> problems) {
        int before = problems.size();
        BigDecimal rate = null;
        try {
            rate = new BigDecimal(raw.rate().text().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new Problem(raw.rate().location(), "rate '" + raw.rate().text() + "' is not a number",
                    "write the value of one " + raw.from() + " in " + raw.to() + ", e.g. 129.24"));
        }
        if (rate != null && rate.signum() <= 0) {
            problems.add(new Problem(raw.rate().location(), "a rate must be greater than zero", "check the figure"));
        }
        if (raw.from().equals(raw.to())) {
            problems.add(new Problem(raw.location(), "a rate from " + raw.from() + " to itself", "set 'to' to the other currency"));
        }
        DateValue date = date(raw.date(), null, "date", problems);
        if (date != null && date.precision() != DatePrecision.DAY) {
            problems.add(new Problem(raw.date().location(), "a rate needs the day it was quoted, not " + date.precision().label(),
                    "write the date as YYYY-MM-DD"));
        }
        DateValue cited = raw.citationDate() == null ? null : date(raw.citationDate(), null, "citation date", problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ExchangeRate(raw.id(), raw.from(), raw.to(), rate, date.start(),
                new Citation(raw.issuer(), raw.document(), cited, raw.url()), raw.location()));
    }

    private static String resolve(EntityIndex entities, RawText name, List<Problem> problems) {
        return resolve(entities, name, "subject", problems);
    }

    private static String resolve(EntityIndex entities, RawText name, String what, List<Problem> problems) {
        Parsed<String> id = entities.require(name);
        report(id, name.location(), what, problems);
        return id.toOptional().orElse(null);
    }

    private String property(RawText property, List<Problem> problems) {
        if (!validProperties.contains(property.text()) && !org.crosscheck.support.Ascii.lowerHyphenated(property.text())) {
            problems.add(new Problem(property.location(), "property '" + org.crosscheck.support.Ascii.shortened(property.text()) + "' is not a lower-case-hyphenated name",
                    "write it like 'designation-date' so claims about the same thing match exactly"));
            return null;
        }
        validProperties.add(property.text());
        return property.text();
    }

    private Value value(RawValue raw, DateValue anchor, EntityIndex entities, List<Problem> problems) {
        if (raw.kind() == ValueKind.DATE && anchor == null && DateParser.needsAnchor(raw.text())) {
            // not guessed and not rejected: the TIME-NEEDS-PUBLICATION-DATE rule reports it
            return new UnresolvedDate(raw.text());
        }
        Parsed<? extends Value> parsed = switch (raw.kind()) {
            case DATE -> DateParser.parse(raw.text(), anchor);
            case QUANTITY -> QuantityParser.parse(raw.text(), tolerance);
            case DURATION -> DurationParser.parse(raw.text(), tolerance);
            case ENTITY -> entities.require(new RawText(raw.text(), raw.location()))
                    .map(id -> new EntityValue(raw.text(), id));
            case TEXT -> Parsed.ok(new TextValue(raw.text()));
        };
        report(parsed, raw.location(), raw.kind().label(), problems);
        return parsed.toOptional().orElse(null);
    }

    private static DateValue date(RawText text, DateValue anchor, String what, List<Problem> problems) {
        Parsed<DateValue> parsed = DateParser.parse(text.text(), anchor);
        report(parsed, text.location(), what, problems);
        return parsed.toOptional().orElse(null);
    }

    private static void report(Parsed<?> parsed, Location at, String what, List<Problem> problems) {
        if (parsed instanceof Parsed.Failed<?> failed) {
            problems.add(new Problem(at, what + ": " + failed.message(), failed.hint()));
        }
    }
}
