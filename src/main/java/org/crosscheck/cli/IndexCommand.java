package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.pipeline.CheckPipeline;
import org.crosscheck.pipeline.InputRejected;
import org.crosscheck.store.FactsStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck index}: brings the store up to date with the facts directory, reading only what changed. */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Brings the store (see check --store) up to date with the facts directory: files whose bytes changed are",
            "read again, files that are gone are removed with their claims. A damaged store, or one another crosscheck",
            "build wrote, is built again. The store can always be deleted and built again from the facts."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the store is up to date", "2:the facts directory or the store directory cannot be used"})
final class IndexCommand implements Callable<Integer> {

    /** Where the store lives unless --store or CROSSCHECK_STORE says otherwise. */
    static final String DEFAULT_STORE = ".crosscheck/store";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--facts", paramLabel = "DIR", defaultValue = "facts",
            description = "Directory of YAML facts files (default: ${DEFAULT-VALUE}).")
    Path facts;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "${env:CROSSCHECK_STORE:-" + DEFAULT_STORE + "}",
            description = "Directory of the store (default: $CROSSCHECK_STORE, else ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--debug", description = "Show stack traces for internal errors.")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        Logging.configure(debug);
        PrintWriter err = spec.commandLine().getErr();
        FactsStore.Update update;
        try {
            update = new CheckPipeline().index(facts, store, err::println);
        } catch (InputRejected e) {
            e.problems().forEach(p -> err.println(p.describe()));
            return ExitCode.INVALID_INPUT.code();
        }
        if (!quiet) {
            long bytes = Files.size(store.resolve(FactsStore.FILE_NAME));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("store %s: %,d facts files (%,d read, %,d unchanged by their bytes, %,d unchanged by size and time), "
                    + "%,d removed; %,.1f MB%n", store, update.files(), update.read(), update.rehashed(), update.unchanged(),
                    update.removed(), bytes / 1e6);
            out.flush();
        }
        return ExitCode.OK.code();
    }
}
