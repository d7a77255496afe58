package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.gba.advisor.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The planner page and the widget in real headless Chromium (Debian's chromium and chromedriver; .ci/run
 * installs them). Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlannerPageBrowserTest {
    static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = Browser.start("1280,2200");
    }

    @AfterAll
    static void stopBrowser() {
        Browser.stop(driver);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait waiting() {
        return Browser.waiting(driver, Duration.ofSeconds(20));
    }

    private static void screenshot(String name) throws IOException {
        Browser.screenshot(driver, name);
    }

    private static String firstModel() {
        List<WebElement> models = driver.findElements(By.cssSelector("#models > li"));
        return models.isEmpty() ? null : models.get(0).getAttribute("data-id");
    }

    @Test
    void choosingDongguanRanksM4First() throws IOException {
        driver.get(url("/?lang=en&profile=hengqin"));
        waiting().until(d -> "M2".equals(firstModel()));
        new Select(driver.findElement(By.id("profile-select"))).selectByValue("dongguan");
        waiting().until(d -> "Dongguan".equals(d.findElement(By.id("place-name")).getText()) && "M4".equals(firstModel()));
        assertThat(driver.findElement(By.cssSelector("#models > li")).getText()).contains("Regional-platform aggregation");
        assertThat(driver.findElement(By.cssSelector("#recommendations > li")).getText())
                .contains("China Spallation Neutron Source");
        screenshot("planner-page");
    }

    @Test
    void tiesAndRankIntervalsAreShownSoThatALeadCanBeToldFromATie() throws IOException {
        driver.get(url("/?lang=en&profile=dongguan"));
        waiting().until(d -> "M4".equals(firstModel()) && !d.findElements(By.cssSelector("#rec-CM2a .badge.interval")).isEmpty());
        // CM2b and CM2a share the first rank: both say so, and each may stand first or second under re-weighting
        for (String tied : List.of("CM2a", "CM2b")) {
            WebElement item = driver.findElement(By.id("rec-" + tied));
            assertThat(item.findElement(By.cssSelector(".badge.tie")).getText()).isEqualTo("tie #1");
            WebElement interval = item.findElement(By.cssSelector(".badge.interval"));
            assertThat(interval.getText()).startsWith("rank interval: 1–2");
            WebElement range = item.findElement(By.cssSelector(".rank-bar .rank-range"));
            WebElement bar = item.findElement(By.cssSelector(".rank-bar"));
            // the bar spans ranks 1–2 of the four recommendations: half the track, from its start
            assertThat((double) range.getRect().getWidth() / bar.getRect().getWidth()).isBetween(0.45, 0.55);
            assertThat(range.getRect().getX()).isBetween(bar.getRect().getX(), bar.getRect().getX() + 2);
        }
        WebElement third = driver.findElement(By.id("rec-CM1c"));
        assertThat(third.findElements(By.cssSelector(".badge.tie"))).isEmpty();
        assertThat(third.findElement(By.cssSelector(".badge.interval")).getText()).startsWith("rank interval: 3 ");
        WebElement certainty = driver.findElement(By.id("certainty"));
        assertThat(certainty.getAttribute("class")).contains("robust").doesNotContain("not-robust");
        assertThat(certainty.getText()).contains("Best-fitting model: M4").contains("first alone in 100% of 1000 draws");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('overview').scrollIntoView()");
        screenshot("planner-ties-and-intervals");
    }

    @Test
    void aTopModelThatIsNoClearLeadIsMarkedNotRobustOnThePageAndInTheWidget() throws IOException {
        driver.get(url("/?lang=en&profile=shenzhen"));
        waiting().until(d -> "M3".equals(firstModel()) && d.findElement(By.id("certainty")).getText().contains("M3"));
        WebElement certainty = driver.findElement(By.id("certainty"));
        assertThat(certainty.getAttribute("class")).contains("not-robust");
        assertThat(certainty.getText()).contains("not robust").containsPattern("first alone in \\d+% of 1000 draws");
        // M3 and M1 may each stand first: their intervals overlap on the first rank
        for (String model : List.of("M3", "M1")) {
            assertThat(driver.findElement(By.cssSelector("#model-" + model + " .badge.interval")).getText())
                    .startsWith("rank interval: 1–2");
        }
        // a model that fits not at all gets no interval and no tie badge
        assertThat(driver.findElements(By.cssSelector("#model-M2 .badge.interval, #model-M2 .badge.tie"))).isEmpty();

        driver.get(url("/embed.html?profile=shenzhen&lang=en&top=3"));
        // the widget redraws its shadow root when its answer arrives: read it afresh on every try
        waiting().until(d -> widgetText(".not-robust").contains("not robust")
                && widgetText(".not-robust").matches("(?s).*first alone in \\d+% of 1000 draws.*")
                && widgetText("li.recommendation .badge.interval").startsWith("rank 1"));
        assertThat(widgetDisplayed(".not-robust")).isTrue();
    }

    @Test
    void aWidgetForARobustLeadSaysNothingOfDoubt() {
        driver.get(url("/embed.html?profile=guangzhou&lang=en&top=3"));
        waiting().until(d -> widgetText(".model").contains("M1"));
        assertThat(widgetDisplayed(".not-robust")).isFalse();
    }

    /** The text of the first element matching {@code css} in the widget's shadow root, "" while there is none. */
    private static String widgetText(String css) {
        Object text = ((JavascriptExecutor) driver).executeScript("const w = document.querySelector('gba-advice');"
                + "const e = w && w.shadowRoot && w.shadowRoot.querySelector(arguments[0]); return e ? e.textContent : '';", css);
        return text == null ? "" : text.toString();
    }

    private static boolean widgetDisplayed(String css) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("const w = document.querySelector('gba-advice');"
                + "const e = w && w.shadowRoot && w.shadowRoot.querySelector(arguments[0]);"
                + "return !!e && !e.hidden && getComputedStyle(e).display !== 'none';", css));
    }

    @Test
    void movingTheBasicResearchSliderPastItsThresholdHighlightsTheChange() throws IOException {
        driver.get(url("/?lang=en&profile=dongguan"));
        waiting().until(d -> "M4".equals(firstModel()));
        assertThat(driver.findElements(By.id("constraint-C2"))).isEmpty();
        WebElement slider = driver.findElement(By.id("slider-basic-research-share"));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = 5; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", slider);
        waiting().until(d -> !d.findElements(By.cssSelector("#constraint-C2.entered")).isEmpty());
        String shown = driver.findElement(By.id("value-basic-research-share")).getText();
        assertThat(Double.parseDouble(shown.split(" ")[0])).as("slider snapped near 5 %, below the 10 % threshold")
                .isBetween(4.0, 6.0);
        assertThat(driver.findElement(By.id("rec-CM1c")).getAttribute("class")).containsAnyOf("rose", "rescored");
        assertThat(driver.findElement(By.id("changes-summary")).getText()).contains("C2 entered");
        screenshot("planner-what-if");
        driver.findElement(By.id("reset-whatif")).click();
        waiting().until(d -> d.findElements(By.id("constraint-C2")).isEmpty());
    }

    @Test
    void switchingToEnglishChangesTheTexts() throws IOException {
        driver.get(url("/?lang=zh&profile=dongguan"));
        waiting().until(d -> "M4".equals(firstModel()));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("政策顾问");
        assertThat(driver.findElement(By.cssSelector("#models > li")).getText()).contains("区域平台聚合模式");
        assertThat(driver.findElement(By.id("asset-controls")).getAttribute("textContent")).contains("中国散裂中子源")
                .doesNotContain("China Spallation Neutron Source").doesNotContain("[object");
        driver.findElement(By.id("lang-en")).click();
        waiting().until(d -> d.findElement(By.cssSelector("#models > li")).getText().contains("Regional-platform aggregation"));
        waiting().until(d -> d.findElement(By.id("asset-controls")).getAttribute("textContent")
                .contains("China Spallation Neutron Source"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("GBA innovation-centre policy advisor");
        assertThat(driver.findElement(By.id("place-name")).getText()).isEqualTo("Dongguan");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.id("lang-en")).getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void aSweepChartMarksItsTippingPoints() {
        driver.get(url("/?lang=en&profile=dongguan"));
        waiting().until(d -> "M4".equals(firstModel()));
        new Select(driver.findElement(By.id("sweep-indicator"))).selectByValue("gerd-gdp");
        driver.findElement(By.id("sweep-run")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#tipping li.tipping-point")).isEmpty());
        assertThat(driver.findElement(By.id("tipping")).getText()).contains("C2");
    }

    @Test
    void aPortalPageEmbeddingTheWidgetShowsTheAdviceWithoutStyleLeaks() throws IOException {
        driver.get(url("/widget-demo.html"));
        WebElement host = driver.findElement(By.id("widget"));
        waiting().until(d -> host.getShadowRoot().findElements(By.cssSelector("li.recommendation")).size() == 3);
        SearchContext shadow = host.getShadowRoot();
        assertThat(shadow.findElements(By.cssSelector("li.recommendation")).get(0).getAttribute("data-id")).isEqualTo("CM2b");
        assertThat(shadow.findElement(By.cssSelector("h2")).getText()).isEqualTo("Dongguan");
        assertThat(shadow.findElement(By.cssSelector(".model")).getText()).contains("M4").containsPattern("fit: (strong|moderate|weak)");
        String widgetHeading = (String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(arguments[0].shadowRoot.querySelector('h2')).color", host);
        assertThat(widgetHeading).as("the portal's h2 colour does not reach inside").isNotEqualTo("rgb(181, 137, 0)");
        String pageHeading = (String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.querySelector('h1')).fontFamily");
        assertThat(pageHeading).as("the widget's styles do not reach the portal").contains("Georgia");
        screenshot("widget");
    }

    @Test
    void aChineseWidgetNamesTheFitInChinese() {
        driver.get(url("/embed.html?profile=dongguan&lang=zh&top=2"));
        waiting().until(d -> !d.findElements(By.cssSelector("gba-advice")).isEmpty()
                && !d.findElement(By.cssSelector("gba-advice")).getShadowRoot().findElements(By.cssSelector(".model")).isEmpty()
                && d.findElement(By.cssSelector("gba-advice")).getShadowRoot().findElement(By.cssSelector(".model"))
                        .getText().contains("M4"));
        String model = driver.findElement(By.cssSelector("gba-advice")).getShadowRoot()
                .findElement(By.cssSelector(".model")).getText();
        assertThat(model).containsPattern("匹配度: [强中弱]").doesNotContainPattern("(?i)moderate|strong|weak");
    }

    @Test
    void theIframeFormShowsTheChosenPlaceAndCount() {
        driver.get(url("/embed.html?profile=hengqin&lang=en&top=2"));
        WebElement host = driver.findElement(By.id("advice"));
        waiting().until(d -> host.getShadowRoot().findElements(By.cssSelector("li.recommendation")).size() == 2);
        assertThat(host.getShadowRoot().findElement(By.cssSelector("h2")).getText()).isEqualTo("Hengqin");
    }

    @Test
    void theRegionViewLinksHongKongAndDongguanAndFiltersByField() throws IOException {
        driver.get(url("/?lang=en&profile=dongguan"));
        waiting().until(d -> "M4".equals(firstModel()));
        driver.findElement(By.id("region-run")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#pairings li.pairing")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#pairings li.pairing")))
                .anySatisfy(li -> assertThat(li.getAttribute("data-places")).contains("dongguan").contains("hong-kong"));
        int all = driver.findElements(By.cssSelector("#pairings li.pairing")).size();
        // a broader field takes in its narrower ones: life science shows the biomedicine pairing of §5.4
        new Select(driver.findElement(By.id("region-field"))).selectByValue("life-science");
        waiting().until(d -> d.findElements(By.cssSelector("#pairings li.pairing")).size() < all);
        assertThat(driver.findElements(By.cssSelector("#pairings li.pairing")))
                .anySatisfy(li -> assertThat(li.getAttribute("data-places")).contains("guangzhou").contains("hong-kong"));
        new Select(driver.findElement(By.id("region-field"))).selectByValue("microelectronics");
        waiting().until(d -> d.findElements(By.cssSelector("#pairings li.pairing")).size() < all);
        assertThat(driver.findElements(By.cssSelector("#pairings li.pairing")))
                .allSatisfy(li -> assertThat(li.getAttribute("data-places")).doesNotContain("zhaoqing"));
        ((JavascriptExecutor) driver).executeScript("document.getElementById('region').scrollIntoView()");
        screenshot("region");
    }

    @Test
    void everyControlHasALabelAndTheControlsAreReachableByKeyboard() {
        driver.get(url("/?lang=en&profile=zhongshan"));
        waiting().until(d -> !d.findElements(By.cssSelector("#constraint-controls input")).isEmpty());
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('input, select, textarea')]"
                        + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.id);");
        assertThat(unlabelled).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> unreachable = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('button, input, select, summary')].filter(e => e.tabIndex < 0).map(e => e.id);");
        assertThat(unreachable).isEmpty();
        WebElement lift = driver.findElement(By.id("lift-0"));
        lift.sendKeys(org.openqa.selenium.Keys.SPACE);
        waiting().until(d -> !d.findElements(By.cssSelector("#left-items .left-item")).isEmpty());
        assertThat(driver.findElement(By.id("left-items")).getText()).contains("CM4a");
    }

    @Test
    void onANarrowScreenNothingOverflowsSideways() throws IOException {
        org.openqa.selenium.Dimension wide = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            driver.get(url("/?lang=zh&profile=nansha"));
            waiting().until(d -> "M3".equals(firstModel()));
            Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).isLessThanOrEqualTo(0L);
            screenshot("planner-narrow-zh");
        } finally {
            driver.manage().window().setSize(wide);
        }
    }

    @Test
    void thePageShowsTheSnippetToCopy() {
        driver.get(url("/?lang=en&profile=nansha"));
        waiting().until(d -> d.findElement(By.id("snippet")).getText().contains("profile=\"nansha\""));
        assertThat(driver.findElement(By.id("snippet")).getText()).contains("/widget.js").contains("<gba-advice");
    }
}
