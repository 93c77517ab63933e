package org.crosscheck.spark;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.model.Problem;
import org.crosscheck.model.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crosscheck-spark}: the check on Apache Spark. With no master set (neither {@code --master}
 * nor spark-submit's), it runs embedded on every local core ({@code local[*]}), so it needs no cluster.
 */
@Command(name = "crosscheck-spark", mixinStandardHelpOptions = true,
        description = "Checks a corpus of facts files on Apache Spark: the same rules as 'crosscheck check', sharded by key.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:findings at or above --fail-on",
            "2:invalid input, rules or options (file:line:column messages say where)", "3:internal error"})
public final class SparkCheckMain implements Callable<Integer> {

    @Option(names = "--facts", required = true, paramLabel = "PATH",
            description = "Directory of YAML facts files on any Hadoop file system (a local path, hdfs://..., s3a://...).")
    String facts;

    @Option(names = "--rules", defaultValue = "rules", paramLabel = "DIR",
            description = "Directory of *.drl rule files on the driver's disk (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--config", paramLabel = "FILE", description = "Project settings on the driver's disk (as crosscheck.yaml).")
    Path config;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "Where to write findings.jsonl/, findings.parquet/, summary.json and problems.txt; must not exist yet.")
    String out;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
            description = "Exit 1 when an open finding is at least this severe: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Findings recorded in this baseline (see 'crosscheck baseline'), on the driver's disk, are marked "
                    + "baselined and do not fail the run.")
    Path baseline;

    @Option(names = "--today", paramLabel = "DATE",
            description = "The date waivers expire against, YYYY-MM-DD (default: the date of SOURCE_DATE_EPOCH if set, else today).")
    String today;

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
            description = "Shuffle partitions (default: twice the default parallelism, and for the keyed stages at least one per 250,000 claims).")
    int partitions;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not given by spark-submit (default: local[*], every core of this machine).")
    String master;

    @Override
    public Integer call() throws Exception {
        Severity threshold = null;
        if (!failOn.equalsIgnoreCase("never")) {
            threshold = Severity.fromLabel(failOn).orElse(null);
            if (threshold == null) {
                System.err.println("crosscheck-spark: --fail-on must be error, warning, info or never, not '" + failOn + "'");
                return 2;
            }
        }
        java.time.LocalDate day = SparkCheck.defaultToday();
        if (today != null) {
            try {
                day = java.time.LocalDate.parse(today);
            } catch (java.time.format.DateTimeParseException e) {
                System.err.println("crosscheck-spark: --today '" + today + "' is not a date; write it as YYYY-MM-DD, e.g. 2025-01-01");
                return 2;
            }
        }
        SparkConf conf = new SparkConf().setAppName("crosscheck");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
            spark.sparkContext().setLogLevel("WARN");
            SparkCheck.Result result = new SparkCheck(spark).run(new SparkCheck.Request(facts, rules, config, out, threshold, partitions,
                    baseline, day));
            result.problems().forEach(p -> System.out.println(p.describe()));
            var a = result.accounting();
            System.out.printf("%d sources, %d claims loaded = %d checked + %d rejected%n", a.sources(), a.loaded(), a.checked(),
                    a.rejected());
            System.out.printf("findings: %d error, %d warning, %d info; %d problems%n", result.findings().get(Severity.ERROR),
                    result.findings().get(Severity.WARNING), result.findings().get(Severity.INFO), result.problems().size());
            if (!result.fixed().isEmpty()) {
                System.out.printf("baseline: %d recorded findings no longer occur (summary.json lists them)%n", result.fixed().size());
            }
            System.out.println("written to " + out + ": findings.jsonl/, findings.parquet/, summary.json, problems.txt");
            return result.exitCode();
        } catch (SparkCheck.Rejected e) {
            e.problems().stream().map(Problem::describe).forEach(System.err::println);
            return 2;
        }
    }

    public static void main(String[] args) {
        // Spark logs through SLF4J, which crosscheck binds to slf4j-simple: quiet unless asked, as the command line is
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        // Drools warns that rule files declare packages unlike their folders, on every compile; the command line hides it too
        if (System.getProperty("org.slf4j.simpleLogger.log.org.drools") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.drools", "error");
        }
        System.exit(new CommandLine(new SparkCheckMain()).execute(args));
    }
}
