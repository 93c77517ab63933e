package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Settings;
import org.crosscheck.pipeline.CheckPipeline;
import org.crosscheck.pipeline.InputRejected;
import org.crosscheck.pipeline.RuleListing;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code crosscheck rules}: every rule with its severity after crosscheck.yaml, its title and its docs. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lists every rule: id, severity after crosscheck.yaml, title, and its documentation page.")
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    RuleOptions options;

    @Override
    public Integer call() {
        Logging.configure(options.debug);
        PrintWriter out = spec.commandLine().getOut();
        CheckPipeline pipeline = options.pipeline();
        try {
            RuleListing listing = pipeline.listRules(options.rules(), options.config());
            Settings settings = listing.settings();
            List<RuleInfo> enabled = listing.effective();
            int width = listing.declared().stream().mapToInt(r -> r.id().length()).max().orElse(10);
            for (RuleInfo rule : listing.declared().stream().sorted(Comparator.comparing(RuleInfo::id)).toList()) {
                String severity = enabled.stream().filter(r -> r.id().equals(rule.id())).findFirst()
                        .map(r -> r.severity().label() + (r.severity() == rule.severity() ? "" : "*")).orElse("off");
                out.printf("%-" + width + "s  %-8s  %s  (%s)%n", rule.id(), severity, rule.title(), rule.docsPath());
            }
            if (!settings.severities().isEmpty() || !settings.disabled().isEmpty()) {
                out.println("* severity set in " + options.config() + "; off: switched off there");
            }
            return ExitCode.OK.code();
        } catch (InputRejected e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println(org.crosscheck.support.Visible.of(p.describe())));
            return ExitCode.INVALID_INPUT.code();
        }
    }
}
