package org.crosscheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Wall time of {@code ./crosscheck check} on the bundled corpus, as a user or CI job starts it. */
final class ColdStart {

    private ColdStart() {
    }

    static Map<String, Object> measure(Path launcher, int runs) throws IOException, InterruptedException {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!Files.isExecutable(launcher) || !Files.exists(Path.of("target/crosscheck.jar"))) {
            out.put("skipped", "needs ./crosscheck and a built target/crosscheck.jar (mvn -B package)");
            return out;
        }
        Path reports = Files.createTempDirectory("crosscheck-cold");
        List<Long> millis = new ArrayList<>();
        CpuUsage before = null;
        for (int i = 0; i <= runs; i++) {
            if (i == 1) {
                before = CpuUsage.now();
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
        return out;
    }
}
