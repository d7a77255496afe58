package org.gba.advisor.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The form check names each error by its JSON Pointer, a field name escaped as RFC 6901 says ({@code ~} as
 * {@code ~0}, {@code /} as {@code ~1}) and left as it is otherwise, and knows each record's fields and each enum's
 * constants however often it meets them.
 */
class ProfileFormTest {
    @Test
    void errorsArePointedToWithFieldNamesEscapedOnlyWhereTheyMustBe() {
        JsonNode tree = ProfileJson.MAPPER.readTree("""
                {"id": "x", "kind": "TOWN", "a/b~c": 1,
                 "assets": [{"type": "JOINT_LAB", "name": "one", "odd~": true}, {"type": "VILLAGE", "name": "two"}]}""");
        ProfileForm.Checked checked = ProfileForm.check(tree);
        assertThat(checked.violations()).extracting(Violation::pointer)
                .containsExactlyInAnyOrder("/kind", "/a~1b~0c", "/assets/0/odd~0", "/assets/1/type");
        assertThat(checked.violations()).filteredOn(v -> v.pointer().equals("/kind")).singleElement()
                .extracting(Violation::message).asString().contains("'TOWN' is not one of: ").contains("CITY");
        assertThat(checked.violations()).filteredOn(v -> v.pointer().equals("/a~1b~0c")).singleElement()
                .extracting(Violation::message).asString().startsWith("unknown field 'a/b~c'")
                .contains("known fields here: id, name, kind");
        assertThat(checked.cleaned().has("kind")).isFalse();
        assertThat(checked.cleaned().get("assets").get(0).has("odd~")).isFalse();
        assertThat(checked.cleaned().get("assets").get(0).get("type").asString()).isEqualTo("JOINT_LAB");
    }
}
