package org.crosscheck.cli;

import picocli.CommandLine;

/** A bug escaped: one line by default, the stack trace with --debug, exit code 3. A {@link UsageError} is exit code 2. */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        if (e instanceof UsageError usage) {
            cli.getErr().println("crosscheck: " + usage.getMessage());
            return ExitCode.INVALID_INPUT.code();
        }
        boolean debug = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))
                || parsed.hasMatchedOption("--debug");
        cli.getErr().println("crosscheck: internal error: " + e + " (run with --debug for details, and please report it)");
        if (debug) {
            e.printStackTrace(cli.getErr());
        }
        return ExitCode.INTERNAL_ERROR.code();
    }
}
