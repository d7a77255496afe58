package org.gba.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Health with liveness and readiness, info and evaluation metrics, on the service's own port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActuatorTest {
    @LocalServerPort
    int port;

    @Autowired
    RuleEngine engine;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void healthLivenessAndReadinessAreUpAndReadinessIncludesTheRules() throws Exception {
        Http.Reply health = http.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asString()).isEqualTo("UP");
        assertThat(health.body().get("components").get("rules").get("details").get("version").asString())
                .isEqualTo(engine.current().version());

        assertThat(http.get("/actuator/health/liveness").body().get("status").asString()).isEqualTo("UP");
        Http.Reply readiness = http.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body().get("status").asString()).isEqualTo("UP");
        assertThat(readiness.body().get("components").propertyNames()).containsExactlyInAnyOrder("readinessState", "rules");
    }

    @Test
    void infoNamesTheRuleBaseInService() throws Exception {
        JsonNode rules = http.get("/actuator/info").body().get("rules");
        assertThat(rules.get("version").asString()).isEqualTo(engine.current().version());
        assertThat(rules.get("mode").asString()).isEqualTo("CLASSIC");
        assertThat(rules.get("rules").asInt()).isEqualTo(engine.current().rules().size());
    }

    @Test
    void everyEvaluationIsCountedAndTimedUnderTheRulesVersion() throws Exception {
        String metric = "/actuator/metrics/advisor.evaluations?tag=outcome:success&tag=rules.version:"
                + engine.current().version();
        double before = http.get("/actuator/metrics/advisor.evaluations").status() == 200
                ? count(http.get(metric).body()) : 0;
        // a profile no earlier test asked about, so the advice cache cannot answer it
        String unseen = java.nio.file.Files.readString(java.nio.file.Path.of("fixtures/dongguan.json"))
                .replace("\"id\": \"dongguan\"", "\"id\": \"metrics-" + System.nanoTime() + "\"");
        assertThat(http.post("/api/v1/advice", unseen).status()).isEqualTo(200);

        JsonNode after = http.get(metric).body();
        // one evaluation for the advice and at least one data-gap probe for Dongguan
        assertThat(count(after) - before).isGreaterThanOrEqualTo(2);
        assertThat(after.get("measurements").findValuesAsString("statistic")).contains("COUNT", "TOTAL_TIME", "MAX");

        Http.Reply prometheus = http.get("/actuator/prometheus");
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.raw()).contains("advisor_evaluations_seconds_count{")
                .contains("rules_version=\"" + engine.current().version() + "\"");
    }

    private static double count(JsonNode metric) {
        for (JsonNode m : metric.get("measurements")) {
            if (m.get("statistic").asString().equals("COUNT")) {
                return m.get("value").asDouble();
            }
        }
        throw new AssertionError("no COUNT in " + metric);
    }
}
