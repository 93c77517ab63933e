package org.crosscheck.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much CPU a measurement used, and how much the machine's host took away meanwhile. On a shared
 * VM the same measurement varied by up to 30% from one hour to the next, and the steal share (time a
 * virtual CPU was ready but the host ran something else) says which hours were the slow ones, so a
 * reader can tell a change in crosscheck from a change in the neighbours.
 *
 * @param wallNanos       when it was taken ({@link System#nanoTime()})
 * @param processCpuNanos this JVM's CPU time, every thread, the collector and the JIT included
 * @param steal           the machine's stolen CPU ticks so far ({@code /proc/stat}); -1 where not Linux
 * @param total           the machine's CPU ticks so far, of every kind; -1 where not Linux
 */
record CpuUsage(long wallNanos, long processCpuNanos, long steal, long total) {

    private static final Path PROC_STAT = Path.of("/proc/stat");

    static CpuUsage now() {
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        long[] ticks = machineTicks();
        return new CpuUsage(System.nanoTime(), cpu, ticks[0], ticks[1]);
    }

    /**
     * What was used from {@code before} to this snapshot: the wall time between them, the process's
     * CPU time, how busy it kept the machine's CPUs, and the steal share (left out where the machine
     * does not say); a new map, which the caller may add its own figures to.
     */
    Map<String, Object> since(CpuUsage before) {
        Map<String, Object> out = new LinkedHashMap<>();
        long wallMs = (wallNanos - before.wallNanos) / 1_000_000;
        long cpuMs = (processCpuNanos - before.processCpuNanos) / 1_000_000;
        out.put("wallMs", wallMs);
        out.put("cpuMs", cpuMs);
        out.put("busyPercent", percent(cpuMs, wallMs * Runtime.getRuntime().availableProcessors()));
        if (steal >= 0 && before.steal >= 0 && total > before.total) {
            out.put("stealPercent", percent(steal - before.steal, total - before.total));
        }
        return out;
    }

    private static double percent(long part, long whole) {
        return whole <= 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    /** {steal, total} from the first line of {@code /proc/stat}, or {-1, -1} when it cannot be read. */
    private static long[] machineTicks() {
        try {
            return parseCpuLine(Files.readAllLines(PROC_STAT, StandardCharsets.US_ASCII).get(0));
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1};
        }
    }

    /**
     * "cpu user nice system idle iowait irq softirq steal guest guest_nice": the total is the first
     * eight, since the guest times are already counted in user and nice.
     */
    static long[] parseCpuLine(String line) {
        String[] fields = line.trim().split("\\s+");
        if (!fields[0].equals("cpu") || fields.length < 9) {
            return new long[] {-1, -1};
        }
        long total = 0;
        for (int i = 1; i <= 8; i++) {
            total += Long.parseLong(fields[i]);
        }
        return new long[] {Long.parseLong(fields[8]), total};
    }
}
