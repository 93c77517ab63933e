package org.crosscheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.load.FactsLoader;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.FailOn;
import org.crosscheck.model.Finding;
import org.crosscheck.model.KeyCoverage;
import org.crosscheck.model.Source;
import org.crosscheck.normalize.NormalizedFacts;
import org.crosscheck.normalize.Normalizer;
import org.crosscheck.pipeline.CheckPipeline;
import org.crosscheck.pipeline.CheckRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facts shipped in facts/: complete, exact, and giving the findings the README shows. */
class BundledCorpusTest {

    static final Path FACTS = Path.of("facts");
    static final Path SEEDS = Path.of("..", "shared", "seeds");

    static NormalizedFacts facts;
    static CheckResult result;

    @BeforeAll
    static void check() throws Exception {
        facts = new Normalizer().normalize(new FactsLoader().load(FACTS));
        result = new CheckPipeline().check(CheckRequest.of(FACTS, Path.of("rules")));
    }

    @Test
    void loadsWithNoProblemsAndEveryClaimIsChecked() {
        assertThat(facts.problems()).isEmpty();
        assertThat(facts.corpus().sources()).hasSize(5);
        assertThat(facts.accounting().loaded()).isGreaterThan(60);
        assertThat(facts.accounting().checked()).isEqualTo(facts.accounting().loaded());
    }

    @Test
    void everySourceNamesItsTextAndHowItsDateIsKnown() {
        for (Source source : facts.corpus().sources()) {
            assertThat(source.textFile()).as(source.id()).matches("\\d{3}_[0-9a-f]{16}\\.txt");
            assertThat(source.publication()).as(source.id()).isNotNull();
            if (source.publication().basis() == DateBasis.INFERRED) {
                assertThat(source.publication().note()).as(source.id()).isNotBlank();
            }
        }
        assertThat(facts.corpus().sources()).filteredOn(s -> s.publication().basis() == DateBasis.STATED).hasSize(1);
    }

    @Test
    void everyQuoteOccursVerbatimInItsArticleAndContainsItsValue() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "skipped: the article texts are not at " + SEEDS.toAbsolutePath()
                + " (they live beside the checkout in shared/seeds and are never committed)");
        Map<String, String> texts = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (Claim claim : facts.corpus().claims()) {
            String text = texts.computeIfAbsent(claim.source().textFile(), BundledCorpusTest::read);
            if (!text.contains(claim.quote())) {
                missing.add(claim.location() + " " + claim.id() + ": quote not in " + claim.source().textFile());
            }
            if (!claim.quote().toLowerCase(Locale.ROOT).contains(claim.value().asWritten().toLowerCase(Locale.ROOT))) {
                missing.add(claim.location() + " " + claim.id() + ": value '" + claim.value().asWritten() + "' not in its quote");
            }
        }
        assertThat(missing).isEmpty();
    }

    private static String read(String file) {
        try {
            return Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> findings(String ruleId) {
        return result.findings().stream().filter(f -> f.rule().id().equals(ruleId))
                .map(f -> f.key() + " " + f.claimIds()).toList();
    }

    @Test
    void failsOnTheDesignationDateConflictAndTheNatoMemberCountBlamingOnlyTheWrongClaims() {
        assertThat(result.outcome().label()).isEqualTo("fail");
        // the White House memorandum decides the designation date: only the claim against it is blamed
        assertThat(findings("SOURCES-CONFLICT")).isEmpty();
        assertThat(findings("REFERENCE-CONFLICT")).containsExactlyInAnyOrder(
                "kenya-mnna-designation / designation-date [rb-mnna-designation-date]",
                "nato / member-count [sv-nato-members]");
        Finding designation = result.findings().stream().filter(f -> f.rule().id().equals("REFERENCE-CONFLICT")
                && f.key().property().equals("designation-date")).findFirst().orElseThrow();
        assertThat(designation.message()).contains("(earlier this year, published 2025-07-08/2025-12-31)")
                .contains("191 days apart").contains("1 claim agrees with the record: rd-mnna-designation-date");
        assertThat(designation.supportIds()).containsExactly("rd-mnna-designation-date");
        assertThat(result.fails(designation)).isTrue();
        assertThat(result.statuses().of("rb-mnna-designation-date")).isEqualTo(ClaimStatus.CONTRADICTED);
        assertThat(result.statuses().of("rd-mnna-designation-date")).isEqualTo(ClaimStatus.CONFIRMED);
        assertThat(result.statuses().of("sv-nato-members")).isEqualTo(ClaimStatus.CONTRADICTED);
        // no finding that can fail the run names a claim that agrees with a record
        assertThat(result.findings()).filteredOn(result::fails).flatMap(Finding::claims)
                .allSatisfy(c -> assertThat(result.statuses().of(c.id())).isNotEqualTo(ClaimStatus.CONFIRMED));
    }

    @Test
    void theMay2024AnnouncementIsANearMissWithItsCauseNotAnError() {
        assertThat(findings("DATE-NEAR-MISS")).isEmpty();
        assertThat(findings("REFERENCE-NEAR-MISS")).containsExactly(
                "kenya-mnna-designation / designation-date [sv-mnna-intent-announced]");
        assertThat(result.findings()).filteredOn(f -> f.rule().id().equals("REFERENCE-NEAR-MISS")).singleElement()
                .satisfies(f -> assertThat(f.message()).endsWith(
                        "likely cause: one date is when it was announced, the other when it took effect"))
                .satisfies(f -> assertThat(f.supportIds()).containsExactly("rd-mnna-designation-date"));
    }

    @Test
    void theAgreementMatrixHasEveryKeyOnceInKeyOrderWithTheSourcesThatStateIt() {
        List<ClaimKey> keys = result.coverage().stream().map(KeyCoverage::key).toList();
        assertThat(keys).isSorted().doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(facts.corpus().claims().stream().map(Claim::key).distinct().toList());
        ClaimKey officers = new ClaimKey("haiti-police-mission", "officers-committed");
        assertThat(result.coverage()).filteredOn(c -> c.key().equals(officers)).singleElement()
                .satisfies(c -> assertThat(c.sources()).hasSizeGreaterThan(1).isSorted().containsExactlyElementsOf(
                        facts.corpus().claims().stream().filter(claim -> claim.key().equals(officers))
                                .map(Claim::sourceId).distinct().sorted().toList()));
    }

    @Test
    void sourcesAgreeOnTheHaitiOfficersAndTheImportsFromChina() {
        assertThat(findings("SOURCES-AGREE")).contains(
                "haiti-police-mission / officers-committed [sv-haiti-officers, rb-haiti-officers]",
                "kenya-china-trade / imports-from-china [rb-imports-from-china, rd-imports-from-china]",
                "kenya-china-trade / exports-as-share-of-imports [rb-exports-share, rd-exports-share]");
    }

    @Test
    void theRailwaysThreeNamesAreOneEntity() {
        assertThat(facts.corpus().claims()).filteredOn(c -> c.key().subject().equals("standard-gauge-railway"))
                .extracting(c -> c.source().id()).contains("ruto-defends-china-trade", "kenya-facing-forward", "xi-sincere-partner");
        assertThat(findings("SOURCES-AGREE")).contains("standard-gauge-railway / programme [rd-sgr-programme, xs-railway-programme]");
    }

    @Test
    void theFocacSummitAndTheLaterStateVisitAreKeptApart() {
        List<Finding> both = result.findings().stream()
                .filter(f -> f.claims().stream().anyMatch(c -> c.key().subject().equals("focac-summit-2024")
                        || c.key().subject().equals("xi-ruto-talks-2024")))
                .filter(f -> f.claims().stream().anyMatch(c -> c.key().subject().equals("ruto-china-state-visit-2025")))
                .toList();
        assertThat(both).isEmpty();
        assertThat(findings("REFERENCE-AGREE")).contains(
                "ruto-china-state-visit-2025 / date [rd-china-visit-april, rd-china-visit-recent]");
        assertThat(result.findings()).noneMatch(f -> f.key().subject().equals("ruto-china-state-visit-2025")
                && f.verdict().label().equals("conflict"));
    }
}
