package org.crosscheck.compare;

import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ReferenceRecord;

/** The claims of one key that a reference record valid at their dates confirms. */
public record Agreement(ReferenceRecord record, List<Claim> claims, String explanation) {

    public Agreement {
        claims = List.copyOf(claims);
    }

    public List<ReferenceRecord> records() {
        return List.of(record);
    }
}
