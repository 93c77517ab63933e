package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.crosscheck.model.CheckResult;
import org.junit.jupiter.api.Test;

/** The rules shipped in the jar are the repository's rules/, and check a corpus as rules/ does. */
class BundledRulesTest {

    @Test
    void theBundledRulesAreTheRulesDirectoryByteForByte() throws Exception {
        Path bundled = BundledRules.directory().orElseThrow();
        try (Stream<Path> rules = Files.list(Path.of("rules"))) {
            for (Path rule : rules.filter(p -> p.toString().endsWith(".drl")).toList()) {
                assertThat(bundled.resolve(rule.getFileName().toString())).hasSameBinaryContentAs(rule);
            }
        }
        try (Stream<Path> copied = Files.list(bundled); Stream<Path> rules = Files.list(Path.of("rules"))) {
            assertThat(copied.count()).isEqualTo(rules.filter(p -> p.toString().endsWith(".drl")).count());
        }
        assertThat(BundledRules.directory()).contains(bundled);
    }

    @Test
    void aCheckWithTheBundledRulesFindsWhatTheRulesDirectoryFinds() throws Exception {
        CheckResult bundled = new CheckPipeline().check(CheckRequest.of(Path.of("facts"), BundledRules.directory().orElseThrow()));
        CheckResult local = new CheckPipeline().check(CheckRequest.of(Path.of("facts"), Path.of("rules")));

        assertThat(bundled.findings()).isNotEmpty().hasSameSizeAs(local.findings());
        assertThat(bundled.rules()).extracting(r -> r.id()).isEqualTo(local.rules().stream().map(r -> r.id()).toList());
    }
}
