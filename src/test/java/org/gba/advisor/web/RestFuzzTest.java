package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.gba.advisor.AdvisorApplication;
import org.gba.advisor.testing.Http;
import org.gba.advisor.testing.Mutations;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fuzzing the REST layer of a running server on a random port: mutated fixtures and random JSON, with any
 * {@code lang}, to {@code POST /api/v1/advice}. Never a 5xx, every error a problem+json of ours, every 200
 * advice whose scores are the sums of their reasons, every answer as the OpenAPI document describes it; each
 * call bounded by the client's timeout.
 */
class RestFuzzTest {
    private static ConfigurableApplicationContext server;
    private static Http http;

    @BeforeContainer
    static void start() {
        // jqwik runs beside Jupiter, without Spring's test extension: start the server the way main does.
        server = SpringApplication.run(AdvisorApplication.class, "--server.port=0");
        // random input is sometimes valid and mostly not: only the answers are checked against the document
        http = new Http(Integer.parseInt(server.getEnvironment().getProperty("local.server.port"))).withoutRequestChecks();
    }

    @AfterContainer
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Property
    void mutatedFixturesNeverGetA5xx(@ForAll("fixtureJson") String fixture,
                                     @ForAll @Size(max = 4) List<Mutations.@From("mutation") Mutation> mutations,
                                     @ForAll("lang") String lang) throws Exception {
        check(Mutations.apply(fixture, mutations), lang);
    }

    @Property
    void randomJsonNeverGetsA5xx(@ForAll("randomJson") String json, @ForAll("lang") String lang) throws Exception {
        check(json, lang);
    }

    private static void check(String body, String lang) throws Exception {
        String query = lang == null ? "" : "?lang=" + URLEncoder.encode(lang, StandardCharsets.UTF_8);
        Http.Reply r = http.post("/api/v1/advice" + query, body);
        Statistics.label("status").collect(r.status());
        assertThat(r.status()).as(r.raw()).isLessThan(500);
        if (r.status() == 200) {
            assertThat(Mutations.scoresAreTheirReasons(r.body())).as(r.raw()).isTrue();
        } else {
            assertThat(r.status()).isBetween(400, 499);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.body().get("type").asString()).startsWith("urn:gba-advisor:problem:");
            assertThat(r.raw()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Provide
    Arbitrary<String> lang() {
        return Arbitraries.oneOf(Arbitraries.of("zh", "en", "zh-CN", "fr", "", "e n"),
                Arbitraries.strings().ofMaxLength(8)).injectNull(0.4);
    }

    @Provide
    Arbitrary<String> fixtureJson() {
        return Mutations.fixtureJson();
    }

    @Provide
    Arbitrary<Mutations.Mutation> mutation() {
        return Mutations.mutation();
    }

    @Provide
    Arbitrary<String> randomJson() {
        return Mutations.randomJson();
    }
}
