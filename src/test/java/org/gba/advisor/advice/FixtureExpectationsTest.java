package org.gba.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gba.advisor.profiles.SampleProfiles;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.ProfileJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each fixture's advice meets the expected outcome written beside it ({@code <id>.expect.json}). */
class FixtureExpectationsTest {

    static Stream<Path> expectations() {
        return SampleProfiles.profileFiles(TestRules.FIXTURES_DIR).stream()
                .map(p -> p.resolveSibling(p.getFileName().toString().replace(".json", SampleProfiles.EXPECTATION_SUFFIX)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void adviceMeetsTheExpectedOutcome(Path file) {
        assertThat(file).as("every fixture has its expected outcome").exists();
        Expectation e = ProfileJson.MAPPER.readValue(file.toFile(), Expectation.class);
        assertThat(e.why()).as("an expectation says why").isNotBlank();
        Advice a = TestRules.ADVICE.advise(Fixtures.get(e.profile()), Lang.EN);
        assertThat(e.misses(a)).isEmpty();
    }

    @Test
    void everyPartOfAnExpectationCanMiss() {
        Advice a = TestRules.ADVICE.advise(Fixtures.get("dongguan"), Lang.EN);
        Expectation wrong = new Expectation("dongguan", "M1", java.util.Map.of("M1", Advice.Fit.STRONG),
                List.of("CM9z"), "CM9", List.of("C9"), List.of("C3b"),
                java.util.Map.of("CM2b", List.of("a word no action has")), List.of("no-such-gap"), "all wrong");
        assertThat(wrong.misses(a)).extracting(Expectation.Miss::part).containsExactly("topModel", "modelFits.M1",
                "recommendations", "topCountermeasure", "constraints", "notConstraints", "mentions.CM2b", "dataGaps");
    }
}
