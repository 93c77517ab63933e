package org.crosscheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Location;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceStatus;
import org.crosscheck.model.TextValue;
import org.crosscheck.support.FactsDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that never stops firing stops the run with its id, instead of hanging it. */
class RunawayRulesTest {

    @TempDir
    Path dir;

    static final String HEADER = """
            package test.loops;
            import org.crosscheck.normalize.ClaimGroup;
            global org.crosscheck.engine.FindingCollector findings;
            """;

    private CompiledRules compile(String drl) {
        new FactsDir(dir).file("rules/loop.drl", HEADER + drl);
        RulesBuild build = new RuleBaseBuilder().build(dir.resolve("rules"));
        assertThat(build.problems()).isEmpty();
        return build.rules().orElseThrow();
    }

    private static Corpus corpus() {
        Source source = new Source("s", "t", "o", null, null, null, SourceStatus.PUBLISHED, Location.ofFile("f"));
        Claim claim = new Claim("c", source, new ClaimKey("k", "p"), new TextValue("v"), "v", null, List.of(), Location.ofFile("f"));
        return new Corpus(List.of(source), List.of(), List.of(claim), List.of(), List.of(), List.of());
    }

    @Test
    void aRuleThatUpdatesWhatItMatchesIsStoppedAtTheFiringLimitAndNamed() {
        CompiledRules rules = compile("""
                rule "Touches its own fact"
                    @id("LOOPS") @severity("info") @title("loops")
                when
                    $k : ClaimGroup()
                then
                    update( $k );
                end
                """);

        assertThatThrownBy(() -> new Engine().run(rules, corpus()))
                .isInstanceOfSatisfying(RunawayRules.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.message()).startsWith("rule LOOPS fired 10000 times for ")
                                .endsWith("(the limit); it probably loops");
                        assertThat(p.location().file()).endsWith("rules/loop.drl");
                        assertThat(p.hint()).contains("no-loop");
                    });
                });
    }

    @Test
    void aSlowLoopIsHaltedByTheTimeLimit() {
        CompiledRules rules = compile("""
                rule "Slow loop"
                    @id("SLOW-LOOP") @severity("info") @title("slow")
                when
                    $k : ClaimGroup()
                then
                    try { Thread.sleep( 20 ); } catch ( InterruptedException e ) { }
                    update( $k );
                end
                """);

        assertThatThrownBy(() -> new Engine(Duration.ofMillis(300)).run(rules, corpus()))
                .isInstanceOfSatisfying(RunawayRules.class, e -> assertThat(e.problems().get(0).message())
                        .isEqualTo("rule SLOW-LOOP was still firing after 0 s; it probably loops"));
    }

    @Test
    void rulesThatSettleAreNotDisturbed() throws Exception {
        CompiledRules rules = compile("""
                rule "Fires once"
                    @id("ONCE") @severity("info") @title("once")
                when
                    $k : ClaimGroup()
                then
                end
                """);

        assertThat(new Engine(Duration.ofSeconds(30)).run(rules, corpus())).isEmpty();
    }
}
