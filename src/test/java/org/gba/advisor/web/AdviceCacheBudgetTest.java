package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.gba.advisor.testing.Http;
import org.gba.advisor.testing.ProfileBuilder;
import org.gba.advisor.vocabulary.AssetType;
import org.gba.advisor.vocabulary.ProfileJson;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The advice cache's heap budget as the service applies it ({@code advisor.advice-cache-megabytes}): a caller who
 * repeats profiles of 200 assets (about 840 KB of answer each) cannot make the service keep them past the budget,
 * while an ordinary place asked again is still answered from the cache.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advisor.advice-cache-megabytes=1")
class AdviceCacheBudgetTest {
    @LocalServerPort
    int port;

    @Test
    void aProfileHeavierThanTheBudgetIsAnsweredEveryTimeAndNeverKept() throws Exception {
        ProfileBuilder b = ProfileBuilder.city("wide");
        for (int i = 0; i < 200; i++) {
            b.with(ProfileBuilder.asset(AssetType.BIG_SCIENCE_FACILITY).named("F" + i));
        }
        String wide = ProfileJson.MAPPER.writeValueAsString(b.build());
        Http http = new Http(port);
        for (int i = 0; i < 3; i++) {
            Http.Reply r = http.post("/api/v1/advice?lang=en", wide);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.bytes().length).as("its answer").isGreaterThan(1 << 19);
            assertThat(r.body().get("provenance").get("cached").asBoolean()).as("ask %d", i + 1).isFalse();
        }
        String shenzhen = Http.fixture("shenzhen");
        boolean cached = false;
        for (int i = 0; i < 3; i++) {
            cached = http.post("/api/v1/advice?lang=en", shenzhen).body().get("provenance").get("cached").asBoolean();
        }
        assertThat(cached).as("an ordinary place, the third time").isTrue();
    }
}
