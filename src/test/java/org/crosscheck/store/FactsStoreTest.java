package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.load.FactsLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What broke the caches of PMD, ESLint and Checkstyle, each tried on the store: a tool upgrade that
 * did not invalidate (checkstyle/checkstyle#6017, gradle/gradle#2862), times changed by a checkout or a
 * restored CI cache (eslint/eslint#11319, #13517), a file changed within its time's resolution or replaced
 * by one of the same size and time (which Git's index catches by the inode), a
 * damaged or foreign cache file, a vanished file.
 */
class FactsStoreTest {

    private static final String TOOL = "test-build-1";

    @TempDir
    Path dir;
    Path facts;
    Path storeDir;
    final List<String> notices = new ArrayList<>();

    @BeforeEach
    void corpus() throws Exception {
        facts = dir.resolve("facts");
        storeDir = dir.resolve("store");
        Files.createDirectories(facts.resolve("sources"));
        Files.writeString(facts.resolve("entities.yaml"), """
                entities:
                  - id: acme
                    type: organisation
                    name: Acme
                    aliases: [Acme Corp]
                """);
        for (String id : List.of("alpha", "beta", "gamma")) {
            write(id, "2024");
        }
        // every file older than the racy window, as an archive's files are
        for (Path file : FactsLoader.factsFiles(facts, new java.util.ArrayList<>())) {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        }
    }

    private void write(String id, String year) throws Exception {
        Files.writeString(facts.resolve("sources/" + id + ".yaml"), """
                source:
                  id: %1$s
                  title: T
                  outlet: O
                  published: {date: 2025-01-01, basis: stated}
                claims:
                  - id: %1$s-founded
                    subject: Acme Corp
                    property: founding-date
                    value: {date: "%2$s"}
                    quote: "founded in %2$s"
                """.formatted(id, year));
    }

    private FactsStore.Update update(String tool) throws Exception {
        try (FactsStore store = FactsStore.open(storeDir, tool, notices::add)) {
            return store.update(facts, FactsLoader.factsFiles(facts, new java.util.ArrayList<>()));
        }
    }

    @Test
    void onlyFilesWhoseBytesChangedAreReadAgain() throws Exception {
        assertThat(update(TOOL)).isEqualTo(new FactsStore.Update(4, 0, 0, 0));
        assertThat(update(TOOL)).isEqualTo(new FactsStore.Update(0, 0, 4, 0));

        write("beta", "2023");
        Files.setLastModifiedTime(facts.resolve("sources/beta.yaml"), FileTime.fromMillis(System.currentTimeMillis() - 30_000));

        assertThat(update(TOOL)).isEqualTo(new FactsStore.Update(1, 0, 3, 0));
        assertThat(notices).isEmpty();
    }

    @Test
    void newTimesWithTheSameBytesAreHashedButNotParsed() throws Exception {
        // a fresh checkout, or a store restored from a CI cache: every time is new, no byte changed
        update(TOOL);
        for (Path file : FactsLoader.factsFiles(facts, new java.util.ArrayList<>())) {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 10_000));
        }

        assertThat(update(TOOL)).isEqualTo(new FactsStore.Update(0, 4, 0, 0));
        assertThat(update(TOOL)).isEqualTo(new FactsStore.Update(0, 0, 4, 0));
    }

    @Test
    void aFileChangedWithinItsTimesResolutionIsNotTakenAsUnchanged() throws Exception {
        Path beta = facts.resolve("sources/beta.yaml");
        FileTime now = FileTime.fromMillis(System.currentTimeMillis());
        Files.setLastModifiedTime(beta, now);
        update(TOOL);
        // same size, same time, other bytes: written in the same tick as the store read it
        write("beta", "2023");
        Files.setLastModifiedTime(beta, now);

        FactsStore.Update update = update(TOOL);

        assertThat(update.read()).isEqualTo(1);
    }

    @Test
    void aFileReplacedByAnotherOfTheSameSizeAndTimeIsReadAgain() throws Exception {
        // a copy that keeps times (cp -p, rsync -t, an archive restored): size and time alone would trust it
        update(TOOL);
        Path beta = facts.resolve("sources/beta.yaml");
        FileTime time = Files.getLastModifiedTime(beta);
        long size = Files.size(beta);
        Path replacement = dir.resolve("beta-replacement.yaml");
        Files.writeString(replacement, Files.readString(beta).replace("2024", "2023"));
        Files.setLastModifiedTime(replacement, time);
        Files.move(replacement, beta, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(beta)).isEqualTo(size);
        assertThat(Files.getLastModifiedTime(beta)).isEqualTo(time);

        assertThat(update(TOOL)).isEqualTo(new FactsStore.Update(1, 0, 3, 0));
    }

    @Test
    void theSameBytesUnderANewInodeAreHashedButNotParsed() throws Exception {
        update(TOOL);
        Path beta = facts.resolve("sources/beta.yaml");
        Path copy = dir.resolve("beta-copy.yaml");
        Files.copy(beta, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Files.move(copy, beta, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(update(TOOL)).isEqualTo(new FactsStore.Update(0, 1, 3, 0));
        assertThat(update(TOOL)).isEqualTo(new FactsStore.Update(0, 0, 4, 0));
    }

    @Test
    void aVanishedFileIsRemovedWithEverythingItSaid() throws Exception {
        update(TOOL);
        Files.delete(facts.resolve("sources/gamma.yaml"));

        assertThat(update(TOOL)).isEqualTo(new FactsStore.Update(0, 0, 3, 1));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + storeDir.resolve(FactsStore.FILE_NAME));
                Statement s = db.createStatement()) {
            var rs = s.executeQuery("SELECT count(*) FROM claims");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
            rs = s.executeQuery("SELECT count(*) FROM ids WHERE id LIKE 'gamma%'");
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void aStoreWrittenByAnotherBuildIsBuiltAgainWithAMessage() throws Exception {
        update(TOOL);

        FactsStore.Update update = update("test-build-2");

        assertThat(update.read()).isEqualTo(4);
        assertThat(notices).singleElement().asString().contains("was written by another crosscheck build", "building it again");
    }

    @Test
    void theBuildsIdentityIsTakenFromTheStoreOnlyForTheVeryJarItWasWorkedOutFor() throws Exception {
        // a class loaded from a jar (JUnit's), standing for crosscheck's own jar
        Class<?> fromJar = org.junit.jupiter.api.Test.class;
        List<Path> files = FactsLoader.factsFiles(facts, new ArrayList<>());
        try (FactsStore store = FactsStore.open(storeDir, fromJar, false, notices::add)) {
            store.update(facts, files);
        }
        // another jar file recorded, and another identity: the identity is worked out, and differs
        setMeta("elsewhere.jar|1|1", "another build");
        try (FactsStore store = FactsStore.open(storeDir, fromJar, false, notices::add)) {
            assertThat(store.update(facts, files).read()).as("built again").isEqualTo(4);
        }
        assertThat(notices).singleElement().asString().contains("was written by another crosscheck build");

        // the jar recorded is this one: the recorded identity is trusted without hashing the jar again
        notices.clear();
        String jar = org.crosscheck.support.BuildIdentity.of(fromJar).orElseThrow();
        setMeta(jar, "recorded for this jar");
        try (FactsStore store = FactsStore.open(storeDir, fromJar, false, notices::add)) {
            assertThat(store.update(facts, files).read()).as("kept").isZero();
        }
        assertThat(notices).isEmpty();
    }

    private void setMeta(String jar, String tool) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + storeDir.resolve(FactsStore.FILE_NAME));
                Statement s = db.createStatement()) {
            s.execute("INSERT OR REPLACE INTO meta VALUES('jar', '" + jar.replace("'", "''") + "')");
            s.execute("INSERT OR REPLACE INTO meta VALUES('tool', '" + tool + "')");
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsBuiltAgainWithAMessage() throws Exception {
        Files.createDirectories(storeDir);
        Files.writeString(storeDir.resolve(FactsStore.FILE_NAME), "these are not the bytes of a database\n".repeat(100));

        FactsStore.Update update = update(TOOL);

        assertThat(update.read()).isEqualTo(4);
        assertThat(notices).singleElement().asString().contains("is not a store this crosscheck can read", "building it again");
    }

    @Test
    void aForeignDatabaseIsBuiltAgainWithAMessage() throws Exception {
        Files.createDirectories(storeDir);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + storeDir.resolve(FactsStore.FILE_NAME));
                Statement s = db.createStatement()) {
            s.execute("CREATE TABLE meta(name TEXT, value TEXT)");
            s.execute("INSERT INTO meta VALUES('format', 'somebody-else-3')");
        }

        assertThat(update(TOOL).read()).isEqualTo(4);
        assertThat(notices).singleElement().asString().contains("has another layout (somebody-else-3");
    }

    @Test
    void indexFindsDamagedPagesAndBuildsTheStoreAgain() throws Exception {
        update(TOOL);
        Path db = storeDir.resolve(FactsStore.FILE_NAME);
        byte[] bytes = java.nio.file.Files.readAllBytes(db);
        assertThat(bytes.length).isGreaterThan(8192);
        for (int i = 4096; i < bytes.length; i += 7) {
            bytes[i] = (byte) (bytes[i] ^ 0x5a);
        }
        Files.write(db, bytes);

        try (FactsStore store = FactsStore.open(storeDir, TOOL, true, notices::add)) {
            assertThat(store.update(facts, FactsLoader.factsFiles(facts, new java.util.ArrayList<>())).read()).isEqualTo(4);
        }
        assertThat(notices).singleElement().asString().containsAnyOf("is damaged", "is not a store this crosscheck can read");
    }

    @Test
    void aDamagedTreeIsNeverUsedAndItsFileIsReadAgain() throws Exception {
        update(TOOL);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + storeDir.resolve(FactsStore.FILE_NAME));
                Statement s = db.createStatement()) {
            s.execute("UPDATE files SET tree = zeroblob(length(tree)) WHERE path = 'sources/beta.yaml'");
        }
        Path beta = facts.resolve("sources/beta.yaml");
        try (FactsStore store = FactsStore.open(storeDir, TOOL, notices::add)) {
            assertThat(store.tree(facts, beta)).isNull();
            assertThat(store.tree(facts, facts.resolve("sources/alpha.yaml"))).isNotNull();
        }

        assertThat(update(TOOL).read()).isEqualTo(1);
    }
}
