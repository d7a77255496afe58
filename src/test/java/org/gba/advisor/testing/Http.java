package org.gba.advisor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for tests against a server on a port, with a bounded wait for every answer. */
public final class Http {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final int port;

    public Http(int port) {
        this.port = port;
    }

    /** An answer: status, content type, the body parsed if it is JSON (else null) and raw. */
    public record Reply(int status, String contentType, JsonNode body, String raw) {
    }

    public HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(TIMEOUT);
    }

    public Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = null;
        try {
            body = JSON.readTree(r.body());
        } catch (RuntimeException notJson) {
            // left null: the assertions on the body say what was expected
        }
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), body, r.body());
    }

    public Reply get(String path) throws IOException, InterruptedException {
        return send(at(path).GET());
    }

    public Reply post(String path, String body) throws IOException, InterruptedException {
        return send(at(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public static String fixture(String id) throws IOException {
        return Files.readString(Path.of("fixtures", id + ".json"));
    }

    /** A problem+json of this status and stable type, with a title and no trace of Java. */
    public static void assertProblem(Reply r, int status, String type) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().get("type").asString()).isEqualTo("urn:gba-advisor:problem:" + type);
        assertThat(r.body().get("title").asString()).isNotBlank();
        assertThat(r.raw()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("trace");
    }
}
