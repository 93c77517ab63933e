package org.crosscheck.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.engine.PortableRules;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Entity;
import org.crosscheck.model.ExchangeRate;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.model.Settings;
import org.crosscheck.model.Severity;

/**
 * What every executor needs besides its share of the claims, broadcast once: the rules as an
 * executable-model jar (never a live rule base), the entities for aliases, the settings, the
 * reference records and rates every session holds, the items left out for reusing an id, and which
 * keys' claims other keys' rules reach for.
 *
 * @param taken  per file index, the ordinals of the items left out
 * @param needs  for each key whose claims another key's rules reach for, the keys that reach
 * @param failOn the severity from which an open finding fails the check; null for never
 * @param triage marks each finding waived or baselined, as the command line's triage does
 */
record Shared(PortableRules rules, List<Entity> entities, Settings settings, List<ReferenceRecord> references,
        List<ExchangeRate> rates, Map<Integer, Set<Integer>> taken, Map<ClaimKey, Set<ClaimKey>> needs, Severity failOn,
        org.crosscheck.triage.Triage.Marker triage) implements Serializable {
}
