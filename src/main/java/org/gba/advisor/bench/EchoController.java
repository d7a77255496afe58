package org.gba.advisor.bench;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gba.advisor.vocabulary.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The load test's baseline: reads a profile the way {@code POST /api/v1/advice} does and writes it back,
 * with no rules, so advice throughput can be stated as a share of what the HTTP and JSON layers alone allow.
 * Only there when {@code advisor.bench.echo-endpoint=true} ({@link BenchEndpoints}); never in production.
 */
@RestController
@Tag(name = "bench", description = "The load test's baseline; served only with advisor.bench.echo-endpoint=true")
class EchoController {

    @Operation(operationId = "echoProfile", summary = "Read a profile and write it back (load-test baseline)",
            description = "Reads a profile as POST /api/v1/advice does and writes it back, with no rules.")
    @PostMapping(path = "/api/v1/bench/echo", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Profile echo(@RequestBody Profile profile) {
        return profile;
    }
}
