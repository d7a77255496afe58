package org.gba.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.Http.assertProblem;

import java.util.List;
import java.util.Set;
import org.gba.advisor.access.ApiKeys;
import org.gba.advisor.access.Role;
import org.gba.advisor.testing.Http;
import org.gba.advisor.testing.Profiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What an official writing a profile by hand meets (issue 13): every error of form at once, each with its pointer
 * and with the content errors beside them; a suggestion for a code that is nearly right; units a person uses,
 * converted with the original kept, and refused with a reason where they cannot be; parents that must exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfficialsApiTest {
    @LocalServerPort
    int port;
    @Autowired
    ApiKeys keys;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** A district of Dongguan, well formed; tests spoil it. */
    private static String district(String id, String indicators, String assets) {
        return """
                {"id": "%s", "name": {"zh": "松山湖", "en": "Songshan Lake"}, "kind": "DISTRICT",
                 "jurisdiction": "GUANGDONG", "parent": "dongguan", "year": 2022,
                 "indicators": [%s], "assets": [%s]}""".formatted(id, indicators, assets);
    }

    private static List<String> pointers(Http.Reply r) {
        return r.body().get("errors").findValuesAsString("pointer");
    }

    private static String message(Http.Reply r, String pointer) {
        for (JsonNode e : r.body().get("errors")) {
            if (e.get("pointer").asString().equals(pointer)) {
                return e.get("message").asString();
            }
        }
        throw new AssertionError("no error at " + pointer + ": " + r.raw());
    }

    @Test
    void fiveErrorsOfFormInOneBodyGiveFiveEntries() throws Exception {
        String body = """
                {"id": "songshan-lake", "name": {"zh": "松山湖", "en": "Songshan Lake"}, "kind": "DISTRCT",
                 "jurisdiction": "GUANGDONG", "parent": "dongguan", "year": "2022",
                 "indicators": [{"code": "gerd-gdp", "value": "4.1", "unit": "%", "year": 2022, "source": "x"}],
                 "assets": [{"type": "STATE_KEY_LABS", "name": {"zh": "实验室", "en": "Lab"}, "fields": "ai", "source": "x"}]}""";
        Http.Reply r = http.breakingTheContract().post("/api/v1/advice", body);
        assertProblem(r, 400, "invalid-profile");
        assertThat(pointers(r)).containsExactly("/assets/0/fields", "/assets/0/type", "/indicators/0/value", "/kind",
                "/year");
        assertThat(message(r, "/kind")).contains("'DISTRCT' is not one of").contains("did you mean 'DISTRICT'?");
        assertThat(message(r, "/year")).contains("expected a whole number");
        assertThat(message(r, "/indicators/0/value")).contains("expected a number");
        assertThat(message(r, "/assets/0/type")).contains("did you mean 'STATE_KEY_LAB'?");
        assertThat(message(r, "/assets/0/fields")).contains("expected an array");
    }

    @Test
    void errorsOfFormAndOfContentComeInOneAnswer() throws Exception {
        String body = district("songshan-lake", """
                {"code": "gerd-gdp", "value": 140, "unit": "%", "year": 2022, "source": "x"}""", """
                {"type": "STATE_KEY_LAB", "name": {"zh": "实验室", "en": "Lab"}, "fields": ["biomedical"], "source": "x", "colour": "red"}""");
        Http.Reply r = http.breakingTheContract().post("/api/v1/advice", body);
        assertProblem(r, 400, "invalid-profile");
        assertThat(pointers(r)).containsExactly("/assets/0/colour", "/assets/0/fields/0", "/indicators/0/value");
        assertThat(message(r, "/assets/0/colour")).contains("unknown field 'colour'");
    }

    @Test
    void nestedInASubmissionTheErrorsPointFromTheBody() throws Exception {
        String id = Profiles.freshId("songshan");
        String key = keys.create(Role.OFFICIAL, Set.of("dongguan"), "official", "test").key();
        String profile = district(id, "", "").replace("\"DISTRICT\"", "\"DISTRCT\"").replace("2022,", "\"2022\",");
        Http.Reply r = http.breakingTheContract().withKey(key).post("/api/v1/profiles/" + id + "/versions",
                "{\"comment\": \"first\", \"profile\": " + profile + "}");
        assertProblem(r, 400, "invalid-profile");
        assertThat(pointers(r)).containsExactly("/profile/kind", "/profile/year");
    }

    @Test
    void biomedicalIsAnsweredWithASuggestionOfBiomedicine() throws Exception {
        Http.Reply r = http.breakingTheContract().post("/api/v1/advice", district("songshan-lake", "", """
                {"type": "STATE_KEY_LAB", "name": {"zh": "实验室", "en": "Lab"}, "fields": ["biomedical"], "source": "x"}"""));
        assertProblem(r, 400, "invalid-profile");
        assertThat(message(r, "/assets/0/fields/0")).contains("unknown field 'biomedical'")
                .contains("did you mean 'biomedicine'?");
    }

    @Test
    void aFieldWrittenOutByItsNameInEitherLanguageIsPointedToItsCode() throws Exception {
        // an official wrote "artificial-intelligence" and got no suggestion: the code is "ai"
        Http.Reply r = http.breakingTheContract().post("/api/v1/advice", district("songshan-lake", "", """
                {"type": "STATE_KEY_LAB", "name": {"zh": "实验室", "en": "Lab"}, "fields": ["artificial-intelligence", "biomedical"], "source": "x"}"""));
        assertProblem(r, 400, "invalid-profile");
        assertThat(message(r, "/assets/0/fields/0")).contains("did you mean 'ai'? artificial intelligence / 人工智能");
        assertThat(message(r, "/assets/0/fields/1")).contains("did you mean 'biomedicine'?");
        // a field written in Chinese breaks the code's pattern, and is still pointed to its code beside that
        Http.Reply zh = http.breakingTheContract().post("/api/v1/advice", district("songshan-lake", "", """
                {"type": "STATE_KEY_LAB", "name": {"zh": "实验室", "en": "Lab"}, "fields": ["人工智能"], "source": "x"}"""));
        List<String> messages = new java.util.ArrayList<>();
        zh.body().get("errors").forEach(e -> {
            if (e.get("pointer").asString().equals("/assets/0/fields/0")) {
                messages.add(e.get("message").asString());
            }
        });
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("did you mean 'ai'?"));
    }

    @Test
    void codesNearlyRightAreSuggestedAndWildGuessesAreNot() throws Exception {
        Http.Reply r = http.breakingTheContract().post("/api/v1/advice", district("songshan-lake", """
                {"code": "gerd-gpd", "value": 4, "unit": "%", "year": 2022, "source": "x"},
                {"code": "zzz", "value": 4, "unit": "%", "year": 2022, "source": "x"}""", """
                {"type": "STATE_KEY_LAB", "name": {"zh": "实验室", "en": "Lab"}, "source": "x",
                 "figures": [{"code": "joint-project", "value": 4, "unit": "count", "year": 2022, "source": "x"}]}"""));
        assertProblem(r, 400, "invalid-profile");
        assertThat(message(r, "/indicators/0/code")).contains("did you mean 'gerd-gdp'?");
        assertThat(message(r, "/indicators/1/code")).doesNotContain("did you mean");
        assertThat(message(r, "/assets/0/figures/0/code")).contains("did you mean 'joint-projects'?");
    }

    @Test
    void aFigureInBillionYuanIsConvertedAndItsOriginalKept() throws Exception {
        String id = Profiles.freshId("songshan");
        String key = keys.create(Role.OFFICIAL, Set.of("dongguan"), "official", "test").key();
        String profile = district(id, """
                {"code": "gdp", "value": 85.5, "unit": "billion yuan", "year": 2022, "source": "x"}""", """
                {"type": "LEADING_FIRM", "name": {"zh": "企业", "en": "Firm"}, "source": "x",
                 "figures": [{"code": "revenue", "value": 3200, "unit": "万元", "year": 2022, "source": "x"}]}""");
        Http.Reply stored = http.withKey(key).post("/api/v1/profiles/" + id + "/versions",
                "{\"comment\": \"first\", \"profile\": " + profile + "}");
        assertThat(stored.status()).as(stored.raw()).isEqualTo(201);
        JsonNode back = http.withKey(key).get("/api/v1/profiles/" + id).body();
        JsonNode gdp = back.get("indicators").get(0);
        assertThat(gdp.get("value").asDouble()).isEqualTo(855.0);
        assertThat(gdp.get("unit").asString()).isEqualTo("100 million yuan");
        assertThat(gdp.get("original").get("value").asDouble()).isEqualTo(85.5);
        assertThat(gdp.get("original").get("unit").asString()).isEqualTo("billion yuan");
        assertThat(gdp.get("original").get("conversion").asString()).contains("× 10");
        JsonNode revenue = back.get("assets").get(0).get("figures").get(0);
        assertThat(revenue.get("value").asDouble()).isEqualTo(0.32);
        assertThat(revenue.get("original").get("unit").asString()).isEqualTo("万元");
    }

    @Test
    void hongKongDollarsConvertAtTheYearsSourcedRateAndAYearWithoutOneIsRefused() throws Exception {
        String sar = """
                {"id": "hk-test", "name": {"zh": "香港", "en": "Hong Kong"}, "kind": "SAR", "jurisdiction": "HONG_KONG",
                 "year": %d, "indicators": [{"code": "gdp", "value": 100, "unit": "HK$ billion", "year": %d, "source": "C&SD"}]}""";
        assertThat(http.post("/api/v1/advice", sar.formatted(2012, 2012)).status()).isEqualTo(200);
        Http.Reply refused = http.post("/api/v1/advice", sar.formatted(2022, 2022));
        assertProblem(refused, 400, "invalid-profile");
        assertThat(message(refused, "/indicators/0/unit")).contains("needs the HKD rate of 2022").contains("2012");
        Http.Reply kg = http.post("/api/v1/advice", sar.formatted(2012, 2012).replace("HK$ billion", "kg"));
        assertThat(message(kg, "/indicators/0/unit")).contains("not 'kg'").contains("billion yuan").contains("亿元");
    }

    @Test
    void theDocumentListsEveryCodeAsAnEnumWithItsTitlesInBothLanguages() {
        JsonNode schemas = http.document().get("components").get("schemas");
        JsonNode indicators = schemas.get("IndicatorCode");
        assertThat(indicators.get("enum").toString()).contains("\"gerd-gdp\"").contains("\"gdp\"");
        assertThat(indicators.get("x-enum-descriptions").get(0).asString())
                .isEqualTo("研发经费投入强度（R&D经费占GDP比重） / Gross expenditure on R&D (GERD) as % of GDP [%]");
        assertThat(schemas.get("FieldCode").get("enum").toString()).contains("\"biomedicine\"");
        assertThat(schemas.get("AssetFigureCode").get("enum").toString()).contains("\"joint-projects\"");
        assertThat(schemas.get("InstrumentCode").get("enum").toString()).contains("\"biomaterials-whitelist-pilot\"");
        assertThat(schemas.get("IndicatorFigure").get("properties").get("code").get("$ref").asString())
                .isEqualTo("#/components/schemas/IndicatorCode");
        assertThat(schemas.get("Profile").get("properties").get("indicators").get("items").get("$ref").asString())
                .isEqualTo("#/components/schemas/IndicatorFigure");
        assertThat(schemas.get("ProfileAsset").get("properties").get("fields").get("items").get("$ref").asString())
                .isEqualTo("#/components/schemas/FieldCode");
        JsonNode assetType = schemas.get("ProfileAsset").get("properties").get("type");
        assertThat(assetType.get("x-enum-descriptions").toString()).contains("重大科技基础设施 / Big science facility");
        JsonNode question = schemas.get("ChecklistAnswer").get("properties").get("question");
        assertThat(question.get("description").asString()).contains("CROSS_BORDER_TIE");
        assertThat(schemas.get("ProfileConstraint").get("properties").get("type").get("x-enum-descriptions").toString())
                .contains("Cross-border flow barrier");
    }

    @Test
    void aDistrictMustNameAnExistingParent() throws Exception {
        Http.Reply nowhere = http.post("/api/v1/advice", district("songshan-lake", "", "").replace("\"dongguan\"", "\"dongguang\""));
        assertProblem(nowhere, 400, "invalid-profile");
        assertThat(message(nowhere, "/parent")).contains("no profile 'dongguang'").contains("did you mean 'dongguan'?");
        Http.Reply platform = http.post("/api/v1/advice", district("songshan-lake", "", "").replace("\"dongguan\"", "\"hengqin\""));
        assertThat(message(platform, "/parent")).contains("'hengqin' is itself a platform");
        assertThat(http.post("/api/v1/advice", district("songshan-lake", "", "")).status()).isEqualTo(200);
        Http.Reply city = http.post("/api/v1/advice", district("songshan-lake", "", "").replace("\"DISTRICT\"", "\"CITY\""));
        assertThat(message(city, "/parent")).contains("belongs to no other place");
    }
}
