package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.gba.advisor.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The documented iframe embed, in Chromium: a portal page on an allow-listed origin frames embed.html and
 * shows the advice; a page on another origin gets no frame (the Content-Security-Policy's frame-ancestors).
 * The two portals are small servers on other ports, so their origins really differ from the advisor's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbedFrameBrowserTest {
    static HttpServer allowed;
    static HttpServer other;
    static WebDriver driver;
    static volatile int advisorPort;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void portals(DynamicPropertyRegistry registry) throws IOException {
        allowed = portal();
        other = portal();
        registry.add("advisor.access.portal-origins", () -> "http://127.0.0.1:" + allowed.getAddress().getPort());
    }

    /** A portal page with the iframe of the README, pointing at the advisor under test. */
    private static HttpServer portal() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] page = ("<!doctype html><html><head><title>Portal</title></head><body><h1>Portal</h1>"
                    + "<iframe id=\"advice\" src=\"http://localhost:" + advisorPort
                    + "/embed.html?profile=dongguan&lang=en&top=3\" width=\"420\" height=\"560\" title=\"GBA advice\">"
                    + "</iframe></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        return server;
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = Browser.start("1000,800");
    }

    @AfterAll
    static void stop() {
        Browser.stop(driver);
        if (allowed != null) {
            allowed.stop(0);
        }
        if (other != null) {
            other.stop(0);
        }
    }

    @BeforeEach
    void advisor() {
        advisorPort = port;
    }

    @Test
    void anAllowListedPortalFramesTheAdviceAndAnotherOriginCannot() {
        driver.get("http://127.0.0.1:" + allowed.getAddress().getPort() + "/");
        driver.switchTo().frame(driver.findElement(By.id("advice")));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        WebElement host = wait.until(d -> d.findElement(By.tagName("gba-advice")));
        wait.until(d -> host.getShadowRoot().findElements(By.cssSelector("li.recommendation")).size() == 3);
        assertThat(host.getShadowRoot().findElement(By.cssSelector("h2")).getText()).isEqualTo("Dongguan");
        driver.switchTo().defaultContent();

        driver.get("http://127.0.0.1:" + other.getAddress().getPort() + "/");
        driver.switchTo().frame(driver.findElement(By.id("advice")));
        // the frame stays empty: Chromium shows its error page in place of embed.html
        Boolean loaded = (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('gba-advice') !== null");
        assertThat(loaded).as("embed.html rendered for an origin not on the allow-list").isFalse();
        driver.switchTo().defaultContent();
    }
}
