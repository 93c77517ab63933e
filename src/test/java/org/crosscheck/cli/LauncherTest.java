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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code crosscheck} launcher script, run for real beside a built jar with a stand-in {@code java}
 * that logs how it was called: which Java it runs, the JVM options it chooses by the size of the
 * facts directory, and how it makes and uses the class-data archive.
 */
class LauncherTest {

    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    private static final String JAVA_17 = "17.0.15";

    /**
     * Logs each call with its own path; writes a class list where asked to, and an archive holding
     * the class list it was given (unless told to fail the dump).
     */
    private static final String STAND_IN_JAVA = """
            #!/bin/sh
            echo "$0 $*" >> "$JAVA_LOG"
            for arg in "$@"; do
              case "$arg" in
                -XX:DumpLoadedClassList=*) echo "org/crosscheck/cli/Main" > "${arg#-XX:DumpLoadedClassList=}" ;;
                -XX:SharedClassListFile=*) list="${arg#-XX:SharedClassListFile=}" ;;
                -XX:SharedArchiveFile=*) archive="${arg#-XX:SharedArchiveFile=}" ;;
                -Xshare:dump) dump=1 ;;
              esac
            done
            if [ -n "$dump" ]; then
              [ -n "$FAIL_DUMP" ] && exit 1
              cat "$list" > "$archive"
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
        installJava(home.resolve("java-17"), JAVA_17);
        log = home.resolve("java.log");
        factsOf("facts", 1);
    }

    /** A stand-in Java installation: bin/java, the release file naming its version, and the JDK's class list. */
    private static Path installJava(Path javaHome, String version) throws IOException {
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, STAND_IN_JAVA);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(javaHome.resolve("release"), "IMPLEMENTOR=\"stand-in\"\nJAVA_VERSION=\"" + version + "\"\n");
        Files.writeString(Files.createDirectories(javaHome.resolve("lib")).resolve("classlist"), "java/lang/Object\n");
        return java;
    }

    private record Launch(int exitCode, String output, List<String> javaCalls) {}

    /** Runs the launcher, with the stand-in Java 17 first on the PATH and no JAVA_HOME unless {@code env} sets one. */
    private Launch run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Files.deleteIfExists(log);
        List<String> command = new ArrayList<>(List.of(onPath("bash").toString(), home.resolve("crosscheck").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", home.resolve("java-17/bin") + ":" + System.getenv("PATH"));
        builder.environment().put("JAVA_LOG", log.toString());
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("CROSSCHECK_JAVA_OPTS");
        builder.environment().remove("CROSSCHECK_CDS");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exitCode = process.waitFor();
        return new Launch(exitCode, output, Files.exists(log) ? Files.readAllLines(log) : List.of());
    }

    /** Runs the launcher, which must succeed; returns the stand-in java's calls, one line each. */
    private List<String> launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Launch launch = run(env, args);
        assertThat(launch.exitCode()).as(launch.output()).isZero();
        return launch.javaCalls();
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
    void aDraftOrChangedFilesCheckedThroughAStoreThatExistsRunWithC1OnlyHoweverLargeTheFacts() throws Exception {
        factsOf("archive", 33);
        Files.writeString(Files.createDirectories(home.resolve("kept")).resolve("crosscheck-store.db"), "");

        assertThat(launchWithoutArchive("check", "--facts", "archive", "--store", "kept", "--draft", "d.yaml")).singleElement()
                .asString().contains(C1_ONLY);
        assertThat(launchWithoutArchive("check", "--facts=archive", "--store=kept", "--changed", "archive/a.yaml")).singleElement()
                .asString().contains(C1_ONLY);
        assertThat(launch(Map.of("CROSSCHECK_CDS", "off", "CROSSCHECK_STORE", "kept"), "check", "--facts", "archive",
                "--changed-since", "main")).singleElement().asString().contains(C1_ONLY);
        // the whole archive: through the store, or a draft without one, or a store not built yet
        assertThat(launchWithoutArchive("check", "--facts", "archive", "--store", "kept")).singleElement().asString()
                .doesNotContain(C1_ONLY);
        assertThat(launchWithoutArchive("check", "--facts", "archive", "--draft", "d.yaml")).singleElement().asString()
                .doesNotContain(C1_ONLY);
        assertThat(launchWithoutArchive("check", "--facts", "archive", "--store", "new", "--draft", "d.yaml")).singleElement()
                .asString().doesNotContain(C1_ONLY);
        assertThat(launchWithoutArchive("index", "--facts", "archive", "--store", "kept", "--draft", "d.yaml")).singleElement()
                .asString().doesNotContain(C1_ONLY);
    }

    @Test
    void theUsersOptionsComeLastSoTheyCanUndoTheChoice() throws Exception {
        String call = launch(Map.of("CROSSCHECK_CDS", "off", "CROSSCHECK_JAVA_OPTS", "-XX:TieredStopAtLevel=4"), "check").get(0);

        assertThat(call.indexOf("-XX:TieredStopAtLevel=4")).isGreaterThan(call.indexOf(C1_ONLY)).isPositive();
    }

    @Test
    void theFirstCheckRecordsItsClassesAndLaterRunsMapTheArchive() throws Exception {
        Path archive = home.resolve("target/crosscheck-" + JAVA_17 + ".jsa");
        List<String> first = launch(Map.of(), "check");

        assertThat(first).hasSize(2);
        assertThat(first.get(0)).contains("-XX:DumpLoadedClassList=").endsWith(" check");
        assertThat(first.get(1)).contains("-Xshare:dump");
        // the JDK's own start-up classes, from the installation the java on PATH belongs to, then the check's
        assertThat(archive).hasContent("java/lang/Object\norg/crosscheck/cli/Main");
        assertThat(home.resolve("target")).isDirectoryNotContaining("glob:**.{tmp,classes,all}");

        assertThat(launch(Map.of(), "check")).singleElement().asString()
                .contains("-XX:SharedArchiveFile=" + archive).endsWith(" check");
    }

    @Test
    void javaHomeChoosesTheJavaAndEachJavaKeepsItsOwnArchive() throws Exception {
        Path java25 = installJava(home.resolve("java-25"), "25.0.3");
        Map<String, String> javaHome25 = Map.of("JAVA_HOME", home.resolve("java-25").toString());
        launch(Map.of(), "check");

        List<String> first = launch(javaHome25, "check");
        assertThat(first).hasSize(2).allMatch(call -> call.startsWith(java25 + " "));
        assertThat(first.get(0)).contains("-XX:DumpLoadedClassList=");
        assertThat(home.resolve("target/crosscheck-25.0.3.jsa")).exists();

        assertThat(launch(javaHome25, "check")).singleElement().asString().startsWith(java25 + " ")
                .contains("-XX:SharedArchiveFile=" + home.resolve("target/crosscheck-25.0.3.jsa"));
        assertThat(launch(Map.of(), "check")).singleElement().asString().startsWith(home.resolve("java-17/bin/java") + " ")
                .contains("-XX:SharedArchiveFile=" + home.resolve("target/crosscheck-" + JAVA_17 + ".jsa"));
    }

    @Test
    void aJavaOlderThan17IsTurnedAwayWithoutStartingIt() throws Exception {
        for (String version : List.of("11.0.2", "1.8.0_392")) {
            installJava(home.resolve("java-old"), version);

            Launch launch = run(Map.of("JAVA_HOME", home.resolve("java-old").toString()), "check");

            assertThat(launch.exitCode()).as(version).isEqualTo(2);
            assertThat(launch.output()).contains("needs Java 17 or later").contains("Java " + version).contains("JAVA_HOME");
            assertThat(launch.javaCalls()).isEmpty();
        }
        installJava(home.resolve("java-next"), "26-ea");
        assertThat(launch(Map.of("JAVA_HOME", home.resolve("java-next").toString()), "check")).isNotEmpty();
    }

    @Test
    void noJavaAtAllIsAnErrorThatSaysWhatToDo() throws Exception {
        // a PATH with only what the launcher needs before it looks for Java
        Path tools = Files.createDirectories(home.resolve("tools"));
        Files.createSymbolicLink(tools.resolve("dirname"), onPath("dirname"));

        Launch launch = run(Map.of("PATH", tools.toString()), "check");

        assertThat(launch.exitCode()).isEqualTo(2);
        assertThat(launch.output()).contains("no java on your PATH").contains("JAVA_HOME");
        assertThat(launch.javaCalls()).isEmpty();
    }

    private static Path onPath(String program) {
        return Stream.of(System.getenv("PATH").split(":")).map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable).findFirst().orElseThrow();
    }

    @Test
    void aJavaWithoutAReleaseFileGetsAnArchiveWithoutAVersion() throws Exception {
        Files.delete(home.resolve("java-17/release"));

        launch(Map.of(), "check");

        assertThat(home.resolve("target/crosscheck.jsa")).exists();
    }

    @Test
    void aJavaHomeWithoutJavaIsAnErrorThatSaysWhatToDo() throws Exception {
        Path nowhere = home.resolve("no-java-here");

        Launch launch = run(Map.of("JAVA_HOME", nowhere.toString()), "check");

        assertThat(launch.exitCode()).isEqualTo(2);
        assertThat(launch.output()).contains("JAVA_HOME is " + nowhere).contains("unset it");
        assertThat(launch.javaCalls()).isEmpty();
    }

    @Test
    void onlyACheckIsRecorded() throws Exception {
        assertThat(launch(Map.of(), "rules")).singleElement().asString()
                .doesNotContain("DumpLoadedClassList").doesNotContain("SharedArchiveFile").endsWith(" rules");
        assertThat(home.resolve("target")).isDirectoryNotContaining("glob:**.jsa");
    }

    @Test
    void whenThisJavaCannotArchiveLaterRunsDoNotTryAgain() throws Exception {
        assertThat(launch(Map.of("FAIL_DUMP", "1"), "check")).anyMatch(call -> call.contains("-Xshare:dump"));
        assertThat(home.resolve("target")).isDirectoryNotContaining("glob:**.jsa");

        assertThat(launch(Map.of("FAIL_DUMP", "1"), "check")).singleElement().asString()
                .doesNotContain("DumpLoadedClassList").doesNotContain("SharedArchiveFile");
    }

    @Test
    void aMissingEmptyOrUnreadableFactsDirectoryStillReachesCrosscheckWhichSaysWhatIsWrong() throws Exception {
        Path locked = Files.createDirectories(home.resolve("locked/inner"));
        Files.writeString(locked.resolve("a.yaml"), "source: {}\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            for (List<String> args : List.of(List.of("check", "--facts", "no-such-dir"), List.of("check", "--facts", ""),
                    List.of("check", "--facts=locked"), List.of("--help"))) {
                Launch launch = run(Map.of("CROSSCHECK_CDS", "off"), args.toArray(String[]::new));

                assertThat(launch.exitCode()).as("%s: %s", args, launch.output()).isZero();
                assertThat(launch.javaCalls()).as("%s", args).singleElement().asString().contains(C1_ONLY);
            }
            // run from a directory without facts/ at all
            Files.walk(home.resolve("facts")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            assertThat(launchWithoutArchive("--help")).singleElement().asString().endsWith(" --help");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aJarToBuildWithoutMavenIsAnErrorThatSaysWhatToDo() throws Exception {
        Files.setLastModifiedTime(home.resolve("pom.xml"), FileTime.from(Instant.now()));
        Path tools = Files.createDirectories(home.resolve("tools"));
        for (String tool : List.of("dirname", "readlink", "sed", "find", "cat")) {
            Files.createSymbolicLink(tools.resolve(tool), onPath(tool));
        }

        Launch launch = run(Map.of("PATH", home.resolve("java-17/bin") + ":" + tools), "check");

        assertThat(launch.exitCode()).as(launch.output()).isEqualTo(2);
        assertThat(launch.output()).contains("no mvn on your PATH").contains("install Maven");
        assertThat(launch.javaCalls()).isEmpty();
    }
}
