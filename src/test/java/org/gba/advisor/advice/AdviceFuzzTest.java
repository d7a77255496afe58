package org.gba.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.Mutations;
import org.gba.advisor.testing.ProfileBuilder;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.AssetOrigin;
import org.gba.advisor.vocabulary.AssetType;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.ConstraintType;
import org.gba.advisor.vocabulary.Flow;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileJson;
import org.gba.advisor.vocabulary.Severity;
import org.gba.advisor.vocabulary.Subject;
import org.gba.advisor.vocabulary.SupplyChain;
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

    /** One asset of a generated profile. */
    record AssetRecipe(AssetType type, List<String> fields, Jurisdiction partner, Subject lead, SupplyChain chain,
                       AssetOrigin origin, boolean underConstruction, Map<String, Double> figures) {
    }

    /** One declared constraint of a generated profile. */
    record ConstraintRecipe(ConstraintType type, Flow flow, Severity severity) {
    }

    @Provide
    Arbitrary<Profile> validProfile() {
        List<String> fields = List.copyOf(CATALOG.fields().keySet());
        Arbitrary<AssetRecipe> asset = Combinators.combine(
                Arbitraries.of(AssetType.class),
                Arbitraries.of(fields).list().uniqueElements().ofMaxSize(3),
                Arbitraries.of(Jurisdiction.class).injectNull(0.5),
                Arbitraries.of(Subject.class).injectNull(0.5),
                Arbitraries.of(SupplyChain.class).injectNull(0.5),
                Arbitraries.of(AssetOrigin.class).injectNull(0.5),
                Arbitraries.of(true, false),
                Arbitraries.maps(Arbitraries.of(CATALOG.assetFigures().keySet()), Arbitraries.doubles().between(0, 1))
                        .ofMaxSize(2)).as(AssetRecipe::new);
        Arbitrary<ConstraintRecipe> constraint = Combinators.combine(Arbitraries.of(ConstraintType.class),
                Arbitraries.of(Flow.class), Arbitraries.of(Severity.class)).as(ConstraintRecipe::new);
        return Combinators.combine(
                Arbitraries.of(0, 1, 2, 3),
                Arbitraries.maps(Arbitraries.of(CATALOG.indicators().keySet()), Arbitraries.doubles().between(0, 1))
                        .ofMaxSize(CATALOG.indicators().size()),
                asset.list().ofMaxSize(6),
                constraint.list().ofMaxSize(4),
                Arbitraries.of(fields).list().uniqueElements().ofMaxSize(3)).as(AdviceFuzzTest::build);
    }

    private static Profile build(int kind, Map<String, Double> indicators, List<AssetRecipe> assets,
                                 List<ConstraintRecipe> constraints, List<String> specialties) {
        ProfileBuilder b = switch (kind) {
            case 0 -> ProfileBuilder.city("fuzz-city");
            case 1 -> ProfileBuilder.sar("fuzz-hk", Jurisdiction.HONG_KONG);
            case 2 -> ProfileBuilder.sar("fuzz-mo", Jurisdiction.MACAO);
            default -> ProfileBuilder.platform("fuzz-platform").parent("fuzz-city")
                    .specialties(specialties.toArray(String[]::new));
        };
        // A fraction of each indicator's range, so every value is in bounds and both sides of a threshold occur.
        indicators.forEach((code, f) -> b.indicator(code, scale(CATALOG.indicators().get(code).min(),
                CATALOG.indicators().get(code).max(), f)));
        for (AssetRecipe a : assets) {
            ProfileBuilder.AssetBuilder asset = ProfileBuilder.asset(a.type()).fields(a.fields().toArray(String[]::new));
            if (a.partner() != null) {
                asset.partner("partner university", a.partner());
            }
            if (a.lead() != null) {
                asset.lead(a.lead());
            }
            if (a.chain() != null) {
                asset.supplyChain(a.chain());
            }
            if (a.origin() != null) {
                asset.origin(a.origin());
            }
            if (a.underConstruction()) {
                asset.underConstruction();
            }
            a.figures().forEach((code, f) -> asset.figure(code, scale(CATALOG.assetFigures().get(code).min(),
                    CATALOG.assetFigures().get(code).max(), f)));
            b.with(asset);
        }
        for (ConstraintRecipe c : constraints) {
            if (c.type() == ConstraintType.FLOW_BARRIER) {
                b.barrier(c.flow(), c.severity());
            } else {
                b.declare(c.type(), c.severity());
            }
        }
        return b.build();
    }

    private static double scale(double min, double max, double fraction) {
        // Huge ranges (counts up to millions) are sampled logarithmically so small values occur too.
        double span = max - min;
        return span > 1000 ? min + Math.min(span, Math.pow(span + 1, fraction) - 1) : min + span * fraction;
    }
}
