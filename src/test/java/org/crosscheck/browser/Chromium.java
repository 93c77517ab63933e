package org.crosscheck.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through its ChromeDriver, as every browser test here uses it: nothing is
 * downloaded at test time, and a machine without the browser skips the tests, except on CI, where
 * {@code .ci/run} installs it and its absence is a failure.
 */
public final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Installed by .ci/run with {@code npm ci --prefix src/test/browser}. */
    static final Path AXE = Path.of("src", "test", "browser", "node_modules", "axe-core", "axe.min.js");
    /** Where screenshots for people to look at are written. */
    public static final Path SHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    /** Starts a headless browser, or skips the calling test class when the machine has none. */
    public static ChromeDriver start(boolean needsAxe) throws IOException {
        boolean available = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER) && (!needsAxe || Files.isRegularFile(AXE));
        if (!available && System.getenv("CI") != null) {
            throw new AssertionError("CI must have Debian's chromium and chromium-driver" + (needsAxe ? " and axe-core" : "")
                    + ": .ci/run installs them");
        }
        assumeTrue(available, "skipped: needs /usr/bin/chromium, /usr/bin/chromedriver (apt-get install chromium chromium-driver)"
                + (needsAxe ? " and axe-core (npm ci --prefix src/test/browser)" : ""));
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + Files.createTempDirectory("crosscheck-chromium"));
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
    }

    /** Sizes the viewport itself, not the window, whose frame differs between Chromium versions. */
    public static void viewport(ChromeDriver browser, int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    public static void screenshot(ChromeDriver browser, String name) throws IOException {
        Files.write(SHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Runs axe-core on the page as it is and describes each violation of impact serious or critical,
     * prefixed with {@code label} (the width, say), so that one assertion can gather several scans.
     */
    public static List<String> seriousAxeViolations(ChromeDriver browser, String label) throws IOException {
        // executeScript runs outside the page's Content-Security-Policy, so the page need not allow axe
        browser.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
        Object raw = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations)),"
                + " e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));");
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : new ObjectMapper().readTree(String.valueOf(raw))) {
            String impact = violation.path("impact").asText();
            if (impact.equals("serious") || impact.equals("critical")) {
                serious.add(label + " " + impact + " " + violation.path("id").asText() + ": " + violation.path("help").asText()
                        + " (" + violation.path("nodes").size() + " elements, first: "
                        + violation.path("nodes").path(0).path("target") + ")");
            }
        }
        return serious;
    }
}
