package org.crosscheck.extract;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * Searches the key index's words kept apart by kind of value ({@code text@unit:USD}) and scores them
 * with the statistics of the whole corpus's field ({@code text}). A word's weight then does not depend
 * on how many keys of the sentence's kind the corpus has: the scores, and so the suggested keys, are
 * those a filter on the kind over one field gives, while a query walks only the keys of its kind.
 */
final class KindSearcher extends IndexSearcher {

    /** The field naming the kinds each key may be asked for (a filter for the named subjects' keys). */
    static final String KINDS = "kinds";
    private static final char SEPARATOR = '@';

    KindSearcher(IndexReader reader) {
        super(reader);
        setSimilarity(new BM25Similarity());
    }

    /** The field holding {@code field}'s content for the keys of {@code kind}. */
    static String field(String field, String kind) {
        return field + SEPARATOR + kind;
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        String whole = wholeField(term.field());
        if (whole.equals(term.field())) {
            return super.termStatistics(term, docFreq, totalTermFreq);
        }
        Term inWhole = new Term(whole, term.bytes());
        return new TermStatistics(term.bytes(), getIndexReader().docFreq(inWhole), getIndexReader().totalTermFreq(inWhole));
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
        return super.collectionStatistics(wholeField(field));
    }

    private static String wholeField(String field) {
        int at = field.indexOf(SEPARATOR);
        return at < 0 ? field : field.substring(0, at);
    }
}
