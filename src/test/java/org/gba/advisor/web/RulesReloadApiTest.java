package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gba.advisor.access.ApiKeys;
import org.gba.advisor.access.Role;
import org.gba.advisor.testing.Http;
import org.gba.advisor.testing.RulesFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Reloading the rules while requests keep coming, over HTTP, with a copy of rules/ that the tests change: a
 * broken file is refused with its errors and the old rules keep answering; a good change is announced by the
 * impact report and then served, and replaying an earlier answer shows the same changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RulesReloadApiTest {
    private static final Path RULES = RulesFolder.copy();

    @LocalServerPort
    int port;
    @Autowired
    ApiKeys keys;
    String admin;
    String planner;

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) {
        registry.add("advisor.rules-dir", RULES::toString);
    }


    @BeforeEach
    void keys() {
        admin = keys.create(Role.ADMIN, Set.of(), "reload admin", "test").key();
        planner = keys.create(Role.PLANNER, Set.of(), "reload planner", "test").key();
    }

    private Http.Reply send(String method, String path, String key) throws IOException, InterruptedException {
        return new Http(port).withKey(key).send(method, path, null);
    }

    private JsonNode json(String method, String path, String key) throws IOException, InterruptedException {
        Http.Reply r = send(method, path, key);
        assertThat(r.status()).as(method + " " + path + ": " + r.raw()).isEqualTo(200);
        return r.body();
    }

    /** Requests advice without pause on a few threads until stopped; counts answers by status and rules version. */
    private final class Load implements AutoCloseable {
        final AtomicBoolean stop = new AtomicBoolean();
        final Map<String, Integer> answers = new ConcurrentHashMap<>();
        final ExecutorService pool = Executors.newFixedThreadPool(3);
        final List<Future<?>> running = new ArrayList<>();

        Load start() {
            for (String id : List.of("dongguan", "zhongshan", "hengqin")) {
                running.add(pool.submit(() -> {
                    while (!stop.get()) {
                        Http.Reply r = send("GET", "/api/v1/profiles/" + id + "/advice?lang=en", null);
                        String version = r.status() == 200 ? r.body().get("provenance").get("rulesVersion").asString() : "";
                        answers.merge(r.status() + " " + version, 1, Integer::sum);
                    }
                    return null;
                }));
            }
            return this;
        }

        @Override
        public void close() throws Exception {
            stop.set(true);
            for (Future<?> f : running) {
                f.get();
            }
            pool.shutdown();
        }
    }

    @Test
    void aBrokenRuleFileIsRefusedUnderLoadAndTheOldRulesKeepServing() throws Exception {
        String before = json("GET", "/api/v1/rules", admin).get("version").asString();
        Path broken = RULES.resolve("models/broken.drl");
        Load load = new Load().start();
        JsonNode attempt;
        try (load) {
            Thread.sleep(300);
            Files.writeString(broken, "package models;\nrule \"Half a rule\"\nwhen\n    Place(\nthen\nend\n");
            attempt = json("POST", "/api/v1/rules/reload", admin);
            Thread.sleep(300);
        } finally {
            Files.deleteIfExists(broken);
        }
        assertThat(attempt.get("swapped").asBoolean()).isFalse();
        assertThat(attempt.get("errors").get(0).asString()).startsWith("models/broken.drl:");

        JsonNode status = json("GET", "/api/v1/rules", admin);
        assertThat(status.get("version").asString()).isEqualTo(before);
        assertThat(status.get("errors").get(0).asString()).startsWith("models/broken.drl:");
        assertThat(send("GET", "/api/v1/profiles/dongguan/advice", null).header("X-Rules-Version")).isEqualTo(before);
        // zero failed requests, all answered by the old rules
        assertThat(load.answers).isNotEmpty().containsOnlyKeys("200 " + before);
        JsonNode audit = json("GET", "/api/v1/audit?action=RULES_RELOAD_REFUSED", admin);
        assertThat(audit.get(0).get("detail").asString()).contains("models/broken.drl");
    }

    @Test
    void aGoodChangeIsAnnouncedByTheImpactReportThenServedAndReplaysShowTheSameChanges() throws Exception {
        String before = json("GET", "/api/v1/rules", admin).get("version").asString();
        // an answer given with the old rules, recorded
        json("GET", "/api/v1/profiles/dongguan/advice", planner);
        long recordId = json("GET", "/api/v1/profiles/dongguan/advice-records", planner).get(0).get("id").asLong();

        Path parameters = RULES.resolve("parameters.yaml");
        String original = Files.readString(parameters);
        assertThat(original).contains("  cm2b.offer-facility:\n    weight: 4\n");
        Files.writeString(parameters, original.replace("  cm2b.offer-facility:\n    weight: 4\n", "  cm2b.offer-facility:\n    weight: 9\n"));

        JsonNode impact = json("POST", "/api/v1/rules/impact", admin);
        String candidate = impact.get("candidateVersion").asString();
        assertThat(candidate).startsWith("sha256:").isNotEqualTo(before);
        assertThat(impact.get("currentVersion").asString()).isEqualTo(before);
        assertThat(impact.get("profilesReplayed").asInt()).isGreaterThanOrEqualTo(15);
        Map<String, JsonNode> byProfile = new HashMap<>();
        impact.get("profiles").forEach(p -> byProfile.put(p.get("profileId").asString(), p.get("changes")));
        assertThat(byProfile).containsKey("dongguan");
        assertThat(byProfile.get("dongguan").findValuesAsString("id")).contains("CM2b");
        assertThat(json("GET", "/api/v1/rules", admin).get("version").asString())
                .as("the impact report swaps nothing").isEqualTo(before);

        Load load = new Load().start();
        JsonNode attempt;
        try (load) {
            Thread.sleep(300);
            attempt = json("POST", "/api/v1/rules/reload", admin);
            Thread.sleep(300);
        }
        assertThat(attempt.get("swapped").asBoolean()).isTrue();
        assertThat(attempt.get("version").asString()).isEqualTo(candidate);
        assertThat(load.answers.keySet()).isNotEmpty().allMatch(k -> k.equals("200 " + before) || k.equals("200 " + candidate));

        Http.Reply now = send("GET", "/api/v1/profiles/dongguan/advice", null);
        assertThat(now.header("X-Rules-Version")).isEqualTo(candidate);
        assertThat(now.body().get("provenance").get("rulesVersion").asString()).isEqualTo(candidate);
        assertThat(json("GET", "/api/v1/rules", admin).get("errors").isEmpty()).isTrue();

        // the earlier answer, replayed with the rules now in service, differs exactly as the report said
        JsonNode replay = json("GET", "/api/v1/advice-records/" + recordId + "/replay", planner);
        assertThat(replay.get("rulesVersionNow").asString()).isEqualTo(candidate);
        assertThat(replay.get("record").get("rulesVersion").asString()).isEqualTo(before);
        List<JsonNode> reported = new ArrayList<>();
        byProfile.get("dongguan").forEach(c -> reported.add(c.get("change")));
        assertThat(replay.get("changes")).containsExactlyElementsOf(reported);
        assertThat(byProfile.get("dongguan").findValuesAsString("rule")).as("with the evidence that changed")
                .contains("cm2b.offer-facility");

        // and with the rules swapped in, nothing is left to change
        JsonNode after = json("POST", "/api/v1/rules/impact", admin);
        assertThat(after.get("profiles").isEmpty()).isTrue();
    }
}
