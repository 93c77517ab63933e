package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalogue: each case's files, run through the real CLI, must end with its exit code
 * and print its message; docs/bad-input.md must list every case with that same message.
 */
class BadInputCatalogueTest {

    static final Path CATALOGUE = Path.of("src/test/resources/bad-input/catalogue.json");
    static final Set<String> PATH_OPTIONS = Set.of("--facts", "--rules", "--texts", "--draft", "--draft-text", "--baseline", "--out", "--config", "--root");

    @TempDir
    Path dir;

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        int number = 1;
        for (JsonNode entry : new ObjectMapper().readTree(CATALOGUE.toFile())) {
            cases.add(Arguments.of(number++, entry.path("name").asText(), entry));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}. {1}")
    @MethodSource("cases")
    void badInputEndsWithItsExitCodeAndMessage(int number, String name, JsonNode entry) throws Exception {
        var fields = entry.path("files").fields();
        while (fields.hasNext()) {
            var file = fields.next();
            String path = file.getKey();
            String content = file.getValue().asText();
            if (path.startsWith("@link ")) {
                Path link = dir.resolve(path.substring(6));
                Files.createDirectories(link.getParent());
                Files.createSymbolicLink(link, Path.of(content));
                continue;
            }
            Path target = dir.resolve(path);
            Files.createDirectories(target.getParent());
            Files.write(target, content.startsWith("latin1:")
                    ? content.substring(7).getBytes(StandardCharsets.ISO_8859_1) : content.getBytes(StandardCharsets.UTF_8));
        }
        List<String> args = new ArrayList<>(List.of("check"));
        List<String> given = new ArrayList<>();
        entry.path("args").forEach(a -> given.add(a.asText()));
        if (!given.contains("--facts")) {
            args.addAll(List.of("--facts", dir.resolve("facts").toString()));
        }
        if (!given.contains("--out")) {
            args.addAll(List.of("--out", dir.resolve("reports").toString()));
        }
        for (int i = 0; i < given.size(); i++) {
            boolean pathValue = i > 0 && PATH_OPTIONS.contains(given.get(i - 1));
            args.add(pathValue ? dir.resolve(given.get(i)).toString() : given.get(i));
        }

        // a case with JVM options (a small heap, say) runs in a JVM of its own, as the launcher runs it
        List<String> jvm = new ArrayList<>();
        entry.path("java").forEach(option -> jvm.add(option.asText()));
        CliRun run = jvm.isEmpty() ? CliRun.of(args.toArray(String[]::new)) : CliRun.inJvm(jvm, args);

        String printed = (run.out() + run.err()).replace(dir + "/", "");
        assertThat(run.exitCode()).as(printed).isEqualTo(entry.path("exit").asInt());
        assertThat(printed).contains(entry.path("message").asText());
        assertThat(printed).doesNotContain("\tat ").doesNotContain("Exception:");
    }

    @Test
    void theCatalogueIsLargeAndDocumented() throws Exception {
        String docs = Files.readString(Path.of("docs/bad-input.md"));
        List<JsonNode> entries = new ArrayList<>();
        new ObjectMapper().readTree(CATALOGUE.toFile()).forEach(entries::add);

        assertThat(entries).hasSizeGreaterThanOrEqualTo(40);
        for (JsonNode entry : entries) {
            assertThat(docs).as("docs/bad-input.md lists '%s'", entry.path("name").asText())
                    .contains("| " + entry.path("name").asText() + " | " + entry.path("exit").asInt() + " | `"
                            + entry.path("message").asText().replace("|", "\\|") + "` |");
        }
    }
}
