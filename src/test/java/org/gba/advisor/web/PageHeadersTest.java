package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.gba.advisor.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages' headers: embed.html may be framed by the allow-listed portals (and only them), every page has a
 * Content-Security-Policy, and static files are revalidated by ETag rather than never stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advisor.access.portal-origins=https://portal.example.gov.cn,https://other.example.org")
class PageHeadersTest {
    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private Http.Reply get(String path) throws Exception {
        return http.get(path);
    }

    private static String header(Http.Reply r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    @Test
    void embedHtmlMayBeFramedByThePortalsOnly() throws Exception {
        Http.Reply embed = get("/embed.html?profile=dongguan");
        assertThat(embed.status()).isEqualTo(200);
        assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(header(embed, "Content-Security-Policy"))
                .contains("frame-ancestors 'self' https://portal.example.gov.cn https://other.example.org")
                .contains("script-src 'self'");
        assertThat(embed.raw()).doesNotContain("<script>").contains("<script src=\"embed.js\">");
        for (String page : new String[] {"/", "/index.html", "/widget-demo.html", "/api/v1/catalog"}) {
            Http.Reply r = get(page);
            assertThat(header(r, "Content-Security-Policy")).as(page)
                    .contains("frame-ancestors 'none'").contains("script-src 'self'").contains("object-src 'none'");
        }
    }

    @Test
    void staticFilesAreRevalidatedNotNeverStored() throws Exception {
        for (String path : new String[] {"/widget.js", "/embed.html", "/embed.js", "/app.js", "/app.css", "/index.html",
                "/webjars/chart.js/4.4.7/dist/chart.umd.js"}) {
            Http.Reply first = get(path);
            assertThat(first.status()).as(path).isEqualTo(200);
            String cache = header(first, "Cache-Control");
            assertThat(cache).as(path).contains("no-cache").doesNotContain("no-store");
            String etag = first.headers().firstValue("ETag").orElse(null);
            if (etag != null) {
                assertThat(http.withHeader("If-None-Match", etag).get(path).status()).as(path)
                        .isEqualTo(304);
            } else {
                String modified = first.headers().firstValue("Last-Modified").orElseThrow();
                assertThat(http.withHeader("If-Modified-Since", modified).get(path).status())
                        .as(path).isEqualTo(304);
            }
        }
        // answers of the API may hold keyed data: never stored
        assertThat(header(get("/api/v1/profiles"), "Cache-Control")).contains("no-store");
    }
}
