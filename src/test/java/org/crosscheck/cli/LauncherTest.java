package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code crosscheck} launcher script, run for real beside a built jar with a stand-in {@code java}
 * that logs how it was called: the JVM options it chooses by the size of the facts directory, and
 * how it makes and uses the class-data archive.
 */
class LauncherTest {

    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    /**
     * Logs each call; writes a class list or an archive where asked to (unless told to fail the
     * dump), and answers the question about java.home.
     */
    private static final String STAND_IN_JAVA = """
            #!/bin/sh
            echo "java $*" >> "$JAVA_LOG"
            for arg in "$@"; do
              case "$arg" in
                -XX:DumpLoadedClassList=*) echo "java/lang/Object" > "${arg#-XX:DumpLoadedClassList=}" ;;
                -XX:SharedArchiveFile=*) archive="${arg#-XX:SharedArchiveFile=}" ;;
                -Xshare:dump) dump=1 ;;
                -XshowSettings:properties) echo "    java.home = /nowhere" >&2; exit 0 ;;
              esac
            done
            if [ -n "$dump" ]; then
              [ -n "$FAIL_DUMP" ] && exit 1
              echo archive > "$archive"
            fi
            exit 0
            """;

    @TempDir
    Path home;

    private Path log;

    @BeforeEach
    void copyTheLauncherBesideABuiltJarAndAStandInJava() throws IOException {
        Files.copy(Path.of("crosscheck"), home.resolve("crosscheck"));
        Path launcher = Files.createDirectories(home.resolve("src/main/launcher"));
        for (String options : List.of("jvm.options", "jvm-small-facts.options")) {
            Files.copy(Path.of("src/main/launcher").resolve(options), launcher.resolve(options));
        }
        Files.writeString(home.resolve("pom.xml"), "<project/>");
        Path jar = Files.createDirectories(home.resolve("target")).resolve("crosscheck.jar");
        Files.writeString(jar, "");
        // the jar newer than the sources, so the launcher does not build it, and older than now, so
        // an archive written now is newer than the jar
        for (Path source : List.of(home.resolve("pom.xml"), home.resolve("src/main"), launcher,
                launcher.resolve("jvm.options"), launcher.resolve("jvm-small-facts.options"))) {
            Files.setLastModifiedTime(source, FileTime.from(Instant.now().minusSeconds(120)));
        }
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, STAND_IN_JAVA);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        log = home.resolve("java.log");
        factsOf("facts", 1);
    }

    /** Runs the launcher; returns the stand-in java's calls, one line each. */
    private List<String> launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Files.deleteIfExists(log);
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("crosscheck").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", home.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().put("JAVA_LOG", log.toString());
        builder.environment().remove("CROSSCHECK_JAVA_OPTS");
        builder.environment().remove("CROSSCHECK_CDS");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    private List<String> launchWithoutArchive(String... args) throws IOException, InterruptedException {
        return launch(Map.of("CROSSCHECK_CDS", "off"), args);
    }

    private void factsOf(String name, int megabytes) throws IOException {
        Path dir = Files.createDirectories(home.resolve(name));
        Files.write(dir.resolve("a.yaml"), new byte[megabytes * 1024 * 1024 + 1]);
    }

    @Test
    void aSmallFactsDirectoryRunsWithC1Only() throws Exception {
        assertThat(launchWithoutArchive("check")).singleElement().asString()
                .contains(C1_ONLY).endsWith("-jar " + home.resolve("target/crosscheck.jar") + " check");
    }

    @Test
    void aLargeFactsDirectoryNamedByFactsRunsWithC2() throws Exception {
        factsOf("archive", 33);

        assertThat(launchWithoutArchive("check", "--facts", "archive")).singleElement().asString()
                .doesNotContain(C1_ONLY).endsWith("check --facts archive");
        assertThat(launchWithoutArchive("check", "--facts=archive")).singleElement().asString().doesNotContain(C1_ONLY);
        assertThat(launchWithoutArchive("check", "--facts=facts")).singleElement().asString().contains(C1_ONLY);
    }

    @Test
    void theUsersOptionsComeLastSoTheyCanUndoTheChoice() throws Exception {
        String call = launch(Map.of("CROSSCHECK_CDS", "off", "CROSSCHECK_JAVA_OPTS", "-XX:TieredStopAtLevel=4"), "check").get(0);

        assertThat(call.indexOf("-XX:TieredStopAtLevel=4")).isGreaterThan(call.indexOf(C1_ONLY)).isPositive();
    }

    @Test
    void theFirstCheckRecordsItsClassesAndLaterRunsMapTheArchive() throws Exception {
        List<String> first = launch(Map.of(), "check");

        assertThat(first).hasSize(3);
        assertThat(first.get(0)).contains("-XX:DumpLoadedClassList=").endsWith(" check");
        assertThat(first.get(2)).contains("-Xshare:dump");
        assertThat(home.resolve("target/crosscheck.jsa")).exists();
        assertThat(home.resolve("target")).isDirectoryNotContaining("glob:**.{tmp,classes,all}");

        assertThat(launch(Map.of(), "check")).singleElement().asString()
                .contains("-XX:SharedArchiveFile=" + home.resolve("target/crosscheck.jsa")).endsWith(" check");
    }

    @Test
    void onlyACheckIsRecorded() throws Exception {
        assertThat(launch(Map.of(), "rules")).singleElement().asString()
                .doesNotContain("DumpLoadedClassList").doesNotContain("SharedArchiveFile").endsWith(" rules");
        assertThat(home.resolve("target/crosscheck.jsa")).doesNotExist();
    }

    @Test
    void whenThisJavaCannotArchiveLaterRunsDoNotTryAgain() throws Exception {
        assertThat(launch(Map.of("FAIL_DUMP", "1"), "check")).anyMatch(call -> call.contains("-Xshare:dump"));
        assertThat(home.resolve("target/crosscheck.jsa")).doesNotExist();

        assertThat(launch(Map.of("FAIL_DUMP", "1"), "check")).singleElement().asString()
                .doesNotContain("DumpLoadedClassList").doesNotContain("SharedArchiveFile");
    }
}
