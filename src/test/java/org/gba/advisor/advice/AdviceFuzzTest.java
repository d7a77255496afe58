package org.gba.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.GeneratedProfiles;
import org.gba.advisor.testing.Mutations;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileJson;
import org.gba.advisor.vocabulary.Violation;
import tools.jackson.core.JacksonException;

/**
 * Fuzzing without a server: random JSON, mutated fixtures and random valid profiles through the parser, the
 * validator, the rules and the advice. Nothing may throw but the parser's own JacksonException, nothing may
 * hang, and every valid profile gets advice whose scores are the sums of their reasons.
 */
class AdviceFuzzTest {
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final Catalog CATALOG = TestRules.RULES.catalog();
    private static final GeneratedProfiles GENERATED = new GeneratedProfiles(CATALOG);

    @Property
    void randomJsonIsReadOrRejectedByTheParserAlone(@ForAll("randomJson") String json) {
        String outcome = check(json);
        Statistics.label("outcome").collect(outcome);
    }

    @Property
    void mutatedFixturesAreRejectedWithViolationsOrAdvised(
            @ForAll("fixtureJson") String fixture, @ForAll @Size(min = 1, max = 4) List<Mutations.@From("mutation") Mutation> mutations) {
        String outcome = check(Mutations.apply(fixture, mutations));
        Statistics.label("outcome").collect(outcome)
                .coverage(c -> c.check("advice").count(n -> n > 0));
    }

    @Property
    void randomValidProfilesAreAdvisedWithScoresThatAreTheirReasons(@ForAll("validProfile") Profile profile) {
        List<Violation> violations = Fixtures.VALIDATOR.validate(profile, CATALOG);
        Statistics.label("valid").collect(violations.isEmpty());
        if (violations.isEmpty()) {
            advise(profile);
        }
    }

    /** Parse, validate and advise; says how far it got. */
    private static String check(String json) {
        Profile profile;
        try {
            profile = assertTimeoutPreemptively(BOUND, () -> ProfileJson.MAPPER.readValue(json, Profile.class));
        } catch (JacksonException rejected) {
            return "rejected by the parser";
        }
        List<Violation> violations = assertTimeoutPreemptively(BOUND,
                () -> Fixtures.VALIDATOR.validate(profile, CATALOG));
        if (!violations.isEmpty()) {
            assertThat(violations).allSatisfy(v -> assertThat(v.message()).isNotBlank());
            return "rejected by the validator";
        }
        advise(profile);
        return "advice";
    }

    private static void advise(Profile profile) {
        for (Lang lang : Lang.values()) {
            Advice advice = assertTimeoutPreemptively(BOUND, () -> TestRules.ADVICE.advise(profile, lang));
            assertThat(Mutations.scoresAreTheirReasons(advice)).as(profile.id()).isTrue();
            assertThat(advice.models()).extracting(Advice.ModelFit::rank).containsExactlyElementsOf(
                    org.gba.advisor.testing.Ranks.competition(advice.models().stream().map(Advice.ModelFit::score).toList()));
        }
    }

    @Provide
    Arbitrary<String> randomJson() {
        return Mutations.randomJson();
    }

    @Provide
    Arbitrary<String> fixtureJson() {
        return Mutations.fixtureJson();
    }

    @Provide
    Arbitrary<Mutations.Mutation> mutation() {
        return Mutations.mutation();
    }

    @Provide
    Arbitrary<Profile> validProfile() {
        return Combinators.combine(GENERATED.kinds(), GENERATED.indicators(), GENERATED.assets(),
                GENERATED.constraints(), GENERATED.fields())
                .as((kind, indicators, assets, constraints, specialties) ->
                        GENERATED.build(kind, indicators, assets, constraints, specialties).build());
    }
}
