package org.crosscheck.extract;

import org.crosscheck.model.ClaimKey;

/**
 * A corpus key and how much the sentence reads like it.
 *
 * @param score     BM25 of the sentence against the key's quotes and records, raised when the
 *                  sentence names the key's subject
 * @param mentioned whether the sentence names the key's subject
 * @param related   whether the key's subject, or an entity its quotes name, is named in the sentence
 */
public record KeyMatch(ClaimKey key, double score, boolean mentioned, boolean related) {
}
