package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.crosscheck.model.FactsInput;
import org.crosscheck.support.FactsDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schema and the loader accept the same keys and agree on good and bad files. */
class SchemaAgreementTest {

    static final Path SCHEMA = Path.of("facts/schema/crosscheck-facts.schema.json");

    @TempDir
    Path dir;

    private static JsonNode schemaJson() throws IOException {
        return new ObjectMapper().readTree(SCHEMA.toFile());
    }

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson());
    }

    @Test
    void everyShapeHasASchemaDefinitionWithTheSameKeys() throws IOException {
        JsonNode defs = schemaJson().path("$defs");
        for (Shape shape : Shapes.ALL) {
            JsonNode def = defs.path(shape.name());
            assertThat(def.isMissingNode()).as("schema definition for %s", shape.name()).isFalse();
            List<String> properties = new ArrayList<>();
            def.path("properties").fieldNames().forEachRemaining(properties::add);
            List<String> required = new ArrayList<>();
            def.path("required").forEach(n -> required.add(n.asText()));
            assertThat(properties).as("keys of %s", shape.name()).containsExactlyInAnyOrderElementsOf(shape.allowed());
            assertThat(required).as("required keys of %s", shape.name()).containsExactlyInAnyOrderElementsOf(shape.required());
            assertThat(def.path("additionalProperties").asBoolean(true)).as("%s closed", shape.name()).isFalse();
        }
    }

    static Stream<String> documents() {
        String claim = FactsDir.claim("a-1", "acme-deal", "signing-date", "date", "June 2024", "in June 2024");
        return Stream.of(
                FactsDir.ENTITIES,
                FactsDir.source("alpha", "2024-07-01", claim),
                FactsDir.source("alpha", "2024-07-01", claim.replace("quote:", "qoute:")),
                FactsDir.source("alpha", "2024-07-01", claim.replace("    quote: \"in June 2024\"\n", "")),
                FactsDir.source("Alpha", "2024-07-01", claim),
                FactsDir.source("alpha", "2024-07-01", claim.replace("{date:", "{dat:")),
                FactsDir.source("alpha", "2024-07-01", claim.replace("{date: \"June 2024\"}", "{date: \"June 2024\", text: x}")),
                "source:\n  id: a\n  title: T\n  outlet: O\n  status: publshed\nclaims: []\n",
                "references:\n  - id: r\n    subject: acme-deal\n    property: p\n    value: {quantity: \"32\"}\n"
                        + "    citation: {issuer: NATO, document: Members, date: 2024-03-07}\n    valid_from: 2024-03-07\n",
                "references:\n  - id: r\n    subject: acme-deal\n    property: p\n    value: {quantity: \"32\"}\n"
                        + "    citation: {issuer: NATO}\n",
                "entities:\n  - id: x\n    type: persn\n    name: X\n");
    }

    @ParameterizedTest
    @MethodSource("documents")
    void schemaAndLoaderAcceptAndRejectTheSameDocuments(String yaml) throws Exception {
        Set<ValidationMessage> schemaErrors = schema().validate(new YAMLMapper().readTree(yaml));
        new FactsDir(dir).file("doc/doc.yaml", yaml);
        FactsInput input = new FactsLoader().load(dir);

        assertThat(input.problems().isEmpty()).as("loader problems %s vs schema errors %s", input.problems(), schemaErrors)
                .isEqualTo(schemaErrors.isEmpty());
    }

    @Test
    void everyBundledFactsFileReferencesTheSchemaAndValidates() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("facts"))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String text = Files.readString(file);
            String relative = file.getParent().relativize(SCHEMA).toString().replace('\\', '/');
            assertThat(text).as(file.toString()).startsWith("# yaml-language-server: $schema=" + relative + "\n");
            assertThat(schema().validate(new YAMLMapper().readTree(text))).as(file.toString()).isEmpty();
        }
    }
}
