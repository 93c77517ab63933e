package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.FactsInput;
import org.crosscheck.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store keeps each file's parsed tree ({@link IndexedFile#encodedTree}); these read it back. */
class IndexedFileTest {

    @TempDir
    Path dir;

    @Test
    void aKeptTreeDecodesToTheSameFacts() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("facts/entities.yaml"));
        IndexedFile read = IndexedFile.read("entities.yaml", bytes);

        IndexedFile decoded = IndexedFile.decode("entities.yaml", read.encodedTree()).orElseThrow();

        assertThat(read.entities()).hasSizeGreaterThan(10);
        assertThat(decoded.entities()).isEqualTo(read.entities());
        assertThat(decoded.entitiesOnly()).isTrue();
        assertThat(IndexedFile.decode("entities.yaml", new byte[0])).isEmpty();
        assertThat(IndexedFile.decode("entities.yaml", "not a tree".getBytes())).isEmpty();
    }

    @Test
    void theLoaderReadsAKeptTreeInsteadOfTheFile() throws Exception {
        // the store's trees were once never decoded (a token taken before the codec read), so every
        // file was parsed again; with the file gone, only its tree can give its facts
        Path facts = Files.createDirectories(dir.resolve("facts"));
        Path file = facts.resolve("mnna-state-visit.yaml");
        Files.copy(Path.of("facts/sources/mnna-state-visit.yaml"), file);
        FactsInput fromFile = new FactsLoader().loadKept(facts, List.of(file), f -> null, List.of(), Progress.SILENT);
        byte[] tree = IndexedFile.read("mnna-state-visit.yaml", Files.readAllBytes(file)).encodedTree();
        Files.delete(file);

        FactsInput fromTree = new FactsLoader().loadKept(facts, List.of(file), f -> tree, List.of(), Progress.SILENT);

        assertThat(fromTree.problems()).isEmpty();
        assertThat(fromTree.sources()).isNotEmpty().isEqualTo(fromFile.sources());
        assertThat(fromTree.claimsRead()).isPositive().isEqualTo(fromFile.claimsRead());
    }

    @Test
    void aFileWithSourcesOrNoEntitiesIsNotEntitiesOnly() throws Exception {
        assertThat(IndexedFile.read("s.yaml", Files.readAllBytes(Path.of("facts/sources/mnna-state-visit.yaml"))).entitiesOnly())
                .isFalse();
        assertThat(IndexedFile.read("e.yaml", """
                entities:
                  - id: acme
                    type: organisation
                    name: Acme
                """.getBytes()).entitiesOnly()).isTrue();
    }
}
