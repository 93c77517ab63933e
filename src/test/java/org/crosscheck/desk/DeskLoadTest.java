package org.crosscheck.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test on loopback: 20 editors at once, each pasting a draft, accepting its
 * suggestions and checking them, again and again, for a time the system property
 * {@value #SECONDS_PROPERTY} sets (default 60 s, at most 300 s). No request may fail or take over
 * 2 s, and the heap in use after a full collection may not grow over the run.
 */
class DeskLoadTest {

    static final String SECONDS_PROPERTY = "crosscheck.desk.load.seconds";
    static final String THINK_PROPERTY = "crosscheck.desk.load.think-ms";
    static final int EDITORS = 20;
    static final long MAX_MILLIS = 2_000;
    /** Growth of the live heap over the run that is not counted as a leak: caches filling and the JIT's data. */
    static final long HEAP_SLACK = 32L * 1024 * 1024;

    /** Drafts written from the bundled corpus's stories, in new words; each holds claims the corpus speaks to. */
    static final List<String> DRAFTS = List.of(
            "NATO is an intergovernmental security alliance of 30 countries from North America and Europe.\n"
                    + "Kenya will send 1,000 police officers to Haiti to lead a multinational mission.",
            "The United States designated Kenya as a Major Non-NATO Ally in June 2024.\n"
                    + "President Ruto was the first African head of state to make a state visit to the US in 16 years.",
            "NATO, an alliance of 32 countries since Sweden joined, was formed in 1949.\n"
                    + "President William Ruto met President Joe Biden at the White House on May 23, 2024.",
            "Kenya's exports to China are far smaller than its imports, President Ruto said.\n"
                    + "Kenya sent 400 police officers to Haiti in June 2024.",
            "President Ruto travelled to Beijing in September 2024 for the Forum on China-Africa Cooperation.\n"
                    + "NATO has 31 members.");

    @Test
    void twentyEditorsCheckingDraftsAtOnceGetEveryAnswerInTime() throws Exception {
        long seconds = Math.min(300, Math.max(1, Long.getLong(SECONDS_PROPERTY, 60)));
        long thinkMillis = Math.max(0, Long.getLong(THINK_PROPERTY, 2_000));
        int cpus = Runtime.getRuntime().availableProcessors();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (DeskFixture desk = DeskFixture.bundled()) {
            // one editor's round first: the rules are built and the code warmed before the heap is measured
            round(desk, desk.session(), 0, new ArrayList<>());
            long heapAtStart = liveHeap();
            List<Long> millis = Collections.synchronizedList(new ArrayList<>());
            List<String> errors = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger rounds = new AtomicInteger();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService editors = Executors.newFixedThreadPool(EDITORS);
            List<Future<?>> running = new ArrayList<>();
            for (int e = 0; e < EDITORS; e++) {
                int editor = e;
                running.add(editors.submit(() -> {
                    try {
                        DeskFixture.Session session = desk.session();
                        // editors start a little apart, as people do
                        Thread.sleep(editor * thinkMillis / EDITORS);
                        for (int n = editor; System.nanoTime() < deadline; n++) {
                            round(desk, session, n, millis);
                            rounds.incrementAndGet();
                            Thread.sleep(thinkMillis);
                        }
                    } catch (Exception | AssertionError failure) {
                        errors.add("editor " + editor + ": " + failure);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(seconds + 120, TimeUnit.SECONDS);
            }
            editors.shutdown();
            long heapAtEnd = liveHeap();
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            String figures = String.format(Locale.ROOT, "desk load: %d editors, %d s, think %d ms: %d rounds, %d requests, "
                    + "median %d ms, 95th %d ms, max %d ms; live heap after GC %d MB at start, %d MB at end; load average %s",
                    EDITORS, seconds, thinkMillis, rounds.get(), sorted.size(), percentile(sorted, 50), percentile(sorted, 95),
                    sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1), heapAtStart >> 20, heapAtEnd >> 20,
                    String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            System.out.println(figures);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "desk-load.txt"), figures + "\n", StandardCharsets.UTF_8);

            assertThat(errors).as(figures).isEmpty();
            assertThat(rounds.get()).as(figures).isGreaterThanOrEqualTo(EDITORS);
            assertThat(heapAtEnd).as(figures).isLessThanOrEqualTo(heapAtStart + HEAP_SLACK);
            // The time bound says what the desk does on this machine, not what other programs leave of
            // it: when more runnable processes than cores were already waiting before the test, the
            // bound is not judged, and the skip says so with the figures (a build server shared by
            // several builds). Errors and memory are judged whatever the load. The build itself (Maven and
            // this test's JVM, busy with the tests before this one) keeps about one process runnable, so an
            // otherwise idle machine shows a load near one above its core count's worth of other work.
            assumeTrue(loadBefore < cpus + 1, "time bound not judged: the load average was " + String.format(Locale.ROOT, "%.2f", loadBefore)
                    + " on " + cpus + " cores before the test started; measured: " + figures);
            assertThat(sorted.get(sorted.size() - 1)).as(figures).isLessThanOrEqualTo(MAX_MILLIS);
        }
    }

    /** One editor's round: paste a draft, accept every suggestion, check the accepted claims. */
    private static void round(DeskFixture desk, DeskFixture.Session session, int n, List<Long> millis) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> analyzed = desk.postJson("/api/analyze", session,
                Map.of("text", DRAFTS.get(n % DRAFTS.size()), "published", "2024-09-10"));
        millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        assertThat(analyzed.statusCode()).as(analyzed.body()).isEqualTo(200);
        JsonNode answer = desk.read(analyzed);
        assertThat(answer.get("claims")).as("claims of draft %d", n % DRAFTS.size()).isNotEmpty();
        List<Map<String, String>> accepted = new ArrayList<>();
        for (JsonNode c : answer.get("claims")) {
            accepted.add(Map.of("subject", c.get("subject").asText(), "property", c.get("property").asText(),
                    "kind", c.get("kind").asText(), "value", c.get("value").asText(), "quote", c.get("quote").asText()));
        }
        start = System.nanoTime();
        HttpResponse<String> checked = desk.postJson("/api/check", session,
                Map.of("sourceId", answer.get("sourceId").asText(), "published", "2024-09-10", "claims", accepted));
        millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        assertThat(desk.read(checked).get("summary").get("claims").asInt()).isEqualTo(accepted.size());
    }

    private static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }
}
