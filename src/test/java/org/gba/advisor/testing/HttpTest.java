package org.gba.advisor.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The test client's contract checks, against a small server whose answers drift from its own document: an
 * undocumented field, status or missing header in an answer, a request the document refuses, and a request
 * meant to break the contract that the document allows, each fail the call.
 */
class HttpTest {
    private static final String DOCUMENT = """
            {"openapi": "3.0.1", "info": {"title": "drift", "version": "1"},
             "paths": {
              "/api/thing": {
               "get": {"operationId": "getThing", "responses": {"200": {"$ref": "#/components/responses/Thing"}}},
               "post": {"operationId": "postThing",
                 "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                 "responses": {"200": {"$ref": "#/components/responses/Thing"}}}},
              "/api/extra": {"get": {"operationId": "getExtra", "responses": {"200": {"$ref": "#/components/responses/Thing"}}}},
              "/api/teapot": {"get": {"operationId": "getTeapot", "responses": {"200": {"$ref": "#/components/responses/Thing"}}}},
              "/api/bare": {"get": {"operationId": "getBare", "responses": {"200": {"$ref": "#/components/responses/Thing"}}}}},
             "components": {
              "schemas": {"Thing": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}},
              "responses": {"Thing": {"description": "a thing",
                "headers": {"X-Rules-Version": {"required": true, "schema": {"type": "string"}}},
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}}
            """;
    private static HttpServer server;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/v3/api-docs", ex -> answer(ex, 200, DOCUMENT, true));
        server.createContext("/api/thing", ex -> answer(ex, 200, "{\"id\": \"a\"}", true));
        server.createContext("/api/extra", ex -> answer(ex, 200, "{\"id\": \"a\", \"secret\": 1}", true));
        server.createContext("/api/teapot", ex -> answer(ex, 418, "{\"id\": \"a\"}", true));
        server.createContext("/api/bare", ex -> answer(ex, 200, "{\"id\": \"a\"}", false));
        server.start();
        http = new Http(server.getAddress().getPort());
    }

    private static void answer(com.sun.net.httpserver.HttpExchange ex, int status, String body, boolean header)
            throws IOException {
        ex.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        if (header) {
            ex.getResponseHeaders().set("X-Rules-Version", "sha256:test");
        }
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void aConformingCallPasses() throws Exception {
        assertThat(http.get("/api/thing").body().get("id").asString()).isEqualTo("a");
        assertThat(http.post("/api/thing", "{\"id\": \"b\"}").status()).isEqualTo(200);
    }

    @Test
    void anUndocumentedFieldStatusOrMissingHeaderInAnAnswerFails() {
        assertThatThrownBy(() -> http.get("/api/extra")).isInstanceOf(AssertionError.class).hasMessageContaining("secret");
        assertThatThrownBy(() -> http.get("/api/teapot")).isInstanceOf(AssertionError.class).hasMessageContaining("418");
        assertThatThrownBy(() -> http.get("/api/bare")).isInstanceOf(AssertionError.class).hasMessageContaining("X-Rules-Version");
    }

    @Test
    void aRequestTheDocumentRefusesFailsUnlessItIsMeantToBreakTheContract() throws Exception {
        assertThatThrownBy(() -> http.post("/api/thing", "{\"name\": \"no id\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("the request breaks the OpenAPI document");
        assertThatThrownBy(() -> http.get("/api/nothing")).isInstanceOf(AssertionError.class);
        assertThat(http.breakingTheContract().post("/api/thing", "{\"name\": \"no id\"}").status()).isEqualTo(200);
        assertThatThrownBy(() -> http.breakingTheContract().post("/api/thing", "{\"id\": \"b\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("the document is looser than the server");
        // fuzzing: the request is not checked, the answer is
        assertThat(http.withoutRequestChecks().post("/api/thing", "[1, 2]").status()).isEqualTo(200);
        assertThatThrownBy(() -> http.withoutRequestChecks().get("/api/extra")).isInstanceOf(AssertionError.class);
    }
}
