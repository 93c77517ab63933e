package org.crosscheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ClaimStatuses;
import org.crosscheck.model.ReferenceRecord;

/**
 * The one or two sentences at the top of a key's card, in words a reviewer reads without the rule
 * book: who says what, what the record says, and who agrees with whom. One template per situation
 * (contradicted by a record, a lone source against a majority, two sides with nothing to decide);
 * null when the key's findings are better read as the rules worded them.
 */
final class KeyStory {

    /** Values named in one sentence at most, and sources named per value. */
    static final int MAX_VALUES = 3;
    static final int MAX_NAMES = 3;

    private KeyStory() {
    }

    static String tell(List<Claim> claims, List<ReferenceRecord> references, ClaimStatuses statuses) {
        List<Claim> contradicted = claims.stream().filter(c -> statuses.of(c.id()) == ClaimStatus.CONTRADICTED).toList();
        if (!contradicted.isEmpty() && !references.isEmpty()) {
            ReferenceRecord record = references.stream().filter(ReferenceRecord::certain).findFirst().orElse(references.get(0));
            long agreeing = claims.stream().filter(c -> statuses.of(c.id()) == ClaimStatus.CONFIRMED).map(Claim::sourceId).distinct().count();
            return says(contradicted) + " " + record(record)
                    + (agreeing == 0 ? "." : ", and " + sources(agreeing) + (agreeing == 1 ? " agrees" : " agree") + " with it.");
        }
        List<Claim> likelyWrong = claims.stream().filter(c -> statuses.isLikelyWrong(c.id())).toList();
        if (!likelyWrong.isEmpty()) {
            List<Claim> others = claims.stream().filter(c -> !statuses.isLikelyWrong(c.id())
                    && statuses.of(c.id()) != ClaimStatus.UNREADABLE).toList();
            long outlets = others.stream().map(c -> KeyCards.who(c.source())).distinct().count();
            return says(likelyWrong) + " " + capitalised(sources(outlets)) + (outlets == 1 ? " gives " : " agree on ") + ReaderStyle.value(others.get(0).value())
                    + " instead. A majority is evidence, not proof: check the claim against a record.";
        }
        List<Claim> disputed = claims.stream().filter(c -> statuses.of(c.id()) == ClaimStatus.DISPUTED).toList();
        if (byValue(disputed).size() >= 2) {
            return says(disputed) + " Nothing on file decides between them: add a reference record or check both.";
        }
        return null;
    }

    /** "The Standard (5 September 2025) gives June 2023." — claims grouped by the value they give. */
    private static String says(List<Claim> claims) {
        List<String> sentences = new ArrayList<>();
        Map<String, List<Claim>> byValue = byValue(claims);
        for (List<Claim> same : byValue.values().stream().limit(MAX_VALUES).toList()) {
            List<String> names = same.stream().map(KeyStory::whoAndWhen).distinct().toList();
            String named = names.stream().limit(MAX_NAMES).collect(Collectors.joining(", "))
                    + (names.size() > MAX_NAMES ? " and " + (names.size() - MAX_NAMES) + " more" : "");
            sentences.add(capitalised(named) + (names.size() == 1 ? " gives " : " give ") + ReaderStyle.value(same.get(0).value()) + ".");
        }
        if (byValue.size() > MAX_VALUES) {
            sentences.add((byValue.size() - MAX_VALUES) + " other values are given too.");
        }
        return String.join(" ", sentences);
    }

    private static Map<String, List<Claim>> byValue(List<Claim> claims) {
        Map<String, List<Claim>> byValue = new LinkedHashMap<>();
        claims.forEach(c -> byValue.computeIfAbsent(c.value().normalized(), v -> new ArrayList<>()).add(c));
        return byValue;
    }

    private static String whoAndWhen(Claim claim) {
        return KeyCards.who(claim.source()) + claim.source().published().map(p -> " (" + ReaderStyle.date(p.date()) + ")").orElse("");
    }

    private static String record(ReferenceRecord record) {
        String by = record.citation() == null ? "The reference record" : record.citation().issuer() + ", " + record.citation().document() + ",";
        return by + " gives " + ReaderStyle.value(record.value()) + (record.certain() ? "" : " (a record marked uncertain)");
    }

    private static String sources(long count) {
        return count == 1 ? "one other source" : count + " other sources";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
