package org.crosscheck.report;

import java.util.List;
import org.crosscheck.model.Accounting;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.FailOn;
import org.crosscheck.model.KeyCoverage;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.crosscheck.model.Publication;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceStatus;
import org.crosscheck.model.TextValue;
import org.crosscheck.model.ToolInfo;
import org.crosscheck.model.Verdict;
import org.crosscheck.normalize.DateParser;

/** A fixed check result for writer tests: one conflict, one agreement, one input problem. */
final class SampleResult {

    static final ToolInfo TOOL = new ToolInfo("crosscheck", "9.9.9", null);
    static final RuleInfo CONFLICT = new RuleInfo("SOURCES-CONFLICT", Severity.ERROR, "Sources conflict", "Sources conflict", "rules/c.drl");
    static final RuleInfo AGREE = new RuleInfo("SOURCES-AGREE", Severity.INFO, "Sources agree", "Sources agree", "rules/c.drl");

    private SampleResult() {
    }

    static Source source(String id, String title, String outlet) {
        var published = new Publication(DateParser.parse("2025-07-15", null).toOptional().orElseThrow(), DateBasis.STATED, null);
        return new Source(id, title, outlet, null, null, published, SourceStatus.PUBLISHED, new Location("facts/sources/" + id + ".yaml", 1, 1));
    }

    static Claim claim(String id, Source source, String value, String quote, int line) {
        return new Claim(id, source, new ClaimKey("deal", "signing-date"),
                DateParser.parse(value, null).toOptional().orElseThrow(), quote, null, List.of(),
                new Location("facts/sources/" + source.id() + ".yaml", line, 5));
    }

    static CheckResult with(Source a, Source b, FailOn failOn) {
        Claim first = claim("a-1", a, "June 2024", "signed in June 2024", 9);
        Claim second = claim("b-1", b, "2024-05", "signed in 2024-05", 12);
        Claim third = new Claim("b-2", b, new ClaimKey("deal", "buyer"), new TextValue("Acme"), "bought by Acme", null,
                List.of(), new Location("facts/sources/b.yaml", 20, 5));
        Claim fourth = new Claim("a-2", a, new ClaimKey("deal", "buyer"), new TextValue("Acme"), "Acme bought", null,
                List.of(), new Location("facts/sources/a.yaml", 14, 5));
        return new CheckResult(new Accounting(2, 5, 4, 1), List.of(a, b), List.of(CONFLICT, AGREE),
                List.of(new Finding(AGREE, Severity.INFO, Verdict.AGREE, third.key(), List.of(fourth, third), List.of(), "2 sources agree"),
                        new Finding(CONFLICT, Severity.ERROR, Verdict.CONFLICT, first.key(), List.of(first, second), List.of(),
                                "June 2024 does not meet 2024-05")),
                List.of(new Problem(new Location("facts/sources/b.yaml", 30, 7), "unknown key 'qoute' in a claim", "did you mean 'quote'?")),
                failOn, -1, org.crosscheck.model.TriageSummary.NONE,
                List.of(new KeyCoverage(new ClaimKey("deal", "signing-date"), List.of("a", "b")),
                        new KeyCoverage(new ClaimKey("deal", "buyer"), List.of("a", "b")),
                        new KeyCoverage(new ClaimKey("deal", "price"), List.of("a"))));
    }

    static final RuleInfo WAIVER_EXPIRED = new RuleInfo("WAIVER-EXPIRED", Severity.WARNING, "A waiver has expired", "A waiver has expired",
            "built-in");
    static final Location WAIVER_AT = new Location("facts/waivers.yaml", 12, 3);

    /** The standard sample with an expired waiver's finding, which is about no claim: it points at the waiver. */
    static CheckResult withExpiredWaiver() {
        CheckResult base = standard();
        List<Finding> findings = new java.util.ArrayList<>(base.findings());
        findings.add(new Finding(WAIVER_EXPIRED, Severity.WARNING, Verdict.INVALID, new ClaimKey("deal", "price"), List.of(), List.of(),
                "the waiver at facts/waivers.yaml:12:3 expired on 2025-01-01", org.crosscheck.model.Disposition.OPEN, WAIVER_AT));
        return new CheckResult(base.accounting(), base.sources(), List.of(CONFLICT, AGREE, WAIVER_EXPIRED), findings, base.problems(),
                base.failOn(), base.sourceTexts(), base.triage(), base.coverage());
    }

    static CheckResult standard() {
        return with(source("a", "Deal signed", "Alpha Times"), source("b", "Deal talk", "Beta Post"), FailOn.DEFAULT);
    }
}
