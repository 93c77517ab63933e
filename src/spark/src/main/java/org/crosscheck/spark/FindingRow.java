package org.crosscheck.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Severity;
import org.crosscheck.report.JsonReportWriter;
import org.crosscheck.triage.Triage;

/**
 * One finding as the job writes it: the line report.json holds for it (written by the command
 * line's own {@link JsonReportWriter}), and the columns of the Parquet output.
 *
 * @param severity the severity's rank (errors first), for the order
 * @param waiver   the index of the corpus's waiver that covers the finding, or -1: the driver gathers
 *                 the waivers used, for {@code WAIVER-UNUSED}
 * @param identity the finding's identity ({@link Finding#identity()}) when the baseline records it,
 *                 else null: the driver gathers them, for the baseline's entries now fixed
 */
record FindingRow(int severity, String rule, String verdict, String subject, String property, List<String> claims,
        String message, boolean failing, String json, int waiver, String identity) implements Serializable {

    /** A finding as found, not triaged (a built-in finding about a waiver, say). */
    static FindingRow of(Finding finding, Severity failOn, org.crosscheck.model.ClaimStatuses statuses) {
        return of(finding, failOn, statuses, -1, null);
    }

    /** A finding as triage marks it: waived or baselined, as the command line would. */
    static FindingRow marked(Finding finding, Triage.Marker triage, Severity failOn, org.crosscheck.model.ClaimStatuses statuses) {
        Triage.Marked marked = triage.mark(finding);
        return of(marked.finding(), failOn, statuses, marked.waiver(), triage.inBaseline(finding) ? finding.identity() : null);
    }

    private static FindingRow of(Finding finding, Severity failOn, org.crosscheck.model.ClaimStatuses statuses, int waiver,
            String identity) {
        boolean failing = finding.disposition().isOpen() && failOn != null && finding.severity().isAtLeast(failOn);
        return new FindingRow(finding.severity().ordinal(), finding.rule().id(), finding.verdict().label(),
                finding.key().subject(), finding.key().property(), finding.claimIds(), finding.message(), failing,
                JsonReportWriter.findingLine(finding, failing, statuses), waiver, identity);
    }

    String severityLabel() {
        return Severity.values()[severity].label();
    }

    /**
     * The order of the command line's reports ({@code Finding}'s: severity, rule, key, claim ids one
     * after another, message), then the whole line, so that findings the command line would keep in
     * the order found still come out in one order on every run.
     */
    static final class Order implements Comparator<FindingRow>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(FindingRow a, FindingRow b) {
            int order = Integer.compare(a.severity, b.severity);
            if (order == 0) {
                order = a.rule.compareTo(b.rule);
            }
            if (order == 0) {
                order = a.subject.compareTo(b.subject);
            }
            if (order == 0) {
                order = a.property.compareTo(b.property);
            }
            if (order == 0) {
                order = compareIds(a.claims, b.claims);
            }
            if (order == 0) {
                order = a.message.compareTo(b.message);
            }
            return order != 0 ? order : a.json.compareTo(b.json);
        }

        private static int compareIds(List<String> these, List<String> those) {
            int shared = Math.min(these.size(), those.size());
            for (int i = 0; i < shared; i++) {
                int order = these.get(i).compareTo(those.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(these.size(), those.size());
        }
    }
}
