package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.crosscheck.desk.DeskLimits;
import org.crosscheck.desk.DeskServer;
import org.crosscheck.desk.DeskService;
import org.crosscheck.model.FailOn;
import org.crosscheck.pipeline.CheckPipeline;
import org.crosscheck.pipeline.CheckRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck serve}: the editor's desk, a local web application for checking a draft from its text. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Starts the editor's desk: a web page where an editor pastes (or uploads) a draft, sees its candidate claims "
                    + "highlighted and checked against the corpus, accepts, fixes or drops each, and downloads the kept claims "
                    + "as a draft source file (status: draft).",
            "",
            "It listens on 127.0.0.1 unless --host says otherwise; any other address needs --token (or "
                    + "$CROSSCHECK_DESK_TOKEN), which every request must then carry. Stop it with Ctrl-C.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", ExitCode.HELP_INVALID, ExitCode.HELP_INTERNAL})
final class ServeCommand implements Callable<Integer> {

    static final String TOKEN_VARIABLE = "CROSSCHECK_DESK_TOKEN";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--facts", paramLabel = "DIR", defaultValue = "facts",
            description = "The corpus drafts are checked against (default: ${DEFAULT-VALUE}).")
    Path facts;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "${env:CROSSCHECK_STORE}",
            description = "Read the facts at start-up through the store in DIR (see 'crosscheck index'), which is faster "
                    + "when the store is kept between starts; checks read the corpus held in memory (default: $CROSSCHECK_STORE).")
    Path store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only). Any other needs --token.")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:" + TOKEN_VARIABLE + "}",
            description = "The access token every request must carry (default: $" + TOKEN_VARIABLE + "); required with a "
                    + "--host other than loopback. At least 16 characters.")
    String token;

    @CommandLine.Mixin
    RuleOptions ruleOptions;

    @Override
    public Integer call() throws IOException {
        Logging.configure(ruleOptions.debug);
        PrintWriter err = spec.commandLine().getErr();
        String accessToken = token == null || token.isBlank() ? null : token.strip();
        if (port < 0 || port > 65535) {
            err.println("crosscheck: --port " + port + " is not a port; give 1-65535, or 0 for any free port");
            return ExitCode.INVALID_INPUT.code();
        }
        boolean loopback;
        try {
            loopback = InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            err.println("crosscheck: --host " + host + ": no such address on this machine (give an IP address, or leave "
                    + "--host out to listen on 127.0.0.1)");
            return ExitCode.INVALID_INPUT.code();
        }
        if (!loopback && accessToken == null) {
            err.println("crosscheck: --host " + host + " lets other machines reach the desk, so it needs an access token: "
                    + "pass --token TOKEN or set $" + TOKEN_VARIABLE + " (or put the desk behind your single sign-on proxy "
                    + "on 127.0.0.1; README, 'The editor's desk')");
            return ExitCode.INVALID_INPUT.code();
        }
        if (accessToken != null && accessToken.length() < 16) {
            err.println("crosscheck: the access token is " + accessToken.length() + " characters long; give at least 16 "
                    + "(for example: openssl rand -hex 24)");
            return ExitCode.INVALID_INPUT.code();
        }
        PrintWriter out = spec.commandLine().getOut();
        DeskService service;
        java.util.function.Consumer<DeskService.StartStep> announce = step -> {
            out.printf(java.util.Locale.ROOT, "crosscheck: %s in %.1f s%n", step.what(), step.nanos() / 1e9);
            out.flush();
        };
        try {
            out.println("crosscheck: reading the corpus in " + facts + " ...");
            out.flush();
            List<CheckPipeline> pipelines = new ArrayList<>();
            for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
                CheckPipeline pipeline = ruleOptions.pipeline();
                if (RuleOptions.orNull(store) != null) {
                    pipeline.withStore(store, notice -> err.println("crosscheck: " + notice));
                }
                pipelines.add(pipeline);
            }
            CheckRequest base = CheckRequest.of(facts, ruleOptions.rules()).withSettings(ruleOptions.config())
                    .withFailOn(FailOn.DEFAULT);
            service = DeskService.start(pipelines, base, announce);
        } catch (DeskService.Refused e) {
            e.problems().forEach(p -> err.println(org.crosscheck.support.Visible.of(p.describe())));
            return ExitCode.INVALID_INPUT.code();
        }
        service.warmUp(announce);
        DeskServer server = new DeskServer(service, DeskLimits.DEFAULT, accessToken);
        int bound;
        try {
            bound = server.start(host, port);
        } catch (RuntimeException e) {
            err.println("crosscheck: cannot listen on " + host + ":" + port + ": " + rootMessage(e)
                    + " (choose another --port, or stop what uses it)");
            return ExitCode.INVALID_INPUT.code();
        }
        String shown = host.contains(":") ? "[" + host + "]" : host;
        out.println("crosscheck: the editor's desk is at http://" + shown + ":" + bound + "/"
                + (accessToken == null ? "" : "?token=<your token>") + " (Ctrl-C stops it)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "crosscheck-desk-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK.code();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
