package org.crosscheck.desk;

import java.util.List;
import java.util.Map;

/**
 * What the desk's JSON API answers, as records Jackson writes field by field. Every string is data:
 * the page puts it into the document as text, never as markup.
 */
public final class DeskView {

    private DeskView() {
    }

    /** The answer to a pasted or uploaded text: its sentences, the candidate claims, and the check of all of them. */
    public record Analysis(String sourceId, String published, List<SentenceView> sentences, List<CandidateView> claims,
            List<UnfiledView> unfiled, Outcome outcome) {
    }

    /** @param start where the sentence starts in the text as pasted */
    public record SentenceView(int index, String text, int start) {
    }

    /**
     * A candidate claim: where its value sits in its sentence ({@code start}, {@code end}), its suggested
     * key, and the runner-up keys an editor may choose instead.
     */
    public record CandidateView(String id, int sentence, int start, int end, String kind, String value, String subject,
            String property, boolean proposed, double score, List<KeyView> runnersUp, String quote) {
    }

    public record KeyView(String subject, String property, double score) {
    }

    /** A value found that no subject of the corpus could take; shown, never dropped. */
    public record UnfiledView(int sentence, String kind, String value, String why) {
    }

    /** A loaded draft file: its header and claims, and the check of them. */
    public record LoadedDraft(String sourceId, String title, String published, List<ClaimView> claims, Outcome outcome) {
    }

    /** A claim as the editor keeps it (accepted, perhaps with its key or value changed). */
    public record ClaimView(String id, String subject, String property, String kind, String value, String quote) {
    }

    /**
     * The check of a draft's claims: the counts by status, each claim's status, the findings that
     * involve the draft, the problems that kept a claim from being checked, and the draft file itself.
     */
    /**
     * @param factsChanged whether the facts files changed since the desk read them: the findings are
     *                     then those of the corpus as it was, and the desk must be restarted to see the edit
     */
    public record Outcome(Summary summary, Map<String, String> statuses, List<FindingView> findings, List<ProblemView> problems,
            String draft, boolean factsChanged) {
    }

    /** How many of the draft's claims are in each status; {@code checked + rejected = claims}. */
    public record Summary(int claims, int checked, int rejected, long confirmed, long corroborated, long contradicted,
            long disputed, long uncorroborated, long unreadable) {
    }

    /**
     * @param draftClaims the draft's claims the finding is about (it blames them)
     * @param claims      every claim it is about, with its quote and source
     * @param support     the claims on the side the evidence favours
     */
    public record FindingView(String rule, String title, String severity, String verdict, String subject, String property,
            String message, List<String> draftClaims, List<QuotedClaim> claims, List<QuotedClaim> support,
            List<RecordView> references) {
    }

    public record QuotedClaim(String id, String source, String outlet, boolean draft, String value, String quote, String status) {
    }

    public record RecordView(String id, String value, String issuer, String document, String date, String url) {
    }

    /** @param claim the draft claim the problem is in, when it is in one */
    public record ProblemView(String claim, int line, int column, String message, String hint) {
    }

    /** An error answer: what is wrong, and how to fix it. */
    public record Error(String error, String hint) {
    }

    /** An uploaded file's text, for the page to show and check. */
    public record UploadedText(String name, String text) {
    }
}
