package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gba.advisor.testing.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The served OpenAPI document as a portal's developer and their tools read it: what issue 16 found wrong, each
 * checked here, and the rules every operation and schema follows (Spectral's spectral:oas ruleset runs in .ci/run).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {
    @LocalServerPort
    int port;

    JsonNode doc;
    JsonNode schemas;

    @BeforeAll
    void document() {
        doc = new Http(port).document();
        schemas = doc.get("components").get("schemas");
    }

    private List<JsonNode> operations() {
        List<JsonNode> out = new ArrayList<>();
        doc.get("paths").properties().forEach(p -> p.getValue().properties().forEach(o -> out.add(o.getValue())));
        return out;
    }

    private JsonNode operation(String method, String path) {
        return doc.get("paths").get(path).get(method);
    }

    @Test
    void everyOperationHasAStableIdASummaryADescriptionAndADefinedTag() {
        Set<String> tags = new HashSet<>(doc.get("tags").findValuesAsString("name"));
        Set<String> ids = new TreeSet<>();
        for (JsonNode op : operations()) {
            String id = op.get("operationId").asString();
            assertThat(id).as("written, not generated (advise_1)").matches("[a-z][A-Za-z]+");
            assertThat(ids.add(id)).as("unique " + id).isTrue();
            assertThat(op.get("summary").asString()).as(id).isNotBlank();
            assertThat(op.get("description").asString()).as(id).isNotBlank();
            assertThat(op.get("tags")).as(id).hasSize(1);
            assertThat(tags).as(id).contains(op.get("tags").get(0).asString());
        }
        assertThat(ids).contains("advise", "getProfileAdvice", "compareScenarios", "listProfiles", "submitProfileVersion");
    }

    @Test
    void everyErrorIsAProblemAndEveryAnswerCarriesTheRulesVersion() {
        for (JsonNode op : operations()) {
            String id = op.get("operationId").asString();
            op.get("responses").properties().forEach(r -> {
                assertThat(r.getValue().get("headers").has("X-Rules-Version")).as(id + " " + r.getKey()).isTrue();
                // "default": the errors the service's edge may give any request (throttling, slow bodies, a bad path)
                if (r.getKey().equals("default") || Integer.parseInt(r.getKey()) >= 400) {
                    JsonNode content = r.getValue().get("content");
                    assertThat(content.propertyNames()).as(id + " " + r.getKey()).containsExactly("application/problem+json");
                    assertThat(content.get("application/problem+json").get("schema").get("$ref").asString())
                            .isEqualTo("#/components/schemas/Problem");
                }
            });
            assertThat(op.get("responses").has("401")).as(id + ": a wrong key is a 401 anywhere").isTrue();
            assertThat(op.get("responses").has("403")).as(id + ": a refused origin is a 403 anywhere").isTrue();
        }
        JsonNode problem = schemas.get("Problem").get("properties");
        assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "errors");
        assertThat(problem.get("errors").get("items").get("$ref").asString()).isEqualTo("#/components/schemas/Violation");
        assertThat(schemas.get("Violation").get("required").toString()).contains("pointer", "message");
        assertThat(schemas.get("Violation").get("properties").propertyNames()).containsExactly("pointer", "message", "cell");
        assertThat(operation("get", "/api/v1/profiles/{id}").get("responses").get("404").get("content")
                .get("application/problem+json").get("examples").has("unknown-profile")).isTrue();
    }

    @Test
    void keysAreDocumentedAsSecuritySchemesPerOperation() {
        JsonNode schemes = doc.get("components").get("securitySchemes");
        assertThat(schemes.get("apiKey").get("type").asString()).isEqualTo("apiKey");
        assertThat(schemes.get("apiKey").get("in").asString()).isEqualTo("header");
        assertThat(schemes.get("apiKey").get("name").asString()).isEqualTo("X-API-Key");
        assertThat(schemes.get("bearer").get("scheme").asString()).isEqualTo("bearer");
        assertThat(operation("get", "/api/v1/keys").get("security").toString()).isEqualTo("[{\"apiKey\":[]},{\"bearer\":[]}]");
        assertThat(operation("get", "/api/v1/profiles/{id}").get("security").toString())
                .as("optional: anonymous, or either key").isEqualTo("[{},{\"apiKey\":[]},{\"bearer\":[]}]");
        assertThat(operation("get", "/api/v1/catalog").has("security")).isFalse();
    }

    @Test
    void successCodesAreTheOnesAnswered() {
        assertThat(operation("post", "/api/v1/profiles/{id}/versions").get("responses").has("201")).isTrue();
        assertThat(operation("post", "/api/v1/profiles/{id}/versions").get("responses").has("200")).isFalse();
        assertThat(operation("post", "/api/v1/profiles/{id}/versions").get("responses").get("201").get("headers")
                .has("Location")).isTrue();
        assertThat(operation("post", "/api/v1/keys").get("responses").has("201")).isTrue();
        assertThat(operation("post", "/api/v1/keys").get("responses").has("200")).isFalse();
        assertThat(operation("delete", "/api/v1/keys/{id}").get("responses").has("204")).isTrue();
        assertThat(operation("delete", "/api/v1/keys/{id}").get("responses").has("200")).isFalse();
    }

    @Test
    void patchesAreOperationsAndMergePatchesObjectsNotJacksonBeans() {
        assertThat(schemas.has("JsonNode")).isFalse();
        JsonNode scenario = schemas.get("Scenario").get("properties");
        assertThat(scenario.get("patch").get("type").asString()).isEqualTo("array");
        assertThat(scenario.get("patch").get("items").get("$ref").asString()).isEqualTo("#/components/schemas/JsonPatchOperation");
        assertThat(schemas.get("JsonPatchOperation").get("properties").get("op").get("enum").toString())
                .isEqualTo("[\"add\",\"remove\",\"replace\",\"move\",\"copy\",\"test\"]");
        assertThat(scenario.get("mergePatch").get("type").asString()).isEqualTo("object");
        assertThat(scenario.get("mergePatch").get("additionalProperties").asBoolean()).isTrue();
        JsonNode change = schemas.get("FieldChange").get("properties");
        assertThat(change.get("was").has("type")).as("any JSON value").isFalse();
        assertThat(change.get("now").has("type")).as("any JSON value").isFalse();
        assertThat(schemas.get("ChangeDescription").get("properties").get("patch").get("items").get("$ref").asString())
                .isEqualTo("#/components/schemas/JsonPatchOperation");
    }

    @Test
    void nullsBoundsPatternsAndEnumsAreAsTheServerEnforcesThem() {
        assertThat(schemas.get("SweepSeries").get("properties").get("ranks").get("items").get("nullable").asBoolean()).isTrue();
        assertThat(schemas.get("Profile").get("properties").get("id").get("pattern").asString())
                .isEqualTo("^[a-z0-9]+(-[a-z0-9]+)*$");
        assertThat("Dong Guan!").doesNotMatch(schemas.get("Profile").get("properties").get("id").get("pattern").asString());
        assertThat(schemas.get("SweepAxis").get("properties").get("steps").get("maximum").asInt()).isEqualTo(1000);
        assertThat(schemas.get("SweepAxis").get("properties").get("steps").get("minimum").asInt()).isEqualTo(2);
        assertThat(schemas.get("CompareRequest").get("properties").get("scenarios").get("minItems").asInt()).isEqualTo(1);
        assertThat(schemas.get("IndicatorFigure").get("properties").get("unit").get("minLength").asInt()).as("@NotBlank").isEqualTo(1);
        for (String closed : List.of("Profile", "IndicatorFigure", "AssetFigure", "ProfileAsset", "CompareRequest", "Scenario", "SweepRequest",
                "RegionRequest", "ProfileSubmission", "NewKey")) {
            assertThat(schemas.get(closed).get("additionalProperties").asBoolean(true))
                    .as(closed + ": unknown fields are refused").isFalse();
        }
        JsonNode advice = operation("get", "/api/v1/profiles/{id}/advice");
        assertThat(parameter(advice, "lang").get("schema").get("enum").toString()).isEqualTo("[\"zh\",\"en\"]");
        assertThat(parameter(advice, "explain").get("schema").get("enum").toString()).isEqualTo("[\"counterfactual\"]");
        List<String> patterns = doc.findValuesAsString("pattern");
        assertThat(patterns).isNotEmpty().allMatch(p -> p.equals("\\S") || (p.startsWith("^") && p.endsWith("$")));
    }

    @Test
    void headersAndExamplesAreDocumented() {
        for (String path : List.of("/api/v1/catalog", "/api/v1/profiles")) {
            JsonNode op = operation("get", path);
            assertThat(op.get("responses").get("200").get("headers").has("ETag")).as(path).isTrue();
            assertThat(op.get("responses").has("304")).as(path).isTrue();
            assertThat(parameter(op, "If-None-Match")).as(path).isNotNull();
        }
        schemas.properties().forEach(s -> assertThat(s.getValue().has("example")).as("example of " + s.getKey()).isTrue());
        for (JsonNode op : operations()) {
            if (op.has("parameters")) {
                for (JsonNode p : op.get("parameters")) {
                    String what = op.get("operationId").asString() + " " + p.get("name").asString();
                    assertThat(p.has("example")).as("example of " + what).isTrue();
                    assertThat(p.get("schema").has("type")).as("type of " + what).isTrue();
                }
            }
        }
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode p : operation.get("parameters")) {
            if (p.get("name").asString().equals(name)) {
                return p;
            }
        }
        return null;
    }
}
