package org.crosscheck.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Source;
import org.crosscheck.model.ValueKind;

/**
 * The leave-one-out measurement of extraction on a corpus whose article texts are at hand: for each
 * source, its claims are removed, its text is extracted against the rest, and the candidates are
 * compared with the claims a person wrote.
 */
final class LeaveOneOut {

    /** The kinds of value extraction reads; entity and text claims are a person's reading, not a reader's. */
    static final Set<ValueKind> READ_KINDS = Set.of(ValueKind.DATE, ValueKind.QUANTITY, ValueKind.DURATION);

    record Row(String source, int valued, int valueHits, int keyed, int keyHits, int candidates, int matched,
            List<String> valueMisses, List<String> keyMisses, List<String> unmatched) {
    }

    static List<Row> measure(Corpus corpus, Path texts) throws TextRejected {
        List<Row> rows = new ArrayList<>();
        ArticleReader reader = new ArticleReader();
        for (Source source : corpus.sources()) {
            if (source.textFile() == null) {
                continue;
            }
            ExtractionCorpus rest = ExtractionCorpus.without(corpus, s -> s.id().equals(source.id()));
            ArticleText article = reader.read(texts.resolve(source.textFile()));
            String published = source.published().map(p -> p.date().asWritten()).orElse(null);
            Extraction extraction = new Extractor(rest).extract(article, published);
            List<Claim> written = corpus.claims().stream()
                    .filter(c -> c.source().id().equals(source.id()) && READ_KINDS.contains(c.value().kind())).toList();
            int valueHits = 0;
            int keyed = 0;
            int keyHits = 0;
            List<String> valueMisses = new ArrayList<>();
            List<String> keyMisses = new ArrayList<>();
            for (Claim claim : written) {
                int sentence = sentenceOf(extraction.sentences(), claim.quote());
                List<Candidate> sameValue = extraction.candidates().stream()
                        .filter(c -> c.sentence().index() == sentence && ValueFinder.same(c.value().value(), claim.value())).toList();
                boolean keyExists = rest.keys().contains(claim.key());
                if (keyExists) {
                    keyed++;
                }
                if (sameValue.isEmpty()) {
                    valueMisses.add(claim.id() + " " + claim.value().kind().label() + " '" + claim.value().asWritten() + "' (sentence "
                            + sentence + ")" + unfiledNote(extraction, sentence, claim));
                    if (keyExists) {
                        keyMisses.add(claim.id() + " " + claim.key() + ": value not found");
                    }
                    continue;
                }
                valueHits++;
                if (keyExists) {
                    if (sameValue.stream().anyMatch(c -> c.key().equals(claim.key()))) {
                        keyHits++;
                    } else {
                        Candidate filed = sameValue.get(0);
                        keyMisses.add(claim.id() + " " + claim.key() + ": filed under " + filed.key()
                                + (filed.proposed() ? " (proposed)" : String.format(Locale.ROOT, " (%.2f)", filed.score()))
                                + "; runners-up " + DraftWriter.note(filed).replaceAll(".*runner-up keys: ", ""));
                    }
                }
            }
            int matched = 0;
            List<String> unmatched = new ArrayList<>();
            for (Candidate c : extraction.candidates()) {
                boolean match = written.stream().anyMatch(claim -> sentenceOf(extraction.sentences(), claim.quote()) == c.sentence().index()
                        && ValueFinder.same(c.value().value(), claim.value()));
                if (match) {
                    matched++;
                } else {
                    unmatched.add(c.value().kind().label() + " '" + c.value().written() + "' -> " + c.key()
                            + (c.proposed() ? " (proposed)" : String.format(Locale.ROOT, " (%.2f)", c.score())) + " in \"" + c.quote() + "\"");
                }
            }
            rows.add(new Row(source.id(), written.size(), valueHits, keyed, keyHits, extraction.candidates().size(), matched,
                    valueMisses, keyMisses, unmatched));
        }
        return rows;
    }

    private static String unfiledNote(Extraction extraction, int sentence, Claim claim) {
        boolean found = extraction.unfiled().stream()
                .anyMatch(u -> u.sentence().index() == sentence && ValueFinder.same(u.value().value(), claim.value()));
        return found ? " [found, filed under no subject]" : "";
    }

    /** The sentence that holds the quote (apostrophes and spacing aside); -1 when none does. */
    static int sentenceOf(List<Sentence> sentences, String quote) {
        String q = EntityMentions.apostrophes(quote).replaceAll("\\s+", " ");
        for (Sentence s : sentences) {
            if (EntityMentions.apostrophes(s.text()).replaceAll("\\s+", " ").contains(q)) {
                return s.index();
            }
        }
        return -1;
    }

    static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append("| source left out | valued claims | value recall | keys in the rest | key recall | candidates | precision |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        int v = 0;
        int vh = 0;
        int k = 0;
        int kh = 0;
        int c = 0;
        int m = 0;
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d/%d | %d | %d/%d | %d | %d/%d |%n", r.source(), r.valued(),
                    r.valueHits(), r.valued(), r.keyed(), r.keyHits(), r.keyed(), r.candidates(), r.matched(), r.candidates()));
            v += r.valued();
            vh += r.valueHits();
            k += r.keyed();
            kh += r.keyHits();
            c += r.candidates();
            m += r.matched();
        }
        out.append(String.format(Locale.ROOT, "| **all** | %d | %d/%d = %s | %d | %d/%d = %s | %d | %d/%d = %s |%n", v, vh, v, pct(vh, v), k,
                kh, k, pct(kh, k), c, m, c, pct(m, c)));
        return out.toString();
    }

    static String details(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        for (Row r : rows) {
            out.append("## ").append(r.source()).append('\n');
            r.valueMisses().forEach(s -> out.append("  value miss: ").append(s).append('\n'));
            r.keyMisses().forEach(s -> out.append("  key miss:   ").append(s).append('\n'));
            r.unmatched().forEach(s -> out.append("  unmatched:  ").append(s).append('\n'));
        }
        return out.toString();
    }

    static String pct(int part, int whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    static double ratio(List<Row> rows, java.util.function.ToIntFunction<Row> part, java.util.function.ToIntFunction<Row> whole) {
        int p = rows.stream().mapToInt(part).sum();
        int w = rows.stream().mapToInt(whole).sum();
        return w == 0 ? 0 : (double) p / w;
    }

    private LeaveOneOut() {
    }
}
