package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.DurationValue;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.normalize.DateParser;
import org.crosscheck.normalize.DurationParser;
import org.crosscheck.normalize.Parsed;
import org.crosscheck.normalize.QuantityParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosscheck normalize}: shows an editor how crosscheck reads a date, amount or duration. */
@Command(
        name = "normalize",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Shows how crosscheck reads a written date, amount or length of time.",
            "Relative dates (\"last year\") need --anchor, the publication date. Exits 2 when the text cannot be read."})
final class NormalizeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TEXT", description = "The value as written, e.g. \"earlier this year\" or \"approximately Sh600 billion\".")
    String text;

    @Option(names = "--anchor", paramLabel = "DATE",
            description = "Publication date that relative dates are resolved against, e.g. 2025-07-15.")
    String anchor;

    @Option(names = "--as", paramLabel = "KIND", description = "Read the text only as: date, quantity or duration.")
    String kind;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DateValue anchorDate = null;
        if (anchor != null) {
            Parsed<DateValue> parsed = DateParser.parse(anchor, null);
            if (parsed instanceof Parsed.Failed<DateValue> failed) {
                err.println("crosscheck: --anchor: " + failed.message() + " (" + failed.hint() + ")");
                return ExitCode.INVALID_INPUT.code();
            }
            anchorDate = parsed.toOptional().orElseThrow();
        }
        String wanted = kind == null ? "" : kind.toLowerCase(java.util.Locale.ROOT);
        if (!wanted.isEmpty() && !java.util.List.of("date", "quantity", "duration").contains(wanted)) {
            err.println("crosscheck: --as " + org.crosscheck.support.Visible.of(kind) + " is not a kind of value"
                    + org.crosscheck.support.Suggestions.closest(wanted, java.util.List.of("date", "quantity", "duration"))
                            .map(c -> " (did you mean '" + c + "'?)").orElse("") + "; choose date, quantity or duration");
            return ExitCode.INVALID_INPUT.code();
        }
        Parsed<DateValue> date = wanted.isEmpty() || wanted.equals("date") ? DateParser.parse(text, anchorDate) : null;
        if (date instanceof Parsed.Ok<DateValue> ok) {
            DateValue d = ok.value();
            out.println("date");
            out.println("  value:     " + d.timex());
            out.println("  precision: " + d.precision().label());
            out.println("  interval:  " + d.interval());
            if (d.anchor() != null) {
                out.println("  anchor:    " + d.anchor());
            }
            if (d.weekday() != null) {
                out.println("  weekday:   " + d.weekday().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
            }
            return ExitCode.OK.code();
        }
        Parsed<DurationValue> duration = wanted.isEmpty() || wanted.equals("duration") ? DurationParser.parse(text) : null;
        if (duration instanceof Parsed.Ok<DurationValue> ok) {
            DurationValue d = ok.value();
            out.println("duration");
            out.println("  value:  " + d.normalized());
            out.println("  days:   " + d.minDays() + ".." + d.maxDays());
            return ExitCode.OK.code();
        }
        Parsed<QuantityValue> quantity = wanted.isEmpty() || wanted.equals("quantity") ? QuantityParser.parse(text) : null;
        if (quantity instanceof Parsed.Ok<QuantityValue> ok) {
            QuantityValue q = ok.value();
            out.println("quantity");
            out.println("  amount: " + q.amount().stripTrailingZeros().toPlainString());
            out.println("  unit:   " + (q.unit().isEmpty() ? "(count)" : q.unit()));
            if (q.measured() != null) {
                // a measure is compared in its dimension's unit: show it as written and what it is compared as
                String dimension = org.crosscheck.values.UnitsOfMeasure.dimensionOf(q.unit()).orElse("measure");
                out.println("  measure: " + q.measured() + " (" + dimension + ", compared in " + q.unit() + ")");
            }
            out.println("  hedge:  " + q.hedge().label());
            String unitSuffix = q.unit().isEmpty() || q.unit().equals("%") ? "" : " " + q.unit();
            if (q.hedge() == org.crosscheck.model.Hedge.BETWEEN) {
                // a range as written, its ends in the unit they were written in
                out.println("  range:  " + (q.measured() != null ? q.measured() : q.bounds() + unitSuffix));
            }
            QuantityParser.vagueWords(text).ifPresent(v -> out.println("  vague:  " + v.words() + " = "
                    + v.lower().stripTrailingZeros().toPlainString()
                    + (v.lower().compareTo(v.upper()) == 0 ? " (read loosely)" : ".." + v.upper().stripTrailingZeros().toPlainString())
                    + " (documented bounds, docs/values.md)"));
            out.println("  bounds: " + q.bounds() + unitSuffix);
            return ExitCode.OK.code();
        }
        err.println("crosscheck: cannot read '" + org.crosscheck.support.Visible.of(text) + "' as a date, amount or duration");
        if (date instanceof Parsed.Failed<DateValue> f) {
            // the parser's hint speaks to a facts file ("add 'published:'"); here the anchor is --anchor
            String hint = anchorDate == null && f.message().contains("needs a publication date")
                    ? "give the date it is relative to with --anchor, e.g. --anchor 2025-07-15" : f.hint();
            err.println("  as a date: " + org.crosscheck.support.Visible.of(f.message()) + " (" + hint + ")");
        }
        if (quantity instanceof Parsed.Failed<QuantityValue> f) {
            err.println("  as an amount: " + f.message());
        }
        return ExitCode.INVALID_INPUT.code();
    }
}
