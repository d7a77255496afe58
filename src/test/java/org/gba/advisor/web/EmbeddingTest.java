package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a portal needs: the API from allowed origins only, ETags that let it revalidate the widget cheaply. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advisor.access.portal-origins=https://portal.example.gov.cn")
class EmbeddingTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, String header, String value) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header(header, value).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAllowedOriginMayCallTheApiAndLoadTheWidgetAndOthersMayNot() throws Exception {
        HttpResponse<String> allowed = get("/api/v1/profiles/dongguan/advice", "Origin", "https://portal.example.gov.cn");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://portal.example.gov.cn");
        assertThat(get("/widget.js", "Origin", "https://portal.example.gov.cn").statusCode()).isEqualTo(200);
        HttpResponse<String> other = get("/api/v1/profiles/dongguan/advice", "Origin", "https://elsewhere.example.com");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theWidgetAndCatalogCarryETagsAndAnswer304WhenUnchanged() throws Exception {
        for (String path : new String[] {"/widget.js", "/api/v1/catalog", "/index.html"}) {
            HttpResponse<String> first = get(path, "Accept", "*/*");
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
            assertThat(get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
        }
    }

    @Test
    void thePageUsesNoOutsideNetwork() throws Exception {
        for (String path : new String[] {"/index.html", "/app.js", "/widget.js", "/embed.html"}) {
            String body = get(path, "Accept", "*/*").body();
            assertThat(body).as(path).doesNotContainPattern("(src|href)=\"https?://").doesNotContain("cdn.");
        }
    }
}
