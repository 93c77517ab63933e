package org.crosscheck.model;

import java.util.List;

/** Everything the rules see: typed, normalized, with aliases resolved. */
public record Corpus(
        List<Source> sources,
        List<Entity> entities,
        List<Claim> claims,
        List<ReferenceRecord> references,
        List<ExchangeRate> rates,
        List<Waiver> waivers) {

    public Corpus {
        sources = List.copyOf(sources);
        entities = List.copyOf(entities);
        claims = List.copyOf(claims);
        references = List.copyOf(references);
        rates = List.copyOf(rates);
        waivers = List.copyOf(waivers);
    }
}
