package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.Http.assertProblem;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gba.advisor.testing.Http;
import org.gba.advisor.vocabulary.ProfilePatches;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What-if cannot be turned into a weapon: a JSON Patch is bounded in operations and in the size of the
 * document while it is applied, and its errors name the operation in plain words, without Java class names
 * and without echoing the base profile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScenarioLimitsTest {
    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private Http.Reply compare(String patch) throws Exception {
        // some of these patches break the document's schema of an operation, some only the profile: answers are checked
        return http.withoutRequestChecks().post("/api/v1/scenarios/compare?lang=en",
                "{\"baseId\": \"dongguan\", \"scenarios\": [{\"name\": \"s\", \"patch\": " + patch + "}]}");
    }

    @Test
    void copiesThatDoubleTheProfileAreStoppedWhileThePatchIsApplied() throws Exception {
        // 1.2 KB that would double the profile twenty times (2^20 copies of its assets)
        String doubling = IntStream.range(0, 20).mapToObj(i -> "{\"op\": \"copy\", \"from\": \"/assets\", \"path\": \"/assets/-\"}")
                .collect(Collectors.joining(",", "[", "]"));
        long start = System.nanoTime();
        Http.Reply r = compare(doubling);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertProblem(r, 400, "invalid-scenario");
        assertThat(r.body().get("detail").asString()).contains("larger than " + ProfilePatches.MAX_DOCUMENT_CHARS);
        int op = r.body().get("operation").asInt();
        assertThat(op).isBetween(1, 19);
        assertThat(r.body().get("errors").get(0).get("pointer").asString()).isEqualTo("/scenarios/0/patch/" + op);
        assertThat(millis).as("answered at once").isLessThan(5_000);
        // and the service is still answering
        assertThat(http.get("/api/v1/catalog").status()).isEqualTo(200);
    }

    @Test
    void aPatchHasAtMostAHundredOperations() throws Exception {
        String many = IntStream.range(0, ProfilePatches.MAX_OPERATIONS + 1)
                .mapToObj(i -> "{\"op\": \"test\", \"path\": \"/id\", \"value\": \"dongguan\"}")
                .collect(Collectors.joining(",", "[", "]"));
        Http.Reply r = compare(many);
        assertProblem(r, 400, "invalid-scenario");
        assertThat(r.body().get("errors").get(0).get("pointer").asString()).isEqualTo("/scenarios/0/patch/100");
        assertThat(r.body().get("detail").asString()).contains("at most 100 operations");
        String hundred = IntStream.range(0, ProfilePatches.MAX_OPERATIONS)
                .mapToObj(i -> "{\"op\": \"test\", \"path\": \"/id\", \"value\": \"dongguan\"}")
                .collect(Collectors.joining(",", "[", "]"));
        assertThat(compare(hundred).status()).isEqualTo(200);
    }

    @Test
    void errorsAreInPlainWordsWithoutClassNamesOrTheBaseProfile() throws Exception {
        String[][] cases = {
                {"[{\"op\": 1, \"path\": \"/year\"}]", "op must be one of"},
                {"[{\"op\": \"add\", \"path\": 7, \"value\": 1}]", "path must be a JSON Pointer"},
                {"[{\"op\": \"add\", \"path\": \"/nowhere/x\", \"value\": 1}]", "'/nowhere' is not in the profile"},
                {"[{\"op\": \"remove\", \"path\": \"/assets/99\"}]", "'/assets/99' is not in the profile"},
                {"[{\"op\": \"replace\", \"path\": \"/year\"}]", "needs a value"},
                {"[{\"op\": \"copy\", \"from\": \"/nothing\", \"path\": \"/note\"}]", "'/nothing' (from) is not in the profile"},
                {"[{\"op\": \"test\", \"path\": \"/year\", \"value\": 1999}]", "is not the one given"},
                {"[{\"op\": \"replace\", \"path\": \"/kind\", \"value\": \"VILLAGE\"}]", "'VILLAGE' is not one of: CITY, SAR, PLATFORM"},
                {"[{\"op\": \"replace\", \"path\": \"/year\", \"value\": \"soon\"}]", "expected a whole number"},
                {"[{\"op\": \"replace\", \"path\": \"/assets\", \"value\": 5}]", "expected an array"},
        };
        for (String[] c : cases) {
            Http.Reply r = compare(c[0]);
            assertProblem(r, 400, "invalid-scenario");
            assertThat(r.raw()).as(c[0]).contains(c[1])
                    .doesNotContain("org.").doesNotContain("java").doesNotContain("Impl")
                    .doesNotContain("PlaceKind").doesNotContain("Spallation").doesNotContain("Dongguan");
        }
    }
}
