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
import org.gba.advisor.access.ApiKeys;
import org.gba.advisor.access.Role;
import org.gba.advisor.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rule set versions over HTTP: the seeded first version and its form, an analyst's draft (the file changed in
 * one place, comments kept), its preview against every stored profile and the fixtures, the field-by-field
 * diff, publication and rollback, and drafts that are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RuleSetsApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String THRESHOLD = "/thresholds/basic-research-share.low/value";

    @LocalServerPort
    int port;
    @Autowired
    ApiKeys keys;
    String admin;
    String analyst;
    String planner;

    @BeforeEach
    void keys() {
        admin = keys.create(Role.ADMIN, Set.of(), "rule sets admin", "test").key();
        analyst = keys.create(Role.ANALYST, Set.of(), "rule sets analyst", "test").key();
        planner = keys.create(Role.PLANNER, Set.of(), "rule sets planner", "test").key();
    }

    private Http.Reply send(String method, String path, String key, Object body) throws IOException, InterruptedException {
        return new Http(port).withKey(key).send(method, path, body == null ? null : JSON.writeValueAsString(body));
    }

    private JsonNode ok(String method, String path, String key, Object body) throws IOException, InterruptedException {
        Http.Reply r = send(method, path, key, body);
        assertThat(r.status()).as(method + " " + path + ": " + r.raw()).isBetween(200, 201);
        return r.body();
    }

    private static Map<String, Object> edit(String pointer, Object value) {
        return Map.of("file", "parameters.yaml", "pointer", pointer, "value", value);
    }

    private int active() throws IOException, InterruptedException {
        return ok("GET", "/api/v1/rules", admin, null).get("activeRuleSet").asInt();
    }

    @Test
    void theFirstVersionIsTheRulesFolderWithItsFormOfNumbersAndTexts() throws Exception {
        JsonNode versions = ok("GET", "/api/v1/rules/versions", planner, null);
        JsonNode first = versions.get(versions.size() - 1);
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("origin").asString()).isEqualTo("SEED");
        String served = ok("GET", "/api/v1/rules", planner, null).get("version").asString();
        JsonNode view = ok("GET", "/api/v1/rules/versions/1", analyst, null);
        assertThat(view.get("version").get("hash").asString()).as("the folder's rules are version 1").isEqualTo(served);
        assertThat(view.get("files").get("parameters.yaml").asString())
                .isEqualTo(Files.readString(Path.of("rules/parameters.yaml")));
        Map<String, JsonNode> entries = new HashMap<>();
        view.get("form").forEach(e -> entries.put(e.get("file").asString() + e.get("pointer").asString(), e));
        JsonNode threshold = entries.get("parameters.yaml/thresholds/basic-research-share.low");
        assertThat(threshold.get("group").asString()).isEqualTo("thresholds");
        assertThat(threshold.get("fields").findValuesAsString("name")).contains("value", "why");
        assertThat(threshold.get("fields").get(0).get("value").asDouble()).isEqualTo(10);
        JsonNode weight = entries.get("parameters.yaml/rules/cm2b.offer-facility");
        assertThat(weight.get("fields").findValuesAsString("name")).containsExactly("weight", "reason.zh", "reason.en");
        assertThat(entries).containsKeys("parameters.yaml/figures/projects/bands/2", "parameters.yaml/shortfall",
                "parameters.yaml/severityFactors", "parameters.yaml/reach/bands/0", "parameters.yaml/ranking");
        assertThat(entries.keySet()).anyMatch(k -> k.startsWith("catalog.yaml/models/M1"));
    }

    @Test
    void aDraftsPreviewEqualsWhatReplayingEveryStoredProfileUnderBothVersionsShowsAndRollbackRestoresIt() throws Exception {
        int base = active();
        String baseHash = ok("GET", "/api/v1/rules", admin, null).get("version").asString();
        // every stored profile's answer under the version in service, recorded
        JsonNode profiles = ok("GET", "/api/v1/profiles", planner, null);
        Map<String, Long> records = new HashMap<>();
        for (JsonNode p : profiles) {
            String id = p.get("id").asString();
            ok("GET", "/api/v1/profiles/" + id + "/advice", planner, null);
            records.put(id, ok("GET", "/api/v1/profiles/" + id + "/advice-records", planner, null).get(0).get("id").asLong());
        }

        List<Map<String, Object>> edits = List.of(edit(THRESHOLD, 20));
        JsonNode preview = ok("POST", "/api/v1/rules/drafts/preview", analyst, Map.of("basedOn", base, "edits", edits));
        assertThat(preview.get("errors").isEmpty()).isTrue();
        assertThat(preview.get("currentVersion").asString()).isEqualTo(baseHash);
        assertThat(preview.get("profilesReplayed").asInt()).isEqualTo(profiles.size());
        Map<String, JsonNode> moved = new HashMap<>();
        preview.get("profiles").forEach(p -> moved.put(p.get("profileId").asString(), p.get("changes")));
        assertThat(moved).as("Guangzhou's 12.96%% basic research is weak under 20%%").containsKey("guangzhou");
        assertThat(moved.get("guangzhou").findValuesAsString("rule")).contains("c2.basic-research-share-low");
        assertThat(preview.get("fixtures").size()).isEqualTo(15);

        JsonNode draft = ok("POST", "/api/v1/rules/drafts", analyst,
                Map.of("basedOn", base, "comment", "basic research weak under 20%", "edits", edits));
        int v = draft.get("version").asInt();
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("basedOn").asInt()).isEqualTo(base);
        assertThat(draft.get("hash").asString()).isEqualTo(preview.get("candidateVersion").asString());
        assertThat(ok("GET", "/api/v1/rules", admin, null).get("version").asString())
                .as("a draft serves nowhere").isEqualTo(baseHash);

        // the file changed in that one place, every comment kept
        String before = ok("GET", "/api/v1/rules/versions/" + base, analyst, null).get("files").get("parameters.yaml").asString();
        String after = ok("GET", "/api/v1/rules/versions/" + v, analyst, null).get("files").get("parameters.yaml").asString();
        assertThat(after).isEqualTo(before.replaceFirst(
                "(basic-research-share.low:\n    indicator: basic-research-share\n    value: )10\n", "$120\n"));
        JsonNode diff = ok("GET", "/api/v1/rules/versions/" + base + "/diff/" + v, planner, null);
        assertThat(diff.get("files").size()).isEqualTo(1);
        JsonNode file = diff.get("files").get(0);
        assertThat(file.get("file").asString()).isEqualTo("parameters.yaml");
        assertThat(file.get("fields").size()).isEqualTo(1);
        assertThat(file.get("fields").get(0).get("path").asString()).isEqualTo(THRESHOLD);
        assertThat(file.get("fields").get(0).get("was").asInt()).isEqualTo(10);
        assertThat(file.get("fields").get(0).get("now").asInt()).isEqualTo(20);
        assertThat(file.get("lines").findValuesAsString("")).isEmpty();
        List<String> lines = new ArrayList<>();
        file.get("lines").forEach(l -> lines.add(l.asString()));
        assertThat(lines).contains("-    value: 10", "+    value: 20");

        // any recorded answer replays under the draft before it serves anywhere: the preview's changes again
        long guangzhou = records.get("guangzhou");
        List<JsonNode> previewed = new ArrayList<>();
        moved.get("guangzhou").forEach(c -> previewed.add(c.get("change")));
        JsonNode underDraft = ok("GET", "/api/v1/advice-records/" + guangzhou + "/replay?ruleSet=" + v, planner, null);
        assertThat(underDraft.get("rulesVersionNow").asString()).isEqualTo(draft.get("hash").asString());
        assertThat(underDraft.get("changes")).containsExactlyElementsOf(previewed);
        assertThat(ok("GET", "/api/v1/advice-records/" + guangzhou + "/replay?ruleSet=" + base, planner, null)
                .get("changes").isEmpty()).as("under its own version nothing moves").isTrue();
        Http.assertProblem(send("GET", "/api/v1/advice-records/" + guangzhou + "/replay?ruleSet=999", planner, null),
                404, "unknown-rule-set");

        assertThat(send("POST", "/api/v1/rules/versions/" + v + "/publish", analyst, Map.of("comment", "mine")).status())
                .as("an analyst does not publish").isEqualTo(403);
        JsonNode published = ok("POST", "/api/v1/rules/versions/" + v + "/publish", admin, Map.of("comment", "reviewed"));
        assertThat(published.get("status").get("ruleSet").asInt()).isEqualTo(v);
        String newHash = draft.get("hash").asString();
        assertThat(send("GET", "/api/v1/catalog", null, null).header("X-Rules-Version")).isEqualTo(newHash);

        // replaying each answer given under the old version with the new one shows exactly the preview's changes
        for (JsonNode p : profiles) {
            String id = p.get("id").asString();
            JsonNode replay = ok("GET", "/api/v1/advice-records/" + records.get(id) + "/replay", planner, null);
            assertThat(replay.get("rulesVersionNow").asString()).isEqualTo(newHash);
            List<JsonNode> expected = new ArrayList<>();
            if (moved.containsKey(id)) {
                moved.get(id).forEach(c -> expected.add(c.get("change")));
            }
            assertThat(replay.get("changes")).as(id).containsExactlyElementsOf(expected);
        }
        assertThat(ok("POST", "/api/v1/rules/drafts/preview", analyst, Map.of("basedOn", v, "edits", List.of()))
                .get("profiles").isEmpty()).as("nothing left to change once it serves").isTrue();

        // rollback: publish the earlier version again
        ok("POST", "/api/v1/rules/versions/" + base + "/publish", admin, Map.of("comment", "rollback"));
        assertThat(send("GET", "/api/v1/catalog", null, null).header("X-Rules-Version")).isEqualTo(baseHash);
        Map<Integer, String> states = new HashMap<>();
        ok("GET", "/api/v1/rules/versions", planner, null).forEach(x -> states.put(x.get("version").asInt(), x.get("state").asString()));
        assertThat(states).containsEntry(base, "ACTIVE").containsEntry(v, "PUBLISHED");
        assertThat(ok("GET", "/api/v1/advice-records/" + guangzhou + "/replay?ruleSet=" + v, planner, null)
                .get("changes")).as("a version no longer served still replays").containsExactlyElementsOf(previewed);
        JsonNode audit = ok("GET", "/api/v1/audit?limit=1000", admin, null);
        assertThat(audit.findValuesAsString("action")).contains("RULES_VERSION_SAVED", "RULES_PUBLISHED", "RULES_ACTIVATED");
        assertThat(audit.findValuesAsString("target")).contains("rules@" + v);
    }

    @Test
    void aDraftThatDoesNotCompileOrNamesNoFieldIsRefusedAndNothingIsStored() throws Exception {
        int base = active();
        int count = ok("GET", "/api/v1/rules/versions", analyst, null).size();
        Http.Reply refused = send("POST", "/api/v1/rules/drafts", analyst, Map.of("basedOn", base, "comment", "bad",
                "edits", List.of(edit("/shortfall/high", 0.9))));
        Http.assertProblem(refused, 422, "invalid-rules");
        assertThat(refused.body().get("errors").get(0).get("pointer").asString()).isEqualTo("/files/parameters.yaml");
        assertThat(refused.body().get("errors").get(0).get("message").asString()).contains("shortfall");
        JsonNode preview = ok("POST", "/api/v1/rules/drafts/preview", analyst,
                Map.of("basedOn", base, "edits", List.of(edit("/shortfall/high", 0.9))));
        assertThat(preview.get("errors").get(0).asString()).contains("shortfall");

        Http.Reply noField = send("POST", "/api/v1/rules/drafts", analyst, Map.of("basedOn", base, "comment", "bad",
                "edits", List.of(edit("/thresholds/no-such/value", 1), edit("/rules/cm2b.offer-facility/reason/en", 3),
                        edit("/thresholds/basic-research-share.low/indicator", "x"))));
        Http.assertProblem(noField, 400, "invalid-request");
        assertThat(noField.body().get("errors").findValuesAsString("pointer"))
                .containsExactly("/edits/0/pointer", "/edits/1/value", "/edits/2/pointer");
        Http.assertProblem(send("POST", "/api/v1/rules/drafts", analyst, Map.of("basedOn", 999, "comment", "x",
                "edits", List.of(edit(THRESHOLD, 11)))), 404, "unknown-rule-set");
        Http.assertProblem(send("GET", "/api/v1/rules/versions/999", planner, null), 404, "unknown-rule-set");
        Http.assertProblem(send("POST", "/api/v1/rules/versions", admin, Map.of("comment", "x",
                "files", Map.of("../etc/passwd.drl", "x"))), 400, "invalid-request");
        assertThat(ok("GET", "/api/v1/rules/versions", analyst, null).size()).isEqualTo(count);
    }

    @Test
    void aTextEditKeepsTheFlowMappingItStandsIn() throws Exception {
        int base = active();
        JsonNode draft = ok("POST", "/api/v1/rules/drafts", analyst, Map.of("basedOn", base, "comment", "wording",
                "edits", List.of(edit("/rules/cm2b.offer-facility/reason/en", "A facility: \"the\" draw, 大装置"),
                        edit("/thresholds/basic-research-share.low/why", "Our judgement, revised."))));
        JsonNode view = ok("GET", "/api/v1/rules/versions/" + draft.get("version").asInt(), analyst, null);
        String text = view.get("files").get("parameters.yaml").asString();
        assertThat(text).contains("en: \"A facility: \\\"the\\\" draw, 大装置\"}")
                .contains("    why: \"Our judgement, revised.\"\n  gerd-gdp.low:");
        JsonNode diff = ok("GET", "/api/v1/rules/versions/" + base + "/diff/" + draft.get("version").asInt(), analyst, null);
        assertThat(diff.get("files").get(0).get("fields").findValuesAsString("path"))
                .containsExactly("/thresholds/basic-research-share.low/why", "/rules/cm2b.offer-facility/reason/en");
    }
}
