package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void theCpuRowComparesLoadingWithTheParallelParseAndShowsTheMachinesLoad() {
        Map<String, Object> row = Map.of("claims", 100_000,
                "yaml", Map.of("wallMs", 3_730),
                "yamlParallel", Map.of("wallMs", 2_000),
                "check", Map.of("phasesMs", Map.of("load", 4_300), "cpuMs", 19_500, "busyPercent", 85.1, "stealPercent", 19.6));

        assertThat(Table.cpuRow(row)).isEqualTo("| 100,000 | 3.73 s | 2.00 s | 2.2× | 19.50 s | 85% | 20% |");
    }

    @Test
    void theCachedRowComparesTheRunAgainWithTheCheckWithoutTheCacheAndWithTheParse() {
        Map<String, Object> row = Map.of("claims", 100_000,
                "yaml", Map.of("wallMs", 3_000),
                "check", Map.of("wallMs", 9_000),
                "checkCached", Map.of("phasesMs", Map.of("load", 1_500), "wallMs", 6_000, "cpuMs", 10_000, "stealPercent", 0.4));

        assertThat(Table.cachedRow(row)).isEqualTo("| 100,000 | 1.50 s | **6.00 s** | 0.67× | 2.0× | 10.00 s | 0% |");
        assertThat(Table.cachedRow(Map.of("claims", 10, "check", Map.of("wallMs", 5)))).isEqualTo("| 10 | not measured | | | | | |");
    }

    @Test
    void aMachineThatDoesNotReportStealSaysSo() {
        Map<String, Object> row = Map.of("claims", 10_000,
                "yaml", Map.of("wallMs", 680),
                "yamlParallel", Map.of("wallMs", 400),
                "check", Map.of("phasesMs", Map.of("load", 1_000), "cpuMs", 6_000, "busyPercent", 74.6));

        assertThat(Table.cpuRow(row)).endsWith("| 2.5× | 6.00 s | 75% | n/a |");
    }

    @Test
    void aHotKeyRowShowsTheStealItRanUnder() {
        Map<String, Object> row = Map.of("hotKeyClaims", 10_000,
                "check", Map.of("phasesMs", Map.of("engine", 3_410), "wallMs", 18_910, "peakLiveBytes", 518L << 20, "stealPercent", 23.4));

        assertThat(Table.hotRow(row)).isEqualTo("| 10,000 | 3.41 s | 18.91 s | 518 MB | 23% |");
    }

    @Test
    void aColdStartWhoseJarWasRebuiltMidwayIsMarkedVoid() {
        Map<String, Object> clean = Map.of("runs", java.util.List.of(657, 664, 672, 733, 890), "medianMs", 672, "wallMs", 657,
                "stealPercent", 0.4);
        Map<String, Object> rebuilt = new java.util.LinkedHashMap<>(clean);
        rebuilt.put("runs", java.util.List.of(657, 664, 672, 733, 22_778));
        rebuilt.put("rebuilt", "the launcher rebuilt the jar");

        assertThat(Table.coldLine(clean)).isEqualTo(
                "Cold `./crosscheck check` on the bundled corpus: median 672 ms, fastest 657 ms, runs [657, 664, 672, 733, 890], host steal 0%");
        assertThat(Table.coldLine(rebuilt)).endsWith("runs [657, 664, 672, 733, 22778], host steal 0%; void: the launcher rebuilt the jar");
        assertThat(Table.coldLine(Map.of("skipped", "needs ./crosscheck"))).endsWith("corpus: needs ./crosscheck");
    }
}
