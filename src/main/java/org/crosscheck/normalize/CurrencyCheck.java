package org.crosscheck.normalize;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ExchangeRate;
import org.crosscheck.model.Publication;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.model.Verdict;

/**
 * Checks an amount that one source gives in two currencies against a cited exchange rate. There
 * is no conversion across sources and none without a rate: only the rate dated closest to the
 * source's publication date is used, and only if it is at most the configured number of days from
 * it (31 by default), so the message can say exactly which rate the check assumed.
 */
public final class CurrencyCheck {

    private CurrencyCheck() {
    }

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    /** For each source with the key's amount in two currencies: AGREE or CONFLICT at the cited rate. */
    public static List<GroupVerdict> withinSources(List<Claim> claims, List<ExchangeRate> rates, int maxRateAgeDays) {
        Map<String, Map<String, Claim>> bySourceThenCurrency = new TreeMap<>();
        GroupCompare.inIdOrder(claims).stream()
                .filter(c -> c.value() instanceof QuantityValue q && CURRENCY_CODE.matcher(q.unit()).matches())
                .forEach(c -> bySourceThenCurrency.computeIfAbsent(c.sourceId(), s -> new LinkedHashMap<>())
                        .putIfAbsent(((QuantityValue) c.value()).unit(), c));
        List<GroupVerdict> verdicts = new ArrayList<>();
        for (Map<String, Claim> byCurrency : bySourceThenCurrency.values()) {
            List<Claim> amounts = List.copyOf(byCurrency.values());
            for (int i = 0; i < amounts.size(); i++) {
                for (int j = i + 1; j < amounts.size(); j++) {
                    check(amounts.get(i), amounts.get(j), rates, maxRateAgeDays).ifPresent(verdicts::add);
                }
            }
        }
        return verdicts;
    }

    private static Optional<GroupVerdict> check(Claim a, Claim b, List<ExchangeRate> rates, int maxRateAgeDays) {
        QuantityValue x = (QuantityValue) a.value();
        QuantityValue y = (QuantityValue) b.value();
        Optional<Publication> published = a.source().published();
        if (published.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = published.get().date().start();
        LocalDate to = published.get().date().end();
        Optional<ExchangeRate> rate = rates.stream()
                .filter(r -> (r.from().equals(x.unit()) && r.to().equals(y.unit())) || (r.from().equals(y.unit()) && r.to().equals(x.unit())))
                .filter(r -> distance(r.date(), from, to) <= maxRateAgeDays)
                .min(Comparator.comparingLong((ExchangeRate r) -> distance(r.date(), from, to)).thenComparing(ExchangeRate::id));
        if (rate.isEmpty()) {
            return Optional.empty();
        }
        QuantityValue converted = convert(x, y.unit(), rate.get());
        Comparison comparison = Compare.quantities(converted, y);
        String at = "at " + rate.get().rate().stripTrailingZeros().toPlainString() + " " + rate.get().to() + " per "
                + rate.get().from() + " (" + rate.get().citation() + ", rate of " + rate.get().date() + "), '"
                + x.asWritten() + "' is " + Numbers.human(converted.lower()) + ".." + Numbers.human(converted.upper())
                + " " + y.unit();
        if (comparison.relation() == Relation.DISJOINT) {
            return Optional.of(new GroupVerdict(Verdict.CONFLICT, List.of(a, b), at + ", which does not match '"
                    + y.asWritten() + "' (" + Numbers.human(y.lower()) + ".." + Numbers.human(y.upper()) + " " + y.unit() + ")", -1));
        }
        return Optional.of(new GroupVerdict(Verdict.AGREE, List.of(a, b), at + ", consistent with '" + y.asWritten() + "'", -1));
    }

    /** The amount in the other currency, its bounds converted with it. */
    static QuantityValue convert(QuantityValue amount, String target, ExchangeRate rate) {
        BigDecimal factor = rate.from().equals(amount.unit()) ? rate.rate()
                : BigDecimal.ONE.divide(rate.rate(), MathContext.DECIMAL64);
        return new QuantityValue(amount.asWritten(), amount.amount().multiply(factor), target, amount.hedge(),
                amount.lower().multiply(factor), amount.upper() == null ? null : amount.upper().multiply(factor));
    }

    /** Days from a rate's date to the nearest day of the publication interval; 0 inside it. */
    private static long distance(LocalDate day, LocalDate from, LocalDate to) {
        if (day.isBefore(from)) {
            return ChronoUnit.DAYS.between(day, from);
        }
        return day.isAfter(to) ? ChronoUnit.DAYS.between(to, day) : 0;
    }
}
