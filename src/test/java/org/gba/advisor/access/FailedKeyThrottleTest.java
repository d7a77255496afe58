package org.gba.advisor.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.Http.assertProblem;

import java.util.Set;
import org.gba.advisor.audit.AuditLog;
import org.gba.advisor.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Guessing keys is throttled per client: past the allowance every key from that client is a 429 problem with
 * Retry-After, good keys too, until the bucket refills; requests without a key are not affected; each burst
 * is audited once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"advisor.access.failed-keys.per-client=5", "advisor.access.failed-keys.period=1h"})
class FailedKeyThrottleTest {
    @LocalServerPort
    int port;
    @Autowired
    ApiKeys keys;
    @Autowired
    AuditLog audit;

    @Test
    void wrongKeysPastTheAllowanceAreRefusedWith429AndTheBurstIsAuditedOnce() throws Exception {
        Http http = new Http(port);
        String good = keys.create(Role.PLANNER, Set.of(), "planner", "test").key();
        assertThat(http.withKey(good).get("/api/v1/profiles").status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertProblem(http.withKey("gba_guess-" + i).get("/api/v1/catalog"), 401, "unauthorized");
        }
        long start = System.nanoTime();
        int refused = 0;
        for (int i = 0; i < 500; i++) {
            refused += http.withKey("gba_guess-more-" + i).get("/api/v1/catalog").status() == 429 ? 1 : 0;
        }
        System.out.printf("500 wrong keys after the allowance: %d refused with 429 in %d ms%n", refused,
                (System.nanoTime() - start) / 1_000_000);
        assertThat(refused).isEqualTo(500);

        Http.Reply throttled = http.withKey("gba_one-more").get("/api/v1/catalog");
        assertProblem(throttled, 429, "too-many-requests");
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 3600L);
        // a good key from the same client waits too: otherwise guessing would go on, answered 429 or 200
        assertProblem(http.withKey(good).get("/api/v1/profiles"), 429, "too-many-requests");
        // no key, no throttle
        assertThat(http.get("/api/v1/catalog").status()).isEqualTo(200);

        var events = audit.recent("AUTH_FAILURES_THROTTLED", 10);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).target()).isEqualTo("client 127.0.0.1");
        assertThat(events.get(0).detail()).contains("5 wrong or revoked keys");
    }
}
