package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.crosscheck.extract.SuggestedFindings;
import org.crosscheck.extract.TextRejected;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Phase;
import org.crosscheck.model.Progress;
import org.crosscheck.model.FailOn;
import org.crosscheck.model.ToolInfo;
import org.crosscheck.model.TriageSummary;
import org.crosscheck.pipeline.IncrementalReport;
import org.crosscheck.pipeline.InputRejected;
import org.crosscheck.report.ConsoleSummary;
import org.crosscheck.report.GithubAnnotations;
import org.crosscheck.report.ConsoleSummary;
import org.crosscheck.report.JsonReportWriter;
import org.crosscheck.report.ReportFiles;
import org.crosscheck.report.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck check}: runs the rules over the facts and writes the reports. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Checks every claim in the facts directory with the rules and writes the reports.",
            "With no options: checks facts/ with rules/ and writes reports/."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_FINDINGS, ExitCode.HELP_INVALID, ExitCode.HELP_INTERNAL})
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CorpusOptions corpus;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Findings recorded in this baseline (see 'crosscheck baseline') are shown but do not fail the run.")
    Path baseline;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "Directory the reports are written to (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", paramLabel = "LIST", split = ",", converter = FormatConverter.class,
            completionCandidates = FormatLabels.class,
            description = "Reports to write, comma-separated, from: ${COMPLETION-CANDIDATES} (default: every report file; "
                    + "github prints GitHub Actions annotations instead of writing a file).")
    List<ReportFormat> formats = ReportFormat.files();

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error", converter = FailOnConverter.class,
            description = "Exit 1 when a finding is at or above this severity: error, warning, info or never "
                    + "(default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--docs-url", paramLabel = "URL",
            description = "Where this repository's files are published (e.g. its web URL); reports then link each rule "
                    + "to <URL>/docs/rules/<ID>.md.")
    String docsUrl;

    @Option(names = "--root", paramLabel = "DIR",
            description = "The repository's root: report.sarif, codequality.json and GitHub annotations name files relative "
                    + "to DIR, so code hosts map findings to the repository's files wherever crosscheck runs (default: the "
                    + "working directory, which then names files inside it relative to itself).")
    Path root;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "${env:CROSSCHECK_STORE}",
            description = "Read the facts through the store in DIR (see 'crosscheck index'), bringing it up to date first: "
                    + "only files whose bytes changed are parsed, and --draft or --changed reads only the files the keys "
                    + "involved need (default: $CROSSCHECK_STORE; without it, every file is read).")
    Path store;

    @Option(names = "--changed", paramLabel = "FILE", arity = "1..*",
            description = "Pull-request mode: report only the findings involving these facts files (and their problems); "
                    + "the exit code comes from them alone.")
    List<Path> changed = List.of();

    @Option(names = "--changed-since", paramLabel = "GIT_REF",
            description = "Pull-request mode for the facts files Git says changed since GIT_REF (e.g. origin/main).")
    String changedSince;
    @Option(names = "--draft-text", paramLabel = "ARTICLE",
            description = "Pre-publication check from the draft's text: extract its candidate claims (as 'crosscheck extract' "
                    + "does), write them to <out>/draft-<name>.yaml and check them as --draft does; each finding on a "
                    + "suggested claim says so, with the claim's quote.")
    Path draftText;

    @Option(names = "--published", paramLabel = "DATE",
            description = "With --draft-text: the draft's publication date (YYYY-MM-DD, or an interval such as 2024-05-22/2024-05-24), against which 'today' and 'last year' are read.")
    String published;

    @Override
    public Integer call() throws IOException {
        Logging.configure(corpus.debug());
        PrintWriter err = spec.commandLine().getErr();
        if (out.toString().isEmpty()) {
            throw new UsageError("--out is empty; name the directory for the reports (for example --out reports)");
        }
        // a mistaken --docs-url or --root is said before the check, not after it
        ToolInfo tool = toolInfo(docsUrl, root);
        CheckResult result;
        org.crosscheck.pipeline.CheckPipeline.KeyCounts keyCounts = null;
        Set<ReportFormat> chosen = formats.isEmpty() ? EnumSet.noneOf(ReportFormat.class) : EnumSet.copyOf(formats);
        List<Path> written;
        Progress progress = ProgressBar.forTerminal(quiet, System.console() != null, System.err);
        // the report writers get ready while the facts are checked, not after (docs/performance.md)
        Supplier<ReportFiles> reportFiles = ReportFiles.readyInBackground();
        String suggestedFrom = null;
        if (draftText != null) {
            if (corpus.draft != null) {
                close(progress);
                err.println("crosscheck: give --draft or --draft-text, not both");
                return ExitCode.INVALID_INPUT.code();
            }
            try {
                DraftFromText.Written draft = DraftFromText.write(corpus.facts, draftText, published, out);
                corpus.draft = draft.file();
                suggestedFrom = draft.sourceId();
                if (!quiet) {
                    spec.commandLine().getOut().println(draft.summary());
                }
            } catch (TextRejected e) {
                close(progress);
                e.problems().forEach(p -> err.println(p.describe()));
                return ExitCode.INVALID_INPUT.code();
            } catch (IOException e) {
                close(progress);
                err.println("crosscheck: cannot write the extracted draft to " + out + ": " + e.getMessage()
                        + " (choose another directory with --out)");
                return ExitCode.INVALID_INPUT.code();
            }
        } else if (published != null) {
            close(progress);
            err.println("crosscheck: --published goes with --draft-text (a --draft file states its own publication date)");
            return ExitCode.INVALID_INPUT.code();
        }
        try {
            List<Path> changedFiles = changed.isEmpty() && changedSince == null ? null : changed;
            if (changedSince != null) {
                try {
                    changedFiles = new java.util.ArrayList<>(changed);
                    changedFiles.addAll(ChangedFiles.since(corpus.facts, changedSince));
                } catch (ChangedFiles.GitFailed e) {
                    close(progress);
                    err.println("crosscheck: --changed-since " + changedSince + ": " + e.getMessage());
                    return ExitCode.INVALID_INPUT.code();
                }
            }
            try {
                var pipeline = corpus.pipeline();
                if (RuleOptions.orNull(store) != null) {
                    pipeline.withStore(store, notice -> err.println("crosscheck: " + notice));
                    // every full check through the store keeps the JSON report's parts for the next one
                    pipeline.withReportParts(JsonReportWriter::render);
                }
                var request = corpus.request(failOn).withBaseline(baseline).withChanged(changedFiles);
                if (RuleOptions.orNull(store) != null && chosen.equals(EnumSet.of(ReportFormat.JSON)) && suggestedFrom == null) {
                    // report.json alone: after a small edit, from the parts the store keeps (docs/design.md, "The store")
                    Optional<IncrementalReport> incremental = pipeline.checkIncrementally(request, ConsoleSummary.top(), progress);
                    if (incremental.isPresent()) {
                        try (IncrementalReport report = incremental.get()) {
                            tool = tool.withInputsDigest(org.crosscheck.pipeline.InputsDigest.of(tool,
                                    request.withToday(corpus.statedToday()), pipeline.lastFactsHashes().orElse(null)));
                            return writeIncremental(report, tool, reportFiles, progress, err);
                        }
                    }
                }
                result = pipeline.check(request, progress);
                // the reports' digest of the inputs counts the date only when it was stated, never the clock's
                // through the store, the facts files' SHA-256s are the store's, not read again
                tool = tool.withInputsDigest(org.crosscheck.pipeline.InputsDigest.of(tool, request.withToday(corpus.statedToday()),
                        pipeline.lastFactsHashes().orElse(null)));
                keyCounts = pipeline.lastKeyCounts().orElse(null);
                if (suggestedFrom != null) {
                    result = SuggestedFindings.mark(result, Set.of(suggestedFrom));
                }
            } catch (InputRejected e) {
                close(progress);
                e.problems().forEach(p -> err.println(org.crosscheck.support.Visible.of(p.describe())));
                if (e.problems().size() > 1) {
                    err.println("crosscheck: nothing was checked; fix the problems above.");
                }
                return ExitCode.INVALID_INPUT.code();
            }
            if (!outputDirectoryUsable(progress, err)) {
                return ExitCode.INVALID_INPUT.code();
            }
            progress.started(Phase.REPORTS, chosen.size());
            try {
                written = reportFiles.get().write(out, chosen, result, tool);
            } catch (IOException e) {
                close(progress);
                err.println("crosscheck: cannot write reports to " + out + ": " + e.getMessage()
                        + " (choose another directory with --out)");
                return ExitCode.INVALID_INPUT.code();
            }
            progress.finished(Phase.REPORTS);
        } finally {
            close(progress);
        }
        if (chosen.contains(ReportFormat.GITHUB)) {
            GithubAnnotations.print(result, tool, spec.commandLine().getOut());
        }
        if (!quiet) {
            PrintWriter stdout = spec.commandLine().getOut();
            var bytes = new java.io.ByteArrayOutputStream();
            try (PrintStream print = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
                ConsoleSummary.print(result, written, print);
            }
            stdout.print(bytes.toString(StandardCharsets.UTF_8));
            if (keyCounts != null) {
                stdout.printf(java.util.Locale.ROOT, "store: rules run on %,d keys whose claims or inputs changed; %,d keys' findings"
                        + " taken from the store%n", keyCounts.checked(), keyCounts.kept());
            }
            stdout.flush();
        } else if (!result.problems().isEmpty()) {
            result.problems().forEach(p -> err.println(org.crosscheck.support.Visible.of(p.describe())));
        }
        return ExitCode.of(result.outcome()).code();
    }

    /**
     * False, with the error printed, when {@code --out} is a file; warns when the directory holds a
     * mixed set of reports, which a run stopped while moving its reports into place leaves behind.
     */
    private boolean outputDirectoryUsable(Progress progress, PrintWriter err) {
        if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
            close(progress);
            err.println("crosscheck: cannot write reports to " + out + ": it is a file, not a directory (choose another directory with --out)");
            return false;
        }
        ReportFiles.mixedSet(out).ifPresent(mixed -> err.println("crosscheck: the reports in " + out + " were a mixed set: " + mixed
                + " (a run stopped while moving its reports into place?); this run replaces them"));
        return true;
    }

    /** Writes report.json from the store's kept parts and prints the console summary, as a full check would. */
    private int writeIncremental(IncrementalReport report, ToolInfo tool, Supplier<ReportFiles> reportFiles, Progress progress,
            PrintWriter err) {
        if (!outputDirectoryUsable(progress, err)) {
            return ExitCode.INVALID_INPUT.code();
        }
        JsonReportWriter.Head head = IncrementalOutput.head(report);
        List<Path> written;
        progress.started(Phase.REPORTS, 1);
        try {
            written = reportFiles.get().writeJson(out, head, tool, report.rows());
        } catch (IOException e) {
            close(progress);
            err.println("crosscheck: cannot write reports to " + out + ": " + e.getMessage() + " (choose another directory with --out)");
            return ExitCode.INVALID_INPUT.code();
        }
        progress.finished(Phase.REPORTS);
        close(progress);
        if (!quiet) {
            PrintWriter stdout = spec.commandLine().getOut();
            var bytes = new java.io.ByteArrayOutputStream();
            try (PrintStream print = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
                ConsoleSummary.print(IncrementalOutput.console(report), written, print);
            }
            stdout.print(bytes.toString(StandardCharsets.UTF_8));
            stdout.printf(java.util.Locale.ROOT, "store: rules run on %,d keys of the %,d files changed since the last check;"
                    + " every other key's findings taken from the store%n", report.rechecked(), report.changedFiles());
            stdout.flush();
        }
        return ExitCode.of(report.outcome()).code();
    }

    private static void close(Progress progress) {
        if (progress instanceof ProgressBar bar) {
            bar.close();
        }
    }

    /** Reports carry a time only when SOURCE_DATE_EPOCH asks for one, so runs stay reproducible. */
    static ToolInfo toolInfo() {
        return toolInfo(null);
    }

    static ToolInfo toolInfo(String docsUrl, Path root) {
        ToolInfo tool = toolInfo(docsUrl);
        if (root == null) {
            return tool;
        }
        if (root.toString().isEmpty() || !java.nio.file.Files.isDirectory(root)) {
            throw new UsageError("--root " + org.crosscheck.support.Visible.of(root.toString())
                    + ": no such directory (name the repository's root, the directory code hosts name files from)");
        }
        return new ToolInfo(tool.name(), tool.version(), tool.generatedAt(), tool.docsBaseUrl(),
                root.toAbsolutePath().normalize().toString());
    }

    static ToolInfo toolInfo(String docsUrl) {
        String generatedAt = Environment.sourceDateEpoch().map(Instant::toString).orElse(null);
        if (docsUrl != null && !docsUrlValid(docsUrl)) {
            throw new UsageError("--docs-url '" + org.crosscheck.support.Visible.of(docsUrl) + "' is not an absolute http or https URL"
                    + " (write it like https://example.org/crosscheck/docs/rules/, the address the rules' pages are under)");
        }
        return new ToolInfo("crosscheck", VersionProvider.version(), generatedAt, docsUrl);
    }

    static boolean docsUrlValid(String url) {
        try {
            java.net.URI uri = new java.net.URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** The format names as users type them, for --help. */
    static final class FormatLabels implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(ReportFormat.values()).map(ReportFormat::label).iterator();
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.fromLabel(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown format '" + value + "'; choose from " + ReportFormat.labels()));
        }
    }

    static final class FailOnConverter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            return FailOn.fromLabel(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + value + "' is not a severity; choose error, warning, info or never"));
        }
    }
}
