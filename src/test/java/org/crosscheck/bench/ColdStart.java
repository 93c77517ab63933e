package org.crosscheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Wall time of {@code ./crosscheck check} on the bundled corpus, as a user or CI job starts it. */
final class ColdStart {

    private static final Path JAR = Path.of("target/crosscheck.jar");

    private ColdStart() {
    }

    static Map<String, Object> measure(Path launcher, int runs) throws IOException, InterruptedException {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!Files.isExecutable(launcher) || !Files.exists(JAR)) {
            out.put("skipped", "needs ./crosscheck and a built target/crosscheck.jar (mvn -B package)");
            return out;
        }
        Path reports = Files.createTempDirectory("crosscheck-cold");
        List<Long> millis = new ArrayList<>();
        CpuUsage before = null;
        FileTime built = null;
        for (int i = 0; i <= runs; i++) {
            if (i == 1) {
                before = CpuUsage.now();
                built = Files.getLastModifiedTime(JAR);
            }
            long start = System.nanoTime();
            Process process = new ProcessBuilder(launcher.toString(), "check", "--quiet", "--out", reports.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int code = process.waitFor();
            long took = (System.nanoTime() - start) / 1_000_000;
            if (code > 1) {
                out.put("failed", "exit " + code);
                return out;
            }
            if (i > 0) { // the first run may build caches (rule base, class-data archive); users pay it once
                millis.add(took);
            }
        }
        Object steal = before == null ? null
                : CpuUsage.now().since(before).get("stealPercent");
        millis.sort(null);
        out.put("runs", millis);
        if (steal != null) {
            out.put("stealPercent", steal);
        }
        out.put("medianMs", millis.get(millis.size() / 2));
        out.put("wallMs", millis.get(0));
        // the launcher builds when a file under src/main (or pom.xml) is newer than the jar: an edit
        // while the runs went on puts a whole build into one of them (22.8 s once, in the eighth pass)
        if (built != null && !built.equals(Files.getLastModifiedTime(JAR))) {
            out.put("rebuilt", "the launcher rebuilt target/crosscheck.jar during the timed runs (a file under src/main or pom.xml"
                    + " changed), so one of them includes a build: measure again");
        }
        return out;
    }
}
