package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuUsageTest {

    @Test
    void readsStealAndTheTotalOfTheFirstEightFieldsOfTheCpuLine() {
        // user nice system idle iowait irq softirq steal guest guest_nice: guest is already in user
        long[] ticks = CpuUsage.parseCpuLine("cpu  6730178 5629 297046 3249803 11754 0 10909 447122 900 0");

        assertThat(ticks).containsExactly(447122, 6730178L + 5629 + 297046 + 3249803 + 11754 + 0 + 10909 + 447122);
    }

    @Test
    void aLineThatIsNotTheMachineTotalGivesNoTicks() {
        assertThat(CpuUsage.parseCpuLine("cpu0 1 2 3 4 5 6 7 8 9 10")).containsExactly(-1, -1);
        assertThat(CpuUsage.parseCpuLine("cpu 1 2 3")).containsExactly(-1, -1);
    }

    @Test
    void reportsCpuTimeHowBusyTheCoresWereAndTheStealShare() {
        CpuUsage before = new CpuUsage(5_000_000_000L, 1_000_000_000L, 100, 1_000);
        CpuUsage after = new CpuUsage(6_000_000_000L, 3_000_000_000L, 300, 3_000);
        int cores = Runtime.getRuntime().availableProcessors();

        Map<String, Object> used = after.since(before);

        assertThat(used).containsEntry("cpuMs", 2_000L)
                .containsEntry("busyPercent", Math.round(1000.0 * 2_000 / (1_000L * cores)) / 10.0)
                .containsEntry("stealPercent", 10.0);
    }

    @Test
    void leavesOutTheStealShareWhereTheMachineDoesNotSayIt() {
        Map<String, Object> used = new CpuUsage(1_000_000_000L, 500_000_000L, -1, -1).since(new CpuUsage(0, 0, -1, -1));

        assertThat(used).containsEntry("cpuMs", 500L).doesNotContainKey("stealPercent");
    }
}
