package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.DateValue;
import org.crosscheck.model.DurationValue;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.model.UnresolvedDate;
import org.crosscheck.model.Value;
import org.crosscheck.model.Verdict;
import org.crosscheck.normalize.ClaimGroup;
import org.crosscheck.normalize.Compare;
import org.crosscheck.normalize.Comparison;
import org.crosscheck.normalize.GroupCompare;
import org.crosscheck.normalize.GroupVerdict;
import org.crosscheck.normalize.ReferenceCompare;
import org.crosscheck.normalize.Relation;

/**
 * Decides the status of every claim of one key, in this order:
 * <ol>
 * <li>A certain reference record valid at the claim's date decides: the claim is contradicted or
 *     confirmed. A claim attributed to a counter ({@code according_to}) is judged against that
 *     counter's record when there is one. A record marked uncertain does not decide, but a claim
 *     against it is disputed and left out of the comparison between sources, so it never outvotes
 *     or disputes the claims that agree with the record.</li>
 * <li>The claims no certain record contradicts are compared among themselves, like with like: each
 *     kind of value, currency or unit, and each attribution, on its own. A claim that another
 *     source contradicts is disputed; one that another outlet supports and nothing contradicts is
 *     corroborated.</li>
 * <li>A disputed value that one outlet alone states, against two or more other outlets that agree
 *     with each other, is likely wrong. Sources of the same outlet are one witness.</li>
 * </ol>
 * Linear in the key's claims up to sorting, except the majority search, which looks at distinct
 * values only and is skipped above {@link #MAJORITY_VALUES} of them.
 */
final class KeyAssessor {

    /** Distinct values of one key above which no majority is looked for (the claims stay disputed). */
    static final int MAJORITY_VALUES = 64;

    private KeyAssessor() {
    }

    /** A claim a record disagrees with, before the record's support is known. */
    private record Against(Claim claim, ReferenceRecord record) {
    }

    static KeyAssessment assess(ClaimGroup group, List<ReferenceRecord> unsortedRecords) {
        List<Claim> claims = group.claims();
        List<ReferenceRecord> records = unsortedRecords.stream().sorted(Comparator.comparing(ReferenceRecord::id)).toList();
        Map<String, ClaimStatus> status = new HashMap<>();
        Set<String> confirmed = new HashSet<>();
        Set<String> contradicted = new HashSet<>();
        Set<String> againstUncertain = new HashSet<>();
        Map<String, List<Claim>> agreeing = new LinkedHashMap<>();
        records.forEach(r -> agreeing.put(r.id(), new ArrayList<>()));
        List<Against> against = new ArrayList<>();

        for (Claim claim : claims) {
            if (claim.value() instanceof UnresolvedDate) {
                status.put(claim.id(), ClaimStatus.UNREADABLE);
                continue;
            }
            if (records.isEmpty()) {
                continue;
            }
            List<ReferenceRecord> mine = recordsFor(claim, records);
            boolean anyCounterWillDo = claim.accordingTo() == null && records.stream().allMatch(r -> r.issuer() != null);
            List<ReferenceRecord> disjoint = new ArrayList<>();
            boolean certainAgrees = false;
            boolean anyAgrees = false;
            for (ReferenceRecord record : mine) {
                Relation relation = Compare.relation(RoundedDownTotals.read(claim, record), record.value());
                if (relation.isCompatible() && StrictBounds.against(claim.value(), record.value()).isPresent()) {
                    relation = Relation.DISJOINT; // "nearly 25 years" against a judgment of 300 months
                }
                if (relation == Relation.DISJOINT) {
                    disjoint.add(record);
                } else if (relation.isCompatible()) {
                    agreeing.get(record.id()).add(claim);
                    anyAgrees = true;
                    certainAgrees |= record.certain();
                }
            }
            if (anyCounterWillDo && anyAgrees) {
                disjoint.clear(); // a figure attributed to no one is right if some counter gave it
            }
            boolean certainAgainst = false;
            for (ReferenceRecord record : disjoint) {
                against.add(new Against(claim, record));
                certainAgainst |= record.certain();
            }
            if (certainAgainst) {
                contradicted.add(claim.id());
                status.put(claim.id(), ClaimStatus.CONTRADICTED);
            } else if (!disjoint.isEmpty()) {
                // an uncertain record blames with a warning only, but it still tells the sides apart:
                // the claim against it is disputed, and never outvotes the claims that agree with it
                againstUncertain.add(claim.id());
                status.put(claim.id(), ClaimStatus.DISPUTED);
            } else if (certainAgrees) {
                confirmed.add(claim.id());
            }
        }

        List<Contradiction> contradictions = new ArrayList<>();
        for (Against one : against) {
            contradictions.add(contradiction(one.claim(), one.record(), records, agreeing.get(one.record().id())));
        }
        List<Agreement> agreements = new ArrayList<>();
        for (ReferenceRecord record : records) {
            List<Claim> matched = agreeing.get(record.id());
            if (!matched.isEmpty()) {
                agreements.add(new Agreement(record, matched, matched.size() + (matched.size() == 1 ? " claim matches" : " claims match")
                        + " the reference value " + record.value().normalized() + validity(record) + issuedBy(record)
                        + "; reference: " + record.citation()));
            }
        }

        // sources against sources, for the claims no certain record contradicts
        boolean changesOverTime = records.stream().anyMatch(r -> r.validFrom() != null || r.validTo() != null);
        Set<String> likelyWrong = new HashSet<>();
        List<Dispute> disputes = new ArrayList<>();
        if (!changesOverTime) {
            Map<String, List<Claim>> partitions = new TreeMap<>();
            for (Claim claim : claims) {
                if (!status.containsKey(claim.id()) && claim.asOf() == null) {
                    partitions.computeIfAbsent(likeWithLike(claim), k -> new ArrayList<>()).add(claim);
                }
            }
            for (List<Claim> partition : partitions.values()) {
                assessAmongSources(partition, confirmed, status, likelyWrong, disputes);
            }
        }

        // what is left: running totals, and claims about a value that changes over time. A running
        // total a record speaks against is blamed by the record; the totals beside it are not
        Set<String> runningTotalConflicts = new HashSet<>();
        List<Dispute> runningTotals = new ArrayList<>();
        for (GroupVerdict verdict : group.runningTotals()) {
            if (verdict.verdict() == Verdict.CONFLICT && verdict.claims().stream()
                    .noneMatch(c -> contradicted.contains(c.id()) || againstUncertain.contains(c.id()))) {
                verdict.claims().forEach(c -> runningTotalConflicts.add(c.id()));
                runningTotals.add(new Dispute(false, verdict.claims(), List.of(), verdict.explanation(), verdict.gapDays()));
            }
        }
        Map<String, Set<String>> outletsByTotal = new HashMap<>();
        for (Claim claim : claims) {
            if (claim.asOf() != null) {
                outletsByTotal.computeIfAbsent(totalKey(claim), k -> new HashSet<>()).add(Witnesses.outlet(claim));
            }
        }
        for (Claim claim : claims) {
            if (status.containsKey(claim.id())) {
                continue;
            }
            if (runningTotalConflicts.contains(claim.id())) {
                status.put(claim.id(), ClaimStatus.DISPUTED);
            } else if (confirmed.contains(claim.id())) {
                status.put(claim.id(), ClaimStatus.CONFIRMED);
            } else if (claim.asOf() != null && outletsByTotal.get(totalKey(claim)).size() > 1) {
                status.put(claim.id(), ClaimStatus.CORROBORATED);
            } else {
                status.put(claim.id(), ClaimStatus.UNCORROBORATED);
            }
        }
        return new KeyAssessment(group.key(), status, likelyWrong, contradictions, agreements, disputes, runningTotals);
    }

    /**
     * The records a claim is judged against: its counter's own when it names one that has a record;
     * otherwise the records issued by no particular counter; a claim attributed to no one, on a key
     * whose records all come from counters, against all of them (it is right if any counter gave it).
     */
    static List<ReferenceRecord> recordsFor(Claim claim, List<ReferenceRecord> records) {
        List<ReferenceRecord> chosen;
        if (claim.accordingTo() != null && records.stream().anyMatch(r -> claim.accordingTo().equals(r.issuer()))) {
            chosen = records.stream().filter(r -> claim.accordingTo().equals(r.issuer())).toList();
        } else if (records.stream().anyMatch(r -> r.issuer() == null)) {
            chosen = records.stream().filter(r -> r.issuer() == null).toList();
        } else {
            chosen = claim.accordingTo() == null ? records : List.of();
        }
        return chosen.stream().filter(r -> ReferenceCompare.applies(r, claim)).toList();
    }

    private static Contradiction contradiction(Claim claim, ReferenceRecord record, List<ReferenceRecord> records, List<Claim> agreeing) {
        Value read = RoundedDownTotals.read(claim, record);
        Comparison comparison = Compare.values(read, record.value());
        long gap = claim.value() instanceof DateValue ? comparison.gapDays() : -1;
        List<Claim> support = agreeing.stream().filter(c -> !c.id().equals(claim.id())).toList();
        String matchesIssuer = null;
        ReferenceRecord matching = null;
        if (claim.accordingTo() != null && claim.accordingTo().equals(record.issuer())) {
            for (ReferenceRecord other : records) {
                if (other.issuer() != null && !other.issuer().equals(claim.accordingTo()) && ReferenceCompare.applies(other, claim)
                        && Compare.relation(claim.value(), other.value()).isCompatible()) {
                    matchesIssuer = other.issuer();
                    matching = other;
                    break;
                }
            }
        }
        StringBuilder why = new StringBuilder();
        java.util.Optional<String> strict = StrictBounds.against(claim.value(), record.value());
        if (comparison.relation() != Relation.DISJOINT && strict.isPresent()) {
            why.append(strict.get()).append(validity(record)).append(issuedBy(record)).append("; reference: ").append(record.citation());
        } else if (matching != null) {
            why.append("'").append(claim.value().asWritten()).append("' is attributed to ").append(claim.accordingTo())
                    .append(", whose record gives ").append(record.value().normalized()).append(" (").append(record.citation())
                    .append("); it is the figure ").append(matchesIssuer).append(" gave (").append(matching.value().normalized())
                    .append("; ").append(matching.citation()).append(")");
        } else {
            why.append(comparison.explanation()).append(read != claim.value() ? " (a round running total, allowed to be rounded down)" : "")
                    .append(validity(record)).append(issuedBy(record)).append("; reference: ").append(record.citation());
        }
        if (!support.isEmpty()) {
            why.append("; ").append(support.size()).append(support.size() == 1 ? " claim agrees" : " claims agree")
                    .append(" with the record: ").append(ids(support));
        }
        return new Contradiction(claim, record, support, why.toString(), gap, matchesIssuer);
    }

    /**
     * One partition of like values: finds the likely-wrong values first, then compares what is left,
     * so the majority's claims are not disputed by the one they outvote.
     */
    private static void assessAmongSources(List<Claim> partition, Set<String> confirmed, Map<String, ClaimStatus> status,
            Set<String> likelyWrong, List<Dispute> disputes) {
        Witnesses first = Witnesses.of(partition);
        List<Claim> outvoted = new ArrayList<>();
        if (first.distinctValues() <= MAJORITY_VALUES) {
            Map<Object, List<Claim>> lone = new LinkedHashMap<>();
            for (Claim claim : partition) {
                if (first.disputed(claim) && !first.supported(claim)) {
                    lone.computeIfAbsent(Witnesses.valueKey(claim.value()), k -> new ArrayList<>()).add(claim);
                }
            }
            for (List<Claim> alone : lone.values()) {
                List<Claim> camp = first.largestCampAgainst(alone.get(0));
                if (Witnesses.outlets(camp).size() >= 2) {
                    outvoted.addAll(alone);
                    alone.forEach(c -> likelyWrong.add(c.id()));
                    disputes.add(likelyWrongDispute(alone, camp));
                }
            }
        }
        List<Claim> rest = partition.stream().filter(c -> !likelyWrong.contains(c.id())).toList();
        Witnesses witnesses = outvoted.isEmpty() ? first : Witnesses.of(rest);
        for (Claim claim : partition) {
            if (likelyWrong.contains(claim.id()) || witnesses.disputed(claim)) {
                status.put(claim.id(), ClaimStatus.DISPUTED);
            } else if (confirmed.contains(claim.id())) {
                status.put(claim.id(), ClaimStatus.CONFIRMED);
            } else if (witnesses.supported(claim)) {
                status.put(claim.id(), ClaimStatus.CORROBORATED);
            } else {
                status.put(claim.id(), ClaimStatus.UNCORROBORATED);
            }
        }
        if (rest.stream().noneMatch(witnesses::disputed)) {
            return;
        }
        Value sample = rest.get(0).value();
        if (sample instanceof DateValue || sample instanceof QuantityValue || sample instanceof DurationValue) {
            for (GroupVerdict verdict : GroupCompare.acrossSources(rest)) {
                if (verdict.verdict() == Verdict.CONFLICT) {
                    disputes.add(new Dispute(false, verdict.claims(), List.of(), verdict.explanation(), verdict.gapDays()));
                }
            }
        } else {
            List<Claim> clashing = rest.stream().filter(witnesses::disputed).toList();
            Map<String, List<Claim>> byValue = new TreeMap<>();
            clashing.forEach(c -> byValue.computeIfAbsent(c.value().normalized(), k -> new ArrayList<>()).add(c));
            String values = byValue.values().stream()
                    .map(same -> "'" + same.get(0).value().asWritten() + "' (" + ids(same) + ")")
                    .collect(Collectors.joining(", "));
            List<List<Claim>> sides = new ArrayList<>(byValue.values());
            String pair = Compare.values(sides.get(0).get(0).value(), sides.get(1).get(0).value()).explanation();
            disputes.add(new Dispute(false, clashing, List.of(), byValue.size() == 2 ? pair
                    : pair + "; sources give " + byValue.size() + " different values: " + values, -1));
        }
    }

    private static Dispute likelyWrongDispute(List<Claim> alone, List<Claim> camp) {
        Claim claim = alone.get(0);
        Claim majority = camp.get(0);
        Comparison comparison = Compare.values(claim.value(), majority.value());
        long gap = claim.value() instanceof DateValue ? comparison.gapDays() : -1;
        Set<String> outlets = Witnesses.outlets(camp);
        String why = "'" + claim.value().asWritten() + "' (" + ids(alone) + ") stands alone against " + outlets.size()
                + " other outlets that agree with each other (" + String.join(", ", outlets) + ": " + ids(camp) + "): "
                + comparison.explanation() + "; it is likely wrong, but a majority is evidence, not proof: check it against a primary record";
        return new Dispute(true, alone, camp, why, gap);
    }

    /** Values compared with each other: one kind, currency or unit, and one attribution. */
    private static String likeWithLike(Claim claim) {
        Value value = claim.value();
        String kind = value instanceof QuantityValue q ? "quantity:" + q.unit() : value.kind().label();
        return kind + "|" + (claim.accordingTo() == null ? "" : claim.accordingTo());
    }

    private static String totalKey(Claim claim) {
        return claim.asOf().normalized() + "|" + claim.value().normalized() + "|" + (claim.accordingTo() == null ? "" : claim.accordingTo());
    }

    static String ids(List<Claim> claims) {
        String named = claims.stream().limit(5).map(Claim::id).collect(Collectors.joining(", "));
        return claims.size() > 5 ? named + " and " + (claims.size() - 5) + " more" : named;
    }

    private static String validity(ReferenceRecord reference) {
        if (reference.validFrom() == null && reference.validTo() == null) {
            return "";
        }
        return " (reference valid " + (reference.validFrom() == null ? "" : reference.validFrom()) + ".."
                + (reference.validTo() == null ? "" : reference.validTo()) + ")";
    }

    private static String issuedBy(ReferenceRecord reference) {
        return reference.issuer() == null ? "" : " (as given by " + reference.issuer() + ")";
    }
}
