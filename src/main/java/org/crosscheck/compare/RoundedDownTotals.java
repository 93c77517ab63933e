package org.crosscheck.compare;

import org.crosscheck.model.Claim;
import org.crosscheck.model.Hedge;
import org.crosscheck.model.QuantityValue;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.model.Value;

/**
 * A running total (a claim with {@code as_of}, judged against a record valid on that date only) written
 * as a round figure is read as a reader reads a toll: "53,000 lives" is written when the count has
 * passed 53,000, so the figure may be rounded down as well as to the nearest. Its allowance upward is
 * a whole unit of its last digit (53,000 holds 52,500 up to 54,000), downward the usual half. Only
 * round figures (the ones the readers give a rounding allowance) and only against a dated record:
 * an exact figure, or a total compared with other sources, keeps its bounds.
 */
final class RoundedDownTotals {

    private RoundedDownTotals() {
    }

    /** The claim's value as compared with the record: widened upward for a round running total. */
    static Value read(Claim claim, ReferenceRecord record) {
        if (claim.asOf() == null || record.validFrom() == null && record.validTo() == null
                || !(claim.value() instanceof QuantityValue q) || q.hedge() != Hedge.EXACT || q.upper() == null) {
            return claim.value();
        }
        java.math.BigDecimal rounding = q.upper().subtract(q.amount());
        if (rounding.signum() <= 0) {
            return claim.value();
        }
        return new QuantityValue(q.asWritten(), q.amount(), q.unit(), q.hedge(), q.lower(), q.amount().add(rounding.add(rounding)),
                q.measured());
    }
}
