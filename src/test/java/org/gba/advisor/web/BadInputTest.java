package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.Http.assertProblem;
import static org.gba.advisor.testing.Http.fixture;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gba.advisor.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One test per class of bad input to {@code POST /api/v1/advice}: each is a 4xx problem+json with a stable
 * type, the field's pointer where there is a field, and a plain message; never a 500, never a stack trace.
 * The body limit is lowered to 64 KiB here to show it is configurable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "advisor.max-body-size=64KB")
class BadInputTest {
    private static final int LIMIT = 64 * 1024;

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** Bad input the OpenAPI document refuses too. */
    private Http.Reply advise(String body) throws Exception {
        return http.breakingTheContract().post("/api/v1/advice", body);
    }

    /** Input the document cannot tell is bad (bounds that depend on the indicator), or good input. */
    private Http.Reply adviseConforming(String body) throws Exception {
        return http.post("/api/v1/advice", body);
    }

    private static String dongguan() throws Exception {
        return fixture("dongguan");
    }

    private static void assertPointer(Http.Reply r, String pointer, String messagePart) {
        assertThat(r.body().get("errors").findValuesAsString("pointer")).as(r.raw()).contains(pointer);
        for (var e : r.body().get("errors")) {
            if (e.get("pointer").asString().equals(pointer)) {
                assertThat(e.get("message").asString()).contains(messagePart);
            }
        }
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws Exception {
        for (String body : new String[] {"{\"id\": \"x\",", "{'id': 'x'}", "{\"id\": \"x\"} trailing", "nul"}) {
            Http.Reply r = advise(body);
            assertProblem(r, 400, "malformed-json");
            assertThat(r.body().get("detail").asString()).as(body).contains("line 1");
        }
    }

    @Test
    void wrongTypesNameTheFieldAndTheExpectedType() throws Exception {
        Http.Reply year = advise(dongguan().replaceFirst("\"year\": (\\d{4})", "\"year\": \"$1\""));
        assertProblem(year, 400, "invalid-profile");
        assertPointer(year, "/year", "expected a whole number");

        Http.Reply list = advise(dongguan().replace("\"neutron-science\",\n        \"materials-science\"", "\"neutron-science\"")
                .replace("\"fields\": [\n        \"neutron-science\"\n      ]", "\"fields\": \"neutron-science\""));
        assertProblem(list, 400, "invalid-profile");
        assertPointer(list, "/assets/0/fields", "expected an array");

        Http.Reply object = advise("[]");
        assertProblem(object, 400, "invalid-profile");
    }

    @Test
    void unknownEnumValuesListTheAllowedOnes() throws Exception {
        Http.Reply r = advise(dongguan().replace("\"kind\": \"CITY\"", "\"kind\": \"village\""));
        assertProblem(r, 400, "invalid-profile");
        assertPointer(r, "/kind", "'village' is not one of: CITY, SAR, PLATFORM");
    }

    @Test
    void negativeAndAbsurdFiguresAreOutOfBounds() throws Exception {
        for (String value : new String[] {"-4.0", "100.5", "1e308", "-1e308"}) {
            Http.Reply r = adviseConforming(dongguan().replace("\"value\": 4.1", "\"value\": " + value));
            assertProblem(r, 400, "invalid-profile");
            assertPointer(r, "/indicators/0/value", "must lie between 0 and 100");
        }
        // NaN and Infinity are not JSON numbers at all
        assertProblem(advise(dongguan().replace("\"value\": 4.1", "\"value\": Infinity")), 400, "malformed-json");
        Http.Reply year = advise(dongguan().replaceFirst("\"year\": (\\d{4})", "\"year\": -$1"));
        assertProblem(year, 400, "invalid-profile");
        assertPointer(year, "/year", "1980");
    }

    @Test
    void missingRequiredFieldsAreEachNamed() throws Exception {
        Http.Reply empty = advise("{}");
        assertProblem(empty, 400, "invalid-profile");
        assertThat(empty.body().get("errors").findValuesAsString("pointer"))
                .contains("/id", "/name", "/kind", "/jurisdiction", "/year");

        Http.Reply noCode = advise(dongguan().replace("\"code\": \"gerd-gdp\",", ""));
        assertProblem(noCode, 400, "invalid-profile");
        assertPointer(noCode, "/indicators/0/code", "");
    }

    @Test
    void unknownFieldsAreRejectedNotIgnored() throws Exception {
        Http.Reply r = advise(dongguan().replace("\"lead\": \"GOVERNMENT\"", "\"lead\": \"GOVERNMENT\", \"budget\": 1"));
        assertProblem(r, 400, "invalid-profile");
        assertPointer(r, "/assets/0/budget", "unknown field 'budget'");
    }

    @Test
    void aBodyOverTheLimitIsA413WithOrWithoutContentLength() throws Exception {
        // JSON allows any whitespace: the same valid profile, padded past the limit.
        String padded = dongguan().replaceFirst("\\{", "{" + " ".repeat(LIMIT));
        Http.Reply declared = adviseConforming(padded);
        assertProblem(declared, 413, "payload-too-large");
        assertThat(declared.body().get("maxBytes").asLong()).isEqualTo(LIMIT);

        byte[] bytes = padded.getBytes(StandardCharsets.UTF_8);
        // A body of unknown length is sent chunked, with no Content-Length to check up front.
        Http.Reply chunked = http.send(http.at("/api/v1/advice").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
        assertProblem(chunked, 413, "payload-too-large");

        String justUnder = dongguan().replaceFirst("\\{", "{" + " ".repeat(LIMIT - dongguan().getBytes(StandardCharsets.UTF_8).length - 10));
        assertThat(adviseConforming(justUnder).status()).isEqualTo(200);
        assertThat(http.send(http.at("/api/v1/advice").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(justUnder.getBytes(StandardCharsets.UTF_8))))).status())
                .isEqualTo(200);
    }

    @Test
    void deeplyNestedJsonIsRejectedEarly() throws Exception {
        int depth = 5_000; // deeper than Jackson's nesting limit (500), within the body limit
        // a profile is read whole before its form is checked (to report every error), so Jackson's nesting limit
        // stops each of these while reading, wherever the depth is
        Http.Reply top = advise("[".repeat(depth) + "]".repeat(depth));
        assertProblem(top, 400, "json-limit-exceeded");
        Http.Reply inField = advise("{\"id\": \"x\", \"name\": " + "{\"zh\": ".repeat(depth) + "1" + "}".repeat(depth) + "}");
        assertProblem(inField, 400, "json-limit-exceeded");
        Http.Reply unknownField = advise("{\"x\": " + "[".repeat(depth) + "]".repeat(depth) + "}");
        assertProblem(unknownField, 400, "json-limit-exceeded");
        assertThat(unknownField.body().get("detail").asString()).contains("nesting depth")
                .doesNotContain("StreamReadConstraints");
    }

    @Test
    void veryLongArraysAreCappedByTheProfilesLimits() throws Exception {
        String specialties = IntStream.range(0, 5_000).mapToObj(i -> "\"ai\"").collect(Collectors.joining(","));
        Http.Reply r = advise(dongguan().replaceFirst("\"indicators\"",
                "\"specialties\": [" + specialties + "],\n  \"indicators\""));
        assertProblem(r, 400, "invalid-profile");
        assertPointer(r, "/specialties", "size must be between 0 and 20");
        // longer still, the body limit answers first
        String more = IntStream.range(0, 20_000).mapToObj(i -> "\"ai\"").collect(Collectors.joining(","));
        assertProblem(advise("{\"specialties\": [" + more + "]}"), 413, "payload-too-large");
    }

    @Test
    void anUnknownLanguageIsA400() throws Exception {
        Http.Reply r = http.breakingTheContract().post("/api/v1/advice?lang=fr", dongguan());
        assertProblem(r, 400, "unsupported-language");
        assertPointer(r, "?lang", "must be zh or en");
    }

    @Test
    void anUnknownProfileIdIsA404() throws Exception {
        Http.Reply r = http.get("/api/v1/profiles/atlantis/advice");
        assertProblem(r, 404, "unknown-profile");
        assertThat(r.body().get("profileId").asString()).isEqualTo("atlantis");
    }

    @Test
    void aWrongMethodIsA405() throws Exception {
        Http invalid = http.breakingTheContract();
        assertProblem(invalid.get("/api/v1/advice"), 405, "method-not-allowed");
        assertProblem(invalid.send(invalid.at("/api/v1/advice").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(dongguan()))), 405, "method-not-allowed");
    }

    @Test
    void aWrongMediaTypeIsA415() throws Exception {
        for (String type : new String[] {"text/plain", "application/xml", "application/x-www-form-urlencoded"}) {
            Http invalid = http.breakingTheContract();
            assertProblem(invalid.send(invalid.at("/api/v1/advice").header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(dongguan()))), 415, "unsupported-media-type");
        }
    }
}
