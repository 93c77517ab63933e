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

/**
 * A full check through the store that runs the rules only on the keys whose digest changed since the
 * last one ({@link KeyDigests}) and takes the other keys' findings and statuses from the store
 * ({@link KeyResults}). The result equals a check from scratch because of what the engine already
 * guarantees: a key's findings come from its own claim group, in sessions of arbitrary other groups
 * (the batches), reaching other keys only through the claim index, which here still holds every key.
 * Rules that match no group (about sources, records or settings alone) run every time.
 */
final class KeptFindings {

    /** Bumped when what is kept, or how it is encoded, changes; part of every digest. */
    private static final String FORMAT = "crosscheck-key-results-1";

    private KeptFindings() {
    }

    /** The findings (each once, in order), every claim's status, and how many keys were checked or taken from the store. */
    record Outcome(List<Finding> findings, ClaimStatuses statuses, int checked, int kept) {
    }

    static Outcome run(Engine engine, KeyResults store, byte[] common, CompiledRules compiled, Corpus corpus,
            List<ClaimGroup> groups, SourceTexts texts, Settings settings, Progress progress) throws RunawayRules, SQLException {
        Map<ClaimKey, byte[]> digests = KeyDigests.of(groups, common);
        Map<ClaimKey, byte[]> encoded = store.matching(digests);
        Map<String, RuleInfo> rulesByName = new HashMap<>();
        settings.apply(compiled.rules()).forEach(rule -> rulesByName.put(rule.name(), rule));
        Map<String, Claim> claimsById = new HashMap<>();
        if (!encoded.isEmpty()) {
            groups.forEach(group -> group.claims().forEach(claim -> claimsById.put(claim.id(), claim)));
        }
        KeyResults.Codec codec = new KeyResults.Codec(claimsById::get, corpus.references(), rulesByName);
        List<Finding> found = new ArrayList<>();
        Map<String, ClaimStatus> statuses = new HashMap<>();
        Set<String> likelyWrong = new HashSet<>();
        List<ClaimGroup> stale = new ArrayList<>();
        for (ClaimGroup group : groups) {
            byte[] kept = encoded.get(group.key());
            Optional<KeyResults.Result> result = kept == null ? Optional.empty() : codec.decode(kept);
            if (result.isPresent()) {
                found.addAll(result.get().findings());
                statuses.putAll(result.get().statuses());
                likelyWrong.addAll(result.get().likelyWrong());
            } else {
                stale.add(group);
            }
        }
        Assessments assessments = Assessments.of(stale, corpus.references());
        Engine.ByOrigin fresh = engine.runByOrigin(compiled, corpus, stale, new ClaimIndex(groups), assessments, texts, settings,
                progress);
        found.addAll(fresh.unkeyed());
        Map<ClaimKey, byte[]> toKeep = new HashMap<>();
        for (ClaimGroup group : stale) {
            List<Finding> findings = fresh.byOrigin().getOrDefault(group.key(), List.of());
            found.addAll(findings);
            KeyAssessment assessment = assessments.of(group);
            statuses.putAll(assessment.statuses());
            likelyWrong.addAll(assessment.likelyWrong());
            try {
                toKeep.put(group.key(), codec.encode(new KeyResults.Result(findings, assessment.statuses(), assessment.likelyWrong())));
            } catch (IllegalArgumentException | NullPointerException e) {
                // a finding the store cannot name by reference: the key is checked again next time
            }
        }
        store.replace(digests, toKeep, digests.keySet());
        return new Outcome(Engine.sortedOnce(found), new ClaimStatuses(statuses, likelyWrong), stale.size(),
                groups.size() - stale.size());
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
