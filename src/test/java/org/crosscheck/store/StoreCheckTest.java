package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Outcome;
import org.crosscheck.pipeline.CheckPipeline;
import org.crosscheck.pipeline.CheckRequest;
import org.crosscheck.pipeline.InputRejected;
import org.crosscheck.pipeline.InputsDigest;
import org.crosscheck.model.ToolInfo;
import org.crosscheck.support.FactsDir;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks through the store against checks without it, on a copy of the bundled corpus. */
class StoreCheckTest {

    private static final ToolInfo TOOL = new ToolInfo("crosscheck", "test", null);

    @TempDir
    Path dir;
    Path facts;
    Path store;
    final List<String> notices = new ArrayList<>();

    @BeforeEach
    void copyCorpus() throws IOException {
        facts = dir.resolve("facts");
        store = dir.resolve("store");
        FactsDir.copyTree(Path.of("facts"), facts);
    }

    private CheckRequest request() {
        return CheckRequest.of(facts, Path.of("rules")).withToday(LocalDate.of(2026, 1, 1));
    }

    private CheckResult plain(CheckRequest request) throws InputRejected {
        return new CheckPipeline().check(request);
    }

    private CheckResult stored(CheckRequest request) throws InputRejected {
        return new CheckPipeline().withStore(store, notices::add).check(request);
    }

    @Test
    void aFullCheckThroughTheStoreWritesTheSameReportsAsOneWithout() throws Exception {
        String without = Reports.all(plain(request()));

        assertThat(Reports.all(stored(request()))).isEqualTo(without); // builds the store
        assertThat(Reports.all(stored(request()))).isEqualTo(without); // reads it
        assertThat(notices).isEmpty();
        assertThat(Files.size(store.resolve(FactsStore.FILE_NAME))).isPositive();
    }

    private String digestThroughTheStore(CheckRequest request) throws Exception {
        CheckPipeline pipeline = new CheckPipeline().withStore(store, notices::add);
        pipeline.check(request);
        return InputsDigest.of(TOOL, request, pipeline.lastFactsHashes().orElseThrow());
    }

    @Test
    void theInputsDigestFromTheStoresHashesIsTheOneFromTheFilesAndFollowsAnEdit() throws Exception {
        assertThat(new CheckPipeline().withStore(store, notices::add).lastFactsHashes()).isEmpty();
        assertThat(digestThroughTheStore(request())).as("building the store").isEqualTo(InputsDigest.of(TOOL, request()));
        assertThat(digestThroughTheStore(request())).as("files trusted by their stat").isEqualTo(InputsDigest.of(TOOL, request()));
        String before = InputsDigest.of(TOOL, request());

        Path source = facts.resolve("sources/mnna-state-visit.yaml");
        Files.writeString(source, Files.readString(source).replace("value: {quantity: \"30\"}", "value: {quantity: \"31\"}"));
        String after = InputsDigest.of(TOOL, request());

        assertThat(after).isNotEqualTo(before);
        assertThat(digestThroughTheStore(request())).as("the edited file hashed again").isEqualTo(after);
        Path draft = Path.of("docs/examples/draft-mnna-explainer.yaml").toAbsolutePath();
        assertThat(digestThroughTheStore(request().withDraft(draft))).as("a draft's check lists every file too")
                .isEqualTo(InputsDigest.of(TOOL, request().withDraft(draft)));
        assertThat(new CheckPipeline().withStore(store, notices::add).lastFactsHashes()).isEmpty();
    }

    private CheckPipeline.KeyCounts keysOf(CheckRequest request) throws InputRejected {
        CheckPipeline pipeline = new CheckPipeline().withStore(store, notices::add);
        CheckResult result = pipeline.check(request);
        assertThat(Reports.all(result)).as("the kept findings' check equals one from scratch").isEqualTo(Reports.all(plain(request)));
        return pipeline.lastKeyCounts().orElseThrow();
    }

    @Test
    void aFullCheckRunsTheRulesOnlyOnTheKeysAnEditTouched() throws Exception {
        CheckPipeline.KeyCounts first = keysOf(request());
        assertThat(first.kept()).isZero();
        assertThat(keysOf(request())).isEqualTo(new CheckPipeline.KeyCounts(0, first.checked()));

        // one value changed, at the end of the file so no other claim's line moves: its key alone
        Path source = facts.resolve("sources/mnna-state-visit.yaml");
        String text = Files.readString(source);
        assertThat(text).contains("alliance of 30");
        Files.writeString(source, text.replace("value: {quantity: \"30\"}", "value: {quantity: \"31\"}"));
        CheckPipeline.KeyCounts edited = keysOf(request());
        assertThat(edited.checked()).isEqualTo(1);
        assertThat(edited.kept()).isEqualTo(first.checked() - 1);
    }

    @Test
    void aRuleOrAThresholdEditChecksEveryKeyAgain() throws Exception {
        int keys = keysOf(request()).checked();
        Path settings = dir.resolve("crosscheck.yaml");
        Files.writeString(settings, "thresholds:\n  near-miss-days: 20\n");
        assertThat(keysOf(request().withSettings(settings)).checked()).isEqualTo(keys);

        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        Files.writeString(rules.resolve("single-source.drl"), Files.readString(rules.resolve("single-source.drl")) + "\n// edited\n");
        CheckRequest edited = CheckRequest.of(facts, rules).withSettings(settings).withToday(LocalDate.of(2026, 1, 1));
        assertThat(keysOf(edited).checked()).isEqualTo(keys);
        assertThat(keysOf(edited).checked()).isZero();
    }

    @Test
    void anEntityEditChecksEveryKeyAgainAndWhiteSpaceNone() throws Exception {
        int keys = keysOf(request()).checked();
        Path entities = facts.resolve("entities.yaml");
        String text = Files.readString(entities);
        // any entity edit is in every key's digest: entities are read by the normalizer for every claim
        Files.writeString(entities, text + "\n");
        assertThat(keysOf(request()).checked()).as("white space only: the entities read the same").isZero();
        Files.writeString(entities, text.replace("aliases: [Ruto, ", "aliases: [Someone New, Ruto, "));
        assertThat(keysOf(request()).checked()).isEqualTo(keys);
    }

    @Test
    void anEditedFileIsReadAgainAndAVanishedOneTakesItsClaimsWithIt() throws Exception {
        stored(request());
        Path source = facts.resolve("sources/roundtable-brief.yaml");
        Files.writeString(source, Files.readString(source).replace("2024", "2023"));
        Files.delete(facts.resolve("sources/xi-sincere-partner.yaml"));

        String through = Reports.all(stored(request()));

        assertThat(through).isEqualTo(Reports.all(plain(request()))).doesNotContain("xi-sincere-partner.yaml");
    }

    @Test
    void aDraftFromTheStoreHasTheFindingsOfADraftCheckedAgainstEverything() throws Exception {
        Path draft = dir.resolve("draft.yaml");
        Files.writeString(draft, """
                source:
                  id: draft-story
                  title: A draft
                  outlet: Our paper
                  status: draft
                  published: {date: 2025-07-10, basis: stated}
                claims:
                  - id: draft-designation
                    subject: MNNA status
                    property: designation-date
                    value: {date: "June 2023"}
                    quote: "designated in June 2023"
                """);
        CheckRequest request = request().withDraft(draft);
        CheckResult everything = plain(request);

        CheckResult fromStore = stored(request);

        assertThat(everything.findings()).isNotEmpty();
        assertThat(Reports.findings(fromStore)).isEqualTo(Reports.findings(everything));
        assertThat(fromStore.outcome()).isEqualTo(everything.outcome());
        // only the files the draft's keys need were read: not every source
        assertThat(fromStore.sources().size()).isLessThan(everything.sources().size());
    }

    @Test
    void theBundledDraftsReportsThroughTheStoreDifferOnlyInWhatWasRead() throws Exception {
        CheckRequest request = request().withDraft(Path.of("docs/examples/draft-mnna-explainer.yaml"));
        CheckResult everything = plain(request);
        CheckResult fromStore = stored(request);

        // the reports CI reads finding by finding are byte-identical
        for (org.crosscheck.report.ReportWriter writer : List.of(new org.crosscheck.report.SarifReportWriter(),
                new org.crosscheck.report.CodeQualityReportWriter())) {
            assertThat(Reports.write(writer, fromStore)).isEqualTo(Reports.write(writer, everything));
        }
        assertThat(Reports.findings(fromStore)).isEqualTo(Reports.findings(everything));
        // statuses only for the keys read whole, each as the check of everything gives it; this one
        // was called uncorroborated when the keys read in part had statuses too
        assertThat(everything.statuses().of("rb-imports-from-china")).isNotNull();
        assertThat(fromStore.statuses().of("rb-imports-from-china")).isNull();
        assertThat(fromStore.statuses().size()).isPositive().isLessThan(everything.statuses().size());
        for (String id : fromStore.statuses().idsInOrder()) {
            assertThat(fromStore.statuses().of(id)).as(id).isEqualTo(everything.statuses().of(id));
        }
        for (String id : List.of("draft-designation-date", "draft-nato-members")) {
            assertThat(fromStore.statuses().of(id)).as(id).isNotNull().isEqualTo(everything.statuses().of(id));
        }
        // what differs: the counts of what was read
        assertThat(fromStore.accounting().loaded()).isLessThan(everything.accounting().loaded());
    }

    @Test
    void pullRequestModeReportsOnlyTheChangedFilesFindingsWithOrWithoutTheStore() throws Exception {
        Path changed = facts.resolve("sources/ruto-defends-china-trade.yaml");
        CheckResult all = plain(request());
        CheckRequest request = request().withChanged(List.of(changed));

        CheckResult without = plain(request);
        CheckResult through = stored(request);

        assertThat(without.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.claims())
                .anySatisfy(c -> assertThat(c.location().file()).isEqualTo(changed.toString())));
        assertThat(without.findings()).hasSizeLessThan(all.findings().size());
        assertThat(Reports.findings(through)).isEqualTo(Reports.findings(without));
        assertThat(through.outcome()).isEqualTo(without.outcome());
    }

    @Test
    void pullRequestModeWithNoChangedFileReportsNothing() throws Exception {
        CheckResult none = stored(request().withChanged(List.of()));

        assertThat(none.findings()).isEmpty();
        assertThat(none.outcome()).isEqualTo(Outcome.PASS);
    }

    private Path draftOn(String subject) throws IOException {
        Path draft = dir.resolve("draft.yaml");
        Files.writeString(draft, """
                source:
                  id: draft-story
                  title: A draft
                  outlet: Our paper
                  status: draft
                  published: {date: 2025-07-10, basis: stated}
                claims:
                  - id: draft-designation
                    subject: %s
                    property: designation-date
                    value: {date: "June 2023"}
                    quote: "designated in June 2023"
                """.formatted(subject));
        return draft;
    }

    /** What a slice for {@code draft} reads: its files, and how it resolves a name (empty when it reads the entity files). */
    private record SliceSeen(List<Path> files, java.util.Optional<java.util.Optional<String>> resolves) {
    }

    private SliceSeen slice(Path draft, String name) throws Exception {
        try (FactsStore opened = FactsStore.open(store, ToolIdentity.of(CheckPipeline.class), notices::add)) {
            List<Path> files = org.crosscheck.load.FactsLoader.factsFiles(facts, new ArrayList<>());
            Slice.Selection selection = new Slice(opened, facts).select(files, List.of(draft));
            return new SliceSeen(selection.files(), java.util.Optional.ofNullable(selection.entities()).map(e -> e.resolve(name)));
        }
    }

    @Test
    void aDraftThroughTheStoreCountsAndReportsOnlyTheClaimsOfTheKeysItReadWhole() throws Exception {
        // both files state the draft's key and are read whole; one value is unreadable on another key, one on the draft's
        Path visit = facts.resolve("sources/mnna-state-visit.yaml");
        Files.writeString(visit, Files.readString(visit).replace("value: {quantity: \"30\"}", "value: {quantity: \"many\"}"));
        Path trade = facts.resolve("sources/ruto-defends-china-trade.yaml");
        Files.writeString(trade, Files.readString(trade).replace("value: {date: \"June 2024\"}", "value: {date: \"in due course\"}"));
        CheckRequest request = request().withDraft(draftOn("MNNA status"));
        CheckResult everything = plain(request);

        CheckResult fromStore = stored(request);

        assertThat(Reports.findings(fromStore)).isEqualTo(Reports.findings(everything));
        assertThat(everything.problems()).anySatisfy(p -> assertThat(p.location().toString()).contains("mnna-state-visit.yaml:36"));
        assertThat(fromStore.problems()).singleElement()
                .satisfies(p -> assertThat(p.location().toString()).contains("ruto-defends-china-trade.yaml:98"));
        // what it counts is what it gives a status for, with the claim it could not read
        org.crosscheck.model.Accounting counted = fromStore.accounting();
        assertThat(counted.loaded()).isEqualTo(counted.checked() + counted.rejected());
        assertThat(counted.rejected()).isEqualTo(1);
        assertThat(counted.checked()).isEqualTo(fromStore.statuses().size()).isLessThan(everything.accounting().checked());
        assertThat(fromStore.statuses().idsInOrder()).contains("draft-designation", "rb-mnna-designation-date")
                .doesNotContain("sv-nato-founded", "rd-mnna-designation-date");
        // the sources are those of the claims counted
        assertThat(fromStore.sources()).extracting(org.crosscheck.model.Source::id)
                .containsExactlyInAnyOrder("draft-story", "mnna-state-visit", "roundtable-brief", "ruto-defends-china-trade");
        assertThat(everything.sources()).hasSize(6);
    }

    @Test
    void aDraftLooksEntityNamesUpInTheStoreWithoutReadingTheEntityFile() throws Exception {
        Path draft = draftOn("MNNA status");
        CheckRequest request = request().withDraft(draft);
        CheckResult fromStore = stored(request);

        assertThat(fromStore.findings()).isNotEmpty();
        assertThat(Reports.findings(fromStore)).isEqualTo(Reports.findings(plain(request)));
        assertThat(fromStore.statuses().of("draft-designation")).isNotNull().isEqualTo(plain(request).statuses().of("draft-designation"));
        SliceSeen seen = slice(draft, "Major Non-NATO ally status ");
        assertThat(seen.resolves()).contains(java.util.Optional.of("kenya-mnna-designation"));
        assertThat(slice(draft, "nobody at all").resolves()).contains(java.util.Optional.empty());
        assertThat(seen.files()).noneMatch(file -> file.endsWith("entities.yaml"))
                .anyMatch(file -> file.toString().contains("sources/"));
    }

    @Test
    void anUnknownEntityInADraftGetsTheSuggestionOfACheckOfEverything() throws Exception {
        CheckRequest request = request().withDraft(draftOn("MNNA statuss"));
        CheckResult fromStore = stored(request);
        CheckResult everything = plain(request);

        List<String> unknown = fromStore.problems().stream().filter(p -> p.message().contains("unknown entity"))
                .map(p -> p.describe()).toList();
        assertThat(unknown).hasSize(1).first().asString().contains("did you mean 'kenya-mnna-designation'");
        assertThat(everything.problems().stream().map(p -> p.describe()).toList()).containsAll(unknown);
    }

    @Test
    void anEntityFileTheIndexCannotStandForIsReadWholeWithItsProblems() throws Exception {
        Path draft = draftOn("MNNA status");
        stored(request().withDraft(draft));
        assertThat(slice(draft, "MNNA status").resolves()).isPresent();

        // one alias for two entities: a problem the normalizer reports, so the slice reads the file again
        Path entities = facts.resolve("entities.yaml");
        Files.writeString(entities, Files.readString(entities).replace("aliases: [Ruto, ", "aliases: [MNNA status, Ruto, "));
        CheckRequest request = request().withDraft(draft);
        CheckResult fromStore = stored(request);

        assertThat(slice(draft, "MNNA status").resolves()).isEmpty();
        assertThat(slice(draft, "MNNA status").files()).anyMatch(file -> file.endsWith("entities.yaml"));
        assertThat(fromStore.problems()).anySatisfy(p -> assertThat(p.message()).contains("already names"));
        assertThat(Reports.findings(fromStore)).isEqualTo(Reports.findings(plain(request)));

        // another entity file that reads with a problem: the index is not kept either, and the problem is reported
        Files.writeString(entities, Files.readString(entities).replace("aliases: [MNNA status, Ruto, ", "aliases: [Ruto, "));
        stored(request);
        assertThat(slice(draft, "MNNA status").resolves()).as("mended").isPresent();
        Files.writeString(facts.resolve("more-entities.yaml"), """
                entities:
                  - id: someone-new
                    type: person
                    name: Someone New
                  - id: someone-else
                    type: person
                    name: Someone Else
                    colour: blue
                """);
        CheckResult damaged = stored(request);
        assertThat(slice(draft, "MNNA status").resolves()).isEmpty();
        assertThat(damaged.problems()).anySatisfy(p -> assertThat(p.location().file()).endsWith("more-entities.yaml"));
        assertThat(Reports.findings(damaged)).isEqualTo(Reports.findings(plain(request)));
        Files.delete(facts.resolve("more-entities.yaml"));
        stored(request);
        assertThat(slice(draft, "MNNA status").resolves()).as("the file gone").isPresent();
    }

    @Test
    void aChangedAliasMovesClaimsBetweenKeysWithoutTheirFilesBeingReadAgain() throws Exception {
        // cross-file dependency (phpmd/phpmd#1198, the type-aware ESLint case in sveltejs/kit#16562): a claim's
        // key depends on entities.yaml, so the store keeps subjects as written and resolves them when it is read
        Path draft = dir.resolve("draft.yaml");
        Files.writeString(draft, """
                source:
                  id: draft-story
                  title: A draft
                  outlet: Our paper
                  status: draft
                  published: {date: 2025-07-10, basis: stated}
                claims:
                  - id: draft-designation
                    subject: the ally status
                    property: designation-date
                    value: {date: "June 2023"}
                    quote: "designated in June 2023"
                """);
        CheckRequest request = request().withDraft(draft);
        CheckResult before = stored(request);
        assertThat(before.problems()).anySatisfy(p -> assertThat(p.message()).contains("unknown entity"));

        Path entities = facts.resolve("entities.yaml");
        String text = Files.readString(entities);
        Files.writeString(entities, text.replace("aliases: [MNNA status,", "aliases: [The Ally Status, MNNA status,"));
        assertThat(Files.readString(entities)).isNotEqualTo(text);

        CheckResult after = stored(request);
        assertThat(Reports.findings(after)).isEqualTo(Reports.findings(plain(request)));
        assertThat(after.findings()).isNotEmpty();
    }
}
