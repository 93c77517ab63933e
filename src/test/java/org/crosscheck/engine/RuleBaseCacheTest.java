package org.crosscheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.support.FactsDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled-rules cache. Each "run" gets a fresh in-memory map, as a new process would, so
 * only the directory carries rule bases from one run to the next.
 */
class RuleBaseCacheTest {

    private static final String BUILD = "crosscheck-test-build";

    @TempDir
    Path dir;

    private static String rules(String title) {
        return """
                package test.cache;
                import org.crosscheck.normalize.ClaimGroup;
                global org.crosscheck.engine.FindingCollector findings;
                rule "Any group"
                    @id("ANY-GROUP") @severity("info") @title("%s")
                when
                    $group : ClaimGroup()
                then
                    findings.report( drools, org.crosscheck.model.Verdict.AGREE, $group.key(), $group.claims(), "seen" );
                end
                """.formatted(title);
    }

    private final ExecutableModelCompiler compiler = spy(new ExecutableModelCompiler());

    /** One run of crosscheck: a new process, with nothing in memory. */
    private RulesBuild run(Path cacheDir, String build) {
        return new RuleBaseBuilder(new RuleBaseCache(cacheDir, build, RuleBaseCache.memory()), compiler)
                .build(dir.resolve("rules"));
    }

    private List<Path> cached() throws IOException {
        Path cache = dir.resolve("cache");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.sorted().toList();
        }
    }

    @Test
    void secondRunLoadsTheCompiledRulesInsteadOfCompiling() throws IOException {
        new FactsDir(dir).file("rules/a.drl", rules("First title"));

        RulesBuild first = run(dir.resolve("cache"), BUILD);
        RulesBuild second = run(dir.resolve("cache"), BUILD);

        verify(compiler, times(1)).compile(any(), anyString(), anyString());
        assertThat(cached()).singleElement().satisfies(jar -> assertThat(jar.getFileName().toString()).matches("rules-[0-9a-f]{24}\\.jar"));
        assertThat(second.problems()).isEmpty();
        assertThat(second.rules().orElseThrow().rules()).isEqualTo(first.rules().orElseThrow().rules());
        assertThat(second.rules().orElseThrow().rules()).extracting(RuleInfo::id, RuleInfo::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ANY-GROUP", dir.resolve("rules/a.drl").toString()));
    }

    @Test
    void metadataProblemsOfCachedRulesStillNameTheirFileAndLine() {
        new FactsDir(dir).file("rules/a.drl", rules("Title").replace("@id(\"ANY-GROUP\") ", ""));
        run(dir.resolve("cache"), BUILD);

        RulesBuild cachedRun = run(dir.resolve("cache"), BUILD);

        verify(compiler, times(1)).compile(any(), anyString(), anyString());
        assertThat(cachedRun.problems()).extracting(p -> p.describe()).containsExactly(
                dir.resolve("rules/a.drl") + ":4:1: rule \"Any group\" has no @id (add @id(\"AREA-WHAT\") after the rule name)");
    }

    @Test
    void changedRuleFileIsCompiledAgain() throws IOException {
        new FactsDir(dir).file("rules/a.drl", rules("First title"));
        run(dir.resolve("cache"), BUILD);
        new FactsDir(dir).file("rules/a.drl", rules("Second title"));

        RulesBuild changed = run(dir.resolve("cache"), BUILD);

        verify(compiler, times(2)).compile(any(), anyString(), anyString());
        assertThat(changed.rules().orElseThrow().rules()).extracting(RuleInfo::title).containsExactly("Second title");
        assertThat(cached()).hasSize(2);
    }

    @Test
    void anotherCrosscheckBuildDoesNotReuseTheCompiledRules() {
        new FactsDir(dir).file("rules/a.drl", rules("Title"));
        run(dir.resolve("cache"), BUILD);

        run(dir.resolve("cache"), BUILD + "-rebuilt");

        verify(compiler, times(2)).compile(any(), anyString(), anyString());
    }

    @Test
    void unreadableCacheEntryIsCompiledAgainAndReplaced() throws IOException {
        new FactsDir(dir).file("rules/a.drl", rules("Title"));
        run(dir.resolve("cache"), BUILD);
        Path entry = cached().get(0);
        Files.writeString(entry, "not a jar");

        RulesBuild rebuilt = run(dir.resolve("cache"), BUILD);

        assertThat(rebuilt.problems()).isEmpty();
        verify(compiler, times(2)).compile(any(), anyString(), anyString());
        assertThat(Files.size(entry)).isGreaterThan(1_000);
    }

    @Test
    void cacheThatCannotBeWrittenDoesNotFailTheBuild() throws IOException {
        new FactsDir(dir).file("rules/a.drl", rules("Title")).file("cache", "a file where the cache directory should be");

        RulesBuild build = run(dir.resolve("cache"), BUILD);

        assertThat(build.problems()).isEmpty();
        assertThat(build.rules()).isPresent();
        assertThat(Files.readString(dir.resolve("cache"))).startsWith("a file");
    }

    @Test
    void withoutABuildIdentityNothingIsWrittenToDisk() throws IOException {
        new FactsDir(dir).file("rules/a.drl", rules("Title"));

        RulesBuild build = run(dir.resolve("cache"), null);

        assertThat(build.rules()).isPresent();
        assertThat(cached()).isEmpty();
    }

    @Test
    void keepsOnlyTheMostRecentRuleSets() throws IOException {
        for (int i = 0; i < 18; i++) {
            new FactsDir(dir).file("rules/a.drl", rules("Title " + i));
            run(dir.resolve("cache"), BUILD);
        }

        assertThat(cached()).hasSize(16);
    }

    @Test
    void brokenRulesAreReportedAndNotCached() throws IOException {
        new FactsDir(dir).file("rules/a.drl", rules("Title").replace("ClaimGroup()", "ClaimGroup( size == )"));

        RulesBuild build = run(dir.resolve("cache"), BUILD);

        assertThat(build.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().file()).endsWith("rules/a.drl");
            assertThat(p.location().line()).isEqualTo(7);
        });
        assertThat(cached()).isEmpty();
    }

    @Test
    void keyDependsOnPathsTextsAndBuild() {
        RuleBaseCache cache = new RuleBaseCache(null, BUILD, RuleBaseCache.memory());
        RuleBaseCache.Key key = cache.key(Map.of("a.drl", "rule text"));

        assertThat(cache.key(Map.of("a.drl", "rule text"))).isEqualTo(key);
        assertThat(cache.key(Map.of("b.drl", "rule text")).fileName()).isNotEqualTo(key.fileName());
        assertThat(cache.key(Map.of("a.drl", "rule text!")).fileName()).isNotEqualTo(key.fileName());
        assertThat(new RuleBaseCache(null, BUILD + "x", RuleBaseCache.memory()).key(Map.of("a.drl", "rule text")).fileName())
                .isNotEqualTo(key.fileName());
        // the boundary between a path and its text is part of the key
        assertThat(cache.key(Map.of("a.drlr", "ule text")).source()).isNotEqualTo(key.source());
        verify(compiler, never()).compile(any(), anyString(), anyString());
    }

    @Test
    void aCachedJarOfOtherRulesIsNeverUsedEvenUnderTheRightName() throws IOException {
        new FactsDir(dir).file("rules/a.drl", rules("First title"));
        run(dir.resolve("cache"), BUILD);
        Path firstJar = cached().get(0);
        new FactsDir(dir).file("rules/a.drl", rules("Second title"));
        RuleBaseCache cache = new RuleBaseCache(dir.resolve("cache"), BUILD, RuleBaseCache.memory());
        Path secondName = dir.resolve("cache").resolve(cache.key(Map.of("a.drl", rules("Second title"))).fileName());
        Files.move(firstJar, secondName);

        RulesBuild second = run(dir.resolve("cache"), BUILD);

        verify(compiler, times(2)).compile(any(), anyString(), anyString());
        assertThat(second.rules().orElseThrow().rules()).extracting(RuleInfo::title).containsExactly("Second title");
    }
}
