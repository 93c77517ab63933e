package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Accounting;
import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.FailOn;
import org.crosscheck.model.Finding;
import org.crosscheck.model.KeyCoverage;
import org.crosscheck.model.Location;
import org.crosscheck.model.Publication;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Source;
import org.crosscheck.model.SourceStatus;
import org.crosscheck.model.TextValue;
import org.crosscheck.model.TriageSummary;
import org.crosscheck.model.Verdict;
import org.crosscheck.normalize.DateParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

/**
 * The HTML report in a real browser: Debian's Chromium, driven through its ChromeDriver (nothing is
 * downloaded). .ci/run installs both; elsewhere the test is skipped with a message, but never on CI.
 */
class HtmlReportBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path OUT = Path.of("target", "browser-test");

    /** Payloads that, if they ever ran, would set window.pwned. */
    static final String SCRIPT_TAG = "<script>window.pwned = 'script'</script>";
    static final String IMG_TAG = "\"><img src=x onerror=\"window.pwned = 'img'\">";

    static ChromeDriver browser;
    static Path page;
    static JsonNode json;

    @BeforeAll
    static void openReport() throws Exception {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!available && System.getenv("CI") != null) {
            throw new AssertionError("CI must have Debian's chromium and chromium-driver: .ci/run installs them");
        }
        assumeTrue(available, "skipped: no /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        CheckResult result = hostileResult();
        Files.createDirectories(OUT);
        new ReportFiles().write(OUT, EnumSet.of(ReportFormat.HTML, ReportFormat.JSON), result, SampleResult.TOOL);
        page = OUT.resolve("report.html").toAbsolutePath();
        json = new ObjectMapper().readTree(OUT.resolve("report.json").toFile());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,2000",
                "--user-data-dir=" + Files.createTempDirectory("crosscheck-chromium"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.get(page.toUri().toString());
        // every finding's card sits in a section collapsed under the cards of the keys that need attention
        browser.findElement(By.cssSelector("#all-findings > summary")).click();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Every string a facts file can set, carrying an injection attempt. */
    static CheckResult hostileResult() {
        var published = new Publication(DateParser.parse("2024-07-01", null).toOptional().orElseThrow(), DateBasis.STATED, null);
        Source evil = new Source("evil", SCRIPT_TAG + " title", IMG_TAG, "javascript:window.pwned='link'", null, published,
                SourceStatus.PUBLISHED, new Location("facts/sources/evil.yaml", 1, 1));
        Source good = new Source("good", "A fine title", "Good outlet", "https://example.org/story", null, published,
                SourceStatus.PUBLISHED, new Location("facts/sources/good.yaml", 1, 1));
        ClaimKey key = new ClaimKey("deal", "buyer");
        Claim bad = new Claim("evil-1", evil, key, new TextValue("Acme"), "bought by Acme " + SCRIPT_TAG + IMG_TAG, null, List.of(),
                new Location("facts/sources/evil.yaml", 5, 5));
        Claim fine = new Claim("good-1", good, key, new TextValue("Beta"), "bought by Beta", null, List.of(),
                new Location("facts/sources/good.yaml", 5, 5));
        Claim alone = new Claim("good-2", good, new ClaimKey("deal", "price"), new TextValue("high"), "a high price", null, List.of(),
                new Location("facts/sources/good.yaml", 9, 5));
        List<Finding> findings = List.of(
                new Finding(SampleResult.CONFLICT, Severity.ERROR, Verdict.CONFLICT, key, List.of(bad, fine), List.of(),
                        "'Acme' is not 'Beta' " + SCRIPT_TAG),
                new Finding(SampleResult.AGREE, Severity.INFO, Verdict.UNCORROBORATED, alone.key(), List.of(alone), List.of(),
                        "only good states this"));
        return new CheckResult(new Accounting(2, 3, 3, 0), List.of(evil, good), List.of(SampleResult.CONFLICT, SampleResult.AGREE),
                findings, List.of(), FailOn.DEFAULT, -1, TriageSummary.NONE,
                List.of(new KeyCoverage(key, List.of("evil", "good")), new KeyCoverage(alone.key(), List.of("good"))));
    }

    @Test
    void loadsWithNoConsoleErrorAndNoNetworkRequest() throws Exception {
        List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(console).as("console messages").noneMatch(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue());
        // the performance log also carries Chromium's own internal pages; keep what the report's document asked for
        String url = browser.getCurrentUrl();
        List<String> requested = new java.util.ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            JsonNode message = mapper.readTree(entry.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")
                    && message.path("params").path("documentURL").asText().equals(url)) {
                requested.add(message.path("params").path("request").path("url").asText());
            }
        }
        assertThat(requested).as("requests made by the report").containsExactly(url);
    }

    @Test
    void hostileTextRendersAsTextAndNoInjectedScriptRuns() {
        assertThat(browser.executeScript("return window.pwned === undefined")).isEqualTo(true);
        assertThat(browser.getPageSource()).doesNotContain("<img src=\"x\"");
        assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("img"))).isEmpty();
        WebElement card = browser.findElement(By.cssSelector("article.card.error"));
        assertThat(card.getText()).contains(SCRIPT_TAG + " title").contains("bought by Acme " + SCRIPT_TAG);
        assertThat(browser.findElement(By.cssSelector("article.keycard.error")).getText()).contains(SCRIPT_TAG + " title")
                .contains("bought by Acme " + SCRIPT_TAG);
        assertThat(browser.findElements(By.cssSelector("a[href='https://example.org/story']")))
                .as("one link per claim of the source shown: on the conflict's key card and on each finding's card").hasSize(3);
    }

    @Test
    void countsShownEqualThoseInTheJson() {
        String header = browser.findElement(By.tagName("header")).getText().replaceAll("\\s+", " ");
        assertThat(header).contains("error " + json.path("summary").path("findings").path("error").asInt())
                .contains("info " + json.path("summary").path("findings").path("info").asInt())
                .contains("Claims loaded " + json.path("summary").path("claims").path("loaded").asInt());
        assertThat(browser.findElements(By.cssSelector("article.card"))).hasSize(json.path("findings").size());
    }

    @Test
    void filtersHideAndShowCardsAndTheSearchBoxNarrowsThem() throws Exception {
        WebElement filters = browser.findElement(By.id("filters"));
        assertThat(filters.isDisplayed()).isTrue();
        Select severity = new Select(filters.findElement(By.name("severity")));

        severity.selectByVisibleText("error");
        assertThat(visibleCards()).extracting(c -> c.getAttribute("data-rule")).containsExactly("SOURCES-CONFLICT");
        assertThat(browser.findElement(By.id("shown-count")).getText()).isEqualTo("1 of 2 findings shown");

        severity.selectByVisibleText("all");
        assertThat(visibleCards()).hasSize(2);

        new Select(filters.findElement(By.name("source"))).selectByVisibleText("evil");
        assertThat(visibleCards()).hasSize(1);
        new Select(filters.findElement(By.name("source"))).selectByVisibleText("all");

        WebElement search = filters.findElement(By.name("q"));
        search.sendKeys("high price");
        assertThat(visibleCards()).extracting(c -> c.getAttribute("data-verdict")).containsExactly("uncorroborated");
        search.clear();
        search.sendKeys(" ");
        assertThat(visibleCards()).hasSize(2);

        Files.write(Path.of("target", "report-screenshot.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static List<WebElement> visibleCards() {
        return browser.findElements(By.cssSelector("article.card")).stream().filter(WebElement::isDisplayed).toList();
    }

    @Test
    void withoutJavascriptEveryCardIsShown() throws Exception {
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        new HtmlReportWriter().write(hostileResult(), SampleResult.TOOL, html);
        String source = html.toString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(source).contains("<form id=\"filters\" hidden>");
        assertThat(source).doesNotContain("<article class=\"card error\" hidden");
    }
}
