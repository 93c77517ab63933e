package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.FailOn;
import org.crosscheck.pipeline.InputRejected;
import org.crosscheck.report.ReportFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck baseline}: records today's open warnings and errors, so CI fails only on new ones. */
@Command(
        name = "baseline",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Writes the current open warnings and errors to a baseline file.",
            "'crosscheck check --baseline FILE' then fails only on findings that are not in it,",
            "matched on rule id, key and claim ids (never on line numbers)."})
final class BaselineCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CorpusOptions corpus;

    @Option(names = "--file", paramLabel = "FILE", defaultValue = "crosscheck-baseline.json",
            description = "Where to write the baseline (default: ${DEFAULT-VALUE}).")
    Path file;

    @Override
    public Integer call() {
        Logging.configure(corpus.debug());
        PrintWriter err = spec.commandLine().getErr();
        CheckResult result;
        try {
            result = corpus.pipeline().check(corpus.request(FailOn.NEVER));
        } catch (InputRejected e) {
            e.problems().forEach(p -> err.println(org.crosscheck.support.Visible.of(p.describe())));
            return ExitCode.INVALID_INPUT.code();
        }
        if (!result.problems().isEmpty()) {
            result.problems().forEach(p -> err.println(org.crosscheck.support.Visible.of(p.describe())));
            err.println("crosscheck: no baseline written; fix the input problems above first.");
            return ExitCode.INVALID_INPUT.code();
        }
        try {
            int recorded = new ReportFiles().writeBaseline(file, result, CheckCommand.toolInfo());
            spec.commandLine().getOut().printf("baseline: %d findings recorded in %s%n", recorded, file);
            return ExitCode.OK.code();
        } catch (IOException e) {
            err.println("crosscheck: cannot write the baseline " + file + ": " + e.getMessage());
            return ExitCode.INVALID_INPUT.code();
        }
    }
}
