package org.crosscheck.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The committed report of the bundled corpus (kept current by CommittedReportsTest) as a reviewer
 * sees it in Chromium, at a desktop and a phone width: screenshots for people to look at, an axe-core
 * accessibility scan, and what must be visible without scrolling sideways.
 */
class ReviewerViewBrowserTest {

    static final Path REPORT = Path.of("reports", "report.html");

    static ChromeDriver browser;
    static JsonNode json;

    @BeforeAll
    static void open() throws Exception {
        browser = Chromium.start(true);
        json = new ObjectMapper().readTree(Path.of("reports", "report.json").toFile());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Sizes the viewport itself (not the window, whose frame differs between Chromium versions) and loads the report. */
    static void show(int width, int height) {
        Chromium.viewport(browser, width, height);
        browser.get(REPORT.toAbsolutePath().toUri().toString());
    }

    static void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }

    @Test
    void desktopFirstScreenIsWrittenForPeopleToLookAt() throws Exception {
        show(1400, 900);
        screenshot("report-1400.png");
        String header = browser.findElement(By.tagName("header")).getText().replaceAll("\\s+", " ");
        assertThat(header.toLowerCase(java.util.Locale.ROOT)).contains(json.path("summary").path("result").asText());
        assertThat(browser.findElements(By.cssSelector("article.card"))).hasSize(json.path("findings").size());
        WebElement first = browser.findElement(By.cssSelector("article.keycard"));
        assertThat(first.getAttribute("id")).as("the worst key comes first").isEqualTo("key-kenya-mnna-designation--designation-date");
        WebElement wrong = first.findElement(By.cssSelector(".claim.wrong"));
        Number wrongTop = (Number) browser.executeScript("return arguments[0].getBoundingClientRect().top", wrong);
        assertThat(wrongTop.doubleValue()).as("the claim to correct is on the first screen").isLessThan(900);
        assertThat(wrong.getText()).contains("✗");
    }

    @Test
    void statusesAndCountsAreThoseOfTheJsonReport() {
        show(1400, 900);
        java.util.Map<String, String> statusById = new java.util.HashMap<>();
        json.path("claims").forEach(c -> statusById.put(c.path("id").asText(), c.path("status").asText()));
        assertThat(statusById).as("report.json lists every checked claim's status").hasSize(json.path("summary").path("claims").path("checked").asInt());

        List<WebElement> shown = browser.findElements(By.cssSelector("article.keycard .claim[data-claim]"));
        assertThat(shown).isNotEmpty();
        for (WebElement claim : shown) {
            String status = claim.getAttribute("data-status");
            assertThat(status).as("status of %s", claim.getAttribute("data-claim"))
                    .startsWith(statusById.get(claim.getAttribute("data-claim")));
        }
        String header = browser.findElement(By.tagName("header")).getText().replaceAll("\\s+", " ");
        json.path("summary").path("claims").path("statuses").fields()
                .forEachRemaining(e -> assertThat(header).contains(e.getKey() + " " + e.getValue().asInt()));

        List<String> columns = List.of("confirmed", "corroborated", "contradicted", "disputed", "uncorroborated", "unreadable");
        java.util.Map<String, java.util.Set<String>> claimsOfSource = new java.util.TreeMap<>();
        json.path("findings").forEach(f -> java.util.stream.Stream.concat(java.util.stream.StreamSupport.stream(f.path("claims").spliterator(), false),
                java.util.stream.StreamSupport.stream(f.path("support").spliterator(), false)).forEach(c -> claimsOfSource
                        .computeIfAbsent(c.path("source").asText(), k -> new java.util.TreeSet<>()).add(c.path("id").asText())));
        for (var entry : claimsOfSource.entrySet()) {
            WebElement row = browser.findElement(By.cssSelector("table.by-source tr[data-source='" + entry.getKey() + "']"));
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            for (int i = 0; i < columns.size(); i++) {
                String column = columns.get(i);
                long expected = entry.getValue().stream().filter(id -> column.equals(statusById.get(id))).count();
                assertThat(cells.get(1 + i)).as("%s %s", entry.getKey(), column).isEqualTo(String.valueOf(expected));
            }
        }
    }

    @Test
    void onAPhoneEveryTimelineFitsTheScreen() throws Exception {
        show(400, 900);
        screenshot("report-400.png");
        List<WebElement> timelines = browser.findElements(By.cssSelector("svg.timeline"));
        assertThat(timelines).as("the bundled corpus draws timelines").isNotEmpty();
        long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth");
        for (WebElement svg : timelines) {
            Number right = (Number) browser.executeScript("return arguments[0].getBoundingClientRect().right", svg);
            assertThat(right.doubleValue()).as("right edge of %s", svg.getAttribute("aria-label")).isLessThanOrEqualTo(viewport);
        }
        Number pageWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        Object widest = browser.executeScript("let w = null; for (const e of document.querySelectorAll('body *')) {"
                + " const r = e.getBoundingClientRect(); if (r.right > arguments[0] && (w === null || r.width < w.width))"
                + " w = {tag: e.tagName, cls: e.className && e.className.baseVal === undefined ? e.className : '', text: (e.textContent || '').slice(0, 60), width: r.width}; }"
                + " return w === null ? null : JSON.stringify(w);", viewport);
        assertThat(pageWidth.longValue()).as("nothing makes the page scroll sideways; narrowest element past the edge: %s", widest)
                .isLessThanOrEqualTo(viewport);
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationAtEitherWidth() throws Exception {
        List<String> serious = new ArrayList<>();
        for (int width : new int[] {1400, 400}) {
            show(width, 900);
            serious.addAll(Chromium.seriousAxeViolations(browser, width + "px"));
        }
        assertThat(serious).as("axe-core violations of impact serious or critical").isEmpty();
    }
}
