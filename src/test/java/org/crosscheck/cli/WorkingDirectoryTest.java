package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relative paths (--facts, --rules, --out, --store and their defaults) are taken from the directory
 * crosscheck runs in, not from where it is installed, as the README says; and --root names files in
 * the reports code hosts read relative to the repository's root wherever crosscheck runs. Through
 * the real launcher, installed in a directory of its own, beside a jar that runs this build's classes.
 */
class WorkingDirectoryTest {

    @TempDir
    Path temp;

    private Path install;
    private Path work;

    @BeforeEach
    void installTheLauncherElsewhereAndMakeAWorkingDirectory() throws IOException {
        install = Files.createDirectories(temp.resolve("install"));
        Files.copy(Path.of("crosscheck"), install.resolve("crosscheck"));
        Path launcher = Files.createDirectories(install.resolve("src/main/launcher"));
        for (String options : List.of("jvm.options", "jvm-small-facts.options")) {
            Files.copy(Path.of("src/main/launcher").resolve(options), launcher.resolve(options));
        }
        Files.writeString(install.resolve("pom.xml"), "<project/>");
        for (Path source : List.of(install.resolve("pom.xml"), install.resolve("src/main"), launcher,
                launcher.resolve("jvm.options"), launcher.resolve("jvm-small-facts.options"))) {
            Files.setLastModifiedTime(source, FileTime.from(Instant.now().minusSeconds(120)));
        }
        thinJar(Files.createDirectories(install.resolve("target")).resolve("crosscheck.jar"));

        work = Files.createDirectories(temp.resolve("work"));
        copy(Path.of("facts"), work.resolve("facts"));
        copy(Path.of("rules"), work.resolve("rules"));
    }

    @Test
    void theDefaultsAndRelativePathsAreTakenFromTheWorkingDirectory() throws Exception {
        Run defaults = launch(work, "check");

        assertThat(defaults.exitCode()).as(defaults.output()).isEqualTo(1); // the bundled corpus has errors
        assertThat(work.resolve("reports/report.json")).isRegularFile();
        assertThat(defaults.output()).contains("reports: reports/report.json");
        assertThat(codeQualityPaths(work.resolve("reports"))).isNotEmpty().allMatch(p -> p.startsWith("facts/sources/"));

        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Run named = launch(elsewhere, "check", "--facts", "../work/facts", "--rules", "../work/rules", "--out", "out",
                "--store", "store");

        assertThat(named.exitCode()).as(named.output()).isEqualTo(1);
        assertThat(elsewhere.resolve("out/report.json")).isRegularFile();
        assertThat(elsewhere.resolve("store")).isDirectory().isNotEmptyDirectory();
        assertThat(codeQualityPaths(elsewhere.resolve("out"))).isNotEmpty().allMatch(p -> p.startsWith("../work/facts/sources/"));
        assertThat(install).as("nothing is written where crosscheck is installed but its caches")
                .isDirectoryNotContaining(p -> Set.of("reports", "out", "store", "facts").contains(p.getFileName().toString()));
    }

    @Test
    void rootNamesFilesRelativeToTheRepositoryWhereverCrosscheckRuns() throws Exception {
        Path sub = Files.createDirectories(work.resolve("newsroom/ci"));

        Run withoutRoot = launch(sub, "check", "--facts", work.resolve("facts").toString(), "--rules", "../../rules",
                "--out", "plain");
        Run withRoot = launch(sub, "check", "--facts", work.resolve("facts").toString(), "--rules", "../../rules",
                "--out", "rooted", "--root", "../..");

        assertThat(withoutRoot.exitCode()).as(withoutRoot.output()).isEqualTo(1);
        assertThat(withRoot.exitCode()).as(withRoot.output()).isEqualTo(1);
        // an absolute --facts outside the working directory: absolute paths and file: URIs, which no code host maps
        assertThat(codeQualityPaths(sub.resolve("plain"))).allMatch(p -> p.startsWith(work + "/facts/sources/"));
        assertThat(sarifUris(sub.resolve("plain"))).allMatch(u -> u.startsWith("file:///"));
        // with --root, relative to the repository's root
        assertThat(codeQualityPaths(sub.resolve("rooted"))).isNotEmpty().allMatch(p -> p.startsWith("facts/sources/"));
        assertThat(sarifUris(sub.resolve("rooted"))).isNotEmpty().allMatch(u -> u.startsWith("facts/sources/"));
        // the reports people read still name the files as given, so they open from where crosscheck ran
        assertThat(Files.readString(sub.resolve("rooted/report.json"))).contains("\"file\" : \"" + work + "/facts/sources/");

        Run annotations = launch(sub, "check", "--facts", work.resolve("facts").toString(), "--rules", "../../rules",
                "--out", "rooted", "--root", "../..", "--format", "github");
        assertThat(annotations.output()).contains("::error file=facts/sources/").doesNotContain("file=" + work);
    }

    @Test
    void aRootThatIsNoDirectoryIsAnError() throws Exception {
        Run run = launch(work, "check", "--root", "no-such-dir");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("--root no-such-dir: no such directory").doesNotContain("\tat ");
        assertThat(work.resolve("reports")).doesNotExist();
    }

    private record Run(int exitCode, String output) {}

    private Run launch(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", install.resolve("crosscheck").toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("CROSSCHECK_CDS", "off");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("CROSSCHECK_JAVA_OPTS");
        builder.environment().remove("CROSSCHECK_STORE");
        builder.environment().remove("CROSSCHECK_FACTS_CACHE");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not end within 300 s");
        }
        return new Run(process.exitValue(), output);
    }

    /** A jar holding only a manifest: crosscheck's main class, on this build's class path. */
    private static void thinJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Arrays.stream(System.getProperty("java.class.path")
                .split(java.io.File.pathSeparator)).map(entry -> Path.of(entry).toAbsolutePath().toUri().toString())
                .collect(Collectors.joining(" ")));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is the whole jar
        }
    }

    private static List<String> codeQualityPaths(Path reports) throws IOException {
        List<String> paths = new ArrayList<>();
        new ObjectMapper().readTree(reports.resolve("codequality.json").toFile()).forEach(i -> paths.add(i.path("location").path("path").asText()));
        return paths;
    }

    private static Set<String> sarifUris(Path reports) throws IOException {
        Set<String> uris = new TreeSet<>();
        JsonNode sarif = new ObjectMapper().readTree(reports.resolve("report.sarif").toFile());
        sarif.findValues("artifactLocation").forEach(location -> uris.add(location.path("uri").asText()));
        return uris;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path path : all.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
