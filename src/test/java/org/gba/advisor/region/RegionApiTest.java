package org.gba.advisor.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/v1/region/advice over real HTTP: the answer, its languages, its problems and its OpenAPI entry. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegionApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String query, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/region/advice" + query))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            r.header(headers[i], headers[i + 1]);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    private static void assertProblem(HttpResponse<String> r, int status, String type) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(r).get("type").asString()).isEqualTo("urn:gba-advisor:problem:" + type);
    }

    @Test
    void builtInPlacesByIdGetRankedPairingsWithFactsOfEachPlace() throws Exception {
        HttpResponse<String> r = post("?lang=en", "{\"profileIds\": [\"hong-kong\", \"dongguan\", \"hengqin\", \"macao\"]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
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
        HttpResponse<String> r = post("", "{}", "Accept-Language", "en-GB,zh;q=0.5");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("places")).hasSize(15);
        assertThat(json(r).get("lang").asString()).isEqualTo("en");
        assertThat(json(post("", "{}")).get("lang").asString()).isEqualTo("zh");
    }

    @Test
    void inlineProfilesAreEvaluatedWithBuiltInOnes() throws Exception {
        String zhongshan = Files.readString(Path.of("fixtures/zhongshan.json")).replace("\"zhongshan\"", "\"zhongshan-2\"");
        HttpResponse<String> r = post("?lang=en", "{\"profileIds\": [\"zhuhai\"], \"profiles\": [" + zhongshan + "]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("places")).hasSize(2);
    }

    @Test
    void anUnknownIdIsA404AndAnInvalidInlineProfileA400UnderItsIndex() throws Exception {
        HttpResponse<String> unknown = post("", "{\"profileIds\": [\"atlantis\"]}");
        assertProblem(unknown, 404, "unknown-profile");
        assertThat(json(unknown).get("profileId").asString()).isEqualTo("atlantis");

        String zhongshan = Files.readString(Path.of("fixtures/zhongshan.json"));
        String bad = zhongshan.replaceFirst("\"year\": \\d{4}", "\"year\": 1800");
        HttpResponse<String> invalid = post("", "{\"profiles\": [" + zhongshan.replace("\"zhongshan\"", "\"z-1\"") + ", " + bad + "]}");
        assertProblem(invalid, 400, "invalid-profile");
        assertThat(json(invalid).get("errors").get(0).get("pointer").asString()).isEqualTo("/profiles/1/year");

        HttpResponse<String> typo = post("", "{\"profiles\": [{\"id\": \"x\", \"kinde\": \"CITY\"}]}");
        assertProblem(typo, 400, "invalid-profile");
        assertThat(json(typo).get("errors").get(0).get("pointer").asString()).isEqualTo("/profiles/0/kinde");

        assertProblem(post("?lang=fr", "{}"), 400, "unsupported-language");
        assertProblem(post("", "{\"profileIds\": "), 400, "malformed-json");
    }

    @Test
    void theEndpointIsInTheOpenApiDocument() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode docs = json(r);
        assertThat(docs.get("paths").has("/api/v1/region/advice")).isTrue();
        assertThat(docs.get("components").get("schemas").has("RegionAdvice")).isTrue();
        assertThat(docs.get("components").get("schemas").has("RegionRequest")).isTrue();
    }
}
