package org.gba.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gba.advisor.profiles.SampleProfiles;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.ProfileJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each fixture's advice meets the expected outcome written beside it ({@code <id>.expect.json}). */
class FixtureExpectationsTest {

    /** What a fixture's advice must show; absent parts are not checked. */
    record Expectation(String profile, String topModel, Map<String, Advice.Fit> modelFits,
                       List<String> recommendations, String topCountermeasure, List<String> constraints,
                       List<String> notConstraints, Map<String, List<String>> mentions, List<String> dataGaps,
                       String why) {
    }

    static Stream<Path> expectations() {
        return SampleProfiles.profileFiles(TestRules.FIXTURES_DIR).stream()
                .map(p -> p.resolveSibling(p.getFileName().toString().replace(".json", SampleProfiles.EXPECTATION_SUFFIX)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void adviceMeetsTheExpectedOutcome(Path file) {
        assertThat(file).as("every fixture has its expected outcome").exists();
        Expectation e = ProfileJson.MAPPER.readValue(file.toFile(), Expectation.class);
        Advice a = TestRules.ADVICE.advise(Fixtures.get(e.profile()), Lang.EN);
        assertThat(e.why()).as("an expectation says why").isNotBlank();
        if (e.topModel() != null) {
            assertThat(a.models().get(0).id()).as("top model").isEqualTo(e.topModel());
        }
        if (e.modelFits() != null) {
            e.modelFits().forEach((id, fit) -> assertThat(model(a, id).fit().compareTo(fit))
                    .as("fit of " + id + " at least " + fit).isLessThanOrEqualTo(0));
        }
        List<String> recommended = a.recommendations().stream().map(Advice.Recommendation::id).toList();
        if (e.recommendations() != null) {
            assertThat(recommended).containsAll(e.recommendations());
        }
        if (e.topCountermeasure() != null) {
            assertThat(a.recommendations().get(0).countermeasure()).as("top countermeasure").isEqualTo(e.topCountermeasure());
        }
        List<String> diagnosed = a.constraints().stream().map(Advice.Diagnosis::id).toList();
        if (e.constraints() != null) {
            assertThat(diagnosed).containsAll(e.constraints());
        }
        if (e.notConstraints() != null) {
            assertThat(diagnosed).doesNotContainAnyElementsOf(e.notConstraints());
        }
        if (e.mentions() != null) {
            e.mentions().forEach((id, words) -> {
                String actions = String.join(" | ", a.recommendations().stream().filter(r -> r.id().equals(id))
                        .findFirst().orElseThrow(() -> new AssertionError(id + " not recommended")).actions());
                words.forEach(w -> assertThat(actions).as(id + " actions").contains(w));
            });
        }
        if (e.dataGaps() != null) {
            assertThat(a.dataGaps().stream().map(Advice.DataGap::code).toList()).containsAll(e.dataGaps());
        }
    }

    private static Advice.ModelFit model(Advice a, String id) {
        return a.models().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }
}
