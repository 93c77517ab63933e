package org.crosscheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Problem;
import org.crosscheck.model.Publication;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Source;
import org.crosscheck.model.ToolInfo;
import org.crosscheck.support.Ascii;

/**
 * What the HTML template shows, flattened into plain records so the template holds no logic
 * beyond loops and conditions. All text is escaped by the template engine, never here.
 */
record HtmlView(
        String title,
        String tool,
        String generatedAt,
        String inputsDigest,
        String headline,
        String outcomeClass,
        String failOn,
        Map<String, Long> severities,
        Map<String, Long> verdicts,
        Map<String, Long> statuses,
        int sources,
        int loaded,
        int checked,
        int rejected,
        String quotes,
        String draft,
        List<RuleInfo> rules,
        List<CardView> cards,
        String cardsLeftOut,
        List<Problem> problems,
        List<KeyCards.KeyCard> attention,
        List<SourceRow> bySource,
        String bySourceLeftOut,
        HtmlExtras.Matrix matrix,
        List<HtmlExtras.Timeline> timelines,
        Map<String, List<String>> filters,
        String script,
        String scriptHash) {

    /** A finding's card; {@code claimsLeftOut} says how many of its claims the card does not show, or is null. */
    record CardView(String ruleId, String ruleTitle, String docs, String severity, String verdict,
            String subject, String property, String message, boolean failing, String disposition,
            String dispositionReason, String sources, List<ClaimView> claims, String claimsLeftOut,
            List<ReferenceView> references) {
    }

    /**
     * One article's claims by status, for the editor's question "is my article right?", with links to
     * the cards of its keys that need attention.
     */
    record SourceRow(String id, String title, List<Long> counts, List<KeyLink> attention) {
    }

    record KeyLink(String anchor, String key) {
    }

    /** The statuses counted per source, in the order the columns show them. */
    static final List<org.crosscheck.model.ClaimStatus> STATUS_COLUMNS = List.of(org.crosscheck.model.ClaimStatus.values());

    /** The column heads of the view per source. */
    public List<String> statusColumns() {
        return STATUS_COLUMNS.stream().map(org.crosscheck.model.ClaimStatus::label).toList();
    }

    /** Sources listed at most in the view per source. */
    static final int MAX_SOURCE_ROWS = 500;

    /** A reference record a finding cites, shown beside the claims it was compared with. */
    record ReferenceView(String id, String value, String validity, String citation, String location) {
    }

    /** A claim as a card shows it; the quote is split so the value can be highlighted safely. */
    record ClaimView(String id, String sourceTitle, String sourceUrl, String outlet, String published, String quoteBefore,
            String quoteValue, String quoteAfter, String asWritten, String normalized, String location, String status,
            String role) {
    }

    /**
     * Cards shown per rule at most: its first ones in the report's order. At archive scale a rule
     * finds tens of thousands of conflicts or agreements, and a page of them all runs to hundreds of
     * megabytes that a browser takes minutes to open (a million claims: 254 MB and seven and a half
     * minutes in headless Chromium; 100,000 claims: 31 MB and 23 s). A cap per rule, rather than
     * per severity, keeps every rule that found something on the page. The counts at the top cover
     * every finding, and the page says what it left out.
     */
    static final int MAX_CARDS_PER_RULE = 200;

    /**
     * Claims shown per card at most. A finding on a key that thousands of sources state lists every
     * one of them (at a million claims, one conflict of 9,471 claims: half the claims on the page), and
     * a card of them all shows the clash to no one. Findings of a few sources, nearly all of them, are
     * shown whole.
     */
    static final int MAX_CLAIMS_PER_CARD = 24;

    static HtmlView of(CheckResult result, ToolInfo tool) {
        List<Finding> shown = new ArrayList<>();
        Map<String, Integer> perRule = new TreeMap<>();
        for (Finding finding : result.findings()) {
            if (perRule.merge(finding.rule().id(), 1, Integer::sum) <= MAX_CARDS_PER_RULE) {
                shown.add(finding);
            }
        }
        Map<String, Long> verdicts = new java.util.LinkedHashMap<>();
        result.countByVerdict().forEach((v, n) -> verdicts.put(v.label(), n));
        Map<String, Long> bySeverity = new java.util.LinkedHashMap<>();
        result.countBySeverity().forEach((s, n) -> bySeverity.put(s.label(), n));
        List<KeyCards.KeyCard> attention = KeyCards.of(result, f -> docs(f, tool));
        return new HtmlView("crosscheck report", tool.name() + " " + tool.version(), tool.generatedAt(), tool.inputsDigest(),
                Outcomes.headline(result), result.outcome().label(), result.failOn().label(), bySeverity, verdicts, statusCounts(result),
                result.accounting().sources(), result.accounting().loaded(), result.accounting().checked(),
                result.accounting().rejected(),
                result.sourceTexts() < 0 ? "not checked against article texts (no --texts)"
                        : "checked against the texts of " + result.sourceTexts() + " of " + result.accounting().sources() + " sources",
                result.triage().draft() == null ? null : "Pre-publication check of draft " + result.triage().draft() + ": only its "
                        + "findings are shown (" + result.triage().notShown() + " others left out).",
                result.rules(), shown.stream().map(f -> card(f, result.fails(f), tool, result.statuses())).toList(),
                shown.size() == result.findings().size() ? null : leftOutText(perRule),
                result.problems(),
                attention, bySource(result, attention), bySourceLeftOut(result),
                HtmlExtras.matrix(result), HtmlExtras.timelines(result), HtmlExtras.filterOptions(shown),
                HtmlExtras.SCRIPT, HtmlExtras.SCRIPT_HASH);
    }

    /** Claims by status, every status listed, in the enum's order; empty when the run decided none. */
    private static Map<String, Long> statusCounts(CheckResult result) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        if (result.statuses().size() > 0) {
            result.statuses().counts().forEach((status, n) -> counts.put(status.label(), n));
        }
        return counts;
    }

    /** Which findings the page leaves out, by rule, and where they are instead; {@code perRule} counts every finding. */
    private static String leftOutText(Map<String, Integer> perRule) {
        String counts = perRule.entrySet().stream()
                .filter(e -> e.getValue() > MAX_CARDS_PER_RULE)
                .map(e -> String.format(Locale.ROOT, "%,d %s", e.getValue() - MAX_CARDS_PER_RULE, e.getKey()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "This page shows the first %,d findings of each rule and leaves out %s."
                + " report.json lists every finding.", MAX_CARDS_PER_RULE, counts);
    }

    private static String docs(Finding finding, ToolInfo tool) {
        return tool.docsUrl(finding.rule()) != null ? tool.docsUrl(finding.rule()) : "../" + finding.rule().docsPath();
    }

    /** Every source with claims that findings name, by id: its claims counted by status, and its keys that need attention. */
    private static List<SourceRow> bySource(CheckResult result, List<KeyCards.KeyCard> attention) {
        Map<String, Map<String, Claim>> claims = new TreeMap<>();
        for (Finding finding : result.findings()) {
            finding.claims().forEach(c -> claims.computeIfAbsent(c.sourceId(), k -> new TreeMap<>()).put(c.id(), c));
            finding.support().forEach(c -> claims.computeIfAbsent(c.sourceId(), k -> new TreeMap<>()).put(c.id(), c));
        }
        java.util.Set<String> needsAttention = new java.util.HashSet<>();
        attention.forEach(card -> needsAttention.add(card.anchor()));
        Map<String, String> titles = new TreeMap<>();
        result.sources().forEach(s -> titles.put(s.id(), s.title()));
        List<SourceRow> rows = new ArrayList<>();
        for (var entry : claims.entrySet()) {
            if (rows.size() >= MAX_SOURCE_ROWS) {
                break;
            }
            long[] counts = new long[STATUS_COLUMNS.size()];
            Map<String, KeyLink> links = new TreeMap<>();
            for (Claim claim : entry.getValue().values()) {
                var status = result.statuses().of(claim.id());
                if (status != null) {
                    counts[status.ordinal()]++;
                }
                String anchor = KeyCards.anchor(claim.key());
                if (needsAttention.contains(anchor) && (KeyCards.isWrong(claim, result.statuses())
                        || status == org.crosscheck.model.ClaimStatus.DISPUTED)) {
                    links.put(anchor, new KeyLink(anchor, claim.key().toString()));
                }
            }
            rows.add(new SourceRow(entry.getKey(), titles.getOrDefault(entry.getKey(), entry.getKey()),
                    java.util.Arrays.stream(counts).boxed().toList(), List.copyOf(links.values())));
        }
        return rows;
    }

    private static String bySourceLeftOut(CheckResult result) {
        return result.sources().size() <= MAX_SOURCE_ROWS ? null
                : String.format(Locale.ROOT, "Showing the first %,d of %,d sources, by id; report.json has every claim's status.",
                        MAX_SOURCE_ROWS, result.sources().size());
    }

    static ReferenceView reference(org.crosscheck.model.ReferenceRecord r) {
        return new ReferenceView(r.id(), r.value().asWritten() + " → " + r.value().normalized(),
                r.validFrom() == null && r.validTo() == null ? "" : "valid " + (r.validFrom() == null ? "" : r.validFrom()) + ".."
                        + (r.validTo() == null ? "" : r.validTo()),
                r.citation().toString() + (r.certain() ? "" : " (marked uncertain)"),
                r.location().file() + ":" + r.location().line());
    }

    private static CardView card(Finding finding, boolean failing, ToolInfo tool, org.crosscheck.model.ClaimStatuses statuses) {
        String docs = docs(finding, tool);
        HtmlExtras.ShownClaims shown = HtmlExtras.ShownClaims.of(finding.claims(), MAX_CLAIMS_PER_CARD,
                "This card shows %d of the finding's %,d claims, the first stating each value");
        return new CardView(finding.rule().id(), finding.rule().title(), docs,
                finding.severity().label(), finding.verdict().label(), finding.key().subject(),
                finding.key().property(), finding.message(), failing, finding.disposition().status().label(),
                finding.disposition().reason(),
                finding.claims().stream().map(Claim::sourceId).distinct().sorted().collect(java.util.stream.Collectors.joining(" ")),
                java.util.stream.Stream.concat(shown.claims().stream().map(c -> claim(c, statuses, "")),
                        finding.support().stream().limit(MAX_CLAIMS_PER_CARD).map(c -> claim(c, statuses, "support"))).toList(),
                shown.leftOut(),
                finding.references().stream().map(HtmlView::reference).toList());
    }

    /** A claim on a card, with its status and, for a claim the finding names as support, that role. */
    static ClaimView claim(Claim claim, org.crosscheck.model.ClaimStatuses statuses, String role) {
        Source source = claim.source();
        String published = source.published().map(HtmlView::published).orElse("publication date unknown");
        String quote = claim.quote();
        String value = claim.value().asWritten();
        int at = indexIgnoringCase(quote, value);
        String before = at < 0 ? quote : quote.substring(0, at);
        String match = at < 0 ? "" : quote.substring(at, at + value.length());
        String after = at < 0 ? "" : quote.substring(at + value.length());
        return new ClaimView(claim.id(), source.title(), webLink(source.url()), source.outlet(), published, before, match, after,
                value, claim.value().normalized(), claim.location().file() + ":" + claim.location().line(),
                statuses.label(claim.id()), role);
    }

    /**
     * Where {@code value} first occurs in {@code quote}, ignoring case; -1 when it does not. Compared in
     * place, not in lower-cased copies: lower case can change a text's length ('İ' becomes two
     * characters), and a position found in the copy then cut the quote in the wrong place, or past its
     * end, which stopped the whole report.
     */
    static int indexIgnoringCase(String quote, String value) {
        if (Ascii.only(quote) && Ascii.only(value)) {
            // in ASCII lower case keeps every position, and two characters match ignoring case exactly
            // when their lower cases are equal; one search instead of a comparison at every position,
            // which was a sixth of building the page at a million claims
            return quote.toLowerCase(Locale.ROOT).indexOf(value.toLowerCase(Locale.ROOT));
        }
        return scanIgnoringCase(quote, value);
    }

    /** {@link #indexIgnoringCase} by comparing in place at each position; for any text, and for tests. */
    static int scanIgnoringCase(String quote, String value) {
        for (int i = 0; i + value.length() <= quote.length(); i++) {
            if (quote.regionMatches(true, i, value, 0, value.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Only http and https links are made clickable; anything else (javascript:, data:) is shown as text. */
    static String webLink(String url) {
        if (url == null) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String published(Publication publication) {
        return publication.date().asWritten() + " (" + publication.basis().label() + ")";
    }
}
