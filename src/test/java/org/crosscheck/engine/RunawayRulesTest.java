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

    @Test
    void aConsequenceThatNeverReturnsIsStoppedAtTheTimeLimitAndNamed() {
        CompiledRules rules = compile("""
                rule "Waits forever"
                    @id("WAITS") @severity("info") @title("waits")
                when
                    $k : ClaimGroup()
                then
                    try { Thread.sleep( 600000 ); } catch ( InterruptedException e ) { }
                end
                """);

        assertThatThrownBy(() -> new Engine(Duration.ofMillis(300)).run(rules, corpus()))
                .isInstanceOfSatisfying(RunawayRules.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.message()).isEqualTo("rule WAITS did not return from its consequence within the time limit");
                    assertThat(p.location().file()).endsWith("rules/loop.drl");
                    assertThat(p.location().line()).isEqualTo(4);
                }));
    }

    @Test
    void aConditionThatNeverReturnsIsStoppedAtTheTimeLimit() {
        CompiledRules rules = compile("""
                function boolean never(Object fact) {
                    try { Thread.sleep( 600000 ); } catch ( InterruptedException e ) { }
                    return false;
                }
                rule "Never decides"
                    @id("NEVER") @severity("info") @title("never")
                when
                    $k : ClaimGroup()
                    eval( never( $k ) )
                then
                end
                """);

        assertThatThrownBy(() -> new Engine(Duration.ofMillis(300)).run(rules, corpus()))
                .isInstanceOfSatisfying(RunawayRules.class, e -> assertThat(e.problems().get(0).message())
                        .startsWith("a rule condition (an eval, or a function a condition calls) did not return"));
    }

    @Test
    void aLongSleepIsNotCalledALoop() {
        CompiledRules rules = compile("""
                rule "Sleeps once"
                    @id("SLEEPY") @severity("info") @title("sleepy")
                when
                    $k : ClaimGroup()
                then
                    try { Thread.sleep( 1100 ); } catch ( InterruptedException e ) { }
                end
                """);

        assertThatThrownBy(() -> new Engine(Duration.ofSeconds(1)).run(rules, corpus()))
                .isInstanceOfSatisfying(RunawayRules.class, e -> assertThat(e.problems().get(0).message())
                        .startsWith("rule SLEEPY ").doesNotContain("loops"));
    }

    @Test
    void aRuleThatThrowsIsNamedAtItsFileAndLine() {
        CompiledRules rules = compile("""
                rule "Divides by zero"
                    @id("DIVIDES") @severity("info") @title("divides")
                when
                    $k : ClaimGroup()
                then
                    int zero = 0;
                    System.out.println( 1 / zero );
                end
                """);

        assertThatThrownBy(() -> new Engine().run(rules, corpus()))
                .isInstanceOfSatisfying(RunawayRules.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.message()).isEqualTo("rule DIVIDES failed in its consequence: it threw ArithmeticException (/ by zero)");
                    assertThat(p.location().line()).isEqualTo(4);
                }));
    }
}
