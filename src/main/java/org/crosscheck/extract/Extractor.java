package org.crosscheck.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.crosscheck.model.ValueKind;
import org.crosscheck.normalize.DateParser;
import org.crosscheck.normalize.Parsed;

/**
 * Reads candidate claims from an article's text: its sentences (OpenNLP), the values in each
 * ({@link ValueFinder}), the corpus entities each names ({@link EntityMentions}), and for each value
 * the key of the corpus that the sentence reads most like ({@link KeyIndex}), or a new property for
 * the subject named nearest to it when no key fits. Sentences are read side by side; an extractor
 * holds no state of its own between articles, so it may be shared.
 */
public final class Extractor {

    /**
     * The least BM25 score at which a key whose subject the sentence does not name is taken: below it
     * the sentence shares a word or two with the key's quotes by chance. Set from the leave-one-out
     * measurement of the bundled corpus (docs/extraction.md).
     */
    static final double MIN_UNNAMED_SCORE = 6.0;
    /** The least score for a key whose quotes name an entity the sentence names (but not its subject). */
    static final double MIN_RELATED_SCORE = 1.0;
    /** How many runner-up keys a candidate's note lists. */
    static final int RUNNERS_UP = 2;

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\[\\]\"“”—–]");
    /** A proper name's possessive right before a value: "the Americans' ", "Biles’s ". */
    private static final Pattern POSSESSIVE = Pattern.compile("\\b\\p{Lu}[\\p{L}.-]*(?:['’]s|s['’])\\s+$");
    /** Words that join the items of a list of values. */
    private static final Pattern COORDINATOR = Pattern.compile("\\b(?:and|or|but|while|whereas|compared (?:with|to))\\b");
    /** Words that open a relative or reported clause, which holds its own event. */
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:that|which|who|whom|whose)\\b");
    /**
     * A value said of several things together ("a combined weight of 3,900 kg", "together they
     * hold"): it is their sum, never the value of the one a key is about, unless the key is itself a
     * total.
     */
    private static final Pattern AGGREGATE = Pattern.compile("\\b(?:combined|together|altogether|collectively|jointly|in all|between them)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AGGREGATE_PROPERTY = Pattern.compile("\\b(?:total|combined|overall|aggregate|all)\\b");
    private static final Pattern INTERVAL = Pattern.compile("\\s+(?:after|before|since|later)\\b");
    private static final Pattern NOUN = Pattern.compile("\\G[\\s,]*([a-z]+)");
    /** A word right after the number, in the same clause (spaces only: a comma ends the count's phrase). */
    private static final Pattern COUNTED = Pattern.compile("\\G\\s+([a-z]+)");
    private static final Set<String> NOT_NOUNS = Set.of("a", "an", "the", "of", "from", "to", "in", "on", "at", "for",
            "and", "or", "by", "with", "that", "which", "who", "is", "are", "was", "were", "be", "this", "its", "their",
            "worth", "each", "per", "than", "as", "into", "over", "under", "about", "since", "until");

    private final ExtractionCorpus corpus;
    private final SentenceSplitter splitter = new SentenceSplitter();

    public Extractor(ExtractionCorpus corpus) {
        this.corpus = corpus;
    }

    /**
     * Extracts the candidate claims of {@code article}.
     *
     * @param published the publication date as written (for relative dates); null to take the front matter's, if any
     */
    public Extraction extract(ArticleText article, String published) throws TextRejected {
        String date = published != null ? published : article.header().published();
        DateValue anchor = anchor(article, date);
        List<Sentence> sentences = splitter.split(article);
        if (sentences.isEmpty()) {
            throw new TextRejected(new Problem(new Location(article.file(), article.firstLine(), 1),
                    "the text has no sentence: no line holds a word", "pass an article's text: prose, one paragraph per line"));
        }
        ValueFinder finder = new ValueFinder(anchor);
        // sentences are read independently, so they are spread over the cores (an editor waits for
        // the whole draft); the results are gathered in sentence order, so the draft is the same
        List<SentenceReading> readings = sentences.parallelStream().map(sentence -> read(sentence, finder)).toList();
        List<Candidate> candidates = new ArrayList<>();
        List<Extraction.Unfiled> unfiled = new ArrayList<>();
        readings.forEach(r -> {
            candidates.addAll(r.candidates());
            unfiled.addAll(r.unfiled());
        });
        String id = sourceId(article.file());
        for (int n = 2; corpus.hasSourceId(id); n++) {
            id = sourceId(article.file()) + "-" + n; // extracting an article the corpus already holds
        }
        return new Extraction(article, id, date, sentences, candidates, unfiled);
    }

    /** What one sentence gave: its candidates, and the values filed under no subject. */
    private record SentenceReading(List<Candidate> candidates, List<Extraction.Unfiled> unfiled) {
    }

    private SentenceReading read(Sentence sentence, ValueFinder finder) {
        List<Mention> mentions = corpus.mentions().find(sentence.text());
        Set<String> named = new HashSet<>();
        mentions.forEach(m -> named.add(m.entityId()));
        Set<String> seen = new HashSet<>();
        // values of one kind and unit in one sentence share their ranking
        Map<String, List<KeyMatch>> rankings = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        List<Extraction.Unfiled> unfiled = new ArrayList<>();
        List<FoundValue> values = finder.find(sentence.text());
        for (int i = 0; i < values.size(); i++) {
            FoundValue value = values.get(i);
            int previous = 0;
            for (int j = i - 1; j >= 0 && previous == 0; j--) {
                previous = filter(values.get(j)).equals(filter(value)) ? values.get(j).end() : 0;
            }
            int next = sentence.text().length();
            for (int j = i + 1; j < values.size() && next == sentence.text().length(); j++) {
                next = filter(values.get(j)).equals(filter(value)) ? values.get(j).start() : next;
            }
            int nextAny = i + 1 < values.size() ? values.get(i + 1).start() : sentence.text().length();
            List<KeyMatch> ranked = rankings.computeIfAbsent(filter(value), k -> corpus.keys().rank(sentence.text(), value.value(), named));
            Filing filing = candidate(sentence, value, new int[] {previous, next, nextAny}, mentions, ranked, values);
            if (filing.candidate() == null) {
                unfiled.add(new Extraction.Unfiled(sentence, value, filing.whyUnfiled()));
            } else if (seen.add(filing.candidate().key() + " " + value.written())) {
                candidates.add(filing.candidate());
            }
        }
        return new SentenceReading(candidates, unfiled);
    }

    private static DateValue anchor(ArticleText article, String published) throws TextRejected {
        if (published == null) {
            return null;
        }
        Parsed<DateValue> date = DateParser.parse(published, null);
        if (date instanceof Parsed.Failed<DateValue> failed) {
            throw new TextRejected(new Problem(Location.ofPath(article.file()), "the publication date '" + published
                    + "' cannot be read: " + failed.message(), "give it as YYYY-MM-DD (or an interval, 2024-05-22/2024-05-24)"));
        }
        return date.toOptional().orElseThrow();
    }

    /** The values a value competes with for keys: those of its kind, and for an amount, of its unit. */
    private static String filter(FoundValue value) {
        return value.value() instanceof org.crosscheck.model.QuantityValue q ? "quantity " + q.unit() : value.kind().label();
    }

    /** What became of one value: a candidate, or the reason it is filed under no subject. */
    private record Filing(Candidate candidate, String whyUnfiled) {
    }

    /**
     * @param bounds where the value's rivals of its kind and unit end before it and start after it, and
     *               where the next value of any kind starts
     */
    private Filing candidate(Sentence sentence, FoundValue value, int[] bounds, List<Mention> mentions, List<KeyMatch> ranked,
            List<FoundValue> values) {
        int previousValue = bounds[0];
        int nextValue = bounds[1];
        KeyMatch heldBack = null;
        if (!ranked.isEmpty() && fits(ranked.get(0)) && (ranked.get(0).mentioned() || !isBareNumberWord(value))) {
            KeyMatch best = ranked.get(0);
            if (isStrong(best, sentence.text(), value, previousValue, nextValue, mentions, values) || corpus.keys().agreesWith(best.key(), value.value())) {
                List<KeyMatch> runnersUp = ranked.subList(1, Math.min(ranked.size(), 1 + RUNNERS_UP));
                return new Filing(new Candidate(sentence, value, best.key(), false, best.score(), runnersUp,
                        quoteFor(sentence.text(), mentions, best.key(), value)), null);
            }
            heldBack = best;
        }
        Optional<Mention> nearest = mentions.stream().min(Comparator.comparingInt((Mention m) -> m.distanceTo(value.start(), value.end())));
        if (nearest.isEmpty() || isBareNumberWord(value)) {
            String why = heldBack != null ? "it reads most like " + heldBack.key() + " (" + String.format(Locale.ROOT, "%.2f", heldBack.score())
                    + "), but the sentence does not name " + heldBack.key().subject() + " with the words of its claims, and '"
                    + value.written() + "' does not meet that key's values"
                    : mentions.isEmpty() ? "the sentence names no entity of the corpus, and reads like no key of its "
                            + value.kind().label() + " values" : "no key reads like the sentence";
            return new Filing(null, why);
        }
        ClaimKey proposed = new ClaimKey(nearest.get().entityId(), proposedProperty(sentence.text().substring(0, bounds[2]), value));
        // a made-up name may be a key the corpus has; it is taken only on the evidence an existing key needs
        while (corpus.keys().contains(proposed)
                && !isStrong(new KeyMatch(proposed, 0, true, true), sentence.text(), value, previousValue, nextValue, mentions, values)
                && !corpus.keys().agreesWith(proposed, value.value())) {
            proposed = new ClaimKey(proposed.subject(), proposed.property() + "-new");
        }
        List<KeyMatch> runnersUp = ranked.subList(0, Math.min(ranked.size(), RUNNERS_UP));
        return new Filing(new Candidate(sentence, value, proposed, !corpus.keys().contains(proposed), 0, runnersUp,
                quote(sentence.text(), value, nearest), heldBack), null);
    }

    /**
     * Whether the match is strong enough to file a value that the key's values contradict, so that
     * the check reports an error. Both tests are made on the value's own stretch of the sentence: its
     * clause, cut at the neighbouring values ({@link #ownWords}), since a careful editor reads a number
     * with the words around it, not with the words of the other numbers ("claimed 39 lives and left
     * 361 injured": "injured" belongs to 361; "Labour won 412 seats, ..., the SNP 9": the SNP's 9).
     * <ul>
     * <li>the stretch names the key's subject (by one of its names, or by all the words of one);</li>
     * <li>it has a word that tells the key's property apart from the subject's other keys ("NATO ...
     * alliance of 30" for NATO's member count); and when the value is a count followed by the noun
     * it counts ("seven counts", "seven felony charges"), the key must count that noun
     * ({@link KeyIndex#countsWhat}): a count of charges is not an age, whatever else the clause says.</li>
     * </ul>
     * Naming the subject alone is not enough: "Major Non-NATO Ally" names NATO without being about
     * NATO's founding date. Anything weaker is filed under the key only when its value meets every
     * value the key holds, and is otherwise proposed apart, with the key it reads like in its note.
     */
    boolean isStrong(KeyMatch match, String sentence, FoundValue value, int previousValue, int nextValue, List<Mention> mentions,
            List<FoundValue> values) {
        KeyIndex keys = corpus.keys();
        // a name in a later clause that also holds the next value of the value's kind leads that value
        // ("40 bronze medals, narrowly surpassing China's total of 40 gold"), not the one before it; with
        // no such value, a name after a fronted phrase is the value's ("On August 23, ISRO landed ...")
        int end = nextValue < sentence.length() ? Math.max(value.end(), Math.min(nextValue, clause(sentence, value)[1])) : nextValue;
        String stretch = sentence.substring(previousValue, end);
        boolean subjectNamed = mentions.stream().anyMatch(m -> m.entityId().equals(match.key().subject())
                && m.start() >= previousValue && m.end() <= end) || keys.namesSubjectByWords(match.key(), stretch);
        if (!subjectNamed || !ownedBySubject(match, sentence, value, mentions)) {
            return false;
        }
        if (isInterval(sentence, value)) {
            return false;
        }
        Optional<String> measured = measuredNoun(sentence, value);
        if (measured.isPresent() && !keys.speaksOfProperty(match.key(), measured.get())
                && !List.of(match.key().property().split("-")).contains(measured.get())) {
            return false;
        }
        List<String> counted = countedNouns(sentence, value);
        String own = ownWords(sentence, value, ownStretch(sentence, value, previousValue, nextValue), values);
        if (AGGREGATE.matcher(own).find() && !AGGREGATE_PROPERTY.matcher(match.key().property()).find()) {
            return false;
        }
        return keys.speaksOfProperty(match.key(), own) && (counted.isEmpty() || keys.countsWhat(match.key(), counted));
    }

    /**
     * A value right after a proper name's possessive ("the Americans' 38", "Biles's 11") is that
     * name's: it is strong for a key only when the possessor is the key's subject. A lowercase word
     * ("it's", "the team's") owns nothing a reader could name.
     */
    private static boolean ownedBySubject(KeyMatch match, String sentence, FoundValue value, List<Mention> mentions) {
        Matcher m = POSSESSIVE.matcher(sentence.substring(0, value.start()));
        if (!m.find()) {
            return true;
        }
        return mentions.stream().anyMatch(x -> x.entityId().equals(match.key().subject()) && x.start() < m.end() && x.end() > m.start());
    }

    /**
     * A length of time followed by "after", "before", "since" or "later" ("35 days after the mission
     * was launched", "five months after Bankman-Fried was convicted") dates an event by another one:
     * it is the time between them, which says nothing about how long the subject's journey, sentence
     * or trial lasts. It is filed under a key only when it meets the key's values.
     */
    static boolean isInterval(String sentence, FoundValue value) {
        return value.value() instanceof org.crosscheck.model.DurationValue && INTERVAL.matcher(sentence).region(value.end(), sentence.length()).lookingAt();
    }

    /**
     * The noun a length of time written as an adjective measures ("a four-week trial", "a month-long
     * trial"): the key must speak of it, as a count's key must count its noun.
     */
    static Optional<String> measuredNoun(String sentence, FoundValue value) {
        if (!(value.value() instanceof org.crosscheck.model.DurationValue) || !value.written().contains("-")) {
            return Optional.empty();
        }
        Matcher m = COUNTED.matcher(sentence);
        int at = value.end();
        while (m.find(at) && m.group(1).equals("long")) { // "a 40-day long journey"
            at = m.end();
        }
        return m.find(at) && !NOT_NOUNS.contains(m.group(1)) ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The value's clause, cut at the end of the value before it and the start of the value after it,
     * and at a relative or reporting "that", "which" or "who": in "says he will not sign a bill that
     * was passed on Wednesday", Wednesday is when the bill was passed, and "sign" is not its word.
     */
    static int[] ownStretch(String sentence, FoundValue value, int previousValue, int nextValue) {
        int[] clause = clause(sentence, value);
        int start = Math.max(clause[0], Math.min(previousValue, value.start()));
        int end = Math.min(clause[1], Math.max(nextValue, value.end()));
        Matcher relative = RELATIVE.matcher(sentence).region(start, value.start());
        while (relative.find()) {
            start = relative.start();
        }
        relative = RELATIVE.matcher(sentence).region(value.end(), end);
        if (relative.find()) {
            end = relative.start();
        }
        // in a list ("195 in favour and 106 against", "24 gold medals and a total of 78"), the words
        // after the coordinator lead the next value and those before it follow the previous one
        if (previousValue > 0 && previousValue < value.start()) {
            Matcher and = COORDINATOR.matcher(sentence).region(Math.max(start, previousValue), value.start());
            if (and.find()) {
                start = Math.max(start, and.end());
            }
        }
        if (nextValue < sentence.length() && nextValue > value.end()) {
            Matcher and = COORDINATOR.matcher(sentence).region(value.end(), Math.min(end, nextValue));
            while (and.find()) {
                end = and.start();
            }
        }
        return new int[] {start, end};
    }

    /**
     * The words of the value's own stretch, the value's own words left out (so "four-week" does not
     * speak of weeks), and so are the other values in it with the nouns they count: in "Biles's 11
     * medals include seven gold medals", "gold" is said of the seven, not of the 11.
     */
    private static String ownWords(String sentence, FoundValue value, int[] own, List<FoundValue> values) {
        char[] words = sentence.substring(own[0], own[1]).toCharArray();
        for (FoundValue other : values) {
            int end = other == value ? value.end() : phraseEnd(sentence, other);
            for (int i = Math.max(other.start(), own[0]); i < Math.min(end, own[1]); i++) {
                words[i - own[0]] = ' ';
            }
        }
        return new String(words);
    }

    /** Where a value's phrase ends: after the value and, for a count, the nouns it counts ("seven counts"). */
    private static int phraseEnd(String sentence, FoundValue value) {
        return counted(sentence, value).end();
    }

    /**
     * The noun a count without a unit counts, as written right after it ("seven counts", "seven
     * felony charges": up to two words); none when a word such as "of" or a stop follows the number.
     */
    static List<String> countedNouns(String sentence, FoundValue value) {
        return counted(sentence, value).nouns();
    }

    /** The nouns a count counts, and where the last of them ends (the value's end when none). */
    private record Counted(List<String> nouns, int end) {
    }

    private static Counted counted(String sentence, FoundValue value) {
        if (!(value.value() instanceof org.crosscheck.model.QuantityValue q) || !q.unit().isEmpty()) {
            return new Counted(List.of(), value.end());
        }
        List<String> nouns = new ArrayList<>();
        Matcher m = COUNTED.matcher(sentence);
        int at = value.end();
        while (nouns.size() < 2 && m.find(at) && !NOT_NOUNS.contains(m.group(1))) {
            nouns.add(m.group(1));
            at = m.end();
        }
        return new Counted(nouns, at);
    }

    /**
     * Whether a key is taken: its subject is named in the sentence; or the sentence reads like it
     * well ({@link #MIN_RELATED_SCORE}) and names an entity its quotes name ("Ruto" for Ruto's state
     * visit); or the sentence reads like it very well ({@link #MIN_UNNAMED_SCORE}).
     */
    static boolean fits(KeyMatch match) {
        return match.mentioned() || match.related() && match.score() >= MIN_RELATED_SCORE || match.score() >= MIN_UNNAMED_SCORE;
    }

    /**
     * A count written as a word with no unit ("the two nations", "one key concern", "several issues"):
     * prose is full of them, and they are claims only where the corpus already keeps such a count, so
     * they are filed only under an existing key of a subject the sentence names, never under a key
     * that merely shares words or entities with the sentence, nor under a proposed property.
     */
    static boolean isBareNumberWord(FoundValue value) {
        return value.value() instanceof org.crosscheck.model.QuantityValue q && q.unit().isEmpty()
                && value.written().chars().noneMatch(Character::isDigit);
    }

    /**
     * The quote: the shortest span of the sentence holding the value and the subject's nearest name.
     * When the sentence does not name the subject, the span of the value's clause that holds the
     * value and every entity of the clause that the key's quotes name ("1,000 police officers to
     * Haiti" for the Haiti police mission), or the whole clause when it names none of them.
     */
    private String quoteFor(String sentence, List<Mention> mentions, ClaimKey key, FoundValue value) {
        Comparator<Mention> nearest = Comparator.comparingInt((Mention m) -> m.distanceTo(value.start(), value.end()));
        Optional<Mention> subject = mentions.stream().filter(m -> m.entityId().equals(key.subject())).min(nearest);
        if (subject.isPresent()) {
            return quote(sentence, value, subject);
        }
        int[] clause = clause(sentence, value);
        Set<String> related = corpus.keys().entitiesOf(key);
        int start = value.start();
        int end = value.end();
        boolean any = false;
        for (Mention m : mentions) {
            if (related.contains(m.entityId()) && m.start() >= clause[0] && m.end() <= clause[1]) {
                start = Math.min(start, m.start());
                end = Math.max(end, m.end());
                any = true;
            }
        }
        return any ? trimmed(sentence.substring(wordStart(sentence, start), wordEnd(sentence, end)), value)
                : trimmed(sentence.substring(clause[0], clause[1]), value);
    }

    /**
     * The shortest span of the sentence holding the value and the subject's name; when the sentence
     * does not name the subject, the clause that holds the value.
     */
    static String quote(String sentence, FoundValue value, Optional<Mention> subject) {
        if (subject.isPresent()) {
            int start = Math.min(subject.get().start(), value.start());
            int end = Math.max(subject.get().end(), value.end());
            return trimmed(sentence.substring(wordStart(sentence, start), wordEnd(sentence, end)), value);
        }
        int[] clause = clause(sentence, value);
        return trimmed(sentence.substring(clause[0], clause[1]), value);
    }

    /** The clause around the value: from the punctuation before it to the punctuation after it. */
    static int[] clause(String sentence, FoundValue value) {
        int start = value.start();
        while (start > 0 && !breaksClause(sentence, start - 1)) {
            start--;
        }
        int end = value.end();
        while (end < sentence.length() && !breaksClause(sentence, end)) {
            end++;
        }
        return new int[] {start, end};
    }

    /** A comma between digits groups thousands ("3,000 shares"); it ends no clause. */
    private static boolean breaksClause(String sentence, int at) {
        char c = sentence.charAt(at);
        if (c == ',' && at > 0 && at + 1 < sentence.length() && Character.isDigit(sentence.charAt(at - 1))
                && Character.isDigit(sentence.charAt(at + 1))) {
            return false;
        }
        return CLAUSE_BREAK.matcher(String.valueOf(c)).matches();
    }

    /** A name inside a hyphenated word ("NATO" in "Non-NATO") quotes the whole word. */
    private static int wordStart(String sentence, int at) {
        while (at > 1 && sentence.charAt(at - 1) == '-' && Character.isLetterOrDigit(sentence.charAt(at - 2))) {
            at -= 2;
            while (at > 0 && Character.isLetterOrDigit(sentence.charAt(at - 1))) {
                at--;
            }
        }
        return at;
    }

    private static int wordEnd(String sentence, int at) {
        while (at + 1 < sentence.length() && sentence.charAt(at) == '-' && Character.isLetterOrDigit(sentence.charAt(at + 1))) {
            at += 2;
            while (at < sentence.length() && Character.isLetterOrDigit(sentence.charAt(at))) {
                at++;
            }
        }
        return at;
    }

    private static String trimmed(String span, FoundValue value) {
        String quote = span.strip();
        while (!quote.isEmpty() && ".!?".indexOf(quote.charAt(quote.length() - 1)) >= 0
                && !value.written().endsWith(quote.substring(quote.length() - 1))) {
            quote = quote.substring(0, quote.length() - 1).strip();
        }
        return quote;
    }

    /**
     * A property name for a value no key fits: what a count counts ("police-officers"), read up to
     * the next value of the sentence, else the value's kind.
     */
    static String proposedProperty(String sentence, FoundValue value) {
        if (value.kind() == ValueKind.QUANTITY) {
            List<String> nouns = new ArrayList<>();
            Matcher m = NOUN.matcher(sentence);
            int at = value.end();
            while (nouns.size() < 2 && m.find(at) && !NOT_NOUNS.contains(m.group(1))) {
                nouns.add(m.group(1));
                at = m.end();
            }
            return nouns.isEmpty() ? "amount" : String.join("-", nouns);
        }
        return value.kind() == ValueKind.DURATION ? "duration" : "date";
    }

    /** The draft's source id, from the text's file name: "draft-" and its words, as ids are written. */
    static String sourceId(String file) {
        String name = Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return stem.isEmpty() ? "draft" : "draft-" + stem;
    }
}
