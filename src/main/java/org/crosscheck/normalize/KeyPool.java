package org.crosscheck.normalize;

import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.model.ClaimKey;

/**
 * One {@link ClaimKey} instance per key, shared by every claim about it. Each claim's key is read
 * from its own file into new strings; kept that way, a million claims hold a million copies of a
 * hundred thousand keys, and every map that groups claims by key (the engine's groups, the agreement
 * matrix, the reports) compares their text. Shared, the copies are garbage at once and equal keys
 * are identical. Safe to use from the threads that normalize sources side by side.
 */
final class KeyPool {

    private final ConcurrentHashMap<ClaimKey, ClaimKey> keys = new ConcurrentHashMap<>();

    /** The pool's instance equal to {@code key}: the first one it was given. */
    ClaimKey canonical(ClaimKey key) {
        // most keys are already pooled: a plain read takes no lock and counts nothing
        ClaimKey kept = keys.get(key);
        if (kept == null) {
            kept = keys.putIfAbsent(key, key);
        }
        return kept == null ? key : kept;
    }
}
