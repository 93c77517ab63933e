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
public record Shape(String name, List<String> required, List<String> optional) {

    public Set<String> allowed() {
        Set<String> all = new LinkedHashSet<>(required);
        all.addAll(optional);
        return all;
    }
}
