package org.crosscheck.engine;

import java.util.List;
import java.util.Map;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles DRL into Drools' executable model: Java classes for every constraint and consequence,
 * packed as a jar. Loading that jar later needs no parser and no compiler, which is what makes a
 * cached rule base start in a fraction of the time the DRL compiler takes.
 */
final class ExecutableModelCompiler {

    static final String KIE_PREFIX = "src/main/resources/";

    /** The jar, or the compiler's errors when there is none. */
    record Output(byte[] jar, List<Message> errors) {
    }

    /**
     * @param texts  rule file text by its path relative to the rules directory
     * @param name   a name unique to this rule set, so builds in one JVM never share a module
     * @param source what the rules are compiled from, kept in the jar for {@link ModelJar#load}
     */
    Output compile(Map<String, String> texts, String name, String source) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("org.crosscheck.rules", name, "1");
        files.generateAndWritePomXML(releaseId);
        texts.forEach((path, text) -> files.write(KIE_PREFIX + path, text));
        files.write(KIE_PREFIX + ModelJar.SOURCE_ENTRY, source);
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        try {
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                return new Output(null, errors);
            }
            return new Output(((InternalKieModule) builder.getKieModule()).getBytes(), List.of());
        } finally {
            // the builder registers the module in Drools' process-wide repository; the jar is all we keep
            services.getRepository().removeKieModule(releaseId);
        }
    }
}
