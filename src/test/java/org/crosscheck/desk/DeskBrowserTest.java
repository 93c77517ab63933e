package org.crosscheck.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.crosscheck.browser.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk as an editor uses it, in Chromium (the set-up of ReviewerViewBrowserTest): the text of
 * the seed article on the Kenyan state visit, whose facts file is left out of the corpus, is pasted;
 * the suggestions are accepted and checked; the NATO member count and the designation date must be
 * flagged. Then an axe-core scan and screenshots at 1400 and 400 pixels.
 */
class DeskBrowserTest {

    /** The seed articles the bundled corpus was written from (outside the repository). */
    static final Path SEED = Path.of("..", "shared", "seeds", "004_c0f32a6aca826534.txt");

    static ChromeDriver browser;
    static DeskFixture desk;

    @TempDir
    static Path facts;

    @BeforeAll
    static void open() throws Exception {
        assumeTrue(Files.isRegularFile(SEED), "skipped: the seed article " + SEED + " is not here (../shared/seeds is absent); "
                + "the end-to-end desk test pastes its text");
        desk = new DeskFixture(DeskFixture.factsWithoutSeed(facts), DeskLimits.DEFAULT, null);
        browser = Chromium.start(true);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (desk != null) {
            desk.close();
        }
    }

    static void viewport(int width, int height) {
        Chromium.viewport(browser, width, height);
    }

    static void waitForStatus(String words) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), words));
    }

    @Test
    void anEditorPastesTheSeedArticleAcceptsTheSuggestionsAndSeesTheWrongCountAndDateFlagged() throws Exception {
        viewport(1400, 900);
        browser.get(desk.base + "/");
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        WebElement area = browser.findElement(By.id("draft-text"));
        // a paste: the whole text arrives at once, as the browser's paste event delivers it
        browser.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", area, text);
        browser.findElement(By.id("published")).sendKeys("2024-05-23");
        browser.findElement(By.id("analyze")).click();
        waitForStatus("candidate claims");

        List<WebElement> cards = browser.findElements(By.cssSelector(".claim-card[data-claim]"));
        assertThat(cards).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("mark.claim"))).hasSizeGreaterThanOrEqualTo(cards.size() / 2);
        browser.findElement(By.id("accept-all")).click();
        assertThat(browser.findElements(By.cssSelector(".claim-card.accepted"))).hasSize(cards.size());
        browser.findElement(By.id("recheck")).click();
        waitForStatus("accepted claims checked");

        List<String> flagged = new ArrayList<>();
        for (WebElement finding : browser.findElements(By.cssSelector("#findings .finding.error, #findings .finding.warning"))) {
            flagged.add(finding.findElement(By.tagName("h3")).getText());
        }
        assertThat(flagged).anySatisfy(f -> assertThat(f).contains("nato / member-count"));
        assertThat(flagged).anySatisfy(f -> assertThat(f).contains("kenya-mnna-designation / designation-date"));
        String findings = browser.findElement(By.id("findings")).getText();
        assertThat(findings).contains("30 countries").contains("32");
        WebElement natoSentence = browser.findElement(By.xpath("//li[contains(@class,'sentence')][.//mark[.='30']]"));
        assertThat(natoSentence.findElement(By.xpath(".//mark[.='30']")).getAttribute("class")).contains("contradicted");
        assertThat(browser.findElement(By.id("count-contradicted")).getText()).isNotEqualTo("0");
        assertThat(browser.findElement(By.id("download")).isEnabled()).isTrue();
        Chromium.screenshot(browser, "desk-1400.png");

        viewport(400, 860);
        Chromium.screenshot(browser, "desk-400.png");
        Long overflow = (Long) browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("sideways scrolling at 400 px").isLessThanOrEqualTo(0L);

        List<String> serious = new ArrayList<>();
        for (int width : new int[] {1400, 400}) {
            viewport(width, 900);
            serious.addAll(Chromium.seriousAxeViolations(browser, width + "px"));
        }
        assertThat(serious).as("axe-core violations of impact serious or critical").isEmpty();
    }
}
