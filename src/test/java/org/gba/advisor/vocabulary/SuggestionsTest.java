package org.gba.advisor.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Suggestions: the nearest code to an unknown one, by its own form or by one of its names. */
class SuggestionsTest {
    private static final Map<String, List<String>> FIELDS = Map.of(
            "ai", List.of("人工智能", "artificial intelligence"),
            "biomedicine", List.of("生物医药", "biomedicine"),
            "marine-science", List.of("海洋科学", "marine science"));

    @Test
    void aCodeNearlyRightIsSuggested() {
        assertThat(Suggestions.nearest("biomedical", FIELDS)).contains("biomedicine");
        assertThat(Suggestions.nearest("marine_sciences", FIELDS)).contains("marine-science");
    }

    @Test
    void aNameInEitherLanguagePointsToItsCode() {
        assertThat(Suggestions.nearest("artificial-intelligence", FIELDS)).contains("ai");
        assertThat(Suggestions.nearest("Artificial Intelligence", FIELDS)).contains("ai");
        assertThat(Suggestions.nearest("人工智能", FIELDS)).contains("ai");
        assertThat(Suggestions.nearest("海洋科学研究", FIELDS)).contains("marine-science");
    }

    @Test
    void aWildGuessSuggestsNothing() {
        assertThat(Suggestions.nearest("quantum-computing-and-photonics", FIELDS)).isEmpty();
        assertThat(Suggestions.nearest("", FIELDS)).isEmpty();
    }

    @Test
    void theHintNamesTheCodeAndItsNames() {
        assertThat(Suggestions.hint("artificial-intelligence", FIELDS, code -> FIELDS.get(code).get(1)))
                .isEqualTo(" (did you mean 'ai'? artificial intelligence)");
        assertThat(Suggestions.hint("zzz", FIELDS, code -> code)).isEmpty();
    }
}
