package org.crosscheck.triage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosscheck.model.Baseline;
import org.crosscheck.model.Disposition;
import org.crosscheck.model.Finding;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Verdict;
import org.crosscheck.model.Waiver;

/**
 * Marks findings as waived or baselined; never removes one. Waivers are applied first (they carry
 * an editor's reason), then the baseline. Expired and unused waivers become warnings of their own.
 */
public final class Triage {

    /** The findings, marked, with the built-in findings about waivers; and the baseline entries now fixed. */
    public record Result(List<Finding> findings, List<String> fixed) {
    }

    /**
     * @param rules     the effective rules by id (built-in ones included, with any severity override)
     * @param baseline  null when no baseline is used
     * @param today     the day waivers expire against
     */
    public Result apply(List<Finding> findings, List<Waiver> waivers, Baseline baseline, LocalDate today,
            Map<String, RuleInfo> rules) {
        List<Finding> marked = new ArrayList<>();
        Set<Waiver> used = new LinkedHashSet<>();
        List<Waiver> current = waivers.stream().filter(w -> !w.isExpiredOn(today)).toList();
        for (Finding finding : findings) {
            Finding result = finding;
            for (Waiver waiver : current) {
                if (waiver.covers(finding)) {
                    used.add(waiver);
                    result = finding.with(new Disposition(Disposition.Status.WAIVED,
                            waiver.reason() + " (" + waiver.by() + (waiver.expires() == null ? "" : ", until " + waiver.expires())
                                    + "; " + waiver.location() + ")"));
                    break;
                }
            }
            marked.add(result);
        }
        List<String> fixed = List.of();
        if (baseline != null) {
            Set<String> known = baseline.entries().stream().map(Baseline.Entry::identity).collect(Collectors.toCollection(TreeSet::new));
            Set<String> present = new TreeSet<>();
            List<Finding> withBaseline = new ArrayList<>();
            for (Finding finding : marked) {
                present.add(finding.identity());
                boolean inBaseline = finding.disposition().isOpen() && known.contains(finding.identity());
                withBaseline.add(inBaseline
                        ? finding.with(new Disposition(Disposition.Status.BASELINED, "in the baseline " + baseline.file()))
                        : finding);
            }
            marked = withBaseline;
            fixed = known.stream().filter(k -> !present.contains(k)).toList();
        }
        for (Waiver waiver : waivers) {
            if (waiver.isExpiredOn(today) && rules.containsKey(BuiltInRules.WAIVER_EXPIRED.id())) {
                marked.add(about(rules.get(BuiltInRules.WAIVER_EXPIRED.id()), waiver, "the waiver at " + waiver.location()
                        + " expired on " + waiver.expires() + "; the findings it covered are open again (renew it or remove it)"));
            } else if (!waiver.isExpiredOn(today) && !used.contains(waiver) && rules.containsKey(BuiltInRules.WAIVER_UNUSED.id())) {
                marked.add(about(rules.get(BuiltInRules.WAIVER_UNUSED.id()), waiver, "the waiver at " + waiver.location()
                        + " for " + waiver.ruleId() + " matches no finding; the problem may be fixed (remove the waiver)"));
            }
        }
        return new Result(marked.stream().sorted().toList(), fixed);
    }

    private static Finding about(RuleInfo rule, Waiver waiver, String message) {
        return new Finding(rule, rule.severity(), Verdict.INVALID, waiver.key(), List.of(), List.of(), message, Disposition.OPEN,
                waiver.location());
    }

    /** Rules by id, for {@link #apply}. */
    public static Map<String, RuleInfo> byId(List<RuleInfo> rules) {
        return rules.stream().collect(Collectors.toMap(RuleInfo::id, Function.identity()));
    }
}
