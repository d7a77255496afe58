package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.Http.assertProblem;
import static org.gba.advisor.testing.Http.fixture;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.gba.advisor.access.ApiKeys;
import org.gba.advisor.access.Role;
import org.gba.advisor.testing.Http;
import org.gba.advisor.testing.Http.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * For one operation of each controller, every error its OpenAPI entry documents is answered, with that status and
 * problem type (and the answer checked against the document by the client): a documented error nobody can
 * provoke, or an error added to the document without a test here, fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentedErrorsTest {
    private static final String OTHER_ORIGIN = "https://elsewhere.example"; // no portal origin is allowed here
    private static final String WRONG_KEY = "gba_not-a-key";

    @LocalServerPort
    int port;
    @Autowired
    ApiKeys keys;

    Http http;
    Http invalid;

    @FunctionalInterface
    interface Call {
        Reply send() throws Exception;
    }

    @BeforeEach
    void client() {
        http = new Http(port);
        invalid = http.breakingTheContract();
    }

    private void assertAnswersEveryDocumentedError(String method, String path, Map<String, Call> calls) throws Exception {
        Set<String> documented = http.documentedErrors(method, path);
        assertThat(calls.keySet()).as(method + " " + path + ": a call for each documented error").isEqualTo(documented);
        for (Map.Entry<String, Call> e : calls.entrySet()) {
            String[] expected = e.getKey().split(" ");
            assertProblem(e.getValue().send(), Integer.parseInt(expected[0]), expected[1]);
        }
    }

    private static String padded(String json) {
        return json.replaceFirst("\\{", "{" + " ".repeat(300 * 1024));
    }

    private static String deep(String json) {
        int depth = 5_000;
        return json.replaceFirst("\\{", "{\"x\": " + "[".repeat(depth) + "]".repeat(depth) + ", ");
    }

    private Reply postText(String path) throws Exception {
        return invalid.send(invalid.at(path).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hi")));
    }

    @Test
    void advice() throws Exception {
        String path = "/api/v1/profiles/dongguan/advice";
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("400 unsupported-language", () -> invalid.get(path + "?lang=fr"));
        calls.put("400 invalid-request", () -> invalid.get(path + "?explain=everything"));
        calls.put("401 unauthorized", () -> http.withKey(WRONG_KEY).get(path));
        calls.put("403 forbidden", () -> http.withHeader("Origin", OTHER_ORIGIN).get(path));
        calls.put("404 unknown-profile", () -> http.get("/api/v1/profiles/atlantis/advice"));
        assertAnswersEveryDocumentedError("GET", "/api/v1/profiles/{id}/advice", calls);
    }

    @Test
    void profiles() throws Exception {
        Http planner = http.withKey(keys.create(Role.PLANNER, Set.of(), "errors planner", "test").key());
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("400 bad-request", () -> planner.breakingTheContract().get("/api/v1/profiles/dongguan/versions/first"));
        calls.put("401 unauthorized", () -> http.withKey(WRONG_KEY).get("/api/v1/profiles/dongguan/versions/1"));
        calls.put("403 forbidden", () -> planner.withHeader("Origin", OTHER_ORIGIN).get("/api/v1/profiles/dongguan/versions/1"));
        calls.put("404 unknown-profile", () -> planner.get("/api/v1/profiles/atlantis/versions/1"));
        calls.put("404 unknown-version", () -> planner.get("/api/v1/profiles/dongguan/versions/99"));
        assertAnswersEveryDocumentedError("GET", "/api/v1/profiles/{id}/versions/{version}", calls);
    }

    @Test
    void scenarios() throws Exception {
        String path = "/api/v1/scenarios/compare";
        String good = "{\"baseId\": \"zhongshan\", \"scenarios\": [{\"name\": \"s\", \"patch\": []}]}";
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("400 malformed-json", () -> invalid.post(path, "{\"baseId\": "));
        calls.put("400 json-limit-exceeded", () -> invalid.post(path, deep(good)));
        calls.put("400 invalid-profile", () -> invalid.post(path, "{\"base\": " + fixture("dongguan")
                .replaceFirst("\"year\": \\d{4}", "\"year\": 1700")
                + ", \"scenarios\": [{\"name\": \"s\", \"patch\": []}]}"));
        calls.put("400 invalid-request", () -> invalid.post(path, "{\"baseId\": \"zhongshan\", \"scenarios\": []}"));
        calls.put("400 invalid-scenario", () -> http.post(path,
                "{\"baseId\": \"zhongshan\", \"scenarios\": [{\"name\": \"s\", \"patch\": [{\"op\": \"remove\", \"path\": \"/assets/99\"}]}]}"));
        calls.put("400 unsupported-language", () -> invalid.post(path + "?lang=fr", good));
        calls.put("401 unauthorized", () -> http.withKey(WRONG_KEY).post(path, good));
        calls.put("403 forbidden", () -> http.withHeader("Origin", OTHER_ORIGIN).post(path, good));
        calls.put("404 unknown-profile", () -> http.post(path, good.replace("zhongshan", "atlantis")));
        calls.put("413 payload-too-large", () -> http.post(path, padded(good)));
        calls.put("415 unsupported-media-type", () -> postText(path));
        assertAnswersEveryDocumentedError("POST", path, calls);
    }

    @Test
    void region() throws Exception {
        String path = "/api/v1/region/advice";
        String good = "{\"profileIds\": [\"dongguan\", \"hong-kong\"]}";
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("400 malformed-json", () -> invalid.post(path, "{\"profileIds\": "));
        calls.put("400 json-limit-exceeded", () -> invalid.post(path, deep(good)));
        calls.put("400 invalid-profile", () -> invalid.post(path, "{\"profiles\": [{\"id\": \"x\", \"kinde\": \"CITY\"}]}"));
        calls.put("400 unsupported-language", () -> invalid.post(path + "?lang=fr", good));
        calls.put("400 invalid-request", () -> invalid.post(path + "?limit=101", good));
        calls.put("400 bad-request", () -> invalid.post(path + "?limit=ten", good));
        calls.put("401 unauthorized", () -> http.withKey(WRONG_KEY).post(path, good));
        calls.put("403 forbidden", () -> http.withHeader("Origin", OTHER_ORIGIN).post(path, good));
        calls.put("404 unknown-profile", () -> http.post(path, good.replace("hong-kong", "atlantis")));
        calls.put("413 payload-too-large", () -> http.post(path, padded(good)));
        calls.put("415 unsupported-media-type", () -> postText(path));
        assertAnswersEveryDocumentedError("POST", path, calls);
    }

    @Test
    void rules() throws Exception {
        Http admin = http.withKey(keys.create(Role.ADMIN, Set.of(), "errors admin", "test").key());
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("401 unauthorized", () -> http.withKey(WRONG_KEY).get("/api/v1/rules"));
        calls.put("403 forbidden", () -> admin.withHeader("Origin", OTHER_ORIGIN).get("/api/v1/rules"));
        assertAnswersEveryDocumentedError("GET", "/api/v1/rules", calls);
    }

    @Test
    void ruleDrafts() throws Exception {
        String path = "/api/v1/rules/drafts";
        Http analyst = http.withKey(keys.create(Role.ANALYST, Set.of(), "errors analyst", "test").key());
        Http planner = http.withKey(keys.create(Role.PLANNER, Set.of(), "errors planner", "test").key());
        String edit = "{\"file\": \"parameters.yaml\", \"pointer\": \"/thresholds/basic-research-share.low/value\", "
                + "\"value\": 11}";
        String good = "{\"basedOn\": 1, \"comment\": \"errors\", \"edits\": [" + edit + "]}";
        int stored = analyst.get("/api/v1/rules/versions").body().size();
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("400 malformed-json", () -> analyst.breakingTheContract().post(path, "{\"basedOn\": "));
        calls.put("400 json-limit-exceeded", () -> analyst.breakingTheContract().post(path, deep(good)));
        // a body without a profile: a field of the wrong form is an invalid request, never an invalid profile
        calls.put("400 invalid-request", () -> analyst.breakingTheContract().post(path, good.replace("1,", "\"one\",")));
        calls.put("401 unauthorized", () -> http.withKey(WRONG_KEY).post(path, good));
        calls.put("403 forbidden", () -> planner.post(path, good));
        calls.put("404 unknown-rule-set", () -> analyst.post(path, good.replace("1,", "999,")));
        calls.put("413 payload-too-large", () -> analyst.post(path, padded(good)));
        calls.put("415 unsupported-media-type", () -> analyst.breakingTheContract().send(analyst.at(path)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hi"))));
        calls.put("422 invalid-rules", () -> analyst.post(path, good.replace(
                "/thresholds/basic-research-share.low/value\", \"value\": 11", "/shortfall/high\", \"value\": 0.9")));
        assertAnswersEveryDocumentedError("POST", path, calls);
        assertProblem(analyst.breakingTheContract().post(path, good.replace("\"errors\"", "\" \"")), 400, "invalid-request");
        assertThat(http.documentedErrors("POST", "/api/v1/keys")).as("no profile in a key's request")
                .doesNotContain("400 invalid-profile").contains("400 invalid-request");
        assertThat(analyst.get("/api/v1/rules/versions").body().size()).as("no draft was stored").isEqualTo(stored);
    }

    @Test
    void keys() throws Exception {
        Http admin = http.withKey(keys.create(Role.ADMIN, Set.of(), "errors admin", "test").key());
        String portal = keys.create(Role.PORTAL, Set.of(), "errors portal", "test").key();
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("401 unauthorized", () -> http.withKey(WRONG_KEY).delete("/api/v1/keys/k_none"));
        calls.put("403 forbidden", () -> http.withKey(portal).delete("/api/v1/keys/k_none"));
        calls.put("404 not-found", () -> admin.delete("/api/v1/keys/k_none"));
        assertAnswersEveryDocumentedError("DELETE", "/api/v1/keys/{id}", calls);
    }

    @Test
    void audit() throws Exception {
        Http admin = http.withKey(keys.create(Role.ADMIN, Set.of(), "errors admin", "test").key());
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("400 bad-request", () -> admin.breakingTheContract().get("/api/v1/audit?limit=many"));
        calls.put("401 unauthorized", () -> http.withKey(WRONG_KEY).get("/api/v1/audit"));
        calls.put("403 forbidden", () -> http.withKey(keys.create(Role.PLANNER, Set.of(), "p", "test").key()).get("/api/v1/audit"));
        assertAnswersEveryDocumentedError("GET", "/api/v1/audit", calls);
    }

    @Test
    void catalog() throws Exception {
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("400 unsupported-language", () -> invalid.get("/api/v1/catalog?lang=fr"));
        calls.put("401 unauthorized", () -> http.withKey(WRONG_KEY).get("/api/v1/catalog"));
        calls.put("403 forbidden", () -> http.withHeader("Origin", OTHER_ORIGIN).get("/api/v1/catalog"));
        assertAnswersEveryDocumentedError("GET", "/api/v1/catalog", calls);
    }

    @Test
    void workbook() throws Exception {
        String path = "/api/v1/profiles/dongguan/workbook";
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("401 unauthorized", () -> http.withKey(WRONG_KEY).get(path));
        calls.put("403 forbidden", () -> http.withHeader("Origin", OTHER_ORIGIN).get(path));
        calls.put("404 unknown-profile", () -> http.get("/api/v1/profiles/atlantis/workbook"));
        assertAnswersEveryDocumentedError("GET", "/api/v1/profiles/{id}/workbook", calls);
    }

    @Test
    void workbookUpload() throws Exception {
        String path = "/api/v1/workbook";
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        byte[] template = http.get("/api/v1/workbook/template").bytes();
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("400 malformed-json", () -> invalid.send(invalid.at(path).header("Content-Type", xlsx)
                .POST(HttpRequest.BodyPublishers.noBody())));
        calls.put("400 invalid-profile", () -> http.post(path, xlsx, template));
        calls.put("400 invalid-workbook", () -> http.post(path, xlsx, "not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        calls.put("400 unsupported-language", () -> invalid.post(path + "?lang=fr", xlsx, template));
        calls.put("401 unauthorized", () -> http.withKey(WRONG_KEY).post(path, xlsx, template));
        calls.put("403 forbidden", () -> http.withHeader("Origin", OTHER_ORIGIN).post(path, xlsx, template));
        calls.put("413 payload-too-large", () -> http.post(path, xlsx, new byte[300 * 1024]));
        calls.put("415 unsupported-media-type", () -> postText(path));
        assertAnswersEveryDocumentedError("POST", path, calls);
    }
}
