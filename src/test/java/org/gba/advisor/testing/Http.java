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
    private final HttpClient client;
    private final int port;
    private final java.util.Map<String, String> headers;

    public Http(int port) {
        this(port, HttpClient.newBuilder().connectTimeout(TIMEOUT).build(), java.util.Map.of());
    }

    private Http(int port, HttpClient client, java.util.Map<String, String> headers) {
        this.port = port;
        this.client = client;
        this.headers = headers;
    }

    /** The same client sending this header with every request, e.g. {@code header("Origin", …)}. */
    public Http header(String name, String value) {
        java.util.Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new Http(port, client, java.util.Map.copyOf(more));
    }

    /** The same client presenting an API key ({@code X-API-Key}) with every request. */
    public Http withKey(String apiKey) {
        return header("X-API-Key", apiKey);
    }

    /** The whole answer, headers included. */
    public HttpResponse<String> exchange(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An answer: status, content type, the body parsed if it is JSON (else null) and raw. */
    public record Reply(int status, String contentType, JsonNode body, String raw) {
    }

    public HttpRequest.Builder at(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(TIMEOUT);
        headers.forEach(b::header);
        return b;
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
