package org.crosscheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.Problem;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Severity;
import org.crosscheck.support.FactsDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseBuilderTest {

    @TempDir
    Path dir;

    private static final String HEADER = """
            package test.rules;
            import org.crosscheck.normalize.ClaimGroup;
            global org.crosscheck.engine.FindingCollector findings;
            """;

    private static String rule(String name, String metadata) {
        return "rule \"" + name + "\"\n" + metadata + "\nwhen\n    ClaimGroup()\nthen\nend\n";
    }

    private List<Problem> problems(String drl) {
        new FactsDir(dir).file("rules/x.drl", drl);
        return new RuleBaseBuilder().build(dir.resolve("rules")).problems();
    }

    @Test
    void readsMetadataAndStripsQuotesTheCompilerMayKeep() {
        new FactsDir(dir).file("rules/a.drl", HEADER + rule("One", "@id(\"ONE\") @severity(\"warning\") @title(\"First rule\")"))
                .file("rules/sub/b.drl", HEADER.replace("test.rules", "test.other")
                        + rule("Two", "@id(TWO) @severity(info) @title(\"Second\")"));

        RulesBuild build = new RuleBaseBuilder().build(dir.resolve("rules"));

        assertThat(build.problems()).isEmpty();
        assertThat(build.rules().orElseThrow().rules()).extracting(RuleInfo::id, RuleInfo::severity, RuleInfo::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ONE", Severity.WARNING, "First rule"),
                        org.assertj.core.groups.Tuple.tuple("TWO", Severity.INFO, "Second"));
        assertThat(build.rules().orElseThrow().rules().get(1).file()).endsWith("rules/sub/b.drl");
    }

    @Test
    void syntaxErrorIsReportedAtTheDrlFileLineAndColumn() {
        List<Problem> problems = problems(HEADER + "rule \"Broken\"\n@id(\"B\") @severity(\"error\") @title(\"t\")\nwhen\n"
                + "    ClaimKey( subject == )\nthen\nend\n");

        assertThat(problems).singleElement().satisfies(first -> {
            assertThat(first.location().file()).endsWith("rules/x.drl");
            assertThat(first.location().line()).isEqualTo(7);
            assertThat(first.location().column()).isEqualTo(26);
            assertThat(first.message()).isEqualTo("rule does not compile: no viable alternative at input ')' in rule \"Broken\"");
        });
    }

    @Test
    void unknownTypeIsACompileProblemToo() {
        List<Problem> problems = problems(HEADER + "rule \"Typo\"\n@id(\"T\") @severity(\"error\") @title(\"t\")\nwhen\n"
                + "    Claimm()\nthen\nend\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location().file()).endsWith("rules/x.drl");
            assertThat(p.message()).contains("Claimm");
        });
    }

    @Test
    void everyRuleMustDeclareIdSeverityAndTitle() {
        List<Problem> problems = problems(HEADER + rule("Bare", ""));

        assertThat(problems).extracting(Problem::describe).containsExactly(
                dir.resolve("rules/x.drl") + ":4:1: rule \"Bare\" has no @id (add @id(\"AREA-WHAT\") after the rule name)",
                dir.resolve("rules/x.drl") + ":4:1: rule \"Bare\" has no @severity (add @severity(\"error\"), @severity(\"warning\") or @severity(\"info\"))",
                dir.resolve("rules/x.drl") + ":4:1: rule \"Bare\" has no @title (add @title(\"What the rule finds, in a few words\"))");
    }

    @Test
    void severityMustBeKnownAndIdWellFormed() {
        List<Problem> problems = problems(HEADER + rule("Odd", "@id(\"lower case\") @severity(\"fatal\") @title(\"t\")"));

        assertThat(problems).extracting(Problem::message).containsExactly(
                "rule \"Odd\" has @id(\"lower case\"), which is not an upper-case-hyphenated id",
                "rule \"Odd\" has @severity(\"fatal\")");
    }

    @Test
    void duplicateIdsAreRejectedNamingBothRules() {
        List<Problem> problems = problems(HEADER + rule("First", "@id(\"SAME\") @severity(\"info\") @title(\"t\")")
                + rule("Second", "@id(\"SAME\") @severity(\"info\") @title(\"t\")"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(10);
            assertThat(p.message()).isEqualTo("duplicate rule id 'SAME', also used by rule \"First\" in "
                    + dir.resolve("rules/x.drl"));
        });
    }

    @Test
    void missingOrEmptyRulesDirectoryIsAProblem() {
        assertThat(new RuleBaseBuilder().build(dir.resolve("nope")).problems()).extracting(Problem::message)
                .containsExactly("rules directory not found");
        new FactsDir(dir).file("empty/readme.txt", "no rules");
        assertThat(new RuleBaseBuilder().build(dir.resolve("empty")).problems()).extracting(Problem::message)
                .containsExactly("no rule files (*.drl) in the rules directory");
    }

    @Test
    void findsTheDeclarationLineOfNamedAndQuotedRules() {
        String text = "package p;\n\nrule \"A b\"\nend\n  rule Plain\nend\n";
        RuleDeclarations declarations = new RuleDeclarations(java.util.Map.of("x.drl", text));
        assertThat(declarations.of("A b", "p").line()).isEqualTo(3);
        assertThat(declarations.of("Plain", "p").line()).isEqualTo(5);
        assertThat(declarations.of("Missing", "p")).isNull();
        java.util.Map<String, String> twoPackages = new java.util.LinkedHashMap<>();
        twoPackages.put("a.drl", "package p;\nrule \"Same\"\nend\n");
        twoPackages.put("b.drl", "package q;\n\nrule 'Same'\nend\n");
        assertThat(new RuleDeclarations(twoPackages).of("Same", "q")).isEqualTo(new RuleDeclarations.Declaration("b.drl", "q", 3));
        assertThat(new RuleDeclarations(twoPackages).of("Same", "other")).isEqualTo(new RuleDeclarations.Declaration("a.drl", "p", 2));
    }
}
