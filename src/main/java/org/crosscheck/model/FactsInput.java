package org.crosscheck.model;

import java.util.List;

/**
 * What the loader read from a facts directory: structurally valid pieces and every problem found.
 *
 * @param claimsRead claim entries seen in all source files, including rejected ones
 */
public record FactsInput(
        List<RawSource> sources,
        List<Entity> entities,
        List<RawReference> references,
        List<RawRate> rates,
        List<RawWaiver> waivers,
        List<Problem> problems,
        int claimsRead) {

    public FactsInput {
        sources = List.copyOf(sources);
        entities = List.copyOf(entities);
        references = List.copyOf(references);
        rates = List.copyOf(rates);
        waivers = List.copyOf(waivers);
        problems = List.copyOf(problems);
    }
}
