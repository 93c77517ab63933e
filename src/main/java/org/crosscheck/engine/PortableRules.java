package org.crosscheck.engine;

import java.io.Serializable;
import java.util.List;
import org.crosscheck.model.RuleInfo;

/**
 * Compiled rules in a form that travels between processes: the executable-model jar, what it was
 * compiled from, and the rules' metadata. A live rule base cannot travel (Drools dropped its
 * serialization, DROOLS-6623, and a serialized session or base drags the whole engine along), so a
 * process that needs the rules loads this jar into a rule base of its own, without a compiler.
 *
 * @param jar    the executable-model jar ({@link ExecutableModelCompiler})
 * @param source what the jar was compiled from; {@link ModelJar#load} refuses a jar of other rules
 * @param rules  every rule's metadata, checked when the rules were built
 */
public record PortableRules(byte[] jar, String source, List<RuleInfo> rules) implements Serializable {

    public PortableRules {
        rules = List.copyOf(rules);
    }

    /** A rule base of this process's own, built from the jar: seconds of work, so callers keep it. */
    public CompiledRules load() {
        return new CompiledRules(ModelJar.load(jar, source), rules);
    }
}
