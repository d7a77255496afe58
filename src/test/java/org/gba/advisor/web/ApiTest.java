package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.Http.assertProblem;
import static org.gba.advisor.testing.Http.fixture;

import java.net.http.HttpRequest;
import org.gba.advisor.testing.Http;
import org.gba.advisor.testing.Http.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The REST API over real HTTP: its answers, its languages and a problem+json for every kind of bad request. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTest {
    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private Reply get(String path) throws Exception {
        return http.get(path);
    }

    private Reply post(String path, String body) throws Exception {
        return http.post(path, body);
    }

    @Test
    void profilesAreListedAsAnArrayOfSummariesWithIds() throws Exception {
        Reply r = get("/api/v1/profiles");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().isArray()).isTrue();
        assertThat(r.body().size()).isEqualTo(15);
        assertThat(r.body().findValuesAsString("id")).contains("dongguan", "hong-kong", "hengqin");
        JsonNode name = get("/api/v1/profiles/dongguan").body().get("assets").get(0).get("name");
        assertThat(name.get("en").asString()).isEqualTo("China Spallation Neutron Source");
        assertThat(name.get("zh").asString()).isEqualTo("中国散裂中子源");
    }

    @Test
    void adviceForABuiltInProfileHasTheNamedParts() throws Exception {
        Reply r = get("/api/v1/profiles/dongguan/advice?lang=en");
        assertThat(r.status()).isEqualTo(200);
        JsonNode a = r.body();
        assertThat(a.get("models").get(0).get("id").asString()).isEqualTo("M4");
        assertThat(a.get("models").get(0).get("rank").asInt()).isEqualTo(1);
        JsonNode rec = a.get("recommendations").get(0);
        assertThat(rec.get("id").asString()).isEqualTo("CM2b");
        assertThat(rec.get("because").get(0).get("rule").asString()).isEqualTo("cm2b.offer-facility");
        assertThat(rec.get("because").get(0).get("facts").get(0).get("path").asString()).isEqualTo("/assets/0");
        assertThat(a.has("constraints")).isTrue();
        assertThat(a.get("dataGaps").isArray()).isTrue();
        assertThat(a.get("provenance").get("rulesVersion").asString()).startsWith("sha256:");
    }

    @Test
    void postedProfilesGetAdviceAndNothingIsStored() throws Exception {
        String body = fixture("zhongshan").replace("\"id\": \"zhongshan\"", "\"id\": \"my-city\"");
        Reply r = post("/api/v1/advice?lang=en", body);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.body().get("recommendations").get(0).get("id").asString()).isEqualTo("CM4a");
        assertProblem(get("/api/v1/profiles/my-city"), 404, "unknown-profile");
    }

    /**
     * A profile asked again (kept from its second request on) is answered from the cache, written from the JSON kept for it: the same advice, with this
     * answer's own time and its cached mark, the same headers as a fresh answer, and its length; another language
     * or the counterfactuals are answers of their own.
     */
    @Test
    void aRepeatedProfileIsTheSameAdviceWithItsOwnTimeAndCachedMark() throws Exception {
        String body = fixture("jiangmen").replace("\"id\": \"jiangmen\"", "\"id\": \"cache-check\"");
        Reply once = post("/api/v1/advice?lang=en", body); // a profile asked once is answered and not kept
        assertThat(once.body().get("provenance").get("cached").asBoolean()).isFalse();
        Reply first = post("/api/v1/advice?lang=en", body);
        Reply again = post("/api/v1/advice?lang=en", body);
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        JsonNode p1 = first.body().get("provenance");
        JsonNode p2 = again.body().get("provenance");
        assertThat(p1.get("cached").asBoolean()).isFalse();
        assertThat(p2.get("cached").asBoolean()).isTrue();
        assertThat(java.time.Instant.parse(p2.get("evaluatedAt").asString()))
                .isAfter(java.time.Instant.parse(p1.get("evaluatedAt").asString()));
        assertThat(withoutTimeAndMark(again.body())).isEqualTo(withoutTimeAndMark(first.body()));
        for (Reply r : new Reply[] {first, again}) {
            assertThat(r.contentType()).isEqualTo("application/json");
            assertThat(r.header("Content-Length")).isEqualTo(Integer.toString(r.bytes().length));
            assertThat(r.header("X-Rules-Version")).isEqualTo(p1.get("rulesVersion").asString());
            assertThat(r.header("Cache-Control")).contains("no-store");
            assertThat(r.header("Content-Security-Policy")).contains("default-src 'self'");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }

        Reply zh = post("/api/v1/advice?lang=zh", body);
        assertThat(zh.body().get("lang").asString()).isEqualTo("zh");
        assertThat(zh.body().get("provenance").get("cached").asBoolean()).isTrue();
        assertThat(zh.body().get("models").get(0).get("title").asString())
                .isNotEqualTo(first.body().get("models").get(0).get("title").asString());
        assertThat(first.body().has("counterfactuals")).isFalse();
        Reply explained = post("/api/v1/advice?lang=en&explain=counterfactual", body);
        Reply explainedAgain = post("/api/v1/advice?lang=en&explain=counterfactual", body);
        assertThat(explained.body().get("counterfactuals").isArray()).isTrue();
        assertThat(withoutTimeAndMark(explainedAgain.body())).isEqualTo(withoutTimeAndMark(explained.body()));

        get("/api/v1/profiles/zhaoqing/advice?lang=en");
        Reply stored = get("/api/v1/profiles/zhaoqing/advice?lang=en");
        Reply storedAgain = get("/api/v1/profiles/zhaoqing/advice?lang=en");
        assertThat(storedAgain.body().get("provenance").get("cached").asBoolean()).isTrue();
        assertThat(withoutTimeAndMark(storedAgain.body())).isEqualTo(withoutTimeAndMark(stored.body()));
    }

    private static JsonNode withoutTimeAndMark(JsonNode advice) {
        JsonNode copy = advice.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) copy.get("provenance")).remove(java.util.List.of("evaluatedAt", "cached"));
        return copy;
    }

    @Test
    void theLanguageComesFromTheQueryOrAcceptLanguageAndDefaultsToChinese() throws Exception {
        assertThat(get("/api/v1/profiles/dongguan/advice").body().get("lang").asString()).isEqualTo("zh");
        Reply en = http.send(http.at("/api/v1/profiles/dongguan/advice").header("Accept-Language", "fr-FR, en;q=0.8").GET());
        assertThat(en.body().get("lang").asString()).isEqualTo("en");
        assertThat(en.body().get("models").get(0).get("title").asString()).isEqualTo("Regional-platform aggregation");
        // the document names zh and en; a tag of either (zh-CN) is read too, beyond the contract
        Http tag = http.breakingTheContract();
        Reply zh = tag.send(tag.at("/api/v1/profiles/dongguan/advice?lang=zh-CN").header("Accept-Language", "en").GET());
        assertThat(zh.body().get("models").get(0).get("title").asString()).isEqualTo("区域平台聚合模式");
        assertProblem(http.breakingTheContract().get("/api/v1/profiles/dongguan/advice?lang=fr"), 400, "unsupported-language");
    }

    @Test
    void theCatalogListsModelsCountermeasuresActionsConstraintsAndRules() throws Exception {
        JsonNode c = get("/api/v1/catalog?lang=en").body();
        assertThat(c.get("models").findValuesAsString("id")).containsExactly("M1", "M2", "M3", "M4");
        assertThat(c.get("countermeasures").get(1).get("actions").findValuesAsString("id")).containsExactly("CM2a", "CM2b", "CM2c");
        assertThat(c.get("constraints").findValuesAsString("id")).contains("C3a", "C4b");
        assertThat(c.get("rules").size()).isGreaterThanOrEqualTo(60);
        assertThat(c.get("rules").get(0).get("section").asString()).startsWith("§");
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiAreServed() throws Exception {
        Reply doc = get("/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body().get("paths").propertyNames()).contains("/api/v1/advice", "/api/v1/profiles",
                "/api/v1/profiles/{id}", "/api/v1/profiles/{id}/advice", "/api/v1/catalog");
        assertThat(doc.body().get("components").get("schemas").has("Profile")).isTrue();
        assertThat(get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void anInvalidProfileIsA400ListingEachFieldPath() throws Exception {
        String body = fixture("dongguan").replace("\"value\": 4.1", "\"value\": 400.0").replaceFirst("\"year\": \\d{4}", "\"year\": 1700");
        Reply r = http.breakingTheContract().post("/api/v1/advice", body);
        assertProblem(r, 400, "invalid-profile");
        assertThat(r.body().get("errors").findValuesAsString("pointer")).containsExactly("/indicators/0/value", "/year");
    }

    @Test
    void malformedJsonIsA400WithItsPosition() throws Exception {
        Reply r = http.breakingTheContract().post("/api/v1/advice", "{\"id\": \"x\",");
        assertProblem(r, 400, "malformed-json");
        assertThat(r.body().get("detail").asString()).contains("line 1");
    }

    @Test
    void wrongTypesUnknownEnumsAndUnknownFieldsNameTheirPointer() throws Exception {
        String base = fixture("dongguan");
        Http invalid = http.breakingTheContract();
        Reply type = invalid.post("/api/v1/advice", base.replace("\"value\": 4.1", "\"value\": \"four\""));
        assertProblem(type, 400, "invalid-profile");
        assertThat(type.body().get("errors").get(0).get("pointer").asString()).isEqualTo("/indicators/0/value");
        assertThat(type.body().get("errors").get(0).get("message").asString()).isEqualTo("expected a number, not the string 'four'");

        Reply enumValue = invalid.post("/api/v1/advice", base.replace("\"BIG_SCIENCE_FACILITY\"", "\"DEATH_STAR\""));
        assertProblem(enumValue, 400, "invalid-profile");
        assertThat(enumValue.body().get("errors").get(0).get("pointer").asString()).isEqualTo("/assets/0/type");
        assertThat(enumValue.body().get("errors").get(0).get("message").asString()).contains("DEATH_STAR").contains("BIG_SCIENCE_FACILITY");

        Reply unknown = invalid.post("/api/v1/advice", base.replace("\"kind\": \"CITY\"", "\"kind\": \"CITY\", \"population\": 1"));
        assertProblem(unknown, 400, "invalid-profile");
        assertThat(unknown.body().get("errors").get(0).get("pointer").asString()).isEqualTo("/population");
    }

    @Test
    void nanAndHugeFiguresAreRejected() throws Exception {
        assertProblem(http.breakingTheContract().post("/api/v1/advice",
                fixture("dongguan").replace("\"value\": 4.1", "\"value\": NaN")), 400, "malformed-json");
        Reply huge = post("/api/v1/advice", fixture("dongguan").replace("\"value\": 4.1", "\"value\": 1e308"));
        assertProblem(huge, 400, "invalid-profile");
        assertThat(huge.body().get("errors").get(0).get("pointer").asString()).isEqualTo("/indicators/0/value");
    }

    @Test
    void unknownProfilesRoutesMethodsAndMediaTypesHaveTheirOwnProblems() throws Exception {
        assertProblem(get("/api/v1/profiles/atlantis"), 404, "unknown-profile");
        assertProblem(get("/api/v1/profiles/atlantis/advice"), 404, "unknown-profile");
        Http invalid = http.breakingTheContract();
        assertProblem(invalid.get("/api/v1/nothing-here"), 404, "not-found");
        assertProblem(invalid.delete("/api/v1/profiles"), 405, "method-not-allowed");
        assertProblem(invalid.send(invalid.at("/api/v1/advice").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello"))), 415, "unsupported-media-type");
        assertProblem(invalid.send(invalid.at("/api/v1/advice").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())), 400, "malformed-json");
    }

    @Test
    void theLoadTestsEchoEndpointIsNotServedByDefault() throws Exception {
        assertProblem(http.breakingTheContract().post("/api/v1/bench/echo", fixture("dongguan")), 404, "not-found");
    }
}
