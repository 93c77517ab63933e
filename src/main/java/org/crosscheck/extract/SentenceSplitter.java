package org.crosscheck.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits an article into sentences with Apache OpenNLP's sentence detector and its English model
 * (trained on the Universal Dependencies English Web Treebank), which has learnt that the full stops
 * of "U.S." and "Sh." rarely end a sentence. Each line is a paragraph of its own: a headline or a
 * "Read More" link never runs into the next paragraph.
 */
public final class SentenceSplitter {

    /** The model jar names its model file in this resource. */
    private static final String MODEL_PROPERTIES = "/model.properties";

    private static volatile SentenceModel model;

    private final SentenceDetectorME detector = new SentenceDetectorME(model());

    /** The model, read once per process: it is immutable and takes a tenth of a second to read. */
    static SentenceModel model() {
        SentenceModel loaded = model;
        if (loaded == null) {
            synchronized (SentenceSplitter.class) {
                if (model == null) {
                    model = read();
                }
                loaded = model;
            }
        }
        return loaded;
    }

    private static SentenceModel read() {
        try (InputStream props = SentenceSplitter.class.getResourceAsStream(MODEL_PROPERTIES)) {
            if (props == null) {
                throw new IllegalStateException("the OpenNLP English sentence model is not on the class path");
            }
            Properties p = new Properties();
            p.load(props);
            String file = "/" + p.getProperty("model.name");
            try (InputStream in = SentenceSplitter.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("the OpenNLP model " + file + " is not on the class path");
                }
                return new SentenceModel(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP sentence model", e);
        }
    }

    /** A short capitalised word and its full stop at the end of a sentence: "Sh.", "Ksh.", "Gen.", "No.". */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?<![\\p{L}.])\\p{Lu}\\p{Ll}{0,3}\\.$");

    /**
     * The model's sentences, with a break undone where the model ended a sentence at an
     * abbreviation's full stop and what follows starts with a figure or a small letter ("Sh. 50
     * billion"), which no sentence of edited English starts with: news style spells out a number
     * that would open a sentence.
     */
    static List<int[]> joined(String paragraph, Span[] spans) {
        List<int[]> out = new ArrayList<>();
        for (Span span : spans) {
            int[] current = {span.getStart(), span.getEnd()};
            if (!out.isEmpty()) {
                int[] previous = out.get(out.size() - 1);
                String before = paragraph.substring(previous[0], previous[1]).strip();
                String after = paragraph.substring(current[0], current[1]).strip();
                if (ABBREVIATION_END.matcher(before).find() && !after.isEmpty()
                        && (Character.isDigit(after.charAt(0)) || Character.isLowerCase(after.charAt(0)))) {
                    previous[1] = current[1];
                    continue;
                }
            }
            out.add(current);
        }
        return out;
    }

    /** The sentences of {@code article}, in order; text without a letter or digit (a rule, a dash) is no sentence. */
    public List<Sentence> split(ArticleText article) {
        String body = article.body();
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= body.length()) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = body.length();
            }
            String paragraph = body.substring(lineStart, lineEnd);
            if (!paragraph.isBlank()) {
                for (int[] span : joined(paragraph, detector.sentPosDetect(paragraph))) {
                    String text = paragraph.substring(span[0], span[1]).strip();
                    if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
                        int start = lineStart + paragraph.indexOf(text, span[0]);
                        sentences.add(new Sentence(sentences.size() + 1, text, start, article.lineOf(start)));
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }
}
