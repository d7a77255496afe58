package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.gba.advisor.testing.Http;
import org.gba.advisor.testing.Http.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a portal needs: the API from allowed origins only, ETags that let it revalidate the widget cheaply. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advisor.access.portal-origins=https://portal.example.gov.cn")
class EmbeddingTest {
    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private Reply get(String path, String header, String value) throws Exception {
        return http.withHeader(header, value).get(path);
    }

    @Test
    void anAllowedOriginMayCallTheApiAndLoadTheWidgetAndOthersMayNot() throws Exception {
        Reply allowed = get("/api/v1/profiles/dongguan/advice", "Origin", "https://portal.example.gov.cn");
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://portal.example.gov.cn");
        assertThat(get("/widget.js", "Origin", "https://portal.example.gov.cn").status()).isEqualTo(200);
        Reply other = get("/api/v1/profiles/dongguan/advice", "Origin", "https://elsewhere.example.com");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void theWidgetAndCatalogCarryETagsAndAnswer304WhenUnchanged() throws Exception {
        for (String path : new String[] {"/widget.js", "/api/v1/catalog", "/api/v1/profiles", "/index.html"}) {
            Reply first = get(path, "Accept", "*/*");
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
            assertThat(get(path, "If-None-Match", etag).status()).as(path).isEqualTo(304);
        }
    }

    @Test
    void thePageUsesNoOutsideNetwork() throws Exception {
        for (String path : new String[] {"/index.html", "/app.js", "/widget.js", "/embed.html"}) {
            String body = get(path, "Accept", "*/*").raw();
            assertThat(body).as(path).doesNotContainPattern("(src|href)=\"https?://").doesNotContain("cdn.");
        }
    }
}
