package org.gba.advisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.gba.advisor.AdvisorApplication;
import org.gba.advisor.access.ApiKeys;
import org.gba.advisor.access.Role;
import org.gba.advisor.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances on one database, as behind a load balancer: A compiles classic DRL, B the executable model (a
 * fleet in the middle of a change of build mode). A version published through one is served by both within
 * the bound; one that compiles on A but not on B leaves B serving its old rules with the error in its status,
 * its readiness and the audit log; publishing an earlier version rolls both back.
 */
class TwoInstancesTest {
    /** The bound within which the second instance serves a version published through the first (README). */
    static final Duration BOUND = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private static String admin;
    private static String analyst;

    @BeforeAll
    static void start() {
        String db = "jdbc:h2:mem:two-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        a = instance(db, "A", "CLASSIC");
        b = instance(db, "B", "EXECUTABLE_MODEL");
        ApiKeys keys = a.getBean(ApiKeys.class);
        admin = keys.create(Role.ADMIN, Set.of(), "two instances admin", "test").key();
        analyst = keys.create(Role.ANALYST, Set.of(), "two instances analyst", "test").key();
    }

    private static ConfigurableApplicationContext instance(String db, String id, String mode) {
        return new SpringApplicationBuilder(AdvisorApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + db, "--advisor.rules-mode=" + mode, "--advisor.rules.instance-id=" + id,
                "--advisor.rules.poll-interval=500ms");
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    private static Http http(ConfigurableApplicationContext c) {
        return new Http(Integer.parseInt(c.getEnvironment().getProperty("local.server.port")));
    }

    private static JsonNode ok(ConfigurableApplicationContext c, String method, String path, String key, Object body)
            throws IOException, InterruptedException {
        Http.Reply r = http(c).withKey(key).send(method, path, body == null ? null : JSON.writeValueAsString(body));
        assertThat(r.status()).as(method + " " + path + ": " + r.raw()).isBetween(200, 201);
        return r.body();
    }

    private static String served(ConfigurableApplicationContext c) throws IOException, InterruptedException {
        return http(c).get("/api/v1/catalog").header("X-Rules-Version");
    }

    /** Waits until {@code c} answers with {@code hash}; the time it took, or fails past the bound. */
    private static long until(ConfigurableApplicationContext c, String hash) throws Exception {
        long start = System.nanoTime();
        while (!hash.equals(served(c))) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("served within the bound").isLessThan(BOUND);
            Thread.sleep(50);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static JsonNode publish(ConfigurableApplicationContext through, int version, String why) throws Exception {
        return ok(through, "POST", "/api/v1/rules/versions/" + version + "/publish", admin, Map.of("comment", why));
    }

    @Test
    void bothServeAPublishedVersionAVersionOneCannotCompileLeavesItOnItsOldRulesAndRollbackReturnsBoth()
            throws Exception {
        String first = served(a);
        assertThat(served(b)).as("both start on version 1, seeded once").isEqualTo(first);
        assertThat(ok(a, "GET", "/api/v1/rules/versions", admin, null).size()).isEqualTo(1);

        // an analyst's draft through B, published through A: B serves it within the bound
        JsonNode draft = ok(b, "POST", "/api/v1/rules/drafts", analyst, Map.of("basedOn", 1, "comment", "facility x2",
                "edits", List.of(Map.of("file", "parameters.yaml", "pointer", "/rules/cm2b.offer-facility/weight",
                        "value", 8))));
        int good = draft.get("version").asInt();
        String goodHash = draft.get("hash").asString();
        publish(a, good, "reviewed");
        assertThat(served(a)).as("the publishing instance swaps at once").isEqualTo(goodHash);
        long took = until(b, goodHash);
        System.out.println("TwoInstancesTest: B served the published version " + took + " ms after it was published");
        assertThat(ok(b, "GET", "/api/v1/profiles/dongguan/advice?lang=en", null, null).get("recommendations")
                .findValuesAsString("rule")).contains("cm2b.offer-facility");

        // a version the classic build takes and the executable model refuses (an enum compared with a string)
        Map<String, String> files = new TreeMap<>();
        ok(a, "GET", "/api/v1/rules/versions/" + good, admin, null).get("files").properties()
                .forEach(e -> files.put(e.getKey(), e.getValue().asString()));
        files.put("models/mode-split.drl", Files.readString(Path.of("src/test/resources/rule-drafts/mode-split.drl")));
        files.put("parameters.yaml", files.get("parameters.yaml").replace("rules:\n  # diagnosis",
                "rules:\n  m4.kind-by-name:\n    weight: 1\n    reason: {zh: \"按名称比较类型。\", en: \"A city by the name of its kind.\"}\n  # diagnosis"));
        JsonNode split = ok(a, "POST", "/api/v1/rules/versions", admin, Map.of("basedOn", good,
                "comment", "a rule the executable model refuses", "files", files));
        int bad = split.get("version").asInt();
        publish(a, bad, "compiles on the classic build");
        assertThat(served(a)).isEqualTo(split.get("hash").asString());
        long start = System.nanoTime();
        JsonNode status;
        do {
            Thread.sleep(100);
            status = ok(b, "GET", "/api/v1/rules", admin, null);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND.multipliedBy(3));
        } while (!status.get("stale").asBoolean());
        assertThat(status.get("activeRuleSet").asInt()).isEqualTo(bad);
        assertThat(status.get("ruleSet").asInt()).as("B keeps serving the version before").isEqualTo(good);
        assertThat(status.get("version").asString()).isEqualTo(goodHash);
        assertThat(status.get("errors").get(0).asString()).contains("PlaceKind");
        assertThat(status.get("activation").get("version").asInt()).isEqualTo(bad);
        assertThat(served(b)).isEqualTo(goodHash);
        Http.Reply readiness = http(b).get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(readiness.body().get("status").asString()).isEqualTo("OUT_OF_SERVICE");
        assertThat(http(a).get("/actuator/health/readiness").status()).isEqualTo(200);
        JsonNode instances = ok(a, "GET", "/api/v1/rules", admin, null).get("instances");
        assertThat(instances.findValuesAsString("instance")).containsExactly("A", "B");
        assertThat(instances.get(1).get("failedVersion").asInt()).as("A shows B's failure").isEqualTo(bad);
        JsonNode audit = ok(a, "GET", "/api/v1/audit?action=RULES_ACTIVATION_FAILED", admin, null);
        assertThat(audit.get(0).get("actor").asString()).isEqualTo("B");
        assertThat(audit.get(0).get("target").asString()).isEqualTo("rules@" + bad);
        assertThat(audit.get(0).get("detail").asString()).contains("EXECUTABLE_MODEL", "PlaceKind");

        // rollback, through the instance that was left behind: both serve the good version, B is ready again
        publish(b, good, "rollback");
        until(a, goodHash);
        assertThat(served(b)).isEqualTo(goodHash);
        JsonNode after = ok(b, "GET", "/api/v1/rules", admin, null);
        assertThat(after.get("stale").asBoolean()).isFalse();
        assertThat(after.get("errors").isEmpty()).isTrue();
        assertThat(http(b).get("/actuator/health/readiness").status()).isEqualTo(200);
        // and back to the very first
        publish(a, 1, "rollback to the seed");
        until(b, first);
    }
}
