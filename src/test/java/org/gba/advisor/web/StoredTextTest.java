package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.Http.assertProblem;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gba.advisor.access.ApiKeys;
import org.gba.advisor.access.Role;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.Http;
import org.gba.advisor.testing.Profiles;
import org.gba.advisor.vocabulary.ProfileJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Text that reaches the store is checked before it gets there, the same on H2 and PostgreSQL (.ci/run runs
 * this against both): a control character such as NUL, which PostgreSQL cannot store, and lengths past a
 * column's are 400s with the field's pointer, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredTextTest {
    @LocalServerPort
    int port;
    @Autowired
    ApiKeys keys;

    Http admin;
    Http official;
    String place;

    @BeforeEach
    void keys() {
        place = Profiles.freshId("zhongshan");
        Http http = new Http(port);
        admin = http.withKey(keys.create(Role.ADMIN, Set.of(), "admin", "test").key());
        official = http.withKey(keys.create(Role.OFFICIAL, Set.of(place), "official", "test").key());
    }

    private static void assertPointer(Http.Reply r, String pointer) {
        assertThat(r.body().get("errors").findValuesAsString("pointer")).as(r.raw()).contains(pointer);
    }

    private String submission(String comment, String name) {
        String profile = ProfileJson.MAPPER.writeValueAsString(Profiles.withId(Fixtures.get("zhongshan"), place))
                .replace("\"en\":\"Zhongshan\"", "\"en\":" + ProfileJson.MAPPER.writeValueAsString(name));
        return "{\"comment\": " + ProfileJson.MAPPER.writeValueAsString(comment) + ", \"profile\": " + profile + "}";
    }

    @Test
    void aNulInACommentALabelOrAProfileIsA400() throws Exception {
        Http.Reply comment = official.post("/api/v1/profiles/" + place + "/versions", submission("a\u0000b", "Zhongshan"));
        assertProblem(comment, 400, "invalid-request");
        assertPointer(comment, "/comment");
        Http.Reply name = official.post("/api/v1/profiles/" + place + "/versions", submission("fine", "Zhong\u0000shan"));
        assertProblem(name, 400, "invalid-profile");
        assertPointer(name, "/profile/name/en");
        assertThat(name.raw()).contains("control characters");
        Http.Reply label = admin.post("/api/v1/keys", "{\"role\": \"PLANNER\", \"label\": \"x\\u0000y\"}");
        assertProblem(label, 400, "invalid-request");
        assertPointer(label, "/label");
        Http.Reply bell = admin.post("/api/v1/keys", "{\"role\": \"PLANNER\", \"label\": \"ring \\u0007\"}");
        assertProblem(bell, 400, "invalid-request");
        // nothing was stored, and ordinary text with line breaks is fine
        assertThat(official.post("/api/v1/profiles/" + place + "/versions", submission("line one\nline two", "Zhongshan"))
                .status()).isEqualTo(201);
        assertThat(official.get("/api/v1/profiles/" + place + "/versions").body().size()).isEqualTo(1);
    }

    @Test
    void placesAndLabelsLongerThanTheStoreKeepsAreA400() throws Exception {
        String longPlace = "a".repeat(61);
        Http tooLong = admin.breakingTheContract(); // the document has the same bounds
        Http.Reply r = tooLong.post("/api/v1/keys", "{\"role\": \"OFFICIAL\", \"places\": [\"" + longPlace + "\"], \"label\": \"x\"}");
        assertProblem(r, 400, "invalid-request");
        assertThat(r.body().get("errors").findValuesAsString("pointer").get(0)).startsWith("/places");
        String many = IntStream.range(0, 31).mapToObj(i -> "\"p" + "x".repeat(55) + i + "\"").collect(Collectors.joining(","));
        Http.Reply tooMany = tooLong.post("/api/v1/keys", "{\"role\": \"OFFICIAL\", \"places\": [" + many + "], \"label\": \"x\"}");
        assertProblem(tooMany, 400, "invalid-request");
        assertPointer(tooMany, "/places");
        // thirty places of the longest id fit the store
        String most = IntStream.range(0, 30).mapToObj(i -> "\"p" + "x".repeat(56) + (10 + i) + "\"").collect(Collectors.joining(","));
        assertThat(admin.post("/api/v1/keys", "{\"role\": \"OFFICIAL\", \"places\": [" + most + "], \"label\": \"x\"}").status())
                .isEqualTo(201);
        Http.Reply label = tooLong.post("/api/v1/keys", "{\"role\": \"PLANNER\", \"label\": \"" + "l".repeat(201) + "\"}");
        assertProblem(label, 400, "invalid-request");
        assertPointer(label, "/label");
        Http.Reply comment = official.breakingTheContract()
                .post("/api/v1/profiles/" + place + "/versions", submission("c".repeat(1001), "Zhongshan"));
        assertProblem(comment, 400, "invalid-request");
        assertPointer(comment, "/comment");
    }
}
