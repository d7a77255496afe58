package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import org.gba.advisor.access.ApiKeys;
import org.gba.advisor.access.Role;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.Http;
import org.gba.advisor.testing.Http.Reply;
import org.gba.advisor.testing.Profiles;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each role against each endpoint over real HTTP, allowed and refused: 401 without a key or with a wrong one,
 * 403 with a key that lacks the right, both problem+json, and every answer with its X-Rules-Version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advisor.access.portal-origins=https://portal.example.org")
class AccessApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PORTAL_ORIGIN = "https://portal.example.org";

    @LocalServerPort
    int port;
    @Autowired
    ApiKeys keys;

    String cityA;
    String cityB;
    String admin;
    String officialA;
    String officialB;
    String planner;
    String portal;
    String analyst;
    String metrics;

    @BeforeEach
    void keysAndProfiles() throws Exception {
        cityA = Profiles.freshId("zhongshan");
        cityB = Profiles.freshId("foshan");
        admin = keys.create(Role.ADMIN, Set.of(), "test admin", "test").key();
        officialA = keys.create(Role.OFFICIAL, Set.of(cityA), "official of A", "test").key();
        officialB = keys.create(Role.OFFICIAL, Set.of(cityB), "official of B", "test").key();
        planner = keys.create(Role.PLANNER, Set.of(), "planner", "test").key();
        portal = keys.create(Role.PORTAL, Set.of(), "portal", "test").key();
        analyst = keys.create(Role.ANALYST, Set.of(), "analyst", "test").key();
        metrics = keys.create(Role.METRICS, Set.of(), "metrics", "test").key();
        assertThat(submit(officialA, cityA, profile(cityA, "zhongshan"), "first").status()).isEqualTo(201);
        assertThat(submit(officialB, cityB, profile(cityB, "foshan"), "first").status()).isEqualTo(201);
    }

    private static Profile profile(String id, String fixture) {
        return Profiles.withId(Fixtures.get(fixture), id);
    }

    private Reply send(String method, String path, String key, String body, String origin)
            throws IOException, InterruptedException {
        return send(new Http(port), method, path, key, body, origin);
    }

    /** An anonymous request where the document asks for a key: it breaks the contract, and is refused. */
    private Reply anonymously(String method, String path, String body) throws IOException, InterruptedException {
        return send(new Http(port).breakingTheContract(), method, path, null, body, null);
    }

    private static Reply send(Http http, String method, String path, String key, String body, String origin)
            throws IOException, InterruptedException {
        Http client = http.withKey(key);
        if (origin != null) {
            client = client.withHeader("Origin", origin);
        }
        Reply reply = client.send(method, path, body);
        assertThat(reply.header("X-Rules-Version")).as(method + " " + path).startsWith("sha256:");
        return reply;
    }

    private Reply get(String path, String key) throws IOException, InterruptedException {
        return send("GET", path, key, null, null);
    }

    private Reply post(String path, String key, String body) throws IOException, InterruptedException {
        return send("POST", path, key, body, null);
    }

    private Reply submit(String key, String id, Profile p, String comment) throws IOException, InterruptedException {
        return post("/api/v1/profiles/" + id + "/versions", key, submission(p, comment));
    }

    private static String submission(Profile p, String comment) {
        return JSON.writeValueAsString(java.util.Map.of("comment", comment,
                "profile", JSON.readTree(ProfileJson.MAPPER.writeValueAsString(p))));
    }

    private static void assertRefused(Reply r, int status) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(r.body().get("type").asString())
                .isEqualTo("urn:gba-advisor:problem:" + (status == 401 ? "unauthorized" : "forbidden"));
        assertThat(r.body().get("title").asString()).isNotBlank();
    }

    @Test
    void anonymousCallersUseTheCatalogInlineAdviceBuiltInProfilesAndWhatIfButNothingStored() throws Exception {
        assertThat(get("/api/v1/catalog", null).status()).isEqualTo(200);
        assertThat(post("/api/v1/advice", null, ProfileJson.MAPPER.writeValueAsString(profile("inline", "zhongshan")))
                .status()).isEqualTo(200);
        Reply list = get("/api/v1/profiles", null);
        assertThat(list.body().findValuesAsString("id")).hasSize(15).contains("dongguan").doesNotContain(cityA);
        assertThat(get("/api/v1/profiles/dongguan", null).status()).isEqualTo(200);
        assertThat(get("/api/v1/profiles/dongguan/advice", null).status()).isEqualTo(200);
        assertThat(post("/api/v1/scenarios/compare", null,
                "{\"baseId\":\"zhongshan\",\"scenarios\":[{\"name\":\"s\",\"patch\":[{\"op\":\"remove\",\"path\":\"/constraints/0\"}]}]}")
                .status()).isEqualTo(200);

        // a key is optional here, and needed for a submitted place
        assertRefused(get("/api/v1/profiles/" + cityA, null), 401);
        assertRefused(get("/api/v1/profiles/" + cityA + "/advice", null), 401);
        // a key is required here
        assertRefused(anonymously("GET", "/api/v1/profiles/" + cityA + "/versions", null), 401);
        assertRefused(anonymously("GET", "/api/v1/profiles/dongguan/versions", null), 401);
        assertRefused(anonymously("POST", "/api/v1/profiles/" + cityA + "/versions",
                submission(profile(cityA, "zhongshan"), "anon")), 401);
        assertRefused(anonymously("GET", "/api/v1/keys", null), 401);
        assertRefused(anonymously("GET", "/api/v1/audit", null), 401);
        assertRefused(anonymously("GET", "/api/v1/rules", null), 401);
        assertRefused(anonymously("POST", "/api/v1/rules/reload", null), 401);
        assertThat(get("/api/v1/profiles/" + cityA, null).header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void aWrongOrRevokedKeyIsA401EvenWhereAnonymousCallersAreAllowed() throws Exception {
        assertRefused(get("/api/v1/catalog", "gba_not-a-key"), 401);
        assertRefused(get("/api/v1/catalog", "something else"), 401);
        ApiKeys.Issued k = keys.create(Role.PLANNER, Set.of(), "to revoke", "test");
        assertThat(get("/api/v1/profiles/" + cityA, k.key()).status()).isEqualTo(200);
        assertThat(send("DELETE", "/api/v1/keys/" + k.id(), admin, null, null).status()).isEqualTo(204);
        assertRefused(get("/api/v1/profiles/" + cityA, k.key()), 401);
        Reply bearer = new Http(port).withHeader("Authorization", "Bearer " + planner).get("/api/v1/profiles/" + cityA);
        assertThat(bearer.status()).as("a bearer token works as the header does").isEqualTo(200);
    }

    @Test
    void anOfficialSubmitsAndReadsTheirPlaceOnly() throws Exception {
        Profile v2 = Profiles.withYear(profile(cityA, "zhongshan"), 2023);
        Reply created = submit(officialA, cityA, v2, "2023 figures");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("version").asInt()).isEqualTo(2);
        assertThat(created.header("Location")).endsWith("/api/v1/profiles/" + cityA + "/versions/2");
        assertThat(get("/api/v1/profiles/" + cityA, officialA).body().get("year").asInt()).isEqualTo(2023);
        assertThat(get("/api/v1/profiles/" + cityA + "/versions", officialA).body().size()).isEqualTo(2);
        assertThat(get("/api/v1/profiles/" + cityA + "/versions/1", officialA).body().get("profile").get("year").asInt())
                .isEqualTo(Fixtures.get("zhongshan").year());
        JsonNode diff = get("/api/v1/profiles/" + cityA + "/diff?from=1&to=2", officialA).body();
        assertThat(diff.get("changes").findValuesAsString("path")).containsExactly("/year");
        assertThat(get("/api/v1/profiles/" + cityA + "/advice", officialA).status()).isEqualTo(200);
        assertThat(get("/api/v1/profiles", officialA).body().findValuesAsString("id")).contains(cityA).doesNotContain(cityB);

        // another city's profile: neither written nor read
        assertRefused(submit(officialA, cityB, profile(cityB, "foshan"), "not mine"), 403);
        assertRefused(get("/api/v1/profiles/" + cityB, officialA), 403);
        assertRefused(get("/api/v1/profiles/" + cityB + "/advice", officialA), 403);
        assertRefused(get("/api/v1/profiles/" + cityB + "/versions", officialA), 403);
        // nor taken over by declaring itself part of the official's place
        Profile takeover = new Profile(cityB, Fixtures.get("foshan").name(), org.gba.advisor.vocabulary.PlaceKind.PLATFORM,
                Fixtures.get("foshan").jurisdiction(), cityA, 2022, null, null, null, null, null, null, null, null, null);
        assertRefused(submit(officialA, cityB, takeover, "takeover"), 403);
        assertThat(get("/api/v1/profiles/" + cityB + "/versions", officialB).body().size()).isEqualTo(1);
        // a built-in place the official is not assigned to
        assertRefused(submit(officialA, "dongguan", Fixtures.get("dongguan"), "not mine"), 403);
        // nothing of the admin's
        assertRefused(get("/api/v1/keys", officialA), 403);
        assertRefused(post("/api/v1/rules/reload", officialA, null), 403);
        assertRefused(get("/api/v1/audit", officialA), 403);
    }

    @Test
    void aSubmissionIsValidatedAndMustMatchItsPath() throws Exception {
        Reply wrongId = submit(officialA, cityA, profile(cityB, "zhongshan"), "wrong id");
        assertThat(wrongId.status()).isEqualTo(400);
        assertThat(wrongId.body().get("errors").get(0).get("pointer").asString()).isEqualTo("/profile/id");
        Profile bad = Profiles.withYear(profile(cityA, "zhongshan"), 1700);
        Reply invalid = send(new Http(port).breakingTheContract(), "POST", "/api/v1/profiles/" + cityA + "/versions",
                officialA, submission(bad, "bad year"), null);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().get("errors").findValuesAsString("pointer")).contains("/profile/year");
        assertThat(get("/api/v1/profiles/" + cityA + "/versions", officialA).body().size()).isEqualTo(1);
    }

    @Test
    void aPlannerReadsEveryProfileAndRunsAdviceButWritesNothing() throws Exception {
        assertThat(get("/api/v1/profiles", planner).body().findValuesAsString("id")).contains(cityA, cityB, "dongguan");
        assertThat(get("/api/v1/profiles/" + cityB, planner).status()).isEqualTo(200);
        assertThat(get("/api/v1/profiles/" + cityB + "/versions", planner).status()).isEqualTo(200);
        Reply advice = get("/api/v1/profiles/" + cityB + "/advice?lang=en", planner);
        assertThat(advice.status()).isEqualTo(200);
        JsonNode records = get("/api/v1/profiles/" + cityB + "/advice-records", planner).body();
        assertThat(records.get(0).get("rulesVersion").asString())
                .isEqualTo(advice.body().get("provenance").get("rulesVersion").asString());
        assertThat(records.get(0).get("profileVersion").asInt()).isEqualTo(1);
        JsonNode replay = get("/api/v1/advice-records/" + records.get(0).get("id").asLong() + "/replay", planner).body();
        assertThat(replay.get("inputUnchanged").asBoolean()).isTrue();
        assertThat(replay.get("changes").isEmpty()).as("same rules, same answer").isTrue();
        assertThat(get("/api/v1/rules", planner).status()).isEqualTo(200);

        assertRefused(submit(planner, cityB, profile(cityB, "foshan"), "planner"), 403);
        assertRefused(get("/api/v1/keys", planner), 403);
        assertRefused(post("/api/v1/rules/reload", planner, null), 403);
        assertRefused(post("/api/v1/rules/impact", planner, null), 403);
    }

    @Test
    void aPortalReadsPublishedAdviceFromAllowListedOriginsAndWritesNothing() throws Exception {
        Reply advice = send("GET", "/api/v1/profiles/" + cityA + "/advice", portal, null, PORTAL_ORIGIN);
        assertThat(advice.status()).isEqualTo(200);
        assertThat(advice.header("Access-Control-Allow-Origin")).isEqualTo(PORTAL_ORIGIN);
        assertRefused(send("GET", "/api/v1/profiles/" + cityA + "/advice", portal, null, "https://evil.example"), 403);
        assertRefused(get("/api/v1/profiles/" + cityA, portal), 403);
        assertRefused(get("/api/v1/profiles/" + cityA + "/versions", portal), 403);
        assertRefused(submit(portal, cityA, profile(cityA, "zhongshan"), "portal"), 403);
        assertRefused(post("/api/v1/rules/reload", portal, null), 403);
        assertRefused(get("/api/v1/keys", portal), 403);
    }

    @Test
    void anAdminManagesKeysReloadsRulesAndReadsTheAuditButNoStoredProfile() throws Exception {
        Reply created = post("/api/v1/keys", admin, "{\"role\":\"OFFICIAL\",\"places\":[\"" + cityB + "\"],\"label\":\"new\"}");
        assertThat(created.status()).isEqualTo(201);
        String newKey = created.body().get("key").asString();
        assertThat(get("/api/v1/profiles/" + cityB, newKey).status()).isEqualTo(200);
        assertThat(post("/api/v1/keys", admin, "{\"role\":\"OFFICIAL\",\"label\":\"no place\"}").status()).isEqualTo(400);

        Reply list = get("/api/v1/keys", admin);
        assertThat(list.body().findValuesAsString("id")).contains(created.body().get("id").asString());
        assertThat(list.raw()).doesNotContain(newKey).doesNotContain("hash");

        assertThat(post("/api/v1/rules/reload", admin, null).body().get("swapped").asBoolean()).isTrue();
        assertThat(get("/api/v1/rules", admin).body().get("files").size()).isGreaterThan(10);

        JsonNode audit = get("/api/v1/audit?limit=1000", admin).body();
        assertThat(audit.findValuesAsString("action")).contains("KEY_CREATED", "PROFILE_SUBMITTED", "RULES_RELOADED");
        assertThat(audit.findValuesAsString("target")).contains(cityA + "@1");

        assertRefused(get("/api/v1/profiles/" + cityA, admin), 403);
        assertRefused(submit(admin, cityA, profile(cityA, "zhongshan"), "admin"), 403);
    }

    @Test
    void anonymousCallersSeeABuiltInPlaceAsShippedAndNotItsLaterVersions() throws Exception {
        String official = keys.create(Role.OFFICIAL, Set.of("zhaoqing"), "official of Zhaoqing", "test").key();
        Profile revised = Profiles.withNote(Fixtures.get("zhaoqing"), "revised by the city");
        assertThat(submit(official, "zhaoqing", revised, "revised").status()).isEqualTo(201);
        assertThat(get("/api/v1/profiles/zhaoqing", planner).body().get("note").asString()).isEqualTo("revised by the city");
        JsonNode shipped = get("/api/v1/profiles/zhaoqing", null).body();
        assertThat(JSON.writeValueAsString(shipped)).isEqualTo(JSON.writeValueAsString(
                JSON.readTree(ProfileJson.MAPPER.writeValueAsString(Fixtures.get("zhaoqing")))));
    }

    /**
     * Every endpoint against every caller: Y is allowed (2xx), a number is the refusal expected. Columns:
     * anonymous, official of A, official of B, planner, portal, admin, analyst, metrics.
     */
    private static final String MATRIX = """
            GET    /api/v1/catalog                            Y   Y   Y   Y   Y   Y   Y   Y
            POST   /api/v1/advice                             Y   Y   Y   Y   Y   Y   Y   Y
            POST   /api/v1/scenarios/compare                  Y   Y   Y   Y   Y   Y   Y   Y
            POST   /api/v1/scenarios/sweep                    Y   Y   Y   Y   Y   Y   Y   Y
            POST   /api/v1/region/advice                      Y   Y   Y   Y   Y   Y   Y   Y
            GET    /api/v1/profiles                           Y   Y   Y   Y   Y   Y   Y   Y
            GET    /api/v1/profiles/dongguan                  Y   Y   Y   Y   Y   Y   Y   Y
            GET    /api/v1/profiles/dongguan/advice           Y   Y   Y   Y   Y   Y   Y   Y
            GET    /api/v1/profiles/dongguan/counterfactuals  Y   Y   Y   Y   Y   Y   Y   Y
            GET    /api/v1/profiles/{A}                       401 Y   403 Y   403 403 403 403
            GET    /api/v1/profiles/{A}/advice                401 Y   403 Y   Y   403 403 403
            POST   /api/v1/profiles/{A}/versions              401 Y   403 403 403 403 403 403
            POST   /api/v1/profiles/{A}/parent                401 403 403 403 403 Y   403 403
            GET    /api/v1/profiles/{A}/versions              401 Y   403 Y   403 403 403 403
            GET    /api/v1/profiles/{A}/versions/1            401 Y   403 Y   403 403 403 403
            GET    /api/v1/profiles/{A}/diff?from=1&to=1      401 Y   403 Y   403 403 403 403
            GET    /api/v1/profiles/{A}/advice-records        401 Y   403 Y   403 403 403 403
            GET    /api/v1/advice-records/{R}/replay          401 Y   403 Y   403 403 403 403
            GET    /api/v1/rules                              401 403 403 Y   403 Y   Y   403
            GET    /api/v1/rules/versions                     401 403 403 Y   403 Y   Y   403
            GET    /api/v1/rules/versions/1                   401 403 403 Y   403 Y   Y   403
            GET    /api/v1/rules/versions/1/diff/1            401 403 403 Y   403 Y   Y   403
            POST   /api/v1/rules/drafts                       401 403 403 403 403 Y   Y   403
            POST   /api/v1/rules/drafts/preview               401 403 403 403 403 Y   Y   403
            POST   /api/v1/rules/versions                     401 403 403 403 403 Y   403 403
            POST   /api/v1/rules/versions/1/publish           401 403 403 403 403 Y   403 403
            POST   /api/v1/rules/impact                       401 403 403 403 403 Y   403 403
            POST   /api/v1/rules/reload                       401 403 403 403 403 Y   403 403
            GET    /api/v1/keys                               401 403 403 403 403 Y   403 403
            POST   /api/v1/keys                               401 403 403 403 403 Y   403 403
            DELETE /api/v1/keys/{K}                           401 403 403 403 403 Y   403 403
            GET    /api/v1/audit                              401 403 403 403 403 Y   403 403
            GET    /api/v1/profiles/{A}/workbook              401 Y   403 Y   403 403 403 403
            GET    /api/v1/profiles/{A}/indicators.csv        401 Y   403 Y   403 403 403 403
            GET    /api/v1/workbook/template                  Y   Y   Y   Y   Y   Y   Y   Y
            GET    /api/v1/workbook/indicators.csv            Y   Y   Y   Y   Y   Y   Y   Y
            POST   /api/v1/workbook                           Y   Y   Y   Y   Y   Y   Y   Y
            POST   /api/v1/workbook/indicators                Y   Y   Y   Y   Y   Y   Y   Y
            """;

    /**
     * The endpoints outside the API's document, the same way: the actuator (its health status public, the rest
     * for admin and metrics keys, its index of links named by no rule and so closed), the document itself and
     * the pages.
     */
    private static final String OTHERS = """
            GET    /v3/api-docs                               Y   Y   Y   Y   Y   Y   Y   Y
            GET    /actuator/health                           Y   Y   Y   Y   Y   Y   Y   Y
            GET    /actuator/health/liveness                  Y   Y   Y   Y   Y   Y   Y   Y
            GET    /actuator/health/readiness                 Y   Y   Y   Y   Y   Y   Y   Y
            GET    /actuator/info                             401 403 403 403 403 Y   403 Y
            GET    /actuator/metrics                          401 403 403 403 403 Y   403 Y
            GET    /actuator/metrics/advisor.evaluations      401 403 403 403 403 Y   403 Y
            GET    /actuator/prometheus                       401 403 403 403 403 Y   403 Y
            GET    /actuator                                  401 403 403 403 403 403 403 403
            GET    /index.html                                Y   Y   Y   Y   Y   Y   Y   Y
            GET    /embed.html                                Y   Y   Y   Y   Y   Y   Y   Y
            GET    /widget.js                                 Y   Y   Y   Y   Y   Y   Y   Y
            GET    /workbench.html                            Y   Y   Y   Y   Y   Y   Y   Y
            GET    /workbench.js                              Y   Y   Y   Y   Y   Y   Y   Y
            """;

    @Test
    void everyOtherEndpointAgainstEveryRole() throws Exception {
        post("/api/v1/advice", null, bodyFor("/api/v1/advice")); // an evaluation: advisor.evaluations exists
        String[] callers = {null, officialA, officialB, planner, portal, admin, analyst, metrics};
        String[] names = {"anonymous", "official A", "official B", "planner", "portal", "admin", "analyst",
                "metrics"};
        int checked = 0;
        for (String line : OTHERS.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            for (int c = 0; c < callers.length; c++) {
                Reply r = send(new Http(port), cells[0], cells[1], callers[c], null, null);
                String expected = cells[2 + c];
                if (expected.equals("Y")) {
                    assertThat(r.status()).as(names[c] + " " + line.trim() + ": " + r.raw()).isBetween(200, 299);
                } else {
                    assertThat(r.status()).as(names[c] + " " + line.trim()).isEqualTo(Integer.parseInt(expected));
                    assertRefused(r, Integer.parseInt(expected));
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(OTHERS.strip().split("\n").length * callers.length);
    }

    @Test
    void anonymousReadsOfBuiltInAdviceAreServedButNotRecorded() throws Exception {
        int before = get("/api/v1/profiles/zhaoqing/advice-records", planner).body().size();
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/v1/profiles/zhaoqing/advice", null).status()).isEqualTo(200);
        }
        assertThat(get("/api/v1/profiles/zhaoqing/advice-records", planner).body().size()).isEqualTo(before);
        get("/api/v1/profiles/zhaoqing/advice", planner);
        assertThat(get("/api/v1/profiles/zhaoqing/advice-records", planner).body().size()).isEqualTo(before + 1);
    }

    @Test
    void everyEndpointAgainstEveryRole() throws Exception {
        get("/api/v1/profiles/" + cityA + "/advice", planner);
        long record = get("/api/v1/profiles/" + cityA + "/advice-records", planner).body().get(0).get("id").asLong();
        JsonNode document = new Http(port).get("/v3/api-docs").body();
        Set<String> documented = new java.util.TreeSet<>();
        String[] callers = {null, officialA, officialB, planner, portal, admin, analyst, metrics};
        String[] names = {"anonymous", "official A", "official B", "planner", "portal", "admin", "analyst",
                "metrics"};
        int checked = 0;
        for (String line : MATRIX.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            String method = cells[0];
            for (int c = 0; c < callers.length; c++) {
                String path = cells[1].replace("{A}", cityA).replace("{R}", Long.toString(record))
                        .replace("{K}", cells[1].contains("{K}") ? keys.create(Role.PLANNER, Set.of(), "x", "test").id() : "");
                String body = method.equals("POST") ? bodyFor(path) : null;
                if (method.equals("POST") && path.startsWith("/api/v1/workbook")) {
                    String key = keyUse(document, method, path, documented);
                    assertThat(key).isEqualTo("none");
                    Reply r = path.endsWith("/indicators")
                            ? new Http(port).withKey(callers[c]).post(path, "text/csv",
                                    "code,value,unit,year,source\ngdp,1,亿元,2022,x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                            : new Http(port).withKey(callers[c]).post(path,
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    get("/api/v1/profiles/" + cityA + "/workbook", planner).bytes());
                    assertThat(r.status()).as(names[c] + " " + line.trim() + ": " + r.raw()).isEqualTo(200);
                    checked++;
                    continue;
                }
                String expected = cells[2 + c];
                String key = keyUse(document, method, path, documented);
                boolean keyRequired = key.equals("required");
                if (callers[c] == null && !key.equals("optional")) {
                    assertThat(expected).as("the document says of " + line.trim() + " that a key is " + key)
                            .isEqualTo(keyRequired ? "401" : "Y");
                }
                // an anonymous call where the document asks for a key breaks the contract: the document refuses it too
                Http client = callers[c] == null && keyRequired ? new Http(port).breakingTheContract() : new Http(port);
                Reply r = send(client, method, path, callers[c], body, null);
                if (expected.equals("Y")) {
                    assertThat(r.status()).as(names[c] + " " + line.trim() + ": " + r.raw()).isBetween(200, 299);
                } else {
                    assertThat(r.status()).as(names[c] + " " + line.trim()).isEqualTo(Integer.parseInt(expected));
                    assertRefused(r, Integer.parseInt(expected));
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(MATRIX.strip().split("\n").length * callers.length);
        Set<String> operations = new java.util.TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().propertyNames()
                .forEach(method -> operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
        assertThat(documented).as("every operation of the document is in the matrix").isEqualTo(operations);
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    /** Secure by default means nothing is left out: every endpoint of ours has its row above. */
    @Test
    void everyEndpointOfTheServiceIsInTheMatrix() {
        java.util.List<String[]> rows = (MATRIX.strip() + "\n" + OTHERS.strip()).lines()
                .map(l -> l.trim().split("\\s+")).toList();
        java.util.List<String> missing = new java.util.ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.gba.advisor")) {
                return; // Spring's error page, springdoc: covered by their rows or by the public list
            }
            for (String pattern : info.getPatternValues()) {
                String regex = pattern.replaceAll("\\{[^}]+}", "[^/]+");
                for (var method : info.getMethodsCondition().getMethods()) {
                    boolean found = rows.stream().anyMatch(r -> r[0].equals(method.name())
                            && r[1].replaceAll("\\?.*", "").replace("{A}", "a").replace("{R}", "1").replace("{K}", "k")
                                    .matches(regex));
                    if (!found) {
                        missing.add(method + " " + pattern);
                    }
                }
            }
        });
        assertThat(missing).as("endpoints without a row in the access matrix").isEmpty();
    }

    @Test
    void aPathThatIsNoEndpointIsA404AndAnEndpointNotListedIsRefused() throws Exception {
        Reply unknown = send(new Http(port).breakingTheContract(), "GET", "/api/v1/nothing-here", null, null, null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("type").asString()).isEqualTo("urn:gba-advisor:problem:not-found");
        // an endpoint that no rule names stays closed, to admins too (the actuator's index of links)
        assertRefused(get("/actuator", admin), 403);
        assertRefused(get("/actuator", null), 401);
    }

    @Test
    void anOfficialCannotHandAPlatformToAnotherCityButAnOfficialOfBothOrAnAdminCan() throws Exception {
        String platform = Profiles.freshId("hengqin");
        String official = keys.create(Role.OFFICIAL, Set.of(platform), "official of the platform", "test").key();
        Profile asShipped = profile(platform, "hengqin"); // part of Zhuhai
        assertThat(asShipped.parent()).isEqualTo("zhuhai");
        assertThat(submit(official, platform, asShipped, "first").status()).isEqualTo(201);

        Reply taken = submit(official, platform, asShipped.withParent("shenzhen"), "hand it to Shenzhen");
        assertRefused(taken, 403);
        assertThat(taken.body().get("detail").asString()).contains("parent");
        assertRefused(submit(official, platform, asShipped.withParent(null), "part of no city"), 403);
        assertThat(get("/api/v1/profiles/" + platform, official).body().get("parent").asString()).isEqualTo("zhuhai");
        // the same official may still submit figures under the same parent
        assertThat(submit(official, platform, Profiles.withYear(asShipped, 2024), "2024").status()).isEqualTo(201);

        String ofBoth = keys.create(Role.OFFICIAL, Set.of("zhuhai", "shenzhen"), "provincial", "test").key();
        assertThat(submit(ofBoth, platform, Profiles.withYear(asShipped, 2024).withParent("shenzhen"), "moved by both")
                .status()).isEqualTo(201);

        Reply back = post("/api/v1/profiles/" + platform + "/parent", admin,
                "{\"parent\": \"zhuhai\", \"comment\": \"returned to Zhuhai\"}");
        assertThat(back.status()).as(back.raw()).isEqualTo(201);
        assertThat(back.body().has("profile")).as("no profile data for an admin").isFalse();
        assertThat(get("/api/v1/profiles/" + platform, official).body().get("parent").asString()).isEqualTo("zhuhai");
        assertThat(get("/api/v1/profiles/" + platform, official).body().get("year").asInt()).isEqualTo(2024);
        Reply nowhere = post("/api/v1/profiles/" + platform + "/parent", admin,
                "{\"parent\": \"atlantis\", \"comment\": \"no such city\"}");
        assertThat(nowhere.status()).isEqualTo(400);
        JsonNode audit = get("/api/v1/audit?limit=1000", admin).body();
        assertThat(audit.findValuesAsString("action")).contains("PROFILE_REPARENTED");
    }

    /** Whether the document's operation for this request asks for a key: required, optional or none; notes which it is. */
    private static String keyUse(JsonNode document, String method, String path, Set<String> documented) {
        String plain = path.replaceFirst("\\?.*", "");
        for (var entry : document.get("paths").properties()) {
            String template = entry.getKey();
            if (plain.matches(template.replaceAll("\\{[^}]+}", "[^/]+"))
                    && entry.getValue().has(method.toLowerCase(java.util.Locale.ROOT))) {
                documented.add(method + " " + template);
                JsonNode security = entry.getValue().get(method.toLowerCase(java.util.Locale.ROOT)).get("security");
                if (security == null || security.isEmpty()) {
                    return "none";
                }
                for (JsonNode requirement : security) {
                    if (requirement.isEmpty()) {
                        return "optional";
                    }
                }
                return "required";
            }
        }
        throw new AssertionError(method + " " + path + " is not in the OpenAPI document");
    }

    private String bodyFor(String path) throws IOException, InterruptedException {
        if (path.startsWith("/api/v1/rules/drafts")) {
            String edits = "\"edits\":[{\"file\":\"parameters.yaml\","
                    + "\"pointer\":\"/thresholds/basic-research-share.low/value\",\"value\":10}]";
            return path.endsWith("/preview") ? "{\"basedOn\":1," + edits + "}"
                    : "{\"basedOn\":1,\"comment\":\"matrix\"," + edits + "}";
        }
        if (path.equals("/api/v1/rules/versions")) {
            JsonNode files = new Http(port).withKey(admin).get("/api/v1/rules/versions/1").body().get("files");
            return JSON.writeValueAsString(java.util.Map.of("basedOn", 1, "comment", "matrix", "files", files));
        }
        if (path.endsWith("/publish")) {
            return "{\"comment\":\"matrix\"}";
        }
        if (path.endsWith("/parent")) {
            return "{\"parent\": null, \"comment\": \"matrix\"}";
        }
        if (path.endsWith("/versions") && path.contains("/profiles/")) {
            return JSON.writeValueAsString(java.util.Map.of("comment", "matrix",
                    "profile", JSON.readTree(ProfileJson.MAPPER.writeValueAsString(profile(cityA, "zhongshan")))));
        }
        if (path.endsWith("/keys")) {
            return "{\"role\":\"PLANNER\",\"label\":\"matrix\"}";
        }
        if (path.endsWith("/region/advice")) {
            return "{\"profileIds\":[\"hong-kong\",\"dongguan\"]}";
        }
        if (path.endsWith("/advice")) {
            return ProfileJson.MAPPER.writeValueAsString(profile("inline", "zhongshan"));
        }
        if (path.endsWith("/sweep")) {
            return "{\"baseId\":\"dongguan\",\"axis\":{\"indicator\":\"gerd-gdp\",\"from\":0,\"to\":6,\"steps\":3}}";
        }
        if (path.endsWith("/compare")) {
            return "{\"baseId\":\"zhongshan\",\"scenarios\":[{\"name\":\"s\",\"patch\":[]}]}";
        }
        return null;
    }
}
