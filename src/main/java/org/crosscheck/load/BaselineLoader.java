package org.crosscheck.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.model.Baseline;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;

/** Reads a baseline written by {@code crosscheck baseline}. */
public final class BaselineLoader {

    public Optional<Baseline> load(Path file, List<Problem> problems) {
        String display = file.toString().replace('\\', '/');
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(Location.ofPath(display), "baseline file not found",
                    "write one with 'crosscheck baseline --file " + display + "'"));
            return Optional.empty();
        }
        try {
            // made here rather than with the loader, because most checks have no baseline and a
            // first ObjectMapper costs a cold check some 25 ms (its default date format's locale data)
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            List<Baseline.Entry> entries = new ArrayList<>();
            for (JsonNode entry : root.path("findings")) {
                List<String> claims = new ArrayList<>();
                entry.path("claims").forEach(c -> claims.add(c.asText()));
                if (!entry.path("rule").isTextual() || !entry.path("subject").isTextual() || !entry.path("property").isTextual()) {
                    problems.add(new Problem(Location.ofPath(display), "a baseline entry lacks rule, subject or property: " + entry,
                            "write the baseline again with 'crosscheck baseline'"));
                    continue;
                }
                entries.add(new Baseline.Entry(entry.path("rule").asText(),
                        new ClaimKey(entry.path("subject").asText(), entry.path("property").asText()), claims));
            }
            if (!root.path("findings").isArray()) {
                problems.add(new Problem(Location.ofPath(display), "not a crosscheck baseline (no 'findings' list)",
                        "write one with 'crosscheck baseline'"));
                return Optional.empty();
            }
            return Optional.of(new Baseline(display, entries));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            problems.add(new Problem(at == null ? Location.ofPath(display) : new Location(display, at.getLineNr(), at.getColumnNr()),
                    "the baseline is not valid JSON: " + e.getOriginalMessage(), "write it again with 'crosscheck baseline'"));
        } catch (IOException e) {
            problems.add(new Problem(Location.ofPath(display), "cannot read the baseline: " + e.getMessage(), ""));
        }
        return Optional.empty();
    }
}
