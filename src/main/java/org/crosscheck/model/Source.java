package org.crosscheck.model;

import java.util.Optional;

/**
 * One article (or draft) that claims come from.
 *
 * @param textFile the article's text file name, looked up in the texts directory to verify quotes; may be null
 * @param url      where the article is published; may be null
 * @param publication when it was published; null when unknown, and then relative dates cannot be resolved
 */
public record Source(
        String id,
        String title,
        String outlet,
        String url,
        String textFile,
        Publication publication,
        SourceStatus status,
        Location location) implements java.io.Serializable {

    public Optional<Publication> published() {
        return Optional.ofNullable(publication);
    }

    public boolean isDraft() {
        return status == SourceStatus.DRAFT;
    }
}
