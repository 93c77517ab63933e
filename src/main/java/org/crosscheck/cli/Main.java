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
        subcommands = {CheckCommand.class, BaselineCommand.class, RulesCommand.class, NormalizeCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_FINDINGS, ExitCode.HELP_INVALID, ExitCode.HELP_INTERNAL})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code; used by main and by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new InternalErrorHandler());
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("crosscheck: " + e.getMessage());
            err.println("Run 'crosscheck " + (e.getCommandLine().getCommandName().equals("crosscheck") ? "" : e.getCommandLine().getCommandName() + " ")
                    + "--help' for the options.");
            return ExitCode.INVALID_INPUT.code();
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
