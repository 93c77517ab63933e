package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Accounting;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.FailOn;
import org.crosscheck.model.Finding;
import org.crosscheck.model.KeyCoverage;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Source;
import org.crosscheck.model.TriageSummary;
import org.crosscheck.model.Verdict;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

    private static String render(CheckResult result) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter().write(result, SampleResult.TOOL, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void showsOneCardPerFindingWithBothQuotesAndTheValueHighlighted() throws Exception {
        String html = render(SampleResult.standard());

        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
        assertThat(html.split("<article class=\"card ", -1)).hasSize(3);
        assertThat(html).contains("signed in <mark>June 2024</mark>");
        assertThat(html).contains("signed in <mark>2024-05</mark>");
        assertThat(html).contains("<code>June 2024</code> → <code>2024-06</code>");
        assertThat(html).contains("<code>facts/sources/a.yaml:9</code>");
        assertThat(html).contains("FAIL (invalid input)");
        assertThat(html).contains("unknown key &apos;qoute&apos; in a claim");
    }

    @Test
    void highlightsTheValueInAQuoteWhoseLowerCaseIsLonger() throws Exception {
        // 'İ' lower-cases to two characters: a position found in a lower-cased copy is one off here
        Source source = SampleResult.source("a", "Visit", "Alpha Times");
        Claim claim = SampleResult.claim("a-1", source, "June 2024", "İlham Aliyev signed in June 2024", 9);
        CheckResult result = new CheckResult(new Accounting(1, 1, 1, 0), List.of(source), List.of(SampleResult.CONFLICT),
                List.of(new Finding(SampleResult.CONFLICT, Severity.ERROR, Verdict.CONFLICT, claim.key(), List.of(claim), List.of(),
                        "June 2024 does not meet the record")),
                List.of(), FailOn.DEFAULT, -1, TriageSummary.NONE, List.of(new KeyCoverage(claim.key(), List.of("a"))));

        assertThat(render(result)).contains("İlham Aliyev signed in <mark>June 2024</mark>");
    }

    @Test
    void findsTheValueIgnoringCaseOrSaysItIsNotThere() {
        assertThat(HtmlView.indexIgnoringCase("Signed in JUNE 2024", "June 2024")).isEqualTo(10);
        assertThat(HtmlView.indexIgnoringCase("İ June", "june")).isEqualTo(2);
        assertThat(HtmlView.indexIgnoringCase("signed in May", "June 2024")).isEqualTo(-1);
        assertThat(HtmlView.indexIgnoringCase("June", "June 2024")).isEqualTo(-1);
        // the Kelvin sign's lower case is an ASCII k: beyond ASCII the search compares in place
        assertThat(HtmlView.indexIgnoringCase("5 \u212A", "k")).isEqualTo(2);
    }

    @Test
    void theAsciiSearchFindsWhatComparingAtEveryPositionFinds() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "aAbBzZ 9-";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder quote = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                quote.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(4); n > 0; n--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(HtmlView.indexIgnoringCase(quote.toString(), value.toString()))
                    .as("'%s' in '%s'", value, quote).isEqualTo(HtmlView.scanIgnoringCase(quote.toString(), value.toString()));
        }
    }

    @Test
    void textFromFactsIsEscapedNeverMarkup() throws Exception {
        CheckResult hostile = SampleResult.with(
                SampleResult.source("a", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>"),
                SampleResult.source("b", "javascript:alert(1)", "O'Brien & Sons' ' onmouseover='x"), FailOn.DEFAULT);

        String html = render(hostile);

        assertThat(html).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).contains("O&apos;Brien &amp; Sons&apos; &apos; onmouseover=&apos;x").doesNotContain("' onmouseover='");
        assertThat(html).doesNotContain("href=\"javascript:");
        // the one script on the page is the report's own filter script, allowed by its hash
        assertThat(html.split("(?i)<script", -1)).hasSize(2);
        assertThat(html).contains("<script>" + HtmlExtras.SCRIPT + "</script>")
                .contains("script-src '" + HtmlExtras.SCRIPT_HASH + "'");
    }

    /** {@code count} findings like {@code like}, each on a key of its own, with these claims. */
    private static List<Finding> copies(Finding like, int count, String keyPrefix,
            List<Claim> claims) {
        List<Finding> copies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            copies.add(new Finding(like.rule(), like.severity(), like.verdict(),
                    new ClaimKey(keyPrefix + String.format("%05d", i), "buyer"), claims, like.references(), like.message()));
        }
        return copies;
    }

    private static CheckResult withFindings(CheckResult small, List<Finding> findings) {
        return new CheckResult(small.accounting(), small.sources(), small.rules(), findings, small.problems(),
                small.failOn(), small.sourceTexts(), small.triage(), small.coverage());
    }

    private static int cards(String html, String ruleId) {
        return html.split("data-rule=\"" + ruleId + "\"", -1).length - 1;
    }

    @Test
    void atArchiveScaleShowsTheFirstCardsOfEveryRuleAndSaysWhatItLeftOut() throws Exception {
        CheckResult small = SampleResult.standard();
        Finding agree = small.findings().stream().filter(f -> f.rule().equals(SampleResult.AGREE)).findFirst().orElseThrow();
        Finding conflict = small.findings().stream().filter(f -> f.rule().equals(SampleResult.CONFLICT)).findFirst().orElseThrow();
        int max = HtmlView.MAX_CARDS_PER_RULE;
        List<Finding> findings = new ArrayList<>(small.findings());
        findings.addAll(copies(agree, max + 9, "agreed-", agree.claims()));
        findings.addAll(copies(conflict, 2 * max, "disputed-", conflict.claims()));

        String html = render(withFindings(small, findings));

        // errors are not spared: a page of every one of them is what no browser opens at archive scale
        assertThat(cards(html, "SOURCES-AGREE")).isEqualTo(max);
        assertThat(cards(html, "SOURCES-CONFLICT")).isEqualTo(max);
        assertThat(html).contains("This page shows the first 200 findings of each rule and leaves out 10 SOURCES-AGREE, 201 "
                + "SOURCES-CONFLICT. report.json lists every finding.");
        // the counts at the top still cover every finding
        assertThat(html).contains("<dt>error</dt><dd>" + (2 * max + 1) + "</dd>");
        assertThat(render(small)).doesNotContain("leaves out");
    }

    @Test
    void aRuleWithFewFindingsKeepsItsCardsBesideOneOfTheSameSeverityWithThousands() throws Exception {
        CheckResult small = SampleResult.standard();
        Finding agree = small.findings().stream().filter(f -> f.rule().equals(SampleResult.AGREE)).findFirst().orElseThrow();
        RuleInfo refine = new RuleInfo("SOURCES-REFINE", Severity.INFO,
                "One source is more precise", "One source is more precise", "rules/c.drl");
        List<Finding> findings = new ArrayList<>(small.findings());
        findings.addAll(copies(agree, 3_000, "agreed-", agree.claims()));
        // sorts after every SOURCES-AGREE finding, so a cap over all findings of a severity would leave it out
        findings.add(new Finding(refine, Severity.INFO, Verdict.REFINES,
                agree.key(), agree.claims(), List.of(), "one source is more precise"));

        String html = render(withFindings(small, findings));

        assertThat(cards(html, "SOURCES-REFINE")).isEqualTo(1);
        assertThat(cards(html, "SOURCES-CONFLICT")).isEqualTo(1);
        assertThat(cards(html, "SOURCES-AGREE")).isEqualTo(HtmlView.MAX_CARDS_PER_RULE);
    }

    @Test
    void filtersOfferOnlyWhatTheShownCardsHold() throws Exception {
        CheckResult small = SampleResult.standard();
        Finding agree = small.findings().stream().filter(f -> f.rule().equals(SampleResult.AGREE)).findFirst().orElseThrow();
        Source hidden = SampleResult.source("zz-only-in-left-out", "Hidden", "Nowhere Daily");
        List<Finding> findings = new ArrayList<>(small.findings());
        findings.addAll(copies(agree, HtmlView.MAX_CARDS_PER_RULE, "shown-", agree.claims()));
        // sorted after every shown one, so left out
        findings.addAll(copies(agree, 5, "zz-", List.of(SampleResult.claim("z-1", hidden, "2024-01-01", "on 2024-01-01", 3))));

        String html = render(withFindings(small, findings));

        String filters = html.substring(html.indexOf("<form id=\"filters\""), html.indexOf("</form>"));
        assertThat(html).contains("leaves out 6 SOURCES-AGREE");
        assertThat(filters).doesNotContain("zz-only-in-left-out");
        assertThat(render(small)).contains("<option>a</option>");
    }

    @Test
    void makesNoNetworkRequest() throws Exception {
        String html = render(SampleResult.standard());

        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
        assertThat(html).doesNotContain("@import").doesNotContain("url(http");
    }

    @Test
    void withThousandsOfSourcesTheMatrixShowsOnlyThoseWithClaimsOnItsKeysAndSaysSo() throws Exception {
        CheckResult small = SampleResult.standard();
        List<Source> sources = new ArrayList<>(small.sources());
        List<KeyCoverage> coverage = new ArrayList<>(small.coverage());
        for (int i = 0; i < 300; i++) {
            String id = String.format("wire-%03d", i);
            sources.add(SampleResult.source(id, "Wire story " + i, "Wire"));
            if (i % 3 == 0) { // a third of them state something on a key of their own
                coverage.add(new KeyCoverage(new ClaimKey("story-" + id, "date"), List.of(id)));
            }
        }
        java.util.Collections.sort(coverage);
        CheckResult many = new CheckResult(small.accounting(), sources, small.rules(), small.findings(), small.problems(),
                small.failOn(), small.sourceTexts(), small.triage(), coverage);

        HtmlExtras.Matrix matrix = HtmlExtras.matrix(many);

        assertThat(matrix.sources()).hasSize(HtmlExtras.MAX_COLUMNS).isSorted()
                .allSatisfy(id -> assertThat(coverage.stream().anyMatch(c -> c.sources().contains(id))).isTrue());
        assertThat(matrix.rows()).allSatisfy(row -> assertThat(row.cells().stream().mapToInt(HtmlExtras.Cell::span).sum())
                .isEqualTo(HtmlExtras.MAX_COLUMNS));
        assertThat(render(many)).contains("Showing 100 of " + sources.size() + " sources: the first, by id, of those with claims on these keys.");
        assertThat(HtmlExtras.matrix(small).sources()).hasSize(small.sources().size());
        assertThat(render(small)).doesNotContain("sources: the first, by id");
    }

    @Test
    void sourcesSideBySideThatSayNothingOnAKeyShareOneEmptyCell() throws Exception {
        CheckResult small = SampleResult.standard();
        List<Source> sources = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            sources.add(SampleResult.source("s" + i, "Story " + i, "Wire"));
        }
        // stated by the second and the fifth source only, and no finding on it
        List<KeyCoverage> coverage = List.of(new KeyCoverage(new ClaimKey("quiet-deal", "date"), List.of("s2", "s5")));
        CheckResult sparse = new CheckResult(small.accounting(), sources, small.rules(), small.findings(), small.problems(),
                small.failOn(), small.sourceTexts(), small.triage(), coverage);

        HtmlExtras.Matrix matrix = HtmlExtras.matrix(sparse);

        assertThat(matrix.rows()).hasSize(1);
        assertThat(matrix.rows().get(0).cells()).containsExactly(HtmlExtras.Cell.silent(1), HtmlExtras.Cell.of("stated"),
                HtmlExtras.Cell.silent(2), HtmlExtras.Cell.of("stated"), HtmlExtras.Cell.silent(1));
        assertThat(render(sparse)).contains("<tr><td><code>quiet-deal / date</code></td><td colspan=\"1\"></td>"
                + "<td class=\"cell stated\" title=\"stated\">s</td><td colspan=\"2\"></td>"
                + "<td class=\"cell stated\" title=\"stated\">s</td><td colspan=\"1\"></td></tr>");
    }

    @Test
    void atMostTheCapOfItemsAreKeptTheFirstOfEachValueThenTheRestInOrder() {
        List<String> items = List.of("a1", "a2", "b1", "a3", "c1", "a4", "b2");

        assertThat(HtmlExtras.eachValueFirst(items, item -> item.substring(0, 1), 4)).containsExactly("a1", "a2", "b1", "c1");
        assertThat(HtmlExtras.eachValueFirst(items, item -> item.substring(0, 1), 2)).containsExactly("a1", "b1");
        assertThat(HtmlExtras.eachValueFirst(items, item -> item.substring(0, 1), 7)).isSameAs(items);
    }

    /** A conflict on one key that {@code agreeing} claims date the same day and the last claim another. */
    private static Finding crowdedConflict(CheckResult small, int agreeing) {
        Finding conflict = small.findings().stream().filter(f -> f.verdict() == Verdict.CONFLICT).findFirst().orElseThrow();
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < agreeing; i++) {
            Source source = SampleResult.source(String.format("wire-%02d", i), "Wire story " + i, "Wire");
            claims.add(SampleResult.claim(String.format("c-%02d", i), source, "2024-01-01", "signed on 2024-01-01", 3));
        }
        Source odd = SampleResult.source("zz-odd", "The odd one", "Daily");
        claims.add(SampleResult.claim("c-99", odd, "2024-06-30", "signed on 2024-06-30", 3));
        return new Finding(conflict.rule(), conflict.severity(), conflict.verdict(), conflict.key(), claims, List.of(),
                conflict.message());
    }

    @Test
    void aCardOfAFindingWithManyClaimsShowsEverySideAndSaysHowManyItLeftOut() throws Exception {
        CheckResult small = SampleResult.standard();
        Finding crowded = crowdedConflict(small, 30);

        String html = render(withFindings(small, List.of(crowded)));

        String findingCards = html.substring(html.indexOf("id=\"all-findings\""));
        assertThat(findingCards.split("<div class=\"claim\">", -1)).hasSize(HtmlView.MAX_CLAIMS_PER_CARD + 1);
        assertThat(html).contains(" · c-00</div>").contains(" · c-22</div>").doesNotContain(" · c-23</div>").contains(" · c-99</div>")
                .contains("This card shows 24 of the finding&apos;s 31 claims, the first stating each value before the others;"
                        + " report.json lists them all.");
        assertThat(render(withFindings(small, List.of(crowdedConflict(small, 23))))).doesNotContain("This card shows");
    }

    @Test
    void aTimelineOfAKeyWithManyDatesDrawsEachDateAndSaysHowManyItLeftOut() {
        CheckResult small = SampleResult.standard();
        CheckResult crowded = withFindings(small, List.of(crowdedConflict(small, 30)));

        HtmlExtras.Timeline timeline = HtmlExtras.timelines(crowded).get(0);

        assertThat(timeline.bars()).hasSize(HtmlExtras.MAX_BARS);
        assertThat(timeline.bars()).extracting(HtmlExtras.Bar::detail).anyMatch(detail -> detail.startsWith("c-99 "));
        assertThat(timeline.claimsLeftOut()).isEqualTo("Drawn: 24 of the 31 claims that date this key, the first with each date before the others;"
                + " report.json lists them all.");
        assertThat(HtmlExtras.timelines(withFindings(small, List.of(crowdedConflict(small, 23)))).get(0).claimsLeftOut()).isNull();
    }

    @Test
    void drawsTimelinesForTheFirstKeysWithTwoDatesAndNoMore() throws Exception {
        CheckResult small = SampleResult.standard();
        Finding dated = small.findings().stream().filter(f -> f.verdict() == Verdict.CONFLICT).findFirst().orElseThrow();
        Finding undated = small.findings().stream().filter(f -> f.verdict() == Verdict.AGREE).findFirst().orElseThrow();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 2 * HtmlExtras.MAX_TIMELINES + 50; i++) {
            // every other key has two dates to draw; the others have text values, which have no timeline
            Finding like = i % 2 == 0 ? dated : undated;
            findings.add(new Finding(like.rule(), like.severity(), like.verdict(), new ClaimKey(String.format("deal-%03d", i), "date"),
                    like.claims(), like.references(), like.message()));
        }
        CheckResult many = new CheckResult(small.accounting(), small.sources(), small.rules(), findings, small.problems(),
                small.failOn(), small.sourceTexts(), small.triage(), small.coverage());

        List<HtmlExtras.Timeline> timelines = HtmlExtras.timelines(many);

        assertThat(timelines).hasSize(HtmlExtras.MAX_TIMELINES);
        assertThat(timelines.get(0).key()).isEqualTo("deal-000 / date");
        assertThat(timelines.get(1).key()).isEqualTo("deal-002 / date");
        assertThat(timelines.get(HtmlExtras.MAX_TIMELINES - 1).key()).isEqualTo(String.format("deal-%03d / date", 2 * (HtmlExtras.MAX_TIMELINES - 1)));
        assertThat(timelines.get(0).bars()).extracting(HtmlExtras.Bar::state).containsExactly("conflict", "conflict");
        assertThat(HtmlExtras.timelines(small)).hasSize(1);
    }
}
