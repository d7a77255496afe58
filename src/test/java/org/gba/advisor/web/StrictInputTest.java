package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.Http.assertProblem;
import static org.gba.advisor.testing.Http.fixture;

import org.gba.advisor.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Nothing is coerced, and a number too large for its field is that field's error, with its pointer: strict
 * means strict.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StrictInputTest {
    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private static void assertPointer(Http.Reply r, String pointer, String messagePart) {
        assertThat(r.body().get("errors").findValuesAsString("pointer")).as(r.raw()).containsExactly(pointer);
        assertThat(r.body().get("errors").get(0).get("message").asString()).contains(messagePart);
    }

    private Http.Reply advise(String from, String to) throws Exception {
        String body = fixture("dongguan");
        assertThat(body).contains(from);
        return http.breakingTheContract().post("/api/v1/advice", body.replace(from, to)); // the document refuses it too
    }

    @Test
    void aNumberIsNotTakenForAString() throws Exception {
        Http.Reply id = advise("\"id\": \"dongguan\"", "\"id\": 42");
        assertProblem(id, 400, "invalid-profile");
        assertPointer(id, "/id", "expected a string");
        Http.Reply name = advise("\"en\": \"Dongguan\"", "\"en\": true");
        assertProblem(name, 400, "invalid-profile");
        assertPointer(name, "/name/en", "expected a string");
    }

    @Test
    void aFractionIsNotTakenForAWholeNumber() throws Exception {
        Http.Reply year = advise("\"year\": 2023,\n  \"indicators\"", "\"year\": 2022.5,\n  \"indicators\"");
        assertProblem(year, 400, "invalid-profile");
        assertPointer(year, "/year", "expected a whole number");
    }

    @Test
    void aNumberTooLargeForItsFieldIsThatFieldsError() throws Exception {
        Http.Reply year = advise("\"year\": 2023,\n  \"indicators\"", "\"year\": 99999999999999999999,\n  \"indicators\"");
        assertProblem(year, 400, "invalid-profile");
        assertPointer(year, "/year", "whole number");
        Http.Reply steps = http.withoutRequestChecks().post("/api/v1/scenarios/sweep",
                "{\"baseId\": \"dongguan\", \"axis\": {\"indicator\": \"gerd-gdp\", \"from\": 0, \"to\": 6, \"steps\": 2147483648}}");
        assertProblem(steps, 400, "invalid-request");
        assertPointer(steps, "/axis/steps", "whole number");
    }

    @Test
    void pathsTomcatRefusesAreProblemsToo() throws Exception {
        for (String path : new String[] {"/api/v1/profiles/a%2Fb", "/api/v1/profiles/a%5Cb/advice",
                "/api/v1/profiles/" + "x".repeat(9_000), "/api/v1/profiles/" + "x".repeat(9_000) + "/advice"}) {
            Http.Reply r = http.withoutRequestChecks().get(path); // Tomcat answers before any operation does
            assertThat(r.status()).as(path.substring(0, Math.min(40, path.length()))).isBetween(400, 499);
            assertThat(r.contentType()).as(path.substring(0, Math.min(40, path.length()))).startsWith("application/problem+json");
            assertThat(r.raw()).doesNotContain("<html").doesNotContain("Tomcat");
            assertThat(r.body().get("type").asString()).startsWith("urn:gba-advisor:problem:");
            assertThat(r.body().get("status").asInt()).isEqualTo(r.status());
        }
    }
}
