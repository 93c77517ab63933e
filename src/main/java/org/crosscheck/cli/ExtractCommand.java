package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.extract.ArchiveExtraction;
import org.crosscheck.extract.ArticleReader;
import org.crosscheck.extract.DraftWriter;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.ExtractionCorpus;
import org.crosscheck.extract.Extractor;
import org.crosscheck.extract.TextRejected;
import org.crosscheck.model.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosscheck extract}: candidate claims from an article's text, as a draft source file. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Reads an article's text and writes a draft source file (status: draft) of candidate claims: every date, amount, "
                    + "count, percentage and duration crosscheck's readers find, filed under the corpus key its sentence reads most "
                    + "like (or a proposed new property, marked in its note), with the shortest quote that holds the subject and the "
                    + "value. A value is filed under a key whose values it contradicts only when its sentence names the key's "
                    + "subject and its clause speaks of the key's property; a weaker match becomes a proposed property whose note "
                    + "names the key, so a weak match never raises an error. Each note gives the key's score and the runner-up keys: "
                    + "accept, fix or delete each claim, then check the draft (crosscheck check --draft FILE).",
            "",
            "With --texts DIR, every .txt file of DIR becomes one draft file in --out DIR. Title, outlet and publication date "
                    + "come from a front-matter header at the top of each text ('title: …', 'outlet: …', 'published: YYYY-MM-DD', "
                    + "'url: …', one per line between two '---' lines), or else from " + ArchiveExtraction.CSV + " beside the "
                    + "texts, with the columns file,title,outlet,published,url.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the draft was written", ExitCode.HELP_INVALID, ExitCode.HELP_INTERNAL})
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ARTICLE",
            description = "The article's text: plain UTF-8, one paragraph per line.")
    Path article;

    @Option(names = "--facts", paramLabel = "DIR", defaultValue = "facts",
            description = "The corpus whose entities and keys the claims are filed under (default: ${DEFAULT-VALUE}).")
    Path facts;

    @Option(names = "--published", paramLabel = "DATE",
            description = "The article's publication date (YYYY-MM-DD, or an interval such as 2024-05-22/2024-05-24), against "
                    + "which 'today' and 'last year' are read; without it, and without a front-matter date, such phrases are not read.")
    String published;

    @Option(names = "--out", paramLabel = "FILE|DIR",
            description = "Where the draft is written (default: standard output); with --texts, the directory for the drafts.")
    Path out;

    @Option(names = "--texts", paramLabel = "DIR",
            description = "Extract every .txt file of DIR, one draft file each, into --out DIR.")
    Path texts;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--debug", description = "Show stack traces and library logging.")
    boolean debug;

    @Override
    public Integer call() {
        Logging.configure(debug);
        PrintWriter err = spec.commandLine().getErr();
        if ((article == null) == (texts == null)) {
            err.println("crosscheck: extract needs either an ARTICLE or --texts DIR (not both)");
            err.println("Run 'crosscheck extract --help' for the options.");
            return ExitCode.INVALID_INPUT.code();
        }
        if (texts != null && out == null) {
            err.println("crosscheck: extract --texts needs --out DIR, the directory the drafts are written to (e.g. facts/sources)");
            return ExitCode.INVALID_INPUT.code();
        }
        try {
            ExtractionCorpus corpus = ExtractionCorpus.load(facts);
            return texts != null ? archive(corpus, err) : single(corpus, err);
        } catch (TextRejected e) {
            e.problems().forEach(p -> err.println(p.describe()));
            return ExitCode.INVALID_INPUT.code();
        }
    }

    private int single(ExtractionCorpus corpus, PrintWriter err) throws TextRejected {
        Extraction extraction = new Extractor(corpus).extract(new ArticleReader().read(article), published);
        String yaml = DraftWriter.write(extraction);
        if (out == null) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
            return ExitCode.OK.code();
        }
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.writeString(out, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("crosscheck: cannot write the draft to " + out + ": " + e.getMessage() + " (choose another file with --out)");
            return ExitCode.INVALID_INPUT.code();
        }
        if (!quiet) {
            spec.commandLine().getOut().printf("crosscheck: %d sentences, %d candidate claims (%d with a proposed property), "
                    + "%d values filed under no subject; draft written to %s%n", extraction.sentences().size(),
                    extraction.candidates().size(), extraction.candidates().stream().filter(c -> c.proposed()).count(),
                    extraction.unfiled().size(), out);
        }
        return ExitCode.OK.code();
    }

    private int archive(ExtractionCorpus corpus, PrintWriter err) throws TextRejected {
        if (published != null) {
            err.println("crosscheck: --published applies to one article; with --texts give each article's date in its "
                    + "front matter or in " + ArchiveExtraction.CSV);
            return ExitCode.INVALID_INPUT.code();
        }
        Progress progress = ProgressBar.forTerminal(quiet, System.console() != null, System.err);
        ArchiveExtraction.Result result;
        try {
            result = new ArchiveExtraction(corpus).run(texts, out, progress);
        } finally {
            if (progress instanceof ProgressBar bar) {
                bar.close();
            }
        }
        result.problems().forEach(p -> err.println(p.describe()));
        if (!quiet) {
            spec.commandLine().getOut().printf("crosscheck: %d drafts written to %s, %d candidate claims; %d articles could not be read%n",
                    result.written().size(), out, result.candidates(), result.problems().size());
        }
        return result.problems().isEmpty() ? ExitCode.OK.code() : ExitCode.INVALID_INPUT.code();
    }
}
