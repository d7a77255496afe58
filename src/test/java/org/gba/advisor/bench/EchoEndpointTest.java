package org.gba.advisor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.gba.advisor.testing.Http;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileJson;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The load test's echo endpoints, switched on as scripts/load.sh does: they read a profile and write it back, the
 * echo through every filter and the dispatcher, the bare one from the first filter, past none of the others.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advisor.bench.echo-endpoint=true")
class EchoEndpointTest {
    @LocalServerPort
    int port;

    @Test
    void echoesTheProfileItReadsAndRejectsWhatAdviceRejects() throws Exception {
        Http http = new Http(port);
        String body = Http.fixture("dongguan");
        Http.Reply r = http.post("/api/v1/bench/echo", body);
        assertThat(r.status()).isEqualTo(200);
        // the same profile; numbers may come back as 900.0 for 900
        assertThat(ProfileJson.MAPPER.readValue(r.raw(), Profile.class))
                .isEqualTo(ProfileJson.MAPPER.readValue(body, Profile.class));
        Http.assertProblem(http.breakingTheContract().post("/api/v1/bench/echo", body.replace("\"kind\": \"CITY\"", "\"kind\": \"CITY\", \"x\": 1")),
                400, "invalid-profile");
    }

    @Test
    void theBareEchoSkipsTheApplicationsFilters() throws Exception {
        Http http = new Http(port);
        String body = Http.fixture("dongguan");
        // not in the OpenAPI document (no controller serves it), so not through the checking client
        HttpResponse<String> bare = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/bench/bare"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bare.statusCode()).isEqualTo(200);
        assertThat(ProfileJson.MAPPER.readValue(bare.body(), Profile.class))
                .isEqualTo(ProfileJson.MAPPER.readValue(body, Profile.class));
        // the rules-version header and the ETag come from filters the bare echo never reaches
        assertThat(bare.headers().firstValue("X-Rules-Version")).isEmpty();
        assertThat(bare.headers().firstValue("ETag")).isEmpty();
        Http.Reply echo = http.post("/api/v1/bench/echo", body);
        assertThat(echo.header("X-Rules-Version")).isNotNull();
    }
}
