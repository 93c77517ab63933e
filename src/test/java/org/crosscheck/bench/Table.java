package org.crosscheck.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The benchmark's results as Markdown tables, with the ratios the targets are stated in. */
final class Table {

    private Table() {
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> results) {
        StringBuilder md = new StringBuilder();
        Map<String, Object> machine = (Map<String, Object>) results.get("machine");
        md.append("Machine: ").append(machine.get("cpus")).append(" CPUs (").append(machine.get("cpu")).append("), ")
                .append(machine.get("java")).append(", ").append(machine.get("os")).append(", ")
                .append(machine.get("heap")).append("\n\n");
        List<Map<String, Object>> sizes = (List<Map<String, Object>>) results.get("sizes");
        md.append("| claims | corpus | load | normalize | build rules | run rules | triage | reports | end to end | claims/s"
                + " | live heap | peak heap | YAML parse | HashMap floor | rules ÷ floor | end to end ÷ YAML |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        rows(md, sizes, Table::sizeRow);
        md.append("\nParsing alone, and the CPU: the loader parses on every core, so *load ÷ parallel parse* is what loading costs"
                + " beyond parsing; *cores busy* is the check's CPU time over its wall time on every core, and *host steal* the"
                + " share of the machine's CPU time its host took for others during the check (a slow hour shows there):\n\n"
                + "| claims | YAML parse, 1 thread | YAML parse, every core | load ÷ parallel parse | check CPU | cores busy | host steal |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|\n");
        rows(md, sizes, Table::cpuRow);
        md.append("\nChecked again with every file unchanged (`--facts-cache`, filled by an untimed check before): the"
                + " files' parsed trees are read from the cache instead of parsed; *end to end ÷ YAML* is against the same"
                + " one-thread parse as above:\n\n"
                + "| claims | load | end to end | ÷ without the cache | end to end ÷ YAML | check CPU | host steal |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|\n");
        rows(md, sizes, Table::cachedRow);
        md.append("\nReports, by format, each written alone after the check (seconds, megabytes); the check writes them side by side:\n\n| claims | ");
        Map<String, Object> formats = sizes.isEmpty() ? Map.of() : (Map<String, Object>) ((Map<String, Object>) sizes.get(0).get("check"))
                .getOrDefault("reports", Map.of());
        md.append(String.join(" | ", formats.keySet())).append(" |\n|---:|").append("---:|".repeat(formats.size())).append('\n');
        for (Map<String, Object> row : sizes) {
            Map<String, Object> byFormat = (Map<String, Object>) ((Map<String, Object>) row.get("check")).getOrDefault("reports", Map.of());
            md.append(String.format(Locale.ROOT, "| %,d |", ((Number) row.get("claims")).longValue()));
            for (String format : formats.keySet()) {
                Map<String, Object> one = (Map<String, Object>) byFormat.getOrDefault(format, Map.of());
                md.append(' ').append(s(one.get("ms"))).append(", ").append(mb(one.get("bytes"))).append(" |");
            }
            md.append('\n');
        }
        md.append("\n| hot-key claims | run rules | end to end | live heap | host steal |\n|---:|---:|---:|---:|---:|\n");
        rows(md, (List<Map<String, Object>>) results.get("hotKey"), Table::hotRow);
        Map<String, Object> ruleBase = (Map<String, Object>) results.get("ruleBase");
        if (ruleBase != null) {
            md.append("\nRule base, in a fresh JVM: compiled in ").append(ruleBase.get("compileMs"))
                    .append(" ms (a new or edited rule set; host steal ").append(percent(ruleBase.get("compileStealPercent")))
                    .append("), loaded from the cache in ").append(ruleBase.get("cachedMs")).append(" ms (host steal ")
                    .append(percent(ruleBase.get("cachedStealPercent"))).append(")\n");
        }
        md.append('\n').append(coldLine((Map<String, Object>) results.get("coldStart"))).append('\n');
        return md.toString();
    }

    /** One table line per row, as {@code line} spells it. */
    private static void rows(StringBuilder md, List<Map<String, Object>> rows, Function<Map<String, Object>, String> line) {
        for (Map<String, Object> row : rows) {
            md.append(line.apply(row)).append('\n');
        }
    }

    static String coldLine(Map<String, Object> cold) {
        return "Cold `./crosscheck check` on the bundled corpus: "
                + (cold.containsKey("medianMs") ? "median " + cold.get("medianMs") + " ms, fastest " + cold.get("wallMs")
                        + " ms, runs " + cold.get("runs") + ", host steal " + percent(cold.get("stealPercent"))
                        + (cold.containsKey("rebuilt") ? "; void: " + cold.get("rebuilt") : "")
                        : cold.getOrDefault("skipped", cold.get("failed")));
    }

    @SuppressWarnings("unchecked")
    static String sizeRow(Map<String, Object> row) {
        Map<String, Object> check = (Map<String, Object>) row.get("check");
        long claims = ((Number) row.get("claims")).longValue();
        if (check.containsKey("failed")) {
            return String.format(Locale.ROOT, "| %,d | %s | check failed: %s |", claims, mb(row.get("corpusBytes")), check.get("failed"));
        }
        Map<String, Object> phases = (Map<String, Object>) check.get("phasesMs");
        long wall = ms(check.get("wallMs"));
        long yaml = ms(((Map<String, Object>) row.get("yaml")).get("wallMs"));
        long floor = ms(((Map<String, Object>) row.get("floor")).get("wallMs"));
        long engine = ms(phases.get("engine"));
        return String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s | %s | **%s** | %,d | %s | %s | %s | %s | %.1f× | %.1f× |",
                claims, mb(row.get("corpusBytes")), s(phases.get("load")), s(phases.get("normalize")), s(phases.get("rule_build")),
                s(engine), s(phases.get("triage")), s(phases.get("reports")), s(wall), claims * 1000 / Math.max(1, wall),
                mb(check.get("peakLiveBytes")), mb(check.get("peakHeapBytes")), s(yaml), s(floor), (double) engine / Math.max(1, floor),
                (double) wall / Math.max(1, yaml));
    }

    @SuppressWarnings("unchecked")
    static String cpuRow(Map<String, Object> row) {
        Map<String, Object> check = (Map<String, Object>) row.get("check");
        Map<String, Object> yaml = (Map<String, Object>) row.get("yaml");
        Map<String, Object> parallel = (Map<String, Object>) row.getOrDefault("yamlParallel", Map.of());
        long claims = ((Number) row.get("claims")).longValue();
        if (check.containsKey("failed")) {
            return String.format(Locale.ROOT, "| %,d | %s | %s | | | | |", claims, s(yaml.get("wallMs")), s(parallel.get("wallMs")));
        }
        long load = ms(((Map<String, Object>) check.get("phasesMs")).get("load"));
        return String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s |", claims, s(yaml.get("wallMs")), s(parallel.get("wallMs")),
                parallel.containsKey("wallMs") ? String.format(Locale.ROOT, "%.1f×", (double) load / Math.max(1, ms(parallel.get("wallMs")))) : "",
                s(check.get("cpuMs")), percent(check.get("busyPercent")), percent(check.get("stealPercent")));
    }

    @SuppressWarnings("unchecked")
    static String cachedRow(Map<String, Object> row) {
        Map<String, Object> cached = (Map<String, Object>) row.getOrDefault("checkCached", Map.of());
        Map<String, Object> check = (Map<String, Object>) row.get("check");
        long claims = ((Number) row.get("claims")).longValue();
        if (!cached.containsKey("phasesMs") || check.containsKey("failed")) {
            return String.format(Locale.ROOT, "| %,d | %s | | | | | |", claims, cached.getOrDefault("failed", "not measured"));
        }
        long wall = ms(cached.get("wallMs"));
        long yaml = ms(((Map<String, Object>) row.get("yaml")).get("wallMs"));
        return String.format(Locale.ROOT, "| %,d | %s | **%s** | %.2f× | %.1f× | %s | %s |", claims,
                s(((Map<String, Object>) cached.get("phasesMs")).get("load")), s(wall), (double) wall / Math.max(1, ms(check.get("wallMs"))),
                (double) wall / Math.max(1, yaml), s(cached.get("cpuMs")), percent(cached.get("stealPercent")));
    }

    private static String percent(Object value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.0f%%", ((Number) value).doubleValue());
    }

    @SuppressWarnings("unchecked")
    static String hotRow(Map<String, Object> row) {
        Map<String, Object> check = (Map<String, Object>) row.get("check");
        long hot = ((Number) row.get("hotKeyClaims")).longValue();
        if (check.containsKey("failed")) {
            return String.format(Locale.ROOT, "| %,d | failed: %s |", hot, check.get("failed"));
        }
        long engine = ms(((Map<String, Object>) check.get("phasesMs")).get("engine"));
        return String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s |", hot, s(engine), s(check.get("wallMs")), mb(check.get("peakLiveBytes")),
                percent(check.get("stealPercent")));
    }

    private static long ms(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String s(Object millis) {
        return String.format(Locale.ROOT, "%.2f s", ms(millis) / 1000.0);
    }

    private static String mb(Object bytes) {
        return String.format(Locale.ROOT, "%,d MB", ms(bytes) / (1024 * 1024));
    }
}
