package org.crosscheck.extract;

/**
 * One sentence of an article.
 *
 * @param index the sentence's number in the article, from 1
 * @param start where it starts in the article's body
 * @param line  the line of the text file it starts on
 */
public record Sentence(int index, String text, int start, int line) {
}
