package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.gba.advisor.testing.Browser;
import org.gba.advisor.access.ApiKeys;
import org.gba.advisor.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workbench end to end in headless Chromium: an analyst raises the basic-research threshold and sees
 * Guangzhou enter the impact list with C2, saves the draft; an admin reviews the diff and publishes it; the
 * planner page then shows Guangzhou's advice under the new version, C2 diagnosed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkbenchBrowserTest {
    private static final String THRESHOLD = "/thresholds/basic-research-share.low/value";
    static WebDriver driver;

    @LocalServerPort
    int port;
    @Autowired
    ApiKeys keys;

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = Browser.start("1400,2000");
    }

    @AfterAll
    static void stopBrowser() {
        Browser.stop(driver);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait waiting() {
        return Browser.waiting(driver, Duration.ofSeconds(30));
    }

    private static void screenshot(String name) throws IOException {
        Browser.screenshot(driver, name);
    }

    private static void type(WebElement input, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", input, value);
    }

    private static void useKey(String key) {
        WebElement field = driver.findElement(By.id("key"));
        field.clear();
        field.sendKeys(key);
        driver.findElement(By.id("use-key")).click();
    }

    private static WebElement field(String pointer) {
        return driver.findElement(By.cssSelector("#form input[data-file='parameters.yaml'][data-pointer='" + pointer + "']"));
    }

    private static String plannerProvenance() {
        return driver.findElement(By.id("provenance")).getText();
    }

    @Test
    void anAnalystRaisesAThresholdSeesTheImpactSavesAnAdminPublishesAndThePlannerPageShowsTheNewAdvice()
            throws Exception {
        String analyst = keys.create(Role.ANALYST, Set.of(), "browser analyst", "test").key();
        String admin = keys.create(Role.ADMIN, Set.of(), "browser admin", "test").key();
        // other tests may share this application and its store: version numbers are read, not assumed
        org.gba.advisor.testing.Http api = new org.gba.advisor.testing.Http(port).withKey(admin);
        String base = Integer.toString(api.get("/api/v1/rules").body().get("ruleSet").asInt());
        try {
            analystDraftsAdminPublishesPlannerSees(analyst, admin, base);
        } finally {
            api.post("/api/v1/rules/versions/" + base + "/publish", "{\"comment\": \"back to what served before\"}");
        }
    }

    private void analystDraftsAdminPublishesPlannerSees(String analyst, String admin, String base) throws IOException {

        driver.get(url("/?lang=en&profile=guangzhou"));
        waiting().until(d -> !d.findElements(By.cssSelector("#models > li")).isEmpty()
                && plannerProvenance().contains("sha256:"));
        assertThat(driver.findElements(By.id("constraint-C2"))).as("12.96% is not weak under 10%").isEmpty();
        String before = plannerProvenance();

        driver.get(url("/workbench.html?lang=en"));
        useKey(analyst);
        waiting().until(d -> !d.findElements(By.cssSelector("#form input[data-pointer='" + THRESHOLD + "']")).isEmpty());
        waiting().until(d -> !d.findElements(By.id("no-change")).isEmpty());
        WebElement threshold = field(THRESHOLD);
        assertThat(threshold.getAttribute("value")).isEqualTo("10");
        // the reason stands beside the number
        WebElement entry = driver.findElement(By.cssSelector("#form .entry[data-pointer='/thresholds/basic-research-share.low']"));
        assertThat(entry.findElement(By.cssSelector("input[data-pointer$='/why']")).getAttribute("value"))
                .contains("basic-research share");

        type(threshold, "20");
        waiting().until(d -> !d.findElements(By.cssSelector(
                "#impact-profiles li[data-profile='guangzhou'] li[data-change='CONSTRAINT C2 ENTERED']")).isEmpty());
        assertThat(driver.findElements(By.id("no-change"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("#impact-profiles li[data-profile='guangzhou']")).getText())
                .contains("c2.basic-research-share-low");
        assertThat(driver.findElement(By.id("edit-count")).getText()).isEqualTo("1 change(s)");
        screenshot("workbench-impact");
        type(threshold, "10");
        waiting().until(d -> !d.findElements(By.id("no-change")).isEmpty());
        type(threshold, "20");
        waiting().until(d -> !d.findElements(By.cssSelector("#impact-profiles li[data-profile='guangzhou']")).isEmpty());

        driver.findElement(By.id("comment")).sendKeys("basic research judged weak under 20%");
        driver.findElement(By.id("save")).click();
        String v = waiting().until(d -> d.findElement(By.id("saved")).getAttribute("data-version"));
        assertThat(Integer.parseInt(v)).isGreaterThan(Integer.parseInt(base));
        waiting().until(d -> !d.findElements(By.cssSelector("#versions tr[data-version='" + v + "']")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#versions tr[data-version='" + v + "']")).getText()).contains("DRAFT");

        // the admin reviews the difference and publishes
        useKey(admin);
        waiting().until(d -> d.findElements(By.cssSelector("body[data-loading]")).isEmpty());
        waiting().until(d -> !d.findElements(By.cssSelector("#versions tr[data-version='" + v + "']")).isEmpty()
                && !d.findElements(By.cssSelector("#form input[data-pointer='" + THRESHOLD + "']")).isEmpty());
        ((JavascriptExecutor) driver).executeScript("document.getElementById('diff-from').value = arguments[0];"
                + "document.getElementById('diff-to').value = arguments[1];", base, v);
        driver.findElement(By.id("show-diff")).click();
        WebElement changedRow = waiting().withMessage(() -> "the diff shows: " + driver.findElement(By.id("diff")).getText())
                .until(d -> d.findElement(By.cssSelector("#diff tr[data-path='" + THRESHOLD + "']")));
        assertThat(changedRow.getText()).contains("10").contains("20");
        driver.findElement(By.id("publish-comment")).sendKeys("reviewed");
        driver.findElement(By.id("publish")).click();
        waiting().until(d -> v.equals(d.findElement(By.id("published")).getAttribute("data-version")));
        waiting().until(d -> v.equals(d.findElement(By.id("status")).getAttribute("data-rule-set")));
        assertThat(driver.findElement(By.cssSelector("#versions tr[data-version='" + v + "']")).getText()).contains("ACTIVE");
        screenshot("workbench-published");

        driver.get(url("/?lang=en&profile=guangzhou"));
        waiting().until(d -> !d.findElements(By.id("constraint-C2")).isEmpty());
        assertThat(plannerProvenance()).isNotEqualTo(before);
        screenshot("planner-after-publication");
    }
}
