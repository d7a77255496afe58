package org.gba.advisor.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.Http.assertProblem;

import java.util.ArrayList;
import java.util.List;
import org.gba.advisor.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One request cannot make the region endpoint answer without bound: places are capped, and the answer is one
 * page of the ranked pairings with their total, however many the places make.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegionLimitsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** A minimal valid place; with {@code fields}, strong in every one of them (labs, and industry on the mainland). */
    private static ObjectNode place(int i, boolean sar, List<String> fields) {
        return place(i, sar, fields, false);
    }

    private static ObjectNode place(int i, boolean sar, List<String> fields, boolean everything) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", "p" + i);
        p.putObject("name").put("zh", "地" + i).put("en", "Place " + i);
        p.put("kind", sar ? "SAR" : "CITY");
        p.put("jurisdiction", sar ? (i % 2 == 0 ? "HONG_KONG" : "MACAO") : "GUANGDONG");
        p.put("year", 2022);
        if (!fields.isEmpty()) {
            ArrayNode assets = p.putArray("assets");
            for (int from = 0; from < fields.size(); from += 20) {
                List<String> some = fields.subList(from, Math.min(from + 20, fields.size()));
                ObjectNode lab = assets.addObject().put("type", "STATE_KEY_LAB").put("source", "test");
                named(lab, "Lab " + i + "." + from);
                some.forEach(lab.putArray("fields")::add);
                if (everything) {
                    for (String type : new String[] {"UNIVERSITY", "RESEARCH_INSTITUTE", "JOINT_LAB", "LEADING_FIRM"}) {
                        ObjectNode more = assets.addObject().put("type", type).put("source", "test");
                        named(more, type + " " + i + "." + from);
                        some.forEach(more.putArray("fields")::add);
                    }
                }
                if (!sar) {
                    ObjectNode cluster = assets.addObject().put("type", "INDUSTRIAL_CLUSTER")
                            .put("supplyChain", "COMPLETE").put("source", "test");
                    named(cluster, "Cluster " + i + "." + from);
                    some.forEach(cluster.putArray("fields")::add);
                }
            }
        }
        return p;
    }

    /** Names are bilingual: the same name in both languages is enough for a test. */
    private static void named(ObjectNode asset, String name) {
        asset.putObject("name").put("zh", name).put("en", name);
    }

    private String request(int places, List<String> fields) {
        return request(places, fields, false);
    }

    private String request(int places, List<String> fields, boolean everything) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode profiles = body.putArray("profiles");
        for (int i = 0; i < places; i++) {
            profiles.add(place(i, i % 3 == 0, fields, everything));
        }
        return JSON.writeValueAsString(body);
    }

    @Test
    void placesStrongInEverythingThroughEveryKindOfAssetAreAnswerOrRefusalNeverAFailure() throws Exception {
        String body = request(RegionService.MAX_PLACES, allFields(), true);
        assertThat(body.length()).isLessThan(256 * 1024);
        long start = System.nanoTime();
        Http.Reply r = http.post("/api/v1/region/advice", body);
        System.out.printf("region, everything everywhere: %d in %d ms, %d bytes%n", r.status(),
                (System.nanoTime() - start) / 1_000_000, r.raw().length());
        if (r.status() != 200) {
            assertProblem(r, 400, "invalid-request");
        }
        assertThat(r.raw().length()).isLessThan(RegionService.MAX_PAIRING_BYTES + RegionService.MAX_WARNING_BYTES + 64 * 1024);
    }

    private List<String> allFields() throws Exception {
        List<String> out = new ArrayList<>();
        http.get("/api/v1/catalog").body().get("fields").forEach(f -> out.add(f.get("code").asString()));
        return out;
    }

    @Test
    void moreThanTwentyPlacesAreRefusedBeforeAnyIsEvaluated() throws Exception {
        // the attack as it was found: 1,300 small inline places in 252 KB
        String body = request(1300, List.of());
        assertThat(body.length()).isLessThan(256 * 1024);
        long start = System.nanoTime();
        Http.Reply r = http.post("/api/v1/region/advice", body);
        assertProblem(r, 400, "invalid-request");
        assertThat(r.body().get("errors").get(0).get("pointer").asString()).isEqualTo("/profiles");
        assertThat(r.body().get("errors").get(0).get("message").asString()).contains("at most " + RegionService.MAX_PLACES + " places");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
        assertProblem(http.post("/api/v1/region/advice", request(RegionService.MAX_PLACES + 1, List.of())),
                400, "invalid-request");
    }

    @Test
    void theWorstRequestWithinTheCapsGetsOnePageOfRankedPairingsWithTheirTotal() throws Exception {
        // twenty places, each strong in every field: as many pairings as the cap allows
        String body = request(RegionService.MAX_PLACES, allFields());
        long start = System.nanoTime();
        Http.Reply first = http.post("/api/v1/region/advice?lang=en", body);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(first.status()).as(first.raw().substring(0, Math.min(500, first.raw().length()))).isEqualTo(200);
        JsonNode page = first.body().get("page");
        int total = page.get("totalPairings").asInt();
        assertThat(total).isGreaterThan(RegionService.MAX_PAGE);
        int n = first.body().get("pairings").size();
        // places strong in every field make pairings of tens of KB: the page stops at its byte bound
        assertThat(n).isBetween(1, RegionService.DEFAULT_PAGE);
        assertThat(first.raw().length()).isLessThan(RegionService.MAX_PAIRING_BYTES + RegionService.MAX_WARNING_BYTES + 64 * 1024);
        assertThat(page.get("offset").asInt()).isZero();
        assertThat(page.get("limit").asInt()).isEqualTo(RegionService.DEFAULT_PAGE);
        assertThat(page.get("nextOffset").asInt()).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            assertThat(first.body().get("pairings").get(i).get("rank").asInt()).isEqualTo(i + 1);
        }
        assertThat(first.body().get("warnings").size()).isLessThanOrEqualTo(RegionService.DEFAULT_PAGE);
        first.body().get("groups").forEach(g -> assertThat(g.get("pairings").size()).isLessThanOrEqualTo(RegionService.DEFAULT_PAGE));
        System.out.printf("region worst case: %d places, %d pairings, first page %d bytes in %d ms (evaluation %d µs)%n",
                RegionService.MAX_PLACES, total, first.raw().length(), millis,
                first.body().get("provenance").get("evaluationMicros").asLong());

        Http.Reply second = http.post("/api/v1/region/advice?offset=" + n, body);
        assertThat(second.body().get("pairings").get(0).get("rank").asInt()).isEqualTo(n + 1);
        assertThat(second.body().get("page").get("totalPairings").asInt()).isEqualTo(total);
        assertThat(second.body().get("pairings").get(0).get("score").asDouble())
                .isLessThanOrEqualTo(first.body().get("pairings").get(n - 1).get("score").asDouble());
        Http.Reply last = http.post("/api/v1/region/advice?offset=" + (total - 1), body);
        assertThat(last.body().get("pairings")).hasSize(1);
        assertThat(last.body().get("page").has("nextOffset")).as("no next page").isFalse();
    }

    @Test
    void ordinaryPlacesFillAWholePageAndTheRestComeOnTheNext() throws Exception {
        Http.Reply all = http.post("/api/v1/region/advice?limit=100", "{}");
        int total = all.body().get("page").get("totalPairings").asInt();
        assertThat(all.body().get("pairings")).hasSize(Math.min(total, 100));
        assertThat(total).isGreaterThan(5);
        Http.Reply first = http.post("/api/v1/region/advice?limit=5", "{}");
        assertThat(first.body().get("pairings")).hasSize(5);
        assertThat(first.body().get("page").get("nextOffset").asInt()).isEqualTo(5);
        Http.Reply next = http.post("/api/v1/region/advice?offset=5&limit=5", "{}");
        assertThat(next.body().get("pairings").get(0).get("places"))
                .isEqualTo(all.body().get("pairings").get(5).get("places"));
    }

    @Test
    void aPageOutsideItsBoundsIsA400NamingTheParameter() throws Exception {
        Http invalid = http.breakingTheContract(); // the document says the bounds too
        Http.Reply big = invalid.post("/api/v1/region/advice?limit=" + (RegionService.MAX_PAGE + 1), "{}");
        assertProblem(big, 400, "invalid-request");
        assertThat(big.body().get("errors").get(0).get("pointer").asString()).isEqualTo("?limit");
        Http.Reply negative = invalid.post("/api/v1/region/advice?offset=-1&limit=0", "{}");
        assertProblem(negative, 400, "invalid-request");
        assertThat(negative.body().get("errors").findValuesAsString("pointer")).containsExactly("?offset", "?limit");
    }
}
