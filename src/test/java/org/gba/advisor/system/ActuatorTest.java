package org.gba.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.gba.advisor.access.ApiKeys;
import org.gba.advisor.access.Role;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Health with liveness and readiness, info and evaluation metrics, on the service's own port: the health
 * status for anyone, its details and everything else for admin and metrics keys only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActuatorTest {
    @LocalServerPort
    int port;

    @Autowired
    RuleEngine engine;

    @Autowired
    ApiKeys keys;

    Http http;
    Http anonymous;

    @BeforeEach
    void client() {
        anonymous = new Http(port);
        http = anonymous.withKey(keys.create(Role.METRICS, Set.of(), "monitoring", "test").key());
    }

    @Test
    void anyoneSeesTheHealthStatusAndNoDetailsNorTheOtherEndpoints() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            Http.Reply r = anonymous.get(path);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body().get("status").asString()).isEqualTo("UP");
            assertThat(r.body().propertyNames()).as(path).doesNotContain("components", "details");
            assertThat(r.raw()).doesNotContain("sha256").doesNotContain("H2").doesNotContain("/");
        }
        for (String path : new String[] {"/actuator/info", "/actuator/metrics", "/actuator/prometheus", "/actuator"}) {
            Http.assertProblem(anonymous.get(path), 401, "unauthorized");
        }
        String planner = keys.create(Role.PLANNER, Set.of(), "planner", "test").key();
        Http.assertProblem(anonymous.withKey(planner).get("/actuator/prometheus"), 403, "forbidden");
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

    /**
     * Requests are timed as a whole ({@code http.server.requests}), not once more per security filter, per
     * authentication and per authorization (those observations were a tenth of a small request's time), nor tracked
     * while they run (a long task timer per request).
     */
    @Test
    void requestsAreTimedWholeAndNotPerSecurityFilter() throws Exception {
        assertThat(anonymous.get("/api/v1/catalog").status()).isEqualTo(200);
        assertThat(anonymous.post("/api/v1/advice", Http.fixture("qianhai")).status()).isEqualTo(200);
        Http.Reply metrics = http.get("/actuator/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        java.util.List<String> names = new java.util.ArrayList<>();
        metrics.body().get("names").forEach(n -> names.add(n.asString()));
        assertThat(names).contains("http.server.requests").doesNotContain("http.server.requests.active");
        assertThat(names).noneMatch(n -> n.startsWith("spring.security"));
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
        assertThat(anonymous.post("/api/v1/advice", unseen).status()).isEqualTo(200);

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
