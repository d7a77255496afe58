package org.gba.advisor.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.TestRules;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** Validation names every bad field by its JSON Pointer, in plain words. */
class ProfileValidatorTest {

    private static List<Violation> validate(String json) {
        Profile p = ProfileJson.MAPPER.readValue(json, Profile.class);
        return Fixtures.VALIDATOR.validate(p, TestRules.RULES.catalog());
    }

    private static final String HEAD = """
            {"id": "x", "name": {"zh": "某地", "en": "X"}, "kind": "CITY", "jurisdiction": "GUANGDONG", "year": 2022""";

    @Test
    void aMinimalProfileIsValid() {
        assertThat(validate(HEAD + "}")).isEmpty();
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        assertThat(validate("{\"name\": {\"zh\": \"\"}}")).extracting(Violation::pointer)
                .contains("/id", "/kind", "/jurisdiction", "/year", "/name/zh", "/name/en");
    }

    @Test
    void indicatorsAreCheckedAgainstTheCatalog() {
        List<Violation> v = validate(HEAD + """
                , "indicators": [
                  {"code": "gerd-gdp", "value": 140, "unit": "%", "year": 2022, "source": "s"},
                  {"code": "basic-research-share", "value": 5, "unit": "percent", "year": 2022, "source": "s"},
                  {"code": "made-up", "value": 1, "unit": "%", "year": 2022, "source": "s"},
                  {"code": "gerd-gdp", "value": 3, "unit": "%", "year": 2022, "source": "s"},
                  {"code": "pct-applications", "value": -1, "unit": "count", "year": 2022, "source": ""}
                ]}""");
        assertThat(v).extracting(Violation::pointer).containsExactly(
                "/indicators/0/value", "/indicators/1/unit", "/indicators/2/code", "/indicators/3/code",
                "/indicators/4/source", "/indicators/4/value");
        assertThat(v.get(0).message()).contains("between 0 and 100");
        assertThat(v.get(3).message()).contains("twice");
    }

    @Test
    void assetsFieldsFiguresAndFlowsAreChecked() {
        List<Violation> v = validate(HEAD + """
                , "specialties": ["ai", "alchemy"],
                  "assets": [{"type": "INDUSTRIAL_CLUSTER", "name": "c", "fields": ["drones", "unicorns"], "source": "s",
                              "figures": [{"code": "teams-served", "value": 1e308, "unit": "count", "year": 2022, "source": "s"}]}],
                  "constraints": [{"type": "FLOW_BARRIER", "severity": "HIGH", "source": "s"},
                                  {"type": "TALENT_SHORTAGE", "flow": "DATA", "severity": "LOW", "source": "s"}]}""");
        assertThat(v).extracting(Violation::pointer).containsExactly("/assets/0/fields/1",
                "/assets/0/figures/0/value", "/constraints/0/flow", "/constraints/1/flow", "/specialties/1");
    }

    @Test
    void kindAndJurisdictionMustAgree() {
        assertThat(validate(HEAD.replace("\"CITY\", \"jurisdiction\": \"GUANGDONG\"", "\"SAR\", \"jurisdiction\": \"GUANGDONG\"") + "}"))
                .extracting(Violation::pointer).containsExactly("/jurisdiction");
        assertThat(validate(HEAD.replace("\"GUANGDONG\"", "\"MACAO\"") + "}")).extracting(Violation::pointer).containsExactly("/kind");
    }

    @Test
    void slugsAndYearsAreChecked() {
        assertThat(validate(HEAD.replace("\"id\": \"x\"", "\"id\": \"Not A Slug\"").replace("2022", "1700") + "}"))
                .extracting(Violation::pointer).containsExactly("/id", "/year");
    }

    @Test
    void unknownFieldsWrongTypesAndDuplicateKeysAreRejectedWhileReading() {
        assertThatThrownBy(() -> validate(HEAD + ", \"indicatorz\": []}")).isInstanceOf(JacksonException.class)
                .hasMessageContaining("indicatorz");
        assertThatThrownBy(() -> validate(HEAD.replace("2022", "\"2022\"") + "}")).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> validate(HEAD + ", \"year\": 2023}")).isInstanceOf(JacksonException.class)
                .hasMessageContaining("year");
        assertThatThrownBy(() -> validate(HEAD.replace("CITY", "VILLAGE") + "}")).isInstanceOf(JacksonException.class);
    }

    @Test
    void requireValidCarriesEveryViolation() {
        Profile p = ProfileJson.MAPPER.readValue(HEAD.replace("2022", "1700").replace("\"x\"", "\"X Y\"") + "}", Profile.class);
        assertThatThrownBy(() -> Fixtures.VALIDATOR.requireValid(p, TestRules.RULES.catalog()))
                .isInstanceOfSatisfying(InvalidProfileException.class, e -> assertThat(e.violations()).hasSize(2));
    }
}
