package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.crosscheck.load.FactsLoader;
import org.crosscheck.model.Claim;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.Problem;
import org.crosscheck.support.FactsDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormalizerTest {

    @TempDir
    Path dir;

    private NormalizedFacts normalize(FactsDir facts) throws Exception {
        return new Normalizer().normalize(new FactsLoader().load(facts.root()));
    }

    @Test
    void resolvesAliasesAndAnchorsRelativeDatesToThePublicationDate() throws Exception {
        FactsDir facts = new FactsDir(dir).file("entities.yaml", FactsDir.ENTITIES).file("sources/a.yaml",
                FactsDir.source("a", "2025-07-15", FactsDir.claim("a-1", "the Acme deal", "signing-date", "date",
                        "earlier this year", "signed earlier this year")));

        NormalizedFacts result = normalize(facts);

        assertThat(result.problems()).isEmpty();
        Claim claim = result.corpus().claims().get(0);
        assertThat(claim.key().subject()).isEqualTo("acme-deal");
        DateValue value = (DateValue) claim.value();
        assertThat(value.describe()).isEqualTo("2025-01-01..2025-07-15 (earlier this year, published 2025-07-15)");
    }

    @Test
    void claimsAboutOneKeyShareOneKeyInstanceAcrossSources() throws Exception {
        FactsDir facts = new FactsDir(dir).file("entities.yaml", FactsDir.ENTITIES)
                .file("sources/a.yaml", FactsDir.source("a", null,
                        FactsDir.claim("a-1", "the Acme deal", "signing-date", "date", "2024", "in 2024")
                                + FactsDir.claim("a-2", "acme-deal", "value", "date", "2024", "in 2024")))
                .file("sources/b.yaml", FactsDir.source("b", null,
                        FactsDir.claim("b-1", "acme-deal", "signing-date", "date", "2024", "in 2024")));

        var claims = normalize(facts).corpus().claims();

        assertThat(claims).extracting(Claim::id).containsExactly("a-1", "a-2", "b-1");
        assertThat(claims.get(2).key()).isSameAs(claims.get(0).key());
        assertThat(claims.get(1).key()).isNotEqualTo(claims.get(0).key());
    }

    @Test
    void rejectsClaimsWithProblemsAndTheAccountsStillReconcile() throws Exception {
        FactsDir facts = new FactsDir(dir).file("entities.yaml", FactsDir.ENTITIES).file("sources/a.yaml",
                FactsDir.source("a", null,
                        FactsDir.claim("ok", "acme-deal", "signing-date", "date", "2024", "in 2024")
                                + FactsDir.claim("unknown-subject", "acme-dael", "signing-date", "date", "2024", "q")
                                + FactsDir.claim("relative", "acme-deal", "signing-date", "date", "last year", "q")
                                + FactsDir.claim("impossible", "acme-deal", "signing-date", "date", "2024-02-30", "q")
                                + FactsDir.claim("bad-property", "acme-deal", "Signing Date", "date", "2024", "q")
                                + "  - id: no-quote\n    subject: acme-deal\n    property: p\n    value: {date: \"2024\"}\n"));

        NormalizedFacts result = normalize(facts);

        assertThat(result.accounting().loaded()).isEqualTo(6);
        assertThat(result.accounting().checked()).isEqualTo(2);
        assertThat(result.accounting().rejected()).isEqualTo(4);
        assertThat(result.problems()).extracting(Problem::message).containsExactlyInAnyOrder(
                "a claim is missing the required key 'quote'",
                "subject: unknown entity 'acme-dael'",
                "date: 2024-02-30 is not a date: February 2024 has 29 days",
                "property 'Signing Date' is not a lower-case-hyphenated name");
        assertThat(result.corpus().claims()).filteredOn(c -> c.id().equals("relative")).singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualTo(new org.crosscheck.model.UnresolvedDate("last year")));
        assertThat(result.problems()).filteredOn(p -> p.message().contains("acme-dael")).singleElement()
                .satisfies(p -> assertThat(p.hint()).startsWith("did you mean 'acme-deal'?"));
        assertThat(result.problems()).filteredOn(p -> p.message().contains("2024-02-30")).singleElement()
                .satisfies(p -> assertThat(p.location().toString()).endsWith("sources/a.yaml:24:19"));
    }

    @Test
    void anAliasThatNamesTwoEntitiesIsAProblem() throws Exception {
        FactsDir facts = new FactsDir(dir).file("entities.yaml", """
                entities:
                  - id: sgr
                    type: project
                    name: Standard Gauge Railway
                    aliases: [the railway]
                  - id: old-line
                    type: project
                    name: Old line
                    aliases: [The Railway]
                """).file("sources/a.yaml", FactsDir.source("a", null, ""));

        assertThat(normalize(facts).problems()).extracting(Problem::message)
                .containsExactly("the alias 'The Railway' of 'old-line' already names 'sgr'");
    }
}
