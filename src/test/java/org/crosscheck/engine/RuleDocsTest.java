package org.crosscheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.model.RuleInfo;
import org.junit.jupiter.api.Test;

/** Every bundled rule has a documentation page that states its real severity; the README lists it. */
class RuleDocsTest {

    @Test
    void everyRuleHasADocsPageAndARowInTheReadme() throws Exception {
        RulesBuild build = new RuleBaseBuilder().build(Path.of("rules"));
        assertThat(build.problems()).isEmpty();
        String readme = Files.readString(Path.of("README.md"));
        java.util.List<RuleInfo> all = new java.util.ArrayList<>(build.rules().orElseThrow().rules());
        all.addAll(org.crosscheck.triage.BuiltInRules.ALL);
        for (RuleInfo rule : all) {
            Path page = Path.of(rule.docsPath());
            assertThat(page).as("docs page for %s", rule.id()).exists();
            assertThat(Files.readString(page)).startsWith("# " + rule.id() + "\n")
                    .contains("**Severity:** " + rule.severity().label());
            assertThat(readme).as("README row for %s", rule.id())
                    .contains("| `" + rule.id() + "` | " + rule.severity().label() + " |");
        }
    }
}
