package org.gba.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.ProfileBuilder;
import org.gba.advisor.testing.RulesFolder;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Answer;
import org.gba.advisor.vocabulary.AssetType;
import org.gba.advisor.vocabulary.ConstraintType;
import org.gba.advisor.vocabulary.Flow;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.Question;
import org.gba.advisor.vocabulary.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** How much, how severe, how sure: magnitude, severity carried through, capacity gates and robust ranks. */
class GradedEvidenceTest {

    private static Advice advise(Profile p) {
        return TestRules.ADVICE.advise(p, Lang.EN);
    }

    private static double score(Advice a, String id) {
        return a.recommendations().stream().filter(r -> r.id().equals(id)).mapToDouble(Advice.Recommendation::score)
                .findFirst().orElse(0);
    }

    private static double model(Advice a, String id) {
        return a.models().stream().filter(m -> m.id().equals(id)).mapToDouble(Advice.ModelFit::score).findFirst().orElse(0);
    }

    @Test
    void threeJointProjectsAreNotSixtyOne() {
        Profile few = city("a").with(asset(AssetType.PROVINCIAL_LAB).figure("joint-projects", 3)).build();
        Profile many = city("a").with(asset(AssetType.PROVINCIAL_LAB).figure("joint-projects", 61)).build();
        assertThat(model(advise(many), "M2")).isGreaterThan(model(advise(few), "M2"));
        // and the points of the joint-projects rule itself, with the band's reason behind them
        double fewPoints = TestRules.evidenceOf("m2.lab-runs-joint-projects", few).get(0).points();
        double manyPoints = TestRules.evidenceOf("m2.lab-runs-joint-projects", many).get(0).points();
        assertThat(manyPoints).isEqualTo(fewPoints * 3);
    }

    /**
     * A lab that states neither project figure: the rule that needs them fires only latently, so no answer cites it,
     * yet the data gap for either figure says what stating it would add to M2 (computed from that latent firing).
     * And a facility that states its SAR projects as 0 is not said to serve SAR teams.
     */
    @Test
    void aFigureNotStatedIsAskedForAndNeverCounted() {
        Advice silent = advise(city("a").with(asset(AssetType.PROVINCIAL_LAB)).build());
        assertThat(silent.models()).flatExtracting(Advice.ModelFit::because).extracting(Advice.Reason::rule)
                .doesNotContain("m2.lab-runs-joint-projects");
        assertThat(silent.dataGaps()).filteredOn(g -> g.code().equals("joint-projects")).singleElement()
                .satisfies(g -> assertThat(g.probes()).flatExtracting(Advice.Probe::changes)
                        .anySatisfy(c -> assertThat(c.id()).isEqualTo("M2")));
        Advice none = advise(city("a").with(asset(AssetType.BIG_SCIENCE_FACILITY).figure("hk-macao-projects", 0)).build());
        assertThat(none.models()).flatExtracting(Advice.ModelFit::because).extracting(Advice.Reason::rule)
                .doesNotContain("m4.facility-serves-sar-teams");
    }

    /** A profile in which the declared constraint is answered by actions. */
    private static Profile declaring(ConstraintType type, Severity severity) {
        ProfileBuilder b = city("x").with(asset(AssetType.INDUSTRIAL_CLUSTER).fields("biomedicine")
                        .supplyChain(org.gba.advisor.vocabulary.SupplyChain.COMPLETE))
                .with(asset(AssetType.INCUBATOR_BASE)).with(asset(AssetType.BIG_SCIENCE_FACILITY));
        return type == ConstraintType.FLOW_BARRIER ? b.barrier(Flow.BIOLOGICAL_MATERIALS, severity).build()
                : b.declare(type, severity).build();
    }

    @ParameterizedTest
    @EnumSource(ConstraintType.class)
    void aHighDeclarationOutranksTheSameAtLowForEveryActionAnsweringIt(ConstraintType type) {
        Advice low = advise(declaring(type, Severity.LOW));
        Advice high = advise(declaring(type, Severity.HIGH));
        Set<String> answering = new TreeSet<>();
        for (Advice.Recommendation r : high.recommendations()) {
            boolean restsOnTheDeclaration = r.because().stream().anyMatch(b -> b.facts().stream()
                    .anyMatch(f -> f.path() != null && (f.path().startsWith("/constraints/") || f.path().startsWith("#C"))));
            if (restsOnTheDeclaration) {
                answering.add(r.id());
            }
        }
        assertThat(answering).as(type + " is answered by some action").isNotEmpty();
        for (String id : answering) {
            assertThat(score(high, id)).as(id + " for " + type + " at HIGH vs LOW").isGreaterThan(score(low, id));
        }
    }

    @Test
    void aDiagnosisFromAnIndicatorIsAsSevereAsTheShortfall() {
        double threshold = TestRules.RULES.parameters().threshold("basic-research-share.low");
        double slightly = TestRules.evidenceOf("c2.basic-research-share-low",
                city("a").indicator("basic-research-share", threshold * 0.9).build()).get(0).points();
        double far = TestRules.evidenceOf("c2.basic-research-share-low",
                city("a").indicator("basic-research-share", threshold * 0.3).build()).get(0).points();
        assertThat(far).isEqualTo(slightly * 3);
    }

    @Test
    void aPlaceWithoutAFacilityOrReachToOneGetsNoBigScienceAction() {
        Profile lowRd = city("manufacturing-city").indicator("gerd-gdp", 1.0)
                .with(asset(AssetType.INDUSTRIAL_CLUSTER).fields("equipment-manufacturing"))
                .answer(Question.FACILITY_ACCESS, Answer.NO).build();
        Advice a = advise(lowRd);
        Advice.Recommendation cm1c = a.recommendations().stream().filter(r -> r.id().equals("CM1c")).findFirst()
                .orElseThrow();
        assertThat(cm1c.actions()).noneSatisfy(t -> assertThat(t).contains("international big-science programmes around"))
                .allSatisfy(t -> assertThat(t).startsWith("Build the research base first"));
        Advice withFacility = advise(city("m").indicator("gerd-gdp", 1.0).with(asset(AssetType.BIG_SCIENCE_FACILITY)
                .named("a light source")).build());
        assertThat(withFacility.recommendations()).filteredOn(r -> r.id().equals("CM1c")).singleElement()
                .satisfies(r -> assertThat(String.join(" ", r.actions())).contains("around a light source"));
    }

    @Test
    void aPlaceWithoutAnIncubationBaseIsNotToldAboutItsBases() {
        Profile noBase = city("x").declare(ConstraintType.LOW_TRANSFER, Severity.HIGH)
                .answer(Question.INCUBATION_BASE, Answer.NO).build();
        assertThat(advise(noBase).recommendations()).filteredOn(r -> r.id().equals("CM3b")).singleElement()
                .satisfies(r -> assertThat(r.actions()).allSatisfy(t -> assertThat(t).startsWith("Set up an incubation")));
    }

    @Test
    void whereACapacityIsNotKnownTheActionCoversBothCasesAndTheQuestionIsAsked() {
        Advice a = advise(city("unknown").indicator("gerd-gdp", 1.0).build());
        assertThat(a.recommendations()).filteredOn(r -> r.id().equals("CM1c")).singleElement()
                .satisfies(r -> assertThat(r.actions()).singleElement().satisfies(t -> assertThat(t)
                        .startsWith("If the place has or can use a big science facility").contains("if it has none")));
        assertThat(a.dataGaps()).anySatisfy(g -> {
            assertThat(g.code()).isEqualTo("FACILITY_ACCESS");
            assertThat(g.probes()).anySatisfy(p -> assertThat(p.changes()).anySatisfy(c -> {
                assertThat(c.id()).isEqualTo("CM1c");
                assertThat(c.movement()).isEqualTo(Change.Movement.REWORDED);
            }));
        });
    }

    @Test
    void aClearLeadIsRobustAndABuiltTieIsNot() {
        Advice dongguan = advise(Fixtures.get("dongguan"));
        assertThat(dongguan.certainty().topModel()).isEqualTo("M4");
        assertThat(dongguan.certainty().topModelRobust()).isTrue();
        assertThat(dongguan.models().get(0).robustness()).satisfies(r -> {
            assertThat(r.medianRank()).isEqualTo(1);
            assertThat(r.low()).isEqualTo(1);
            assertThat(r.high()).isEqualTo(1);
            assertThat(r.firstShare()).isEqualTo(1.0);
        });
        // two models resting on one piece of evidence each, of equal weight: a coin toss
        Profile tie = city("tie").with(asset(AssetType.RESEARCH_INSTITUTE)).with(asset(AssetType.SCIENCE_PARK)
                .lead(org.gba.advisor.vocabulary.Subject.GOVERNMENT)).build();
        Advice tied = advise(tie);
        assertThat(tied.models().get(0).rank()).isEqualTo(tied.models().get(1).rank());
        assertThat(tied.certainty().topModelRobust()).isFalse();
        assertThat(tied.models().get(0).robustness().low()).isEqualTo(1);
        assertThat(tied.models().get(0).robustness().high()).isEqualTo(2);
        assertThat(tied.models().get(0).robustness().firstShare()).isBetween(0.3, 0.7);
    }

    @Test
    void theIntervalsAreTheSameEveryTime() {
        Advice first = advise(Fixtures.get("nansha"));
        Advice again = advise(Fixtures.get("nansha"));
        assertThat(first.models()).extracting(Advice.ModelFit::robustness)
                .isEqualTo(again.models().stream().map(Advice.ModelFit::robustness).toList());
    }

    @TempDir
    Path tmp;

    /** The premise of re-summing without re-evaluating: which rules fire, and on what, does not depend on weights. */
    @Test
    void theSameRulesFireWhateverTheWeights() {
        Path rules = RulesFolder.copyTo(tmp.resolve("rules"));
        java.util.Random random = new java.util.Random(7);
        RulesFolder.edit(rules.resolve("parameters.yaml"), s -> {
            Matcher m = Pattern.compile("(?m)^(    weight: )([0-9.]+)$").matcher(s);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                double w = Double.parseDouble(m.group(2));
                double drawn = w < 1 ? w : w * (0.5 + random.nextDouble());
                m.appendReplacement(out, m.group(1) + String.format(java.util.Locale.ROOT, "%.3f", drawn));
            }
            m.appendTail(out);
            return out.toString();
        });
        RuleBase other = new RuleBaseLoader().load(rules);
        for (Profile p : Fixtures.all()) {
            assertThat(firings(other, p)).as(p.id()).isEqualTo(firings(TestRules.RULES, p));
        }
        other.close();
    }

    private static List<String> firings(RuleBase rules, Profile p) {
        return rules.evaluate(p).evidence().stream()
                .map(e -> e.ruleId() + "→" + e.target() + e.facts().stream().map(f -> f.path()).toList())
                .sorted().toList();
    }
}
