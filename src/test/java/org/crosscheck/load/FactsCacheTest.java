package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.model.FactsInput;
import org.crosscheck.model.Problem;
import org.crosscheck.support.FactsDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts cache: a run that finds every file kept loads exactly what parsing would, and an
 * edited file, another build, a damaged entry or a file with problems is parsed again.
 */
class FactsCacheTest {

    @TempDir
    Path dir;

    private static final String SOURCE = FactsDir.source("alpha", "2024-07-10",
            FactsDir.claim("alpha-one", "acme-deal", "signing-date", "date", "June 2024", "signed in June 2024"));
    private static final String EDITED = FactsDir.source("alpha", "2024-07-10",
            FactsDir.claim("alpha-one", "acme-deal", "signing-date", "date", "July 2024", "signed in July 2024"));

    private Path facts() {
        return dir.resolve("facts");
    }

    private Path cacheDir() {
        return dir.resolve("cache");
    }

    private FactsInput load(FactsCache cache) throws FactsLoader.MissingFactsException {
        return new FactsLoader(cache).load(facts());
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir())) {
            return files.sorted().toList();
        }
    }

    @Test
    void aSecondRunReadsEveryFileFromTheCacheAndLoadsWhatParsingLoads() throws Exception {
        new FactsDir(facts()).file("entities.yaml", FactsDir.ENTITIES).file("sources/alpha.yaml", SOURCE);
        FactsCache first = new FactsCache(cacheDir(), "build-1");
        FactsInput parsed = load(first);
        FactsCache second = new FactsCache(cacheDir(), "build-1");

        FactsInput cached = load(second);

        assertThat(first.parsed()).isEqualTo(2);
        assertThat(first.reused()).isZero();
        assertThat(second.reused()).isEqualTo(2);
        assertThat(second.parsed()).isZero();
        // records all the way down: ids, values, quotes and every location
        assertThat(cached).isEqualTo(parsed).isEqualTo(new FactsLoader().load(facts()));
        assertThat(cached.sources().get(0).claims().get(0).value().location().line()).isEqualTo(12);
        assertThat(entries()).hasSize(2);
    }

    @Test
    void anEditedFileIsParsedAgainAndTheEditIsSeen() throws Exception {
        FactsDir files = new FactsDir(facts()).file("entities.yaml", FactsDir.ENTITIES).file("sources/alpha.yaml", SOURCE);
        load(new FactsCache(cacheDir(), "build-1"));
        files.file("sources/alpha.yaml", EDITED);
        FactsCache cache = new FactsCache(cacheDir(), "build-1");

        FactsInput input = load(cache);

        assertThat(cache.reused()).isEqualTo(1);
        assertThat(cache.parsed()).isEqualTo(1);
        assertThat(input.sources().get(0).claims().get(0).value().text()).isEqualTo("July 2024");
        FactsCache after = new FactsCache(cacheDir(), "build-1");
        assertThat(load(after).sources().get(0).claims().get(0).value().text()).isEqualTo("July 2024");
        assertThat(after.reused()).as("the edited file was kept again").isEqualTo(2);
    }

    @Test
    void entriesOfAnotherBuildAreNotUsed() throws Exception {
        new FactsDir(facts()).file("sources/alpha.yaml", SOURCE);
        load(new FactsCache(cacheDir(), "build-1"));
        FactsCache rebuilt = new FactsCache(cacheDir(), "build-2");

        load(rebuilt);

        assertThat(rebuilt.reused()).isZero();
        assertThat(rebuilt.parsed()).isEqualTo(1);
    }

    @Test
    void theSameBytesUnderAnotherNameAreParsedSinceEveryLocationNamesTheFile() throws Exception {
        new FactsDir(facts()).file("sources/alpha.yaml", SOURCE);
        load(new FactsCache(cacheDir(), "build-1"));
        Files.move(facts().resolve("sources/alpha.yaml"), facts().resolve("sources/renamed.yaml"));
        FactsCache cache = new FactsCache(cacheDir(), "build-1");

        FactsInput input = load(cache);

        assertThat(cache.reused()).isZero();
        assertThat(input.sources().get(0).location().file()).endsWith("sources/renamed.yaml");
        assertThat(entries()).as("the old name's entry is deleted").hasSize(1);
    }

    @Test
    void aDamagedEntryIsParsedAgainAndReplaced() throws Exception {
        new FactsDir(facts()).file("sources/alpha.yaml", SOURCE);
        FactsInput parsed = load(new FactsCache(cacheDir(), "build-1"));
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, Arrays.copyOf(bytes, bytes.length - 7));
        FactsCache damaged = new FactsCache(cacheDir(), "build-1");

        assertThat(load(damaged)).isEqualTo(parsed);
        assertThat(damaged.parsed()).isEqualTo(1);
        FactsCache mended = new FactsCache(cacheDir(), "build-1");
        assertThat(load(mended)).isEqualTo(parsed);
        assertThat(mended.reused()).isEqualTo(1);
    }

    @Test
    void anEntryWithAnyOneByteChangedIsNeverTrustedButParsedAgain() throws Exception {
        new FactsDir(facts()).file("entities.yaml", FactsDir.ENTITIES).file("sources/alpha.yaml", SOURCE);
        FactsInput parsed = load(new FactsCache(cacheDir(), "build-1"));
        for (Path entry : entries()) {
            byte[] whole = Files.readAllBytes(entry);
            // every byte of the entry in turn, changed as a disk or a hostile hand might change it
            for (int at = 0; at < whole.length; at++) {
                byte[] damaged = whole.clone();
                damaged[at] ^= (byte) (1 << (at % 8));
                Files.write(entry, damaged);
                FactsCache cache = new FactsCache(cacheDir(), "build-1");

                assertThat(load(cache)).as("byte %d of %s changed", at, entry.getFileName()).isEqualTo(parsed);
                assertThat(cache.parsed()).as("byte %d", at).isEqualTo(1);
            }
            Files.write(entry, whole);
        }
    }

    @Test
    void aFileWithAProblemIsNeverKeptSoItsProblemIsReportedOnEveryRun() throws Exception {
        new FactsDir(facts()).file("sources/alpha.yaml", SOURCE).file("sources/broken.yaml", "source: [unclosed\n");
        List<Problem> first = load(new FactsCache(cacheDir(), "build-1")).problems();
        FactsCache cache = new FactsCache(cacheDir(), "build-1");

        List<Problem> second = load(cache).problems();

        assertThat(first).isNotEmpty();
        assertThat(second).isEqualTo(first);
        assertThat(cache.parsed()).isEqualTo(1);
        assertThat(entries()).hasSize(1);
    }

    @Test
    void onlyEntriesOfFilesNoLongerReadAreDeletedAndOtherFilesAreLeftAlone() throws Exception {
        new FactsDir(facts()).file("sources/alpha.yaml", SOURCE).file("sources/beta.yaml", SOURCE.replace("alpha", "beta"));
        load(new FactsCache(cacheDir(), "build-1"));
        Path notes = Files.writeString(cacheDir().resolve("README.txt"), "kept by the user");
        Files.delete(facts().resolve("sources/beta.yaml"));

        load(new FactsCache(cacheDir(), "build-1"));

        assertThat(entries()).hasSize(2).contains(notes);
    }

    @Test
    void aCacheThatCannotBeWrittenCostsNothingButTheCache() throws Exception {
        new FactsDir(facts()).file("sources/alpha.yaml", SOURCE);
        Files.writeString(cacheDir(), "a file where the directory should be", StandardCharsets.UTF_8);
        FactsCache cache = new FactsCache(cacheDir(), "build-1");

        FactsInput input = load(cache);

        assertThat(input).isEqualTo(new FactsLoader().load(facts()));
        assertThat(cache.parsed()).isEqualTo(1);
        assertThat(Files.readString(cacheDir())).startsWith("a file");
    }

    @Test
    void offParsesEveryFileAndWritesNothing() throws Exception {
        new FactsDir(facts()).file("sources/alpha.yaml", SOURCE);

        FactsInput input = load(FactsCache.off());

        assertThat(input).isEqualTo(new FactsLoader().load(facts()));
        assertThat(cacheDir()).doesNotExist();
    }
}
