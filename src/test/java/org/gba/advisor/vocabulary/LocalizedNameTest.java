package org.gba.advisor.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names in two languages, and the older single-string form that stored profile versions still use. */
class LocalizedNameTest {

    @Test
    void anAssetNameIsReadInBothLanguages() {
        ProfileAsset a = ProfileJson.MAPPER.readValue("""
                {"type": "UNIVERSITY", "name": {"zh": "香港科技大学", "en": "The Hong Kong University of Science and Technology"},
                 "partners": [{"name": {"zh": "南沙区人民政府", "en": "Nansha District Government"}, "jurisdiction": "GUANGDONG"}],
                 "source": "test"}""", ProfileAsset.class);
        assertThat(a.name().in(Lang.ZH)).isEqualTo("香港科技大学");
        assertThat(a.name().in(Lang.EN)).isEqualTo("The Hong Kong University of Science and Technology");
        assertThat(a.partnersOrEmpty().get(0).name().zh()).isEqualTo("南沙区人民政府");
        assertThat(ProfileJson.MAPPER.writeValueAsString(a)).contains("\"name\":{\"zh\":\"香港科技大学\"");
    }

    @Test
    void aPlainStringIsTheSameNameInBothLanguagesSoStoredVersionsStayReadable() {
        ProfileAsset a = ProfileJson.MAPPER.readValue("""
                {"type": "LEADING_FIRM", "name": "TCL", "partners": [{"name": "HKUST", "jurisdiction": "HONG_KONG"}],
                 "source": "test"}""", ProfileAsset.class);
        assertThat(a.name()).isEqualTo(new LocalizedName("TCL", "TCL"));
        assertThat(a.partnersOrEmpty().get(0).name()).isEqualTo(new LocalizedName("HKUST", "HKUST"));
    }
}
