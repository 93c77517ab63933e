package org.crosscheck.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.crosscheck.compare.Assessments;
import org.crosscheck.compare.KeyAssessment;
import org.crosscheck.engine.CompiledRules;
import org.crosscheck.engine.Engine;
import org.crosscheck.engine.RunawayRules;
import org.crosscheck.model.Citation;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ClaimStatuses;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.ExchangeRate;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Progress;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Settings;
import org.crosscheck.model.SourceTexts;
import org.crosscheck.normalize.ClaimGroup;
import org.crosscheck.normalize.ClaimIndex;
import org.crosscheck.store.KeyDigests;
import org.crosscheck.store.KeyResults;
import org.crosscheck.store.ToolIdentity;
import org.crosscheck.support.ParallelInOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A full check through the store that runs the rules only on the keys whose digest changed since the
 * last one ({@link KeyDigests}) and takes the other keys' findings and statuses from the store
 * ({@link KeyResults}). The result equals a check from scratch because of what the engine already
 * guarantees: a key's findings come from its own claim group, in sessions of arbitrary other groups
 * (the batches), reaching other keys only through the claim index, which here still holds every key.
 * Rules that match no group (about sources, records or settings alone) run every time.
 */
final class KeptFindings {

    /** Each step's time at debug level (--debug), for measuring where a check through the store spends it. */
    private static final Logger LOG = LoggerFactory.getLogger(KeptFindings.class);

    /** Bumped when what is kept, or how it is encoded, changes; part of every digest. */
    private static final String FORMAT = "crosscheck-key-results-2";

    private KeptFindings() {
    }

    /**
     * The findings (each once, in order), every claim's status, and how many keys were checked or
     * taken from the store; for keeping the report's parts ({@link ReportParts}): each key's findings
     * (by the key whose rules made them), the keys whose rules ran, the keys forgotten (gone from the
     * corpus) and the findings of rules that matched no key.
     */
    record Outcome(List<Finding> findings, ClaimStatuses statuses, int checked, int kept, Map<ClaimKey, List<Finding>> byKey,
            Set<ClaimKey> stale, Set<ClaimKey> gone, List<Finding> unkeyed) {
    }

    static Outcome run(Engine engine, KeyResults store, byte[] common, CompiledRules compiled, Corpus corpus,
            List<ClaimGroup> groups, SourceTexts texts, Settings settings, Progress progress) throws RunawayRules, SQLException {
        long t0 = System.nanoTime();
        Map<ClaimKey, byte[]> digests = KeyDigests.of(groups, common);
        long t1 = System.nanoTime();
        Map<ClaimKey, byte[]> encoded = store.matching(digests);
        long t2 = System.nanoTime();
        Map<String, RuleInfo> rulesByName = new HashMap<>();
        settings.apply(compiled.rules()).forEach(rule -> rulesByName.put(rule.name(), rule));
        Map<String, Claim> claimsById = new HashMap<>();
        if (!encoded.isEmpty()) {
            groups.forEach(group -> group.claims().forEach(claim -> claimsById.put(claim.id(), claim)));
        }
        KeyResults.Codec codec = new KeyResults.Codec(claimsById::get, corpus.references(), rulesByName);
        List<Finding> found = new ArrayList<>();
        Map<String, ClaimStatus> statuses = new HashMap<>(claimsById.size() * 2);
        Set<String> likelyWrong = new HashSet<>();
        List<ClaimGroup> stale = new ArrayList<>();
        Map<ClaimKey, List<Finding>> byKey = new HashMap<>(groups.size() * 2);
        // decoded side by side (each entry on its own; the codec only reads the run's objects), then
        // taken in key order: at a million claims, one thread decoding 100,000 keys' results was 62 s
        // of a loaded run's wall time
        List<Optional<KeyResults.Result>> decoded = ParallelInOrder.stream(groups, ClaimGroup.PARALLEL_FROM).map(group -> {
            byte[] kept = encoded.get(group.key());
            return kept == null ? Optional.<KeyResults.Result>empty() : codec.decode(kept);
        }).toList();
        for (int i = 0; i < groups.size(); i++) {
            ClaimGroup group = groups.get(i);
            Optional<KeyResults.Result> result = decoded.get(i);
            if (result.isPresent()) {
                found.addAll(result.get().findings());
                byKey.put(group.key(), result.get().findings());
                statuses.putAll(result.get().statuses());
                likelyWrong.addAll(result.get().likelyWrong());
            } else {
                stale.add(group);
            }
        }
        long t3 = System.nanoTime();
        Assessments assessments = Assessments.of(stale, corpus.references());
        Engine.ByOrigin fresh = engine.runByOrigin(compiled, corpus, stale, new ClaimIndex(groups), assessments, texts, settings,
                progress);
        long t4 = System.nanoTime();
        found.addAll(fresh.unkeyed());
        Map<ClaimKey, byte[]> toKeep = new HashMap<>();
        for (ClaimGroup group : stale) {
            List<Finding> findings = fresh.byOrigin().getOrDefault(group.key(), List.of());
            found.addAll(findings);
            byKey.put(group.key(), findings);
            KeyAssessment assessment = assessments.of(group);
            statuses.putAll(assessment.statuses());
            likelyWrong.addAll(assessment.likelyWrong());
            try {
                toKeep.put(group.key(), codec.encode(new KeyResults.Result(findings, assessment.statuses(), assessment.likelyWrong())));
            } catch (IllegalArgumentException | NullPointerException e) {
                // a finding the store cannot name by reference: the key is checked again next time
            }
        }
        long t5 = System.nanoTime();
        Set<ClaimKey> gone = store.replace(digests, toKeep, digests.keySet());
        long t6 = System.nanoTime();
        List<Finding> sorted = Engine.sortedOnce(found);
        LOG.debug("kept findings: digests of {} keys {} ms, kept results read {} ms, {} decoded {} ms, rules on {} keys {} ms,"
                + " encoded {} ms, written {} ms, sorted {} ms", groups.size(), ms(t1 - t0), ms(t2 - t1), encoded.size(), ms(t3 - t2),
                stale.size(), ms(t4 - t3), ms(t5 - t4), ms(t6 - t5), ms(System.nanoTime() - t6));
        Set<ClaimKey> staleKeys = new HashSet<>();
        stale.forEach(group -> staleKeys.add(group.key()));
        return new Outcome(sorted, new ClaimStatuses(statuses, likelyWrong), stale.size(),
                groups.size() - stale.size(), byKey, staleKeys, gone, fresh.unkeyed());
    }

    /**
     * What the report's kept parts hold for besides the facts: the tool, the rule files' bytes, the
     * rules and built-in checks as the settings apply them, and the thresholds. A run whose context
     * differs does not use them; the facts' own changes are found file by file.
     */
    static String context(Path rulesDir, CompiledRules compiled, Settings settings) throws IOException {
        KeyDigests.Builder digest = new KeyDigests.Builder().add(FORMAT).add("report parts").add(ToolIdentity.of(KeptFindings.class));
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.add(rulesDir.relativize(file).toString().replace('\\', '/')).add(Files.readAllBytes(file));
            }
        }
        digest.add("rules");
        settings.apply(compiled.rules()).forEach(rule -> digest.add(rule.toString()));
        digest.add("built-in");
        settings.apply(org.crosscheck.triage.BuiltInRules.ALL).forEach(rule -> digest.add(rule.toString()));
        digest.add("thresholds").add(settings.thresholds().toString());
        return java.util.HexFormat.of().formatHex(digest.finish());
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /**
     * The part of every key's digest that the whole run shares: the tool, the rule files' paths and
     * bytes, the rules as the settings apply them, the thresholds, the article texts, and every
     * reference record, exchange rate and entity (which any key's rules may read).
     */
    static byte[] common(Path rulesDir, CompiledRules compiled, Settings settings, SourceTexts texts, Corpus corpus)
            throws IOException {
        KeyDigests.Builder digest = new KeyDigests.Builder().add(FORMAT).add(ToolIdentity.of(KeptFindings.class));
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.add(rulesDir.relativize(file).toString().replace('\\', '/')).add(Files.readAllBytes(file));
            }
        }
        digest.add("rules");
        settings.apply(compiled.rules()).forEach(rule -> digest.add(rule.toString()));
        digest.add("thresholds").add(settings.thresholds().toString());
        digest.add("texts").add(texts == SourceTexts.NONE ? "none" : "some");
        new TreeMap<>(texts.bySourceId()).forEach((id, text) -> digest.add(id).add(text));
        digest.add("references");
        for (ReferenceRecord record : corpus.references()) {
            digest.add(record.id()).add(record.key().subject()).add(record.key().property()).add(record.value().toString())
                    .add(String.valueOf(record.validFrom())).add(String.valueOf(record.validTo()));
            citation(digest, record.citation());
            digest.add(String.valueOf(record.certain())).add(place(record.location())).add(record.issuer());
        }
        digest.add("rates");
        for (ExchangeRate rate : corpus.rates()) {
            digest.add(rate.id()).add(rate.from()).add(rate.to()).add(rate.rate().toString()).add(String.valueOf(rate.date()));
            citation(digest, rate.citation());
            digest.add(place(rate.location()));
        }
        digest.add("entities");
        for (Entity entity : corpus.entities()) {
            digest.add(entity.toString()).add(place(entity.location()));
        }
        return digest.finish();
    }

    private static void citation(KeyDigests.Builder digest, Citation citation) {
        if (citation == null) {
            digest.add((String) null);
        } else {
            digest.add(citation.issuer()).add(citation.document()).add(String.valueOf(citation.date())).add(citation.url());
        }
    }

    private static String place(org.crosscheck.model.Location location) {
        return location == null ? null : location.file() + ":" + location.line() + ":" + location.column();
    }
}
