package org.crosscheck.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.crosscheck.model.RuleInfo;

/**
 * A rule of the user's failed while it ran: its consequence or a condition threw, recursed without
 * end or never returned. Said as an error in that rule, at its file and line, with exit code 2,
 * rather than as crosscheck's own bug. Thrown on a worker thread, turned into {@link RunawayRules}
 * by the engine.
 */
final class RuleFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;
    final transient Problem problem;

    RuleFailed(Problem problem) {
        super(problem.describe(), null, false, false);
        this.problem = problem;
    }

    /** What {@code thrown} says about the rule (null when no rule was firing: a condition failed). */
    static RuleFailed of(RuleInfo rule, String name, Throwable thrown, boolean inConsequence) {
        String where = inConsequence ? "its consequence" : "a condition";
        if (thrown instanceof StackOverflowError) {
            return new RuleFailed(problem(rule, name, (name == null ? "a rule condition recursed without end" : "recursed without end in " + where) + " (the stack overflowed)",
                    "give the recursion a case that ends it, or write it as a loop"));
        }
        // Drools wraps what a condition throws, with the constraint's description, in plain
        // RuntimeExceptions: the innermost is what the rule's code threw
        while (thrown.getClass() == RuntimeException.class && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        if (thrown instanceof StackOverflowError) {
            return of(rule, name, thrown, inConsequence);
        }
        String what = thrown.getClass().getSimpleName() + (thrown.getMessage() == null ? "" : " (" + firstLine(thrown.getMessage()) + ")");
        return new RuleFailed(problem(rule, name, (name == null ? "a rule condition failed" : "failed in " + where) + ": it threw " + what,
                "this is an error in the rule, not in the facts; fix the rule (a null or an unexpected value it does not test for?)"));
    }

    /** A problem at the rule's declaration; a rule of unknown name is placed at the rules as a whole. */
    static Problem problem(RuleInfo rule, String name, String what, String hint) {
        if (rule == null) {
            return new Problem(Location.ofPath("rules"), (name == null ? "" : "rule \"" + name + "\" ") + what, hint);
        }
        return new Problem(declaration(rule), "rule " + rule.id() + " " + what, hint);
    }

    /** The line declaring the rule, read again from its file (only when a rule has failed). */
    private static Location declaration(RuleInfo rule) {
        try {
            Path file = Path.of(rule.file());
            if (Files.isRegularFile(file)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                RuleDeclarations.Declaration found = new RuleDeclarations(Map.of(rule.file(), text)).of(rule.name(), "");
                if (found != null) {
                    return new Location(rule.file(), found.line(), 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the file alone still says where
        }
        return Location.ofPath(rule.file());
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
