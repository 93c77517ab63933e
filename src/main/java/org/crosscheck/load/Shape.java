package org.crosscheck.load;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys one kind of mapping in a facts file accepts. The loader enforces these and a test
 * holds the published JSON Schema to the same lists, so the two cannot drift apart.
 *
 * @param name the schema definition this shape corresponds to
 */
public record Shape(String name, List<String> required, List<String> optional, Set<String> allowed) {

    /** @param allowed derived from the two lists once, since it is consulted for every key of every mapping */
    public Shape(String name, List<String> required, List<String> optional) {
        this(name, List.copyOf(required), List.copyOf(optional), allowedKeys(required, optional));
    }

    private static Set<String> allowedKeys(List<String> required, List<String> optional) {
        Set<String> all = new LinkedHashSet<>(required);
        all.addAll(optional);
        return java.util.Collections.unmodifiableSet(all);
    }
}
