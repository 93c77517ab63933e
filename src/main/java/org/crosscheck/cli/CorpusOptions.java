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

    @Option(names = "--today", paramLabel = "DATE", converter = IsoDate.class,
            description = "The date waivers expire against (default: the date of SOURCE_DATE_EPOCH if set, else today).")
    LocalDate today;

    CheckPipeline pipeline() {
        return ruleOptions.pipeline(factsCache);
    }

    boolean debug() {
        return ruleOptions.debug;
    }

    CheckRequest request(FailOn failOn) {
        if (facts.toString().isEmpty()) {
            // Path.of("") is the working directory: every YAML file under it would be read as facts
            throw new UsageError("--facts is empty; name the facts directory (for example --facts facts)");
        }
        return CheckRequest.of(relative(facts), ruleOptions.rules()).withSettings(ruleOptions.config()).withTexts(relative(texts))
                .withDraft(relative(draft))
                .withToday(today != null ? today : defaultToday()).withFailOn(failOn);
    }

    /**
     * An absolute path inside the directory crosscheck runs in (the repository, in CI), as a path
     * relative to it: reports then name files as the repository does, which code-quality and SARIF
     * viewers need to map a finding to its file. Other paths are kept as given.
     */
    static Path relative(Path path) {
        if (path == null || !path.isAbsolute()) {
            return path;
        }
        Path here = Path.of("").toAbsolutePath().normalize();
        Path normal = path.normalize();
        if (normal.startsWith(here) && !normal.equals(here)) {
            return here.relativize(normal);
        }
        return path;
    }

    /** The date --today or SOURCE_DATE_EPOCH states, or null when the day is the clock's. */
    LocalDate statedToday() {
        return today != null ? today
                : Environment.sourceDateEpoch().map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC)).orElse(null);
    }

    /** Reproducible builds set SOURCE_DATE_EPOCH; honour it so a rerun judges waivers the same way. */
    static LocalDate defaultToday() {
        return Environment.sourceDateEpoch().map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC))
                .orElseGet(() -> LocalDate.now(ZoneOffset.UTC));
    }

    /** --today as YYYY-MM-DD, with a message that says so instead of Java's parser's. */
    static final class IsoDate implements picocli.CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + org.crosscheck.support.Visible.of(value)
                        + "' is not a date; write it as YYYY-MM-DD, e.g. 2025-01-01");
            }
        }
    }
}
