package org.gba.advisor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.gba.advisor.testing.Http;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileJson;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The load test's echo endpoint, switched on as scripts/load.sh does: it reads a profile and writes it back. */
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
}
