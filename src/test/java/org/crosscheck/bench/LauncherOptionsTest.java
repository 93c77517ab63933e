package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's choice of JVM options by the size of the facts directory, run for real with a
 * stand-in {@code java} that prints its arguments, and the benchmark's copy of the limit.
 */
class LauncherOptionsTest {

    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path home;

    @BeforeEach
    void copyTheLauncherBesideAJarAndAStandInJava() throws IOException {
        Files.copy(Path.of("crosscheck"), home.resolve("crosscheck"));
        Files.createDirectories(home.resolve("src/main/launcher"));
        for (String options : List.of("jvm.options", "jvm-small-facts.options")) {
            Files.copy(Path.of("src/main/launcher", options), home.resolve("src/main/launcher").resolve(options));
        }
        Files.writeString(home.resolve("pom.xml"), "<project/>");
        Path jar = Files.createDirectories(home.resolve("target")).resolve("crosscheck.jar");
        Files.writeString(jar, "");
        // newer than the sources, so the launcher does not build
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(3600)));
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private String launch(String... args) throws IOException, InterruptedException {
        return launchWith(null, args);
    }

    private String launchWith(String javaOpts, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", home.resolve("crosscheck").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", home.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().put("CROSSCHECK_CDS", "off");
        builder.environment().remove("CROSSCHECK_JAVA_OPTS");
        if (javaOpts != null) {
            builder.environment().put("CROSSCHECK_JAVA_OPTS", javaOpts);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    private Path factsOf(String name, int megabytes) throws IOException {
        Path dir = Files.createDirectories(home.resolve(name));
        Files.write(dir.resolve("a.yaml"), new byte[megabytes * 1024 * 1024 + 1]);
        return dir;
    }

    @Test
    void aSmallFactsDirectoryRunsWithC1Only() throws Exception {
        factsOf("facts", 1);

        assertThat(launch("check")).contains(C1_ONLY).contains("-jar " + home.resolve("target/crosscheck.jar") + " check");
    }

    @Test
    void aLargeFactsDirectoryNamedByFactsRunsWithC2() throws Exception {
        factsOf("facts", 1);
        factsOf("archive", 33);

        assertThat(launch("check", "--facts", "archive")).doesNotContain(C1_ONLY).contains("check --facts archive");
        assertThat(launch("check", "--facts=archive")).doesNotContain(C1_ONLY);
        assertThat(launch("check", "--facts=facts")).contains(C1_ONLY);
    }

    @Test
    void theUsersOptionsComeLastSoTheyCanTurnItOff() throws Exception {
        factsOf("facts", 1);

        String output = launchWith("-XX:TieredStopAtLevel=4", "check");

        assertThat(output.indexOf("-XX:TieredStopAtLevel=4")).isGreaterThan(output.indexOf(C1_ONLY)).isPositive();
    }

    @Test
    void theBenchmarkUsesTheLaunchersLimit() throws IOException {
        Matcher limit = Pattern.compile("(?m)^small_facts_kb=(\\d+)$").matcher(Files.readString(Path.of("crosscheck")));

        assertThat(limit.find()).as("small_facts_kb= in the launcher").isTrue();
        assertThat(Long.parseLong(limit.group(1))).isEqualTo(Benchmark.SMALL_FACTS_KB);
        assertThat(Benchmark.launcherJvmOptions(Files.createDirectories(home.resolve("tiny")))).contains(C1_ONLY);
    }
}
