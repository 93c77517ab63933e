package org.crosscheck.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Entity;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.model.UnresolvedDate;
import org.crosscheck.model.Value;
import org.crosscheck.model.ValueKind;
import org.crosscheck.normalize.Compare;

/**
 * The corpus's keys in an in-memory Apache Lucene index, one document per key (subject and property):
 * the quotes of its claims, the documents its reference records cite, its property's words and its
 * subject's names. A sentence is ranked against them by BM25, among the keys whose values are of the
 * kind found; built once per corpus, then read by every sentence.
 */
public final class KeyIndex {

    /** A key named in the sentence scores this much more: the subject is the strongest evidence there is. */
    static final double MENTION_WEIGHT = 1.5;
    /** How many keys a query looks at; the runner-ups come from these. */
    static final int TOP = 20;
    /** The index writer's buffer: the million-claim corpus's keys (their quotes' words) fit in it. */
    static final double WRITE_BUFFER_MB = 256;

    private static final String SUBJECT = "subject";
    private static final String PROPERTY = "property";
    private static final String TEXT = "text";
    private static final String ENTITY = "entity";
    private static final String KIND_PREFIX = "kind:";
    private static final String UNIT_PREFIX = "unit:";
    /** How much a corpus entity named both in the sentence and in a key's quotes counts, against one shared word. */
    static final float ENTITY_BOOST = 2f;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    /**
     * Closed-class words (pronouns, auxiliaries, prepositions, conjunctions, determiners) and the
     * verbs of reporting: every kind of claim is written with them, so sharing one with a key's
     * quotes ("held him responsible", "before finding") says nothing of which property a value gives.
     */
    private static final List<String> FUNCTION_WORDS = List.of(
            "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "hers", "it", "its",
            "they", "them", "their", "theirs", "this", "that", "these", "those", "who", "whom", "whose", "which", "what",
            "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did",
            "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "because", "while",
            "when", "where", "whether", "of", "in", "on", "at", "by", "for", "with", "without", "from", "to", "into",
            "onto", "upon", "about", "above", "below", "over", "under", "after", "before", "since", "until", "during",
            "between", "among", "through", "against", "across", "around", "near", "off", "out", "up", "down",
            "all", "any", "both", "each", "every", "some", "such", "no", "not", "only", "own", "same", "other",
            "more", "most", "less", "least", "also", "just", "very", "even", "still", "here", "there", "now",
            "say", "says", "said", "saying", "told", "tell", "tells", "according", "reported", "reports", "added");
    private final IndexSearcher searcher;
    private final Map<String, Set<ClaimKey>> keysBySubject = new HashMap<>();
    private final Map<ClaimKey, Set<String>> entitiesByKey = new HashMap<>();
    /** The values each key already holds, from its claims and records: what a suggested value would be checked against. */
    private final Map<ClaimKey, List<Value>> valuesByKey = new HashMap<>();
    /** The words that tell each key's property apart from its subject's other keys of its kind (distinctiveWords). */
    private final Map<ClaimKey, Set<String>> propertyWordsByKey = new HashMap<>();
    /** The words of each subject's names, one set per name. */
    private final Map<String, List<Set<String>>> subjectNameWords = new HashMap<>();
    /** The keys whose subject's name says their property ("the state visit" for its date): naming the subject is enough. */
    private final Set<ClaimKey> nameSaysProperty = new java.util.HashSet<>();
    /** The claims of each key without a unit, whose quotes say what their counts count (read on demand). */
    private final Map<ClaimKey, List<Claim>> countClaimsByKey = new HashMap<>();
    /** What each key's counts count, as its quotes write them; empty when no quote has a noun after its count. */
    private final Map<ClaimKey, Optional<Set<String>>> countedByKey = new java.util.concurrent.ConcurrentHashMap<>();
    private final int size;

    /** What the index holds for one key, gathered before it is written. */
    private static final class Profile {
        final Set<ValueKind> kinds = EnumSet.noneOf(ValueKind.class);
        final Set<String> units = new java.util.TreeSet<>();
        final Set<String> entities = new java.util.TreeSet<>();
        final StringBuilder text = new StringBuilder();
        final List<Value> values = new ArrayList<>();

        /** The kinds a query may ask this key for: its currencies and units for amounts, else its kinds of value. */
        List<String> searchKinds() {
            List<String> searched = new ArrayList<>();
            kinds.stream().filter(kind -> kind != ValueKind.QUANTITY).forEach(kind -> searched.add(KIND_PREFIX + kind.label()));
            units.forEach(unit -> searched.add(UNIT_PREFIX + unit));
            return searched;
        }

        void add(Value value) {
            values.add(value);
            kinds.add(value instanceof UnresolvedDate ? ValueKind.DATE : value.kind());
            if (value instanceof QuantityValue q) {
                units.add(unitTerm(q));
            }
        }
    }

    /**
     * @param mentions finds the entities a quote names, so that a sentence naming the same entity by
     *                 another of its names ("Washington", "the United States") reads like it
     */
    public KeyIndex(Collection<Claim> claims, Collection<ReferenceRecord> references, Collection<Entity> entities,
            EntityMentions mentions) {
        Map<String, Entity> byId = new HashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        Map<ClaimKey, Profile> profiles = new TreeMap<>();
        for (Claim claim : claims) {
            Profile p = profiles.computeIfAbsent(claim.key(), k -> new Profile());
            p.add(claim.value());
            p.text.append(claim.quote()).append('\n');
            if (claim.value() instanceof QuantityValue q && q.unit().isEmpty()) {
                countClaimsByKey.computeIfAbsent(claim.key(), k -> new ArrayList<>()).add(claim);
            }
            mentions.find(claim.quote()).forEach(m -> p.entities.add(m.entityId()));
        }
        for (ReferenceRecord record : references) {
            Profile p = profiles.computeIfAbsent(record.key(), k -> new Profile());
            p.add(record.value());
            p.text.append(record.citation().document()).append('\n');
        }
        // the words of every name in the corpus say who or where, not which property: "Washington" in
        // "The North Atlantic Treaty, signed in Washington D.C." is no sign of NATO's founding date
        Set<String> allNameWords = new java.util.HashSet<>();
        entities.forEach(e -> nameWords(e.id(), e).forEach(allNameWords::addAll));
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            // The index is written once and then only searched, by every sentence of every draft: one
            // segment makes each query one term lookup and one posting walk per term, where several
            // segments (16 MB of buffer at a time, at a million claims) each need their own; a larger
            // buffer means fewer flushes to merge while building. The buffer is given back afterwards.
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity())
                    .setRAMBufferSizeMB(WRITE_BUFFER_MB);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Map.Entry<ClaimKey, Profile> entry : profiles.entrySet()) {
                    ClaimKey key = entry.getKey();
                    keysBySubject.computeIfAbsent(key.subject(), s -> new LinkedHashSet<>()).add(key);
                    entitiesByKey.put(key, Set.copyOf(entry.getValue().entities));
                    valuesByKey.put(key, List.copyOf(entry.getValue().values));
                    List<Set<String>> names = subjectNameWords.computeIfAbsent(key.subject(), id -> nameWords(id, byId.get(id)));
                    if (nameSays(key, names)) {
                        nameSaysProperty.add(key);
                    }
                    writer.addDocument(document(key, entry.getValue(), byId.get(key.subject())));
                }
                writer.forceMerge(1);
            }
            distinctiveWords(profiles, allNameWords);
            searcher = new KindSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory key index", e);
        }
        size = profiles.size();
    }

    private static Document document(ClaimKey key, Profile profile, Entity subject) {
        Document doc = new Document();
        doc.add(new StringField(SUBJECT, key.subject(), Field.Store.YES));
        doc.add(new StoredField(PROPERTY, key.property()));
        profile.entities.forEach(id -> doc.add(new StringField(ENTITY, id, Field.Store.YES)));
        StringBuilder text = new StringBuilder(profile.text);
        text.append(key.property().replace('-', ' ')).append('\n').append(key.subject().replace('-', ' ')).append('\n');
        if (subject != null) {
            text.append(subject.name()).append('\n');
            subject.aliases().forEach(a -> text.append(a).append('\n'));
        }
        // TEXT and ENTITY give the whole corpus's statistics (see KindSearcher); the same words again
        // under each kind the key holds are what a query searches
        doc.add(new TextField(TEXT, text.toString(), Field.Store.NO));
        for (String kind : profile.searchKinds()) {
            doc.add(new StringField(KindSearcher.KINDS, kind, Field.Store.NO));
            doc.add(new TextField(KindSearcher.field(TEXT, kind), text.toString(), Field.Store.NO));
            profile.entities.forEach(id -> doc.add(new StringField(KindSearcher.field(ENTITY, kind), id, Field.Store.NO)));
        }
        return doc;
    }

    /**
     * The words that tell each key's property apart: the words of its quotes and documents that are
     * no entity's name and appear in no other key of its subject with a value of the same kind, and
     * the words of its property name that no such sibling's name has. "Voted against" tells the noes
     * of a vote from its ayes only where the ayes' quotes lack it; where both quote the same sentence
     * ("195 in favour, 106 against"), neither key has it, and a match on either is weak.
     */
    private void distinctiveWords(Map<ClaimKey, Profile> profiles, Set<String> allNameWords) {
        Map<ClaimKey, Set<String>> textWords = new HashMap<>();
        Map<ClaimKey, Set<String>> nameWords = new HashMap<>();
        Set<String> functionWords = new java.util.HashSet<>(terms(String.join(" ", FUNCTION_WORDS)));
        profiles.forEach((key, profile) -> {
            Set<String> words = new java.util.HashSet<>(terms(profile.text.toString()));
            words.removeAll(allNameWords);
            words.removeAll(functionWords);
            words.removeAll(namesOnly(profile.text.toString()));
            words.removeIf(w -> w.chars().anyMatch(Character::isDigit));
            textWords.put(key, words);
            nameWords.put(key, new java.util.HashSet<>(terms(key.property().replace('-', ' '))));
        });
        for (Map.Entry<ClaimKey, Profile> entry : profiles.entrySet()) {
            ClaimKey key = entry.getKey();
            Set<String> text = new java.util.HashSet<>(textWords.get(key));
            Set<String> name = new java.util.HashSet<>(nameWords.get(key));
            for (ClaimKey sibling : keysBySubject.getOrDefault(key.subject(), Set.of())) {
                if (!sibling.equals(key) && !java.util.Collections.disjoint(profiles.get(sibling).kinds, entry.getValue().kinds)) {
                    text.removeAll(textWords.get(sibling));
                    name.removeAll(nameWords.get(sibling));
                }
            }
            text.addAll(name);
            propertyWordsByKey.put(key, Set.copyOf(text));
        }
    }

    /**
     * The words the text writes only with a capital inside a sentence: names of people, places and
     * days ("Manhattan", "Wednesday"), which say where or when the key's quotes were set, not which
     * property they give. A word also written in lower case ("Parliament", "parliament") is kept.
     */
    private Set<String> namesOnly(String text) {
        // the words are gathered first and analysed in one pass each: the index is built once per
        // corpus, and a token stream per word cost a pass over every quote's words
        StringBuilder capitalised = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        for (String line : text.split("\n")) {
            Matcher word = WORD.matcher(line);
            boolean first = true;
            while (word.find()) {
                String w = word.group();
                boolean sentenceStart = first || line.substring(0, word.start()).stripTrailing().endsWith(".");
                first = false;
                if (Character.isUpperCase(w.charAt(0))) {
                    if (!sentenceStart) {
                        capitalised.append(w).append(' ');
                    }
                } else {
                    lower.append(w).append(' ');
                }
            }
        }
        Set<String> names = new java.util.HashSet<>(terms(capitalised.toString()));
        names.removeAll(terms(lower.toString()));
        return names;
    }

    /**
     * Whether the property is only "date", or its other words are words of the subject's names
     * ("designation-date" of "Kenya's Major Non-NATO Ally designation"): an event's or a status's
     * date, which a sentence naming it gives. "founding-date" of "NATO" is not: NATO's name says
     * nothing of a founding.
     */
    private boolean nameSays(ClaimKey key, List<Set<String>> names) {
        Set<String> words = new java.util.HashSet<>(terms(key.property().replace('-', ' ')));
        words.remove("date");
        return names.stream().anyMatch(n -> n.containsAll(words)) || words.isEmpty() && !names.isEmpty();
    }

    /** The words of each of the entity's names (its id, name and aliases), as the analyzer reduces them. */
    private List<Set<String>> nameWords(String id, Entity entity) {
        List<Set<String>> names = new ArrayList<>();
        names.add(Set.copyOf(terms(id.replace('-', ' '))));
        if (entity != null) {
            names.add(Set.copyOf(terms(entity.name())));
            entity.aliases().forEach(a -> names.add(Set.copyOf(terms(a))));
        }
        names.removeIf(Set::isEmpty);
        return List.copyOf(names);
    }

    /**
     * Whether the sentence names the key's subject by all the words of one of its names, in any
     * order or inflection ("designate Kenya as a Major Non-NATO Ally" names "Kenya's Major Non-NATO
     * Ally designation"), which the exact-name search of {@link EntityMentions} does not find.
     */
    public boolean namesSubjectByWords(ClaimKey key, String sentence) {
        List<Set<String>> names = subjectNameWords.getOrDefault(key.subject(), List.of());
        if (names.isEmpty()) {
            return false;
        }
        Set<String> words = new java.util.HashSet<>(terms(sentence));
        return names.stream().anyMatch(words::containsAll);
    }

    /**
     * Whether the sentence shares a word that tells the key's property apart (distinctiveWords), or
     * the subject's name says the property: naming NATO says the sentence is about NATO, not that it
     * gives NATO's founding date, and "106 against" is no more the noes than the ayes when both keys
     * quote it.
     */
    public boolean speaksOfProperty(ClaimKey key, String sentence) {
        if (nameSaysProperty.contains(key)) {
            return true;
        }
        Set<String> words = propertyWordsByKey.getOrDefault(key, Set.of());
        return terms(sentence).stream().anyMatch(words::contains);
    }

    /**
     * Whether a count followed by the noun it counts ("seven counts") can be one of the key's values:
     * the key's property name has the noun ("32 members" for a member count), or the key's quotes,
     * where extraction finds their own count, put one of the same nouns after it ("30 countries").
     * A key whose quotes write their counts bare ("Bankman-Fried, 31,") does not count charges; a key
     * none of whose quotes can be read that way (a record's document, say) is not judged here.
     */
    public boolean countsWhat(ClaimKey key, List<String> counted) {
        Optional<Set<String>> nouns = countedByKey.computeIfAbsent(key, this::countedNouns);
        if (nouns.isEmpty()) {
            return true;
        }
        List<String> words = terms(String.join(" ", counted));
        List<String> name = terms(key.property().replace('-', ' '));
        return words.stream().anyMatch(w -> nouns.get().contains(w) || name.contains(w));
    }

    /** The nouns after the key's own counts in its quotes; none when no quote's count could be found. */
    private Optional<Set<String>> countedNouns(ClaimKey key) {
        Set<String> nouns = new java.util.HashSet<>();
        boolean located = false;
        ValueFinder finder = new ValueFinder(null);
        for (Claim claim : countClaimsByKey.getOrDefault(key, List.of())) {
            for (FoundValue found : finder.find(claim.quote())) {
                if (found.value() instanceof QuantityValue q && q.unit().isEmpty()
                        && Compare.relation(found.value(), claim.value()) == org.crosscheck.normalize.Relation.EQUAL) {
                    located = true;
                    nouns.addAll(terms(String.join(" ", Extractor.countedNouns(claim.quote(), found))));
                }
            }
        }
        return located ? Optional.of(nouns) : Optional.empty();
    }

    /**
     * Whether {@code value} can be true together with every value the key holds (claims and
     * records), so that filing it there can raise no conflict; false for a key with no such value
     * to compare.
     */
    public boolean agreesWith(ClaimKey key, Value value) {
        List<Value> values = valuesByKey.getOrDefault(key, List.of());
        return !values.isEmpty() && values.stream().allMatch(v -> Compare.relation(value, v).isCompatible());
    }

    /** How many keys the index holds. */
    public int size() {
        return size;
    }

    /**
     * The entities the key's quotes name. Not those its records' documents name: a document's title
     * names where it was signed ("signed in Washington D.C."), and tying the key to that place filed
     * a state visit's date under NATO's founding date.
     */
    public Set<String> entitiesOf(ClaimKey key) {
        return entitiesByKey.getOrDefault(key, Set.of());
    }

    /** Whether the corpus has this key. */
    public boolean contains(ClaimKey key) {
        return keysBySubject.getOrDefault(key.subject(), Set.of()).contains(key);
    }

    /**
     * The keys holding values of the kind found (for an amount, in its unit: a currency, a percentage,
     * or none), best first, as {@code sentence} reads like them; keys of the subjects in {@code mentioned}
     * are all offered, the rest only when the sentence shares words or named entities with them.
     */
    public List<KeyMatch> rank(String sentence, Value value, Set<String> mentioned) {
        List<String> terms = terms(sentence);
        Map<ClaimKey, KeyMatch> matches = new HashMap<>();
        try {
            String kind = value instanceof QuantityValue q ? UNIT_PREFIX + unitTerm(q) : KIND_PREFIX + value.kind().label();
            if (!terms.isEmpty() || !mentioned.isEmpty()) {
                collect(query(terms, mentioned, kind, null), matches, mentioned);
            }
            if (!mentioned.isEmpty()) {
                Query subjects = new TermInSetQuery(SUBJECT, mentioned.stream().map(BytesRef::new).toList());
                collect(query(terms, mentioned, kind, subjects), matches, mentioned);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the in-memory key index", e);
        }
        List<KeyMatch> ranked = new ArrayList<>(matches.values());
        ranked.sort(Comparator.comparingDouble(KeyMatch::score).reversed().thenComparing(KeyMatch::key));
        return ranked;
    }

    /** An amount's unit as the index keeps it: its currency code, "%", or "none" for a count. */
    static String unitTerm(QuantityValue value) {
        return value.unit().isEmpty() ? "none" : value.unit();
    }

    /**
     * The sentence's words and entities searched among the keys of one kind. Without {@code subjects}
     * it is a plain disjunction, which Lucene answers by skipping the keys that only share common words
     * with the sentence; a filter on the kind instead made it walk every key of the kind, and at a
     * million claims that was most of a draft's time in the desk.
     */
    private static Query query(List<String> terms, Set<String> mentioned, String kind, Query subjects) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String term : new LinkedHashSet<>(terms)) {
            words.add(new TermQuery(new Term(KindSearcher.field(TEXT, kind), term)), BooleanClause.Occur.SHOULD);
        }
        for (String id : mentioned) {
            words.add(new BoostQuery(new TermQuery(new Term(KindSearcher.field(ENTITY, kind), id)), ENTITY_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        if (subjects == null) {
            return words.build();
        }
        // every key of a named subject that holds the kind, scored by the words it shares (if any)
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(subjects, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(KindSearcher.KINDS, kind)), BooleanClause.Occur.FILTER);
        if (!terms.isEmpty() || !mentioned.isEmpty()) {
            query.add(words.build(), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private void collect(Query query, Map<ClaimKey, KeyMatch> matches, Set<String> mentioned) throws IOException {
        org.apache.lucene.index.StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(query, TOP).scoreDocs) {
            Document doc = stored.document(hit.doc);
            ClaimKey key = new ClaimKey(doc.get(SUBJECT), doc.get(PROPERTY));
            boolean named = mentioned.contains(key.subject());
            boolean related = named || java.util.Arrays.stream(doc.getValues(ENTITY)).anyMatch(mentioned::contains);
            double score = named ? hit.score * MENTION_WEIGHT + MENTION_WEIGHT : hit.score;
            matches.merge(key, new KeyMatch(key, score, named, related), (a, b) -> a.score() >= b.score() ? a : b);
        }
    }

    private List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
