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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.bench.CorpusGenerator;
import org.crosscheck.load.FactsLoader;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.ReferenceRecord;
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
 * eighth durations, kept with their events, and up to two durations of the draft's own between dated
 * corpus events, of a length that fits or clashes), the findings, the statuses of the
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
            // on the first event's subject: the generated corpus knows only its own entities
            yaml.append("  - id: duration-").append(i).append("\n    subject: \"").append(from.subject().text())
                    .append("\"\n    property: \"years-to-span-").append(i).append("\"\n    value: {duration: \"").append(random.nextInt(6))
                    .append(" years\"}\n    quote: \"a span\"\n    between:\n      from: {subject: \"")
                    .append(from.subject().text()).append("\", property: date}\n      to: {subject: \"")
                    .append(to.subject().text()).append("\", property: date}\n");
        }
        Files.writeString(generated.resolve("sources/zz-durations.yaml"), yaml.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void randomDraftsAgainstTheBundledCorpusGiveThePlainChecksFindingsAndStatuses() throws Exception {
        // the bundled corpus dates its one duration's events by records marked uncertain
        assertThat(compareRandomDrafts(Path.of("facts"), 1_000L, 40)).as("duration rules the drafts reached")
                .contains("DERIVED-DURATION-UNCERTAIN-CONFLICT", "DERIVED-DURATION-CONSISTENT");
    }

    @Test
    void randomDraftsAgainstAGeneratedCorpusGiveThePlainChecksFindingsAndStatuses() throws Exception {
        assertThat(compareRandomDrafts(generated, 2_000L, 25)).as("duration rules the drafts reached")
                .contains("DERIVED-DURATION-CONFLICT", "DERIVED-DURATION-CONSISTENT");
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

    private Set<String> compareRandomDrafts(Path facts, long firstSeed, int drafts) throws Exception {
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
        List<DatedEvent> dated = datedEvents(snapshot, claims);
        assertThat(dated).as("corpus events with one date for a draft's durations to span").hasSizeGreaterThan(1);
        int withFindings = 0;
        Set<String> durationRules = new TreeSet<>();
        for (long seed = firstSeed; seed < firstSeed + drafts; seed++) {
            Path draft = temp.resolve("draft-" + seed + ".yaml");
            Files.writeString(draft, randomDraft(new Random(seed), claims, List.of(onEvents, durations), dated, "draft-" + seed), StandardCharsets.UTF_8);
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
            plain.get("findings").forEach(f -> {
                if (f.get("rule").asText().startsWith("DERIVED-DURATION")) {
                    durationRules.add(f.get("rule").asText());
                }
            });
            Files.delete(draft);
        }
        // the drafts must clash with the corpus, or the comparison shows little
        assertThat(withFindings).isGreaterThan(drafts / 4);
        return durationRules;
    }

    /** A key of the corpus with the one span of days its dates (or its date records, which win) allow. */
    private record DatedEvent(String subject, String property, LocalDate start, LocalDate end) {
    }

    /**
     * The corpus's date keys whose claims (or reference records, which the duration rules read first)
     * agree on a span, as the duration rules read them, each with the subject and property as a fact
     * file writes them; keys whose dates disagree give a duration no date, so no finding.
     */
    private static List<DatedEvent> datedEvents(CorpusSnapshot snapshot, List<RawClaim> raw) {
        Map<String, RawClaim> rawById = new HashMap<>();
        raw.forEach(c -> rawById.put(c.id(), c));
        Map<ClaimKey, List<DateValue>> fromClaims = new TreeMap<>();
        Map<ClaimKey, RawClaim> written = new HashMap<>();
        for (Claim claim : snapshot.facts().corpus().claims()) {
            RawClaim source = rawById.get(claim.id());
            if (claim.value() instanceof DateValue date && source != null) {
                fromClaims.computeIfAbsent(claim.key(), k -> new ArrayList<>()).add(date);
                written.putIfAbsent(claim.key(), source);
            }
        }
        Map<ClaimKey, List<DateValue>> fromRecords = new HashMap<>();
        for (ReferenceRecord record : snapshot.facts().corpus().references()) {
            if (record.value() instanceof DateValue date) {
                fromRecords.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(date);
            }
        }
        List<DatedEvent> events = new ArrayList<>();
        fromClaims.forEach((key, dates) -> {
            List<DateValue> read = fromRecords.getOrDefault(key, dates);
            LocalDate start = read.stream().map(DateValue::start).max(Comparator.naturalOrder()).orElseThrow();
            LocalDate end = read.stream().map(DateValue::end).min(Comparator.naturalOrder()).orElseThrow();
            if (!end.isBefore(start)) {
                RawClaim source = written.get(key);
                events.add(new DatedEvent(source.subject().text(), source.property().text(), start, end));
            }
        });
        return events;
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
    private String randomDraft(Random random, List<RawClaim> corpus, List<List<RawClaim>> favoured, List<DatedEvent> dated,
            String id) throws IOException {
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
        // the draft's own durations between two dated events of the corpus, half of them of a length
        // the dates allow and half of one they do not, so the duration rules judge the draft's claims
        int spans = random.nextInt(3);
        for (int i = 1; i <= spans; i++) {
            DatedEvent a = dated.get(random.nextInt(dated.size()));
            DatedEvent b = dated.get(random.nextInt(dated.size()));
            DatedEvent from = a.start().isAfter(b.start()) ? b : a;
            DatedEvent to = from == a ? b : a;
            long least = Math.max(0, ChronoUnit.DAYS.between(from.end(), to.start()));
            long most = ChronoUnit.DAYS.between(from.start(), to.end());
            long days = random.nextBoolean() ? least + (most - least) / 2 : most + 30 + random.nextInt(400);
            yaml.append("  - id: ").append(id).append("-span-").append(i).append('\n');
            yaml.append("    subject: ").append(mapper.writeValueAsString(from.subject())).append('\n');
            yaml.append("    property: \"days-to-").append(id).append("-span-").append(i).append("\"\n");
            yaml.append("    value: {duration: \"").append(days).append(" days\"}\n");
            yaml.append("    quote: \"a span\"\n");
            yaml.append("    between:\n      from: {subject: ").append(mapper.writeValueAsString(from.subject()))
                    .append(", property: ").append(mapper.writeValueAsString(from.property())).append("}\n      to: {subject: ")
                    .append(mapper.writeValueAsString(to.subject())).append(", property: ")
                    .append(mapper.writeValueAsString(to.property())).append("}\n");
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
