package org.gba.advisor.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.Http.assertProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gba.advisor.testing.Http;
import org.gba.advisor.testing.Http.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/region/advice over real HTTP: the answer, its languages, its problems and its OpenAPI entry. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegionApiTest {
    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private Reply post(String query, String body, String... headers) throws IOException, InterruptedException {
        Http client = http;
        for (int i = 0; i < headers.length; i += 2) {
            client = client.withHeader(headers[i], headers[i + 1]);
        }
        return client.post("/api/v1/region/advice" + query, body);
    }

    private Reply postBreakingTheContract(String query, String body) throws IOException, InterruptedException {
        return http.breakingTheContract().post("/api/v1/region/advice" + query, body);
    }

    private static JsonNode json(Reply r) {
        return r.body();
    }

    @Test
    void builtInPlacesByIdGetRankedPairingsWithFactsOfEachPlace() throws Exception {
        Reply r = post("?lang=en", "{\"profileIds\": [\"hong-kong\", \"dongguan\", \"hengqin\", \"macao\"]}");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.get("lang").asString()).isEqualTo("en");
        assertThat(body.get("places")).hasSize(4);
        JsonNode first = body.get("pairings").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("places").get(0).get("id").asString()).isEqualTo("dongguan");
        assertThat(first.get("places").get(1).get("id").asString()).isEqualTo("hong-kong");
        JsonNode fact = first.get("links").get(0).get("because").get(0).get("facts").get(0);
        assertThat(fact.get("place").asString()).isNotBlank();
        assertThat(fact.get("path").asString()).startsWith("/");
        assertThat(body.get("groups").size()).isPositive();
        assertThat(body.get("provenance").get("places").asInt()).isEqualTo(4);
    }

    @Test
    void anEmptyBodyObjectMeansAllBuiltInPlacesAndTheLanguageFollowsAcceptLanguage() throws Exception {
        Reply r = post("", "{}", "Accept-Language", "en-GB,zh;q=0.5");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(json(r).get("places")).hasSize(15);
        assertThat(json(r).get("lang").asString()).isEqualTo("en");
        assertThat(json(post("", "{}")).get("lang").asString()).isEqualTo("zh");
    }

    @Test
    void inlineProfilesAreEvaluatedWithBuiltInOnes() throws Exception {
        String zhongshan = Files.readString(Path.of("fixtures/zhongshan.json")).replace("\"zhongshan\"", "\"zhongshan-2\"");
        Reply r = post("?lang=en", "{\"profileIds\": [\"zhuhai\"], \"profiles\": [" + zhongshan + "]}");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(json(r).get("places")).hasSize(2);
    }

    @Test
    void anUnknownIdIsA404AndAnInvalidInlineProfileA400UnderItsIndex() throws Exception {
        Reply unknown = post("", "{\"profileIds\": [\"atlantis\"]}");
        assertProblem(unknown, 404, "unknown-profile");
        assertThat(json(unknown).get("profileId").asString()).isEqualTo("atlantis");

        String zhongshan = Files.readString(Path.of("fixtures/zhongshan.json"));
        String bad = zhongshan.replaceFirst("\"year\": \\d{4}", "\"year\": 1800");
        Reply invalid = postBreakingTheContract("", "{\"profiles\": [" + zhongshan.replace("\"zhongshan\"", "\"z-1\"") + ", " + bad + "]}");
        assertProblem(invalid, 400, "invalid-profile");
        assertThat(json(invalid).get("errors").get(0).get("pointer").asString()).isEqualTo("/profiles/1/year");

        Reply typo = postBreakingTheContract("", "{\"profiles\": [{\"id\": \"x\", \"kinde\": \"CITY\"}]}");
        assertProblem(typo, 400, "invalid-profile");
        // every error of the inline profile at once, the typo among them, each under the profile's index
        assertThat(json(typo).get("errors").findValuesAsString("pointer")).contains("/profiles/0/kinde")
                .allMatch(p -> p.startsWith("/profiles/0/"));

        assertProblem(postBreakingTheContract("?lang=fr", "{}"), 400, "unsupported-language");
        assertProblem(postBreakingTheContract("", "{\"profileIds\": "), 400, "malformed-json");
    }

    @Test
    void theEndpointIsInTheOpenApiDocument() throws Exception {
        JsonNode docs = http.get("/v3/api-docs").body();
        assertThat(docs.get("paths").has("/api/v1/region/advice")).isTrue();
        assertThat(docs.get("components").get("schemas").has("RegionAdvice")).isTrue();
        assertThat(docs.get("components").get("schemas").has("RegionRequest")).isTrue();
    }
}
