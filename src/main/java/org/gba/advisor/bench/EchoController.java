package org.gba.advisor.bench;

import org.gba.advisor.vocabulary.Profile;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The load test's baseline: reads a profile the way {@code POST /api/v1/advice} does and writes it back,
 * with no rules, so advice throughput can be stated as a share of what the HTTP and JSON layers alone allow.
 * Only there when {@code advisor.bench.echo-endpoint=true}; never in production.
 */
@RestController
@ConditionalOnProperty(name = "advisor.bench.echo-endpoint", havingValue = "true")
class EchoController {

    @PostMapping(path = "/api/v1/bench/echo", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Profile echo(@RequestBody Profile profile) {
        return profile;
    }
}
