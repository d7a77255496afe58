package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.Http.assertProblem;

import org.gba.advisor.testing.Http;
import org.gba.advisor.testing.Http.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The what-if endpoints over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScenarioApiTest {
    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void compareAnswersEachScenarioWithItsDiff() throws Exception {
        Reply r = http.post("/api/v1/scenarios/compare?lang=en", """
                {"baseId": "zhongshan", "scenarios": [
                  {"name": "barrier lifted", "patch": [{"op": "remove", "path": "/constraints/0"}]}]}""");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        JsonNode body = r.body();
        assertThat(body.get("base").get("recommendations").get(0).get("id").asString()).isEqualTo("CM4a");
        JsonNode diff = body.get("scenarios").get(0).get("diff");
        assertThat(diff.findValuesAsString("id")).contains("CM4a", "C4b");
        assertThat(diff.findValuesAsString("rule")).contains("cm4a.biomaterials-whitelist");
    }

    @Test
    void aMergePatchScenarioIsAnObject() throws Exception {
        Reply r = http.post("/api/v1/scenarios/compare?lang=en", """
                {"baseId": "zhongshan", "scenarios": [{"name": "a year on", "mergePatch": {"year": 2023}}]}""");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.body().get("scenarios").get(0).get("name").asString()).isEqualTo("a year on");
        // a patch is an array of operations, not an object
        assertProblem(http.breakingTheContract().post("/api/v1/scenarios/compare", """
                {"baseId": "zhongshan", "scenarios": [{"name": "x", "patch": {"op": "remove", "path": "/year"}}]}"""),
                400, "invalid-scenario");
    }

    @Test
    void aScenarioThatBreaksTheProfileIsA400NamingScenarioOperationAndField() throws Exception {
        Reply r = http.post("/api/v1/scenarios/compare", """
                {"baseId": "dongguan", "scenarios": [
                  {"name": "absurd", "patch": [{"op": "replace", "path": "/indicators/0/value", "value": 400}]}]}""");
        assertProblem(r, 400, "invalid-scenario");
        JsonNode p = r.body();
        assertThat(p.get("scenario").asString()).isEqualTo("absurd");
        assertThat(p.get("operation").asInt()).isZero();
        assertThat(p.get("errors").get(0).get("pointer").asString()).isEqualTo("/indicators/0/value");
    }

    @Test
    void aRequestWithoutScenariosIsA400WithPointers() throws Exception {
        Reply r = http.breakingTheContract().post("/api/v1/scenarios/compare", "{\"baseId\": \"dongguan\", \"scenarios\": []}");
        assertProblem(r, 400, "invalid-request");
        assertThat(r.body().get("errors").get(0).get("pointer").asString()).isEqualTo("/scenarios");
    }

    @Test
    void sweepAnswersSeriesAndTippingPoints() throws Exception {
        Reply r = http.post("/api/v1/scenarios/sweep",
                "{\"baseId\": \"dongguan\", \"axis\": {\"indicator\": \"gerd-gdp\", \"from\": 0, \"to\": 6, \"steps\": 61}}");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        JsonNode body = r.body();
        assertThat(body.get("points").size()).isEqualTo(61);
        assertThat(body.get("tippingPoints").findValuesAsString("id")).contains("C2");
        // ranks are null where an id is absent, as the document says
        assertThat(body.get("series").findValues("ranks").stream().anyMatch(ranks -> ranks.toString().contains("null")))
                .isTrue();
        Reply tooMany = http.breakingTheContract().post("/api/v1/scenarios/sweep",
                "{\"baseId\": \"dongguan\", \"axis\": {\"indicator\": \"gerd-gdp\", \"from\": 0, \"to\": 6, \"steps\": 5000}}");
        assertProblem(tooMany, 400, "invalid-request");
        assertThat(tooMany.body().get("errors").get(0).get("pointer").asString()).isEqualTo("/axis/steps");
        // a grid within each axis's bounds, but over the points a sweep may have
        Reply grid = http.post("/api/v1/scenarios/sweep", "{\"baseId\": \"dongguan\", "
                + "\"axis\": {\"indicator\": \"gerd-gdp\", \"from\": 0, \"to\": 6, \"steps\": 100}, "
                + "\"second\": {\"indicator\": \"basic-research-share\", \"from\": 0, \"to\": 20, \"steps\": 100}}");
        assertThat(grid.status()).as(grid.raw()).isEqualTo(400);
    }

    @Test
    void counterfactualsAreServedAloneAndInAdviceOnRequest() throws Exception {
        Reply alone = http.get("/api/v1/profiles/zhongshan/counterfactuals?lang=en");
        assertThat(alone.status()).isEqualTo(200);
        assertThat(alone.body().findValuesAsString("id")).contains("CM4a");
        JsonNode advice = http.get("/api/v1/profiles/zhongshan/advice?explain=counterfactual").body();
        assertThat(advice.get("counterfactuals").isArray()).isTrue();
        assertThat(http.get("/api/v1/profiles/zhongshan/advice").body().has("counterfactuals")).isFalse();
        assertProblem(http.breakingTheContract().get("/api/v1/profiles/zhongshan/advice?explain=everything"),
                400, "invalid-request");
        assertProblem(http.get("/api/v1/profiles/atlantis/counterfactuals"), 404, "unknown-profile");
    }
}
