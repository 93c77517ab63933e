package org.crosscheck.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * Turns an executable-model jar (from {@link ExecutableModelCompiler}) into a rule base: its classes
 * are defined in a class loader of their own, and the models its index names are instantiated.
 */
final class ModelJar {

    private static final String MODEL_INDEX = "/drools-model";
    private static final String VERSION_LINE = "Drools-Model-Version";

    private ModelJar() {
    }

    /** The entry that holds what the jar was compiled from ({@link RuleBaseCache.Key#source()}). */
    static final String SOURCE_ENTRY = "crosscheck-rule-set.txt";

    /**
     * @param source what the caller wants compiled rules of; a jar compiled from anything else is
     *               refused, so a cache entry can never stand in for other rules
     */
    static KieBase load(byte[] jar, String source) {
        Map<String, byte[]> entries = unzip(jar);
        if (!Arrays.equals(entries.get(SOURCE_ENTRY), source.getBytes(StandardCharsets.UTF_8))) {
            throw new IllegalArgumentException("the rule-model jar was compiled from other rule files");
        }
        String index = entries.keySet().stream()
                .filter(name -> name.startsWith("META-INF/kie/") && name.endsWith(MODEL_INDEX))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("not an executable-model jar: no model index"));
        ClassLoader loader = new JarBytesClassLoader(entries, ModelJar.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        for (String line : new String(entries.get(index), StandardCharsets.UTF_8).split("\n")) {
            String className = line.strip();
            if (className.isEmpty() || className.startsWith(VERSION_LINE)) {
                continue;
            }
            try {
                models.add((Model) loader.loadClass(className).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot instantiate rule model " + className, e);
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    private static Map<String, byte[]> unzip(byte[] jar) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule-model jar", e);
        }
        return entries;
    }

    /** Defines the jar's generated classes; everything else (crosscheck, Drools) comes from the parent. */
    private static final class JarBytesClassLoader extends ClassLoader {

        private final Map<String, byte[]> entries;

        JarBytesClassLoader(Map<String, byte[]> entries, ClassLoader parent) {
            super(parent);
            this.entries = entries;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = entries.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
