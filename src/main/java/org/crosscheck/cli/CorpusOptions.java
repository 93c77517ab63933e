package org.crosscheck.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.crosscheck.model.FailOn;
import org.crosscheck.pipeline.CheckPipeline;
import org.crosscheck.pipeline.CheckRequest;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that say what to check; shared by {@code check} and {@code baseline}. */
final class CorpusOptions {

    @Option(names = "--facts", paramLabel = "DIR", defaultValue = "facts",
            description = "Directory of YAML facts files (default: ${DEFAULT-VALUE}).")
    Path facts;

    @Option(names = "--facts-cache", paramLabel = "DIR", defaultValue = "${env:CROSSCHECK_FACTS_CACHE}",
            description = "Keep each parsed facts file in DIR between runs, under a hash of its bytes, so files that did not "
                    + "change are read from there instead of parsed again: for large archives checked again and again "
                    + "(default: $CROSSCHECK_FACTS_CACHE; without it, every file is parsed on every run). Use one DIR per "
                    + "facts directory: entries of files the run did not read are deleted.")
    Path factsCache;

    @Mixin
    RuleOptions ruleOptions;

    @Option(names = "--texts", paramLabel = "DIR",
            description = "Directory of the article texts the sources name (text:); every quote is then checked against its article.")
    Path texts;

    @Option(names = "--draft", paramLabel = "FILE",
            description = "Pre-publication check: load this draft (a source with status: draft) with the corpus and report "
                    + "only the findings that involve it.")
    Path draft;

    @Option(names = "--today", paramLabel = "DATE",
            description = "The date waivers expire against (default: the date of SOURCE_DATE_EPOCH if set, else today).")
    LocalDate today;

    CheckPipeline pipeline() {
        return ruleOptions.pipeline(factsCache);
    }

    boolean debug() {
        return ruleOptions.debug;
    }

    CheckRequest request(FailOn failOn) {
        return CheckRequest.of(facts, ruleOptions.rules).withSettings(ruleOptions.config).withTexts(texts).withDraft(draft)
                .withToday(today != null ? today : defaultToday()).withFailOn(failOn);
    }

    /** Reproducible builds set SOURCE_DATE_EPOCH; honour it so a rerun judges waivers the same way. */
    static LocalDate defaultToday() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch)), ZoneOffset.UTC);
        }
        return LocalDate.now(ZoneOffset.UTC);
    }
}
