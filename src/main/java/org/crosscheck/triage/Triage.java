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
        Marker marker = new Marker(waivers, baseline, today);
        List<Finding> marked = new ArrayList<>();
        Set<Waiver> used = new LinkedHashSet<>();
        Set<String> present = new TreeSet<>();
        for (Finding finding : findings) {
            Marked one = marker.mark(finding);
            marked.add(one.finding());
            if (one.waiver() >= 0) {
                used.add(waivers.get(one.waiver()));
            }
            present.add(finding.identity());
        }
        List<String> fixed = baseline == null ? List.of() : marker.fixed(present);
        marked.addAll(aboutWaivers(waivers, used, today, rules));
        return new Result(marked.stream().sorted().toList(), fixed);
    }

    /** A finding as triage marks it, and the index of the waiver that covers it (-1 for none). */
    public record Marked(Finding finding, int waiver) {
    }

    /**
     * Marks one finding at a time, wherever it was found: the command line's whole list, or a Spark
     * executor's batch. What spans every finding (which waivers were used, which baseline entries are
     * gone) is gathered by the caller and given to {@link #aboutWaivers} and {@link #fixed}.
     */
    public static final class Marker implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final List<Waiver> waivers;
        private final LocalDate today;
        private final Set<String> baselined;
        private final String baselineFile;

        /** @param baseline null when no baseline is used */
        public Marker(List<Waiver> waivers, Baseline baseline, LocalDate today) {
            this.waivers = List.copyOf(waivers);
            this.today = today;
            this.baselined = baseline == null ? null
                    : baseline.entries().stream().map(Baseline.Entry::identity).collect(Collectors.toCollection(TreeSet::new));
            this.baselineFile = baseline == null ? null : baseline.file();
        }

        /** Waivers first (they carry an editor's reason), then the baseline. */
        public Marked mark(Finding finding) {
            for (int i = 0; i < waivers.size(); i++) {
                Waiver waiver = waivers.get(i);
                if (!waiver.isExpiredOn(today) && waiver.covers(finding)) {
                    return new Marked(finding.with(new Disposition(Disposition.Status.WAIVED,
                            waiver.reason() + " (" + waiver.by() + (waiver.expires() == null ? "" : ", until " + waiver.expires())
                                    + "; " + waiver.location() + ")")), i);
                }
            }
            if (baselined != null && finding.disposition().isOpen() && baselined.contains(finding.identity())) {
                return new Marked(finding.with(new Disposition(Disposition.Status.BASELINED, "in the baseline " + baselineFile)), -1);
            }
            return new Marked(finding, -1);
        }

        /** Whether the baseline records this finding (whatever its disposition): it is then not fixed. */
        public boolean inBaseline(Finding finding) {
            return baselined != null && baselined.contains(finding.identity());
        }

        /** The baseline's entries that match none of the identities of the findings found, in order. */
        public List<String> fixed(Set<String> present) {
            return baselined == null ? List.of() : baselined.stream().filter(k -> !present.contains(k)).toList();
        }
    }

    /** The built-in findings about waivers: each expired one, and each current one that covered nothing. */
    public static List<Finding> aboutWaivers(List<Waiver> waivers, Set<Waiver> used, LocalDate today, Map<String, RuleInfo> rules) {
        List<Finding> about = new ArrayList<>();
        for (Waiver waiver : waivers) {
            if (waiver.isExpiredOn(today) && rules.containsKey(BuiltInRules.WAIVER_EXPIRED.id())) {
                about.add(about(rules.get(BuiltInRules.WAIVER_EXPIRED.id()), waiver, "the waiver at " + waiver.location()
                        + " expired on " + waiver.expires() + "; the findings it covered are open again (renew it or remove it)"));
            } else if (!waiver.isExpiredOn(today) && !used.contains(waiver) && rules.containsKey(BuiltInRules.WAIVER_UNUSED.id())) {
                about.add(about(rules.get(BuiltInRules.WAIVER_UNUSED.id()), waiver, "the waiver at " + waiver.location()
                        + " for " + waiver.ruleId() + " matches no finding; the problem may be fixed (remove the waiver)"));
            }
        }
        return about;
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
