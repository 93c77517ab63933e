package org.crosscheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ClaimStatuses;
import org.crosscheck.model.Finding;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Source;

/**
 * The top of the HTML report: one card per key that needs attention, worst first, with every claim on
 * the key and its status, the claim to correct marked, the reference record beside it, the key's
 * timeline, and one sentence that tells the story. A reviewer reads the clash here instead of
 * assembling it from a conflict, a reference conflict and two near misses.
 */
final class KeyCards {

    /** Keys shown at most; report.json has them all. */
    static final int MAX_CARDS = 200;

    private KeyCards() {
    }

    /** A key with a problem. {@code anchor} is its id on the page, for links from the view per source. */
    record KeyCard(String anchor, String key, String severity, String story, List<StatusClaim> claims, String claimsLeftOut,
            List<HtmlView.ReferenceView> references, HtmlExtras.Timeline timeline, List<Reason> reasons) {
    }

    /** A claim with its status; {@code wrong} when it is the one to correct (contradicted, or likely wrong). */
    record StatusClaim(HtmlView.ClaimView claim, String status, String statusClass, boolean wrong) {
    }

    /** One finding on the key, as the rule worded it, with its rule page. */
    record Reason(String severity, String ruleId, String docs, String message) {
    }

    /** Keys with an open warning or error, worst severity first, then most claims to correct, then by key. */
    static List<KeyCard> of(CheckResult result, java.util.function.Function<Finding, String> docs) {
        Map<ClaimKey, List<Finding>> byKey = HtmlExtras.byKey(result.findings(),
                key -> true);
        List<Map.Entry<ClaimKey, List<Finding>>> problems = new ArrayList<>();
        for (var entry : byKey.entrySet()) {
            if (entry.getValue().stream().anyMatch(f -> f.disposition().isOpen() && f.severity().compareTo(Severity.INFO) != 0)) {
                problems.add(entry);
            }
        }
        ClaimStatuses statuses = result.statuses();
        problems.sort(Comparator.<Map.Entry<ClaimKey, List<Finding>>, Severity>comparing(e -> worst(e.getValue()))
                .thenComparing(e -> -wrongCount(e.getValue(), statuses))
                .thenComparing(Map.Entry::getKey));
        List<KeyCard> cards = new ArrayList<>();
        for (var entry : problems.subList(0, Math.min(MAX_CARDS, problems.size()))) {
            cards.add(card(entry.getKey(), entry.getValue(), statuses, docs));
        }
        return cards;
    }

    static String anchor(ClaimKey key) {
        return "key-" + (key.subject() + "--" + key.property()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    }

    /** The most severe open finding's severity; Severity's order puts ERROR first. */
    private static Severity worst(List<Finding> findings) {
        return findings.stream().filter(f -> f.disposition().isOpen()).map(Finding::severity).min(Comparator.naturalOrder())
                .orElse(Severity.INFO);
    }

    private static long wrongCount(List<Finding> findings, ClaimStatuses statuses) {
        return claimsOf(findings).values().stream().filter(c -> isWrong(c, statuses)).count();
    }

    static boolean isWrong(Claim claim, ClaimStatuses statuses) {
        return statuses.of(claim.id()) == ClaimStatus.CONTRADICTED || statuses.isLikelyWrong(claim.id());
    }

    /** Every claim the key's findings name, blamed or supporting, by id. */
    private static Map<String, Claim> claimsOf(List<Finding> findings) {
        Map<String, Claim> claims = new TreeMap<>();
        for (Finding finding : findings) {
            finding.claims().forEach(c -> claims.put(c.id(), c));
            finding.support().forEach(c -> claims.put(c.id(), c));
        }
        return claims;
    }

    private static KeyCard card(ClaimKey key, List<Finding> findings, ClaimStatuses statuses,
            java.util.function.Function<Finding, String> docs) {
        List<Claim> claims = new ArrayList<>(claimsOf(findings).values());
        // the claims to correct first, then by status, then by source: the eye lands on what is wrong
        claims.sort(Comparator.<Claim, Boolean>comparing(c -> !isWrong(c, statuses))
                .thenComparing(c -> statuses.of(c.id()) == null ? ClaimStatus.UNREADABLE : statuses.of(c.id()))
                .thenComparing(Claim::sourceId).thenComparing(Claim::id));
        Map<String, ReferenceRecord> references = new TreeMap<>();
        findings.forEach(f -> f.references().forEach(r -> references.put(r.id(), r)));
        HtmlExtras.ShownClaims shown = HtmlExtras.ShownClaims.of(claims, HtmlView.MAX_CLAIMS_PER_CARD,
                "This card shows %d of the key's %,d claims, the first stating each value");
        List<StatusClaim> statusClaims = shown.claims().stream().map(c -> {
            ClaimStatus status = statuses.of(c.id());
            String label = statuses.label(c.id());
            return new StatusClaim(HtmlView.claim(c, statuses, ""), label.isEmpty() ? "not assessed" : label,
                    status == null ? "unassessed" : isWrong(c, statuses) ? "wrong" : status.label(), isWrong(c, statuses));
        }).toList();
        List<Reason> reasons = findings.stream().filter(f -> f.severity() != Severity.INFO || f.disposition().isOpen())
                .map(f -> new Reason(f.severity().label(), f.rule().id(), docs.apply(f), f.message())).toList();
        return new KeyCard(anchor(key), key.toString(), worst(findings).label(),
                KeyStory.tell(claims, List.copyOf(references.values()), statuses), statusClaims, shown.leftOut(),
                references.values().stream().map(HtmlView::reference).toList(),
                HtmlExtras.timelineOf(key, findings).orElse(null), reasons);
    }

    /** Who a source is in a sentence: its outlet when known, else its title. */
    static String who(Source source) {
        boolean outletKnown = source.outlet() != null && !source.outlet().isBlank() && !source.outlet().equals("unknown");
        if (outletKnown) {
            return source.outlet();
        }
        String title = source.title().length() <= MAX_TITLE ? source.title() : source.title().substring(0, MAX_TITLE - 1).strip() + "…";
        return "“" + title + "”";
    }

    /** Titles stand in for unknown outlets in sentences; a whole headline there buries the clash. */
    static final int MAX_TITLE = 60;
}
