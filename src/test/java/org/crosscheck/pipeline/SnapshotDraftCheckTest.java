package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.bench.CorpusGenerator;
import org.crosscheck.load.FactsLoader;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.RawClaim;
import org.crosscheck.model.RawKeyRef;
import org.crosscheck.model.RawSource;
import org.crosscheck.model.ToolInfo;
import org.crosscheck.model.ValueKind;
import org.crosscheck.report.JsonReportWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-memory draft check ({@link CheckPipeline#checkDraft}) against the plain {@code check --draft}
 * ({@link CheckPipeline#check}), both written as the command line's report.json: for seeded random
 * drafts (claims of the corpus copied, some values changed so that they clash, some moved to keys
 * the corpus does not have, an eighth on keys a duration of the corpus names as its event and an
 * eighth durations, kept with their events), the findings, the statuses of the
 * draft's claims, the problems in the draft file and the claim counts must be identical.
 *
 * <p>Different by nature, so not compared: the statuses of claims outside the draft and their
 * counts in {@code summary.claims.statuses} (the slice holds only the keys the draft needs), and
 * {@code summary.draft.findingsNotShown}, which counts the findings not about the draft among the
 * keys read (the whole corpus for the plain check).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnapshotDraftCheckTest {

    private static final Path RULES = Path.of("rules");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final ToolInfo TOOL = new ToolInfo("crosscheck", "test", null);
    private final ObjectMapper mapper = new ObjectMapper();
    private final CheckPipeline pipeline = new CheckPipeline();

    @TempDir
    Path temp;
    private Path generated;

    @BeforeAll
    void generate(@TempDir Path dir) throws Exception {
        generated = dir.resolve("generated");
        new CorpusGenerator(CorpusGenerator.Spec.forClaims(3_000)).write(generated);
        // the generator writes no durations: a source of them between its date keys, so that drafts
        // stating those dates reach the rules of keys they do not state
        List<RawClaim> dates = claims(generated).stream().filter(c -> c.value().kind() == ValueKind.DATE).toList();
        Random random = new Random(7);
        StringBuilder yaml = new StringBuilder("source:\n  id: durations\n  title: \"durations\"\n  outlet: \"test\"\n"
                + "  published: {date: \"2026-01-01\", basis: stated}\nclaims:\n");
        for (int i = 0; i < 40; i++) {
            RawClaim from = dates.get(random.nextInt(dates.size()));
            RawClaim to = dates.get(random.nextInt(dates.size()));
            yaml.append("  - id: duration-").append(i).append("\n    subject: \"span-").append(i)
                    .append("\"\n    property: \"years-between\"\n    value: {duration: \"").append(random.nextInt(6))
                    .append(" years\"}\n    quote: \"a span\"\n    between:\n      from: {subject: \"")
                    .append(from.subject().text()).append("\", property: date}\n      to: {subject: \"")
                    .append(to.subject().text()).append("\", property: date}\n");
        }
        Files.writeString(generated.resolve("sources/zz-durations.yaml"), yaml.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void randomDraftsAgainstTheBundledCorpusGiveThePlainChecksFindingsAndStatuses() throws Exception {
        compareRandomDrafts(Path.of("facts"), 1_000L, 40);
    }

    @Test
    void randomDraftsAgainstAGeneratedCorpusGiveThePlainChecksFindingsAndStatuses() throws Exception {
        compareRandomDrafts(generated, 2_000L, 25);
    }

    @Test
    void aDraftReusingAnIdOfTheCorpusIsCheckedAsThePlainCheckDoesAndSaysSo() throws Exception {
        CorpusSnapshot snapshot = pipeline.snapshot(request(Path.of("facts")));
        RawClaim some = claims(Path.of("facts")).get(0);
        Path draft = temp.resolve("reused.yaml");
        Files.writeString(draft, "source:\n  id: reused\n  title: t\n  outlet: o\n  status: draft\n  published: {date: \"2025-01-01\", basis: stated}\n"
                + "claims:\n  - id: " + some.id() + "\n    subject: \"" + some.subject().text() + "\"\n    property: \""
                + some.property().text() + "\"\n    value: {" + some.value().kind().label() + ": "
                + mapper.writeValueAsString(some.value().text()) + "}\n    quote: \"q\"\n");
        JsonNode plain = json(pipeline.check(snapshot.base().withDraft(draft)));
        JsonNode fast = json(pipeline.checkDraft(snapshot, draft));
        assertThat(fast.get("problems")).isEqualTo(plain.get("problems"));
        assertThat(fast.get("problems").toString()).contains(some.id());
    }

    private CheckRequest request(Path facts) {
        return CheckRequest.of(facts, RULES).withSettings(Path.of("crosscheck.yaml")).withToday(LocalDate.of(2026, 12, 7));
    }

    private void compareRandomDrafts(Path facts, long firstSeed, int drafts) throws Exception {
        CorpusSnapshot snapshot = pipeline.snapshot(request(facts));
        List<RawClaim> claims = claims(facts);
        Set<String> eventKeys = new HashSet<>();
        claims.stream().filter(c -> c.betweenFrom() != null && c.betweenTo() != null).forEach(c -> {
            eventKeys.add(c.betweenFrom().subject().text() + "/" + c.betweenFrom().property().text());
            eventKeys.add(c.betweenTo().subject().text() + "/" + c.betweenTo().property().text());
        });
        List<RawClaim> onEvents = claims.stream()
                .filter(c -> eventKeys.contains(c.subject().text() + "/" + c.property().text())).toList();
        List<RawClaim> durations = claims.stream().filter(c -> c.betweenFrom() != null && c.betweenTo() != null).toList();
        assertThat(onEvents).as("claims on keys a duration names").isNotEmpty();
        int withFindings = 0;
        for (long seed = firstSeed; seed < firstSeed + drafts; seed++) {
            Path draft = temp.resolve("draft-" + seed + ".yaml");
            Files.writeString(draft, randomDraft(new Random(seed), claims, List.of(onEvents, durations), "draft-" + seed), StandardCharsets.UTF_8);
            JsonNode plain = json(pipeline.check(snapshot.base().withDraft(draft)));
            JsonNode fast = json(pipeline.checkDraft(snapshot, draft));
            String draftFile = draft.toString();
            String seedSays = "seed " + seed + " on " + facts + " (draft " + Files.readString(draft) + ")";
            assertThat(fast.get("findings")).as(seedSays).isEqualTo(plain.get("findings"));
            assertThat(draftClaims(fast, "draft-" + seed + "-")).as(seedSays).isEqualTo(draftClaims(plain, "draft-" + seed + "-"));
            assertThat(draftClaims(plain, "draft-" + seed + "-")).as(seedSays).isNotEmpty();
            assertThat(inFile(fast.get("problems"), draftFile)).as(seedSays).isEqualTo(inFile(plain.get("problems"), draftFile));
            for (String count : List.of("loaded", "checked", "rejected")) {
                assertThat(fast.at("/summary/claims/" + count)).as(seedSays).isEqualTo(plain.at("/summary/claims/" + count));
            }
            assertThat(fast.at("/summary/outcome")).as(seedSays).isEqualTo(plain.at("/summary/outcome"));
            if (!plain.get("findings").isEmpty()) {
                withFindings++;
            }
            Files.delete(draft);
        }
        // the drafts must clash with the corpus, or the comparison shows little
        assertThat(withFindings).isGreaterThan(drafts / 4);
    }

    private static List<RawClaim> claims(Path facts) throws Exception {
        List<RawClaim> claims = new ArrayList<>();
        for (RawSource source : new FactsLoader().load(facts).sources()) {
            claims.addAll(source.claims());
        }
        return claims;
    }

    /**
     * Up to a dozen claims copied from the corpus: about a third with a number changed (a clash, or
     * a value that no longer reads), about a sixth on a property no key has, durations with their
     * events; ids of the draft's own, so the draft never reuses one.
     */
    private String randomDraft(Random random, List<RawClaim> corpus, List<List<RawClaim>> favoured, String id)
            throws IOException {
        StringBuilder yaml = new StringBuilder();
        yaml.append("source:\n  id: ").append(id).append("\n  title: \"random draft\"\n  outlet: \"test\"\n");
        yaml.append("  published: {date: \"").append(2019 + random.nextInt(8)).append("-0").append(1 + random.nextInt(9))
                .append("-1").append(random.nextInt(10)).append("\", basis: stated}\n  status: draft\nclaims:\n");
        int n = 1 + random.nextInt(12);
        for (int i = 1; i <= n; i++) {
            int pick = random.nextInt(8);
            List<RawClaim> from = pick < favoured.size() ? favoured.get(pick) : corpus;
            RawClaim c = from.get(random.nextInt(from.size()));
            String value = c.value().text();
            if (random.nextInt(3) == 0) {
                value = changedNumber(value, random);
            }
            String property = c.property().text();
            if (random.nextInt(6) == 0) {
                property = property + "-new-" + random.nextInt(3);
            }
            yaml.append("  - id: ").append(id).append('-').append(i).append('\n');
            yaml.append("    subject: ").append(mapper.writeValueAsString(c.subject().text())).append('\n');
            yaml.append("    property: ").append(mapper.writeValueAsString(property)).append('\n');
            yaml.append("    value: {").append(c.value().kind().label()).append(": ").append(mapper.writeValueAsString(value))
                    .append("}\n");
            yaml.append("    quote: ").append(mapper.writeValueAsString(c.quote() == null ? "a quote" : c.quote())).append('\n');
            if (c.betweenFrom() != null && c.betweenTo() != null) {
                yaml.append("    between:\n      from: ").append(ref(c.betweenFrom())).append("\n      to: ")
                        .append(ref(c.betweenTo())).append('\n');
            }
        }
        return yaml.toString();
    }

    private String ref(RawKeyRef ref) throws IOException {
        return "{subject: " + mapper.writeValueAsString(ref.subject().text()) + ", property: "
                + mapper.writeValueAsString(ref.property().text()) + "}";
    }

    private static String changedNumber(String value, Random random) {
        Matcher m = NUMBER.matcher(value);
        if (!m.find()) {
            return value;
        }
        long n = Long.parseLong(m.group().length() > 15 ? m.group().substring(0, 15) : m.group());
        return value.substring(0, m.start()) + (n + 1 + random.nextInt(9)) + value.substring(m.end());
    }

    private JsonNode json(CheckResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportWriter().write(result, TOOL, out);
        return mapper.readTree(out.toByteArray());
    }

    private static List<JsonNode> draftClaims(JsonNode report, String prefix) {
        List<JsonNode> mine = new ArrayList<>();
        report.get("claims").forEach(c -> {
            if (c.get("id").asText().startsWith(prefix)) {
                mine.add(c);
            }
        });
        return mine;
    }

    private static List<JsonNode> inFile(JsonNode problems, String file) {
        List<JsonNode> mine = new ArrayList<>();
        problems.forEach(p -> {
            if (p.toString().contains(file)) {
                mine.add(p);
            }
        });
        return mine;
    }
}
