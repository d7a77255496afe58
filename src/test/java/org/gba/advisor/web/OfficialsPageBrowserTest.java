package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.gba.advisor.testing.Browser;
import org.gba.advisor.access.ApiKeys;
import org.gba.advisor.access.Role;
import org.gba.advisor.testing.Http;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileJson;
import org.gba.advisor.workbook.WorkbookApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The officials' side of the page in headless Chromium, under the page's Content-Security-Policy (no inline script
 * or style): a district's profile built in the form from nothing, its inline errors fixed, its advice shown and
 * submitted as a version; the template downloaded, filled, uploaded and read back as the same profile; and the
 * parts of "advice that knows what it does not know": provisional advice marked, data gaps with what each answer
 * changes, the checklist and instruments in the what-if controls, the extend form of an action in force.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfficialsPageBrowserTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static WebDriver driver;

    @LocalServerPort
    int port;
    @Autowired
    ApiKeys keys;

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

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    private static void type(String id, String text) {
        WebElement e = byId(id);
        e.clear();
        e.sendKeys(text);
    }

    /**
     * Waits until the form has checked what was typed. A check's answer shows or clears errors beside the fields,
     * which moves the fields below them: one that arrives between a click's press and release makes the click land on
     * nothing (it once lost the instrument's tick in a busy full run).
     */
    private static void checked() {
        waiting().until(d -> !byId("form-status").getText().startsWith("Checking"));
    }

    private static String errorOf(String id) {
        return byId(id + "-error").getText();
    }

    private void openPage() {
        driver.get(url("/?lang=en&profile=dongguan"));
        waiting().until(d -> "true".equals(js("return document.documentElement.dataset.formReady")));
        waiting().until(d -> !d.findElements(By.cssSelector("#models > li")).isEmpty());
    }

    @Test
    void anOfficialBuildsADistrictInTheFormFixesItsErrorsSeesTheAdviceAndSubmitsIt() throws Exception {
        String key = keys.create(Role.OFFICIAL, Set.of("dongguan"), "Dongguan official", "test").key();
        openPage();
        // an empty form is checked at once: the required fields say so beside themselves
        waiting().until(d -> errorOf("f-id").contains("must not be blank"));
        assertThat(errorOf("f-kind")).contains("must not be null");
        type("f-id", "songshan-lake");
        type("f-name-zh", "松山湖");
        type("f-name-en", "Songshan Lake");
        new Select(byId("f-kind")).selectByValue("DISTRICT");
        new Select(byId("f-jurisdiction")).selectByValue("GUANGDONG");
        type("f-year", "2022");
        type("f-parent", "dongguang");
        waiting().until(d -> errorOf("f-parent").contains("did you mean 'dongguan'?"));
        assertThat(byId("f-parent").getAttribute("aria-invalid")).isEqualTo("true");
        type("f-parent", "dongguan");
        waiting().until(d -> errorOf("f-parent").isEmpty() && errorOf("f-id").isEmpty());

        byId("f-indicators-add").click();
        new Select(byId("f-indicators-0-code")).selectByValue("gdp");
        type("f-indicators-0-value", "85.5");
        type("f-indicators-0-unit", "billion yuan");
        assertThat(byId("f-indicators-0-year").getAttribute("value")).as("the profile's year to start with").isEqualTo("2022");
        waiting().until(d -> errorOf("f-indicators-0-source").contains("must not be blank"));
        type("f-indicators-0-source", "Dongguan Statistics Bureau, 2022 communiqué");

        checked();
        byId("f-assets-add").click();
        new Select(byId("f-assets-0-type")).selectByValue("STATE_KEY_LAB");
        type("f-assets-0-name-zh", "松山湖材料实验室");
        type("f-assets-0-name-en", "Songshan Lake Materials Laboratory");
        new Select(byId("f-assets-0-fields")).selectByValue("materials-science");
        type("f-assets-0-source", "Guangdong S&T Department");
        new Select(byId("q-INCUBATION_BASE")).selectByValue("NO");
        type("q-INCUBATION_BASE-source", "District work report 2022");
        checked();
        byId("i-joint-funding-scheme").click();
        waiting().until(d -> byId("i-joint-funding-scheme").isSelected());
        type("i-joint-funding-scheme-source", "GD S&T Department notice");
        byId("f-note").click();
        waiting().until(d -> byId("form-status").getText().startsWith("No problems found"));
        ((JavascriptExecutor) driver).executeScript("document.getElementById('officials').scrollIntoView()");
        screenshot("officials-form");

        byId("form-advice").click();
        waiting().until(d -> "Songshan Lake".equals(d.findElement(By.id("place-name")).getText()));

        type("form-key", key);
        type("form-comment", "first version, from the form");
        byId("form-submit").click();
        waiting().until(d -> byId("form-result").getText().contains("Stored as version 1 (songshan-lake)"));
        JsonNode stored = new Http(port).withKey(key).get("/api/v1/profiles/songshan-lake").body();
        assertThat(stored.get("kind").asString()).isEqualTo("DISTRICT");
        assertThat(stored.get("indicators").get(0).get("value").asDouble()).isEqualTo(855.0);
        assertThat(stored.get("indicators").get(0).get("original").get("unit").asString()).isEqualTo("billion yuan");
        assertThat(stored.get("checklist").get(0).get("answer").asString()).isEqualTo("NO");
        assertThat(stored.get("instruments").get(0).get("code").asString()).isEqualTo("joint-funding-scheme");
    }

    @Test
    void theTemplateDownloadedFilledAndUploadedGivesTheSameProfileBack() throws Exception {
        openPage();
        byId("workbook").findElement(By.tagName("summary")).click();
        String href = byId("workbook-template").getAttribute("href");
        byte[] template = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        byte[] filled = WorkbookApiTest.filledTemplate(template, "billion yuan", 2022);
        Path file = Files.createTempFile("songshan-lake", ".xlsx");
        Files.write(file, filled);
        byId("workbook-upload").sendKeys(file.toAbsolutePath().toString());
        waiting().until(d -> byId("form-result").getText().contains("Workbook read: songshan-lake"));
        JsonNode inTheForm = JSON.readTree((String) js("return JSON.stringify(window.GBA_FORM.profile())"));
        JsonNode read = new Http(port).post("/api/v1/workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                filled).body().get("profile");
        // compared as profiles: the page's JSON writes 855.0 as 855
        assertThat(ProfileJson.MAPPER.treeToValue(WorkbookApiTest.canonical(inTheForm), Profile.class))
                .isEqualTo(ProfileJson.MAPPER.treeToValue(WorkbookApiTest.canonical(read), Profile.class));
        assertThat(inTheForm.get("indicators").get(0).get("value").asDouble()).isEqualTo(855.0);
        assertThat(byId("f-assets-0-name-en").getAttribute("value")).isEqualTo("Songshan Lake Materials Laboratory");
        waiting().until(d -> byId("form-status").getText().startsWith("No problems found"));

        // an error of the workbook is listed by sheet and cell
        Files.write(file, WorkbookApiTest.filledTemplate(template, "kg", 2022));
        byId("workbook-upload").sendKeys(file.toAbsolutePath().toString());
        waiting().until(d -> !d.findElements(By.cssSelector("#workbook-errors li.workbook-error")).isEmpty());
        assertThat(byId("workbook-errors").getText()).contains("Indicators!E").contains("not 'kg'");
    }

    private void evaluateInline(String profile) {
        WebElement details = driver.findElement(By.cssSelector("#picker details"));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        js("document.getElementById('profile-json').value = arguments[0]", profile);
        byId("evaluate").click();
    }

    private static final String SPARSE = """
            {"id": "songshan-lake", "name": {"zh": "松山湖", "en": "Songshan Lake"}, "kind": "DISTRICT",
             "jurisdiction": "GUANGDONG", "parent": "dongguan", "year": 2022,
             "assets": [{"type": "STATE_KEY_LAB", "name": {"zh": "实验室", "en": "Lab"}, "fields": ["materials-science"], "source": "x"}]}""";

    @Test
    void provisionalAdviceIsMarkedAndEachDataGapSaysWhatItsAnswerWouldChange() throws Exception {
        openPage();
        JsonNode dongguan = new Http(port).get("/api/v1/profiles/dongguan/advice?lang=en").body().get("coverage");
        waiting().until(d -> byId("coverage").getText().contains(Math.round(dongguan.get("share").asDouble() * 100) + "%"));
        assertThat(byId("coverage").getAttribute("class").contains("provisional"))
                .isEqualTo(dongguan.get("provisional").asBoolean());
        evaluateInline(SPARSE);
        waiting().until(d -> "Songshan Lake".equals(byId("place-name").getText()));
        waiting().until(d -> byId("coverage").getAttribute("class").contains("provisional"));
        assertThat(byId("coverage").getText()).contains("PROVISIONAL").contains("Provisional advice");
        WebElement question = waiting().until(d -> d.findElements(By.cssSelector("#gaps li.gap-question")).stream()
                .findFirst().orElse(null));
        assertThat(question.getText()).containsPattern("(yes|no): ");
        assertThat(driver.findElements(By.cssSelector("#gaps li.gap-indicator"))).isNotEmpty();
        String code = question.getAttribute("data-code");
        String changes = question.findElements(By.cssSelector("li.probe")).stream().map(WebElement::getText)
                .filter(x -> x.startsWith("no:")).findFirst().orElseThrow();
        String firstId = changes.substring(4).split("[ ,]")[0];
        // the what-if control of that question gives the answer, and what the gap said would change does
        new Select(byId("answer-" + code)).selectByValue("NO");
        waiting().until(d -> d.findElement(By.id("changes-summary")).getText().contains(firstId));
        ((JavascriptExecutor) driver).executeScript("document.getElementById('gaps').scrollIntoView()");
        screenshot("planner-data-gaps");
    }

    @Test
    void anInstrumentInForceTurnsItsActionIntoTheExtendFormOnThePage() {
        openPage();
        String top = driver.findElement(By.cssSelector("#recommendations > li")).getAttribute("data-id");
        assertThat(top).isEqualTo("CM2b");
        assertThat(driver.findElement(By.id("rec-CM2b")).getAttribute("class")).doesNotContain("extend");
        byId("instrument-university-attraction-scheme").click();
        waiting().until(d -> d.findElement(By.id("rec-CM2b")).getAttribute("class").contains("extend"));
        assertThat(byId("rec-CM2b").getText()).contains("In force · evaluate and extend").contains("Already in force");
    }

    @Test
    void theWidgetMarksProvisionalAdviceAndTheExtendForm() throws Exception {
        driver.get(url("/widget-demo.html"));
        WebElement demo = byId("widget");
        waiting().until(d -> demo.getShadowRoot().findElements(By.cssSelector("li.recommendation")).size() == 3);
        boolean provisional = new Http(port).get("/api/v1/profiles/dongguan/advice?lang=en").body().get("coverage")
                .get("provisional").asBoolean();
        assertThat(demo.getShadowRoot().findElement(By.cssSelector("p.provisional")).isDisplayed()).isEqualTo(provisional);
        assertThat(demo.getShadowRoot().findElements(By.cssSelector(".badge.extend"))).isEmpty();
        // the widget draws what the API answers: for a sparse profile provisional, and for Dongguan with a scheme
        // in force its top action in the extend form
        String advice = new Http(port).post("/api/v1/advice?lang=en", SPARSE).raw();
        js("const answer = arguments[0]; const real = window.fetch;"
                + "window.fetch = (u, o) => String(u).includes('/advice') ? Promise.resolve(new Response(answer, {status: 200,"
                + " headers: {'Content-Type': 'application/json'}})) : real(u, o);"
                + "const w = document.createElement('gba-advice'); w.id = 'sparse'; w.setAttribute('lang', 'en');"
                + "w.setAttribute('profile', 'songshan-lake'); document.body.append(w);", advice);
        WebElement host = byId("sparse");
        waiting().until(d -> !host.getShadowRoot().findElements(By.cssSelector("h2")).isEmpty()
                && "Songshan Lake".equals(host.getShadowRoot().findElement(By.cssSelector("h2")).getText()));
        WebElement mark = host.getShadowRoot().findElement(By.cssSelector(".provisional"));
        assertThat(mark.isDisplayed()).isTrue();
        assertThat(mark.getText()).startsWith("Provisional: Provisional advice");
        String color = (String) js("return getComputedStyle(arguments[0].shadowRoot.querySelector('.provisional')).borderLeftColor", host);
        assertThat(color).as("the widget's styles apply under the page's CSP").isEqualTo("rgb(122, 75, 0)");

        driver.get(url("/embed.html?profile=dongguan&lang=en&top=3"));
        String inForce = ObjectNodeHolder.inForce(port);
        js("const answer = arguments[0]; const real = window.fetch;"
                + "window.fetch = (u, o) => String(u).includes('/advice') ? Promise.resolve(new Response(answer, {status: 200,"
                + " headers: {'Content-Type': 'application/json'}})) : real(u, o);"
                + "const w = document.createElement('gba-advice'); w.id = 'extended'; w.setAttribute('lang', 'en');"
                + "w.setAttribute('profile', 'dongguan'); document.body.append(w);", inForce);
        WebElement extended = byId("extended");
        waiting().until(d -> !extended.getShadowRoot().findElements(By.cssSelector("li.recommendation .badge.extend")).isEmpty());
        assertThat(extended.getShadowRoot().findElement(By.cssSelector("li.recommendation[data-id='CM2b']")).getText())
                .contains("in force: evaluate and extend");
    }

    /** Dongguan's advice with a scheme in force that carries CM2b. */
    static final class ObjectNodeHolder {
        static String inForce(int port) throws Exception {
            tools.jackson.databind.node.ObjectNode p = (tools.jackson.databind.node.ObjectNode) JSON.readTree(Http.fixture("dongguan"));
            p.putArray("instruments").addObject().put("code", "university-attraction-scheme").put("since", 2021)
                    .put("source", "Dongguan talent policy 2021");
            return new Http(port).post("/api/v1/advice?lang=en", p.toString()).raw();
        }
    }

    @Test
    void theFormSpeaksChineseToo() {
        driver.get(url("/?lang=zh&profile=dongguan"));
        waiting().until(d -> "true".equals(js("return document.documentElement.dataset.formReady")));
        // the page's headings take their language when the advice is rendered, which may come after the form
        waiting().until(d -> !d.findElements(By.cssSelector("#models > li")).isEmpty());
        assertThat(byId("form-h").getText()).isEqualTo("为官员：填写画像");
        assertThat(driver.findElement(By.cssSelector("label[for='f-kind']")).getText()).startsWith("类型");
        assertThat(new Select(byId("form-start")).getOptions().get(0).getText()).isEqualTo("空白画像");
        byId("f-indicators-add").click();
        assertThat(new Select(byId("f-indicators-0-code")).getOptions().stream().map(WebElement::getText))
                .anySatisfy(o -> assertThat(o).contains("研发经费投入强度"));
    }
}
