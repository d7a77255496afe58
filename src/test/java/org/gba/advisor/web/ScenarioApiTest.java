package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The what-if endpoints over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScenarioApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void compareAnswersEachScenarioWithItsDiff() throws Exception {
        HttpResponse<String> r = post("/api/v1/scenarios/compare?lang=en", """
                {"baseId": "zhongshan", "scenarios": [
                  {"name": "barrier lifted", "patch": [{"op": "remove", "path": "/constraints/0"}]}]}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("base").get("recommendations").get(0).get("id").asString()).isEqualTo("CM4a");
        JsonNode diff = body.get("scenarios").get(0).get("diff");
        assertThat(diff.findValuesAsString("id")).contains("CM4a", "C4b");
        assertThat(diff.findValuesAsString("rule")).contains("cm4a.biomaterials-whitelist");
    }

    @Test
    void aScenarioThatBreaksTheProfileIsA400NamingScenarioOperationAndField() throws Exception {
        HttpResponse<String> r = post("/api/v1/scenarios/compare", """
                {"baseId": "dongguan", "scenarios": [
                  {"name": "absurd", "patch": [{"op": "replace", "path": "/indicators/0/value", "value": 400}]}]}""");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("type").asString()).isEqualTo("urn:gba-advisor:problem:invalid-scenario");
        assertThat(p.get("scenario").asString()).isEqualTo("absurd");
        assertThat(p.get("operation").asInt()).isZero();
        assertThat(p.get("errors").get(0).get("pointer").asString()).isEqualTo("/indicators/0/value");
    }

    @Test
    void aRequestWithoutScenariosIsA400WithPointers() throws Exception {
        HttpResponse<String> r = post("/api/v1/scenarios/compare", "{\"baseId\": \"dongguan\", \"scenarios\": []}");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("type").asString()).isEqualTo("urn:gba-advisor:problem:invalid-request");
        assertThat(p.get("errors").get(0).get("pointer").asString()).isEqualTo("/scenarios");
    }

    @Test
    void sweepAnswersSeriesAndTippingPoints() throws Exception {
        HttpResponse<String> r = post("/api/v1/scenarios/sweep",
                "{\"baseId\": \"dongguan\", \"axis\": {\"indicator\": \"gerd-gdp\", \"from\": 0, \"to\": 6, \"steps\": 61}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("points").size()).isEqualTo(61);
        assertThat(body.get("tippingPoints").findValuesAsString("id")).contains("C2");
        assertThat(post("/api/v1/scenarios/sweep",
                "{\"baseId\": \"dongguan\", \"axis\": {\"indicator\": \"gerd-gdp\", \"from\": 0, \"to\": 6, \"steps\": 5000}}")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void counterfactualsAreServedAloneAndInAdviceOnRequest() throws Exception {
        HttpResponse<String> alone = get("/api/v1/profiles/zhongshan/counterfactuals?lang=en");
        assertThat(alone.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(alone.body()).findValuesAsString("id")).contains("CM4a");
        JsonNode advice = JSON.readTree(get("/api/v1/profiles/zhongshan/advice?explain=counterfactual").body());
        assertThat(advice.get("counterfactuals").isArray()).isTrue();
        assertThat(JSON.readTree(get("/api/v1/profiles/zhongshan/advice").body()).has("counterfactuals")).isFalse();
        assertThat(get("/api/v1/profiles/zhongshan/advice?explain=everything").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/profiles/atlantis/counterfactuals").statusCode()).isEqualTo(404);
    }
}
