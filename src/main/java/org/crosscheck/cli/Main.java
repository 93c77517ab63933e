package org.crosscheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crosscheck} command: parses arguments and hands over to a subcommand. */
@Command(
        name = "crosscheck",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks facts extracted from news articles against each other and against reference records.",
        subcommands = {CheckCommand.class, ExtractCommand.class, ServeCommand.class, IndexCommand.class, BaselineCommand.class, RulesCommand.class,
            NormalizeCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_FINDINGS, ExitCode.HELP_INVALID, ExitCode.HELP_INTERNAL})
public final class Main implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Set when a run ran out of heap; see {@link #main}. */
    private static volatile boolean ranOutOfMemory;
    private static volatile boolean oomReported;

    public static void main(String[] args) {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError) {
                ranOutOfMemory = true; // a parallel worker's; main reports it once
            } else { // what the JVM does without a handler
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                e.printStackTrace(System.err);
            }
        });
        int code = ExitCode.INTERNAL_ERROR.code();
        try {
            code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        } catch (Error e) {
            if (!causedByOutOfMemory(e)) {
                throw e;
            }
            ranOutOfMemory = true;
        }
        if (ranOutOfMemory) {
            if (!oomReported) { // the workers have stopped by now, and freed what they held
                try {
                    System.err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
                } catch (OutOfMemoryError stillFull) {
                    // the exit code still says what happened
                }
            }
            // Parallel workers may still be holding and allocating memory, and an orderly exit needs
            // some: stop here with the code, so the failure never turns into a stack trace and exit 1.
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(code);
        }
        System.exit(code);
    }

    /** Runs the CLI with the given streams and returns the exit code; used by main and by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // reports and messages are the same whatever the machine's locale: with an Arabic or Thai
        // default, String.format would otherwise write line numbers in other digits
        java.util.Locale.setDefault(java.util.Locale.ROOT);
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new InternalErrorHandler());
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("crosscheck: " + e.getMessage());
            // picocli's "Did you mean: check?" for a mistyped command or option
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)
                    && e instanceof CommandLine.UnmatchedArgumentException unmatched) {
                // picocli suggests subcommands; a mistyped option gets the nearest option name here
                java.util.List<String> options = new java.util.ArrayList<>(e.getCommandLine().getCommandSpec().optionsMap().keySet());
                unmatched.getUnmatched().stream().filter(arg -> arg.startsWith("--"))
                        .map(arg -> arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg)
                        .forEach(arg -> org.crosscheck.support.Suggestions.closest(arg, options)
                                .ifPresent(option -> err.println("Did you mean: " + option + "?")));
            }
            err.println("Run 'crosscheck " + (e.getCommandLine().getCommandName().equals("crosscheck") ? "" : e.getCommandLine().getCommandName() + " ")
                    + "--help' for the options.");
            return ExitCode.INVALID_INPUT.code();
        });
        // built up front: when the heap runs out there may be no memory left to build it
        String outOfMemory = outOfMemory(Runtime.getRuntime().maxMemory());
        try {
            return cli.execute(args);
        } catch (Error e) {
            if (!causedByOutOfMemory(e)) {
                throw e;
            }
            // not a bug, and not bad input: the corpus needs more heap than this JVM has
            ranOutOfMemory = true;
            try {
                err.println(outOfMemory);
                err.flush();
                oomReported = true;
            } catch (OutOfMemoryError stillFull) {
                // the exit code still says what happened
            }
            return ExitCode.INTERNAL_ERROR.code();
        }
    }

    /**
     * Whether the heap running out caused this error. It can arrive disguised: a class whose static
     * initialiser ran out of memory fails every later use with NoClassDefFoundError, and the JVM
     * keeps the original only as text in the message.
     */
    static boolean causedByOutOfMemory(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof OutOfMemoryError || String.valueOf(e.getMessage()).contains("java.lang.OutOfMemoryError")) {
                return true;
            }
        }
        return false;
    }

    static String outOfMemory(long maxHeapBytes) {
        return "crosscheck: out of memory: the corpus needs more than the " + maxHeapBytes / (1024 * 1024)
                + " MB of heap this JVM has (give it more with CROSSCHECK_JAVA_OPTS=-Xmx2g; a million claims check in 2 GB,"
                + " see docs/performance.md)";
    }

    /** No command given: the usage, on standard error, and exit code 2, as for any call that does nothing asked. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        spec.commandLine().getErr().println("crosscheck: no command given; try 'crosscheck check' in a directory with facts/ and rules/.");
        return ExitCode.INVALID_INPUT.code();
    }
}
