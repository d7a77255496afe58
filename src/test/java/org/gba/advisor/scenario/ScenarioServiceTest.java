package org.gba.advisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gba.advisor.advice.Advice;
import org.gba.advisor.advice.AdviceService;
import org.gba.advisor.advice.Change;
import org.gba.advisor.advice.Ranked;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.InvalidProfileException;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What-if without Spring: scenario diffs, sweeps with tipping points, and the paper's what-if cases. */
class ScenarioServiceTest {
    static final ScenarioService SCENARIOS = new ScenarioService(TestRules.ADVICE, Fixtures.VALIDATOR, Fixtures.SAMPLES,
            org.gba.advisor.profiles.Neighbours.builtIn(Fixtures.SAMPLES));

    static JsonNode json(String text) {
        return ProfileJson.MAPPER.readTree(text);
    }

    static ScenarioRequests.Scenario patch(String name, String ops) {
        return new ScenarioRequests.Scenario(name, json(ops), null);
    }

    static org.gba.advisor.advice.ExplainedChange change(Comparison.Outcome o, String id) {
        return o.diff().stream().filter(c -> c.change().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " did not move in " + o.name()));
    }

    /** Dongguan as fixed, plus a basic-research share below the threshold (its real share is not known). */
    static Profile dongguanWithShare(double share) {
        return ScenarioService.withIndicator(Fixtures.get("dongguan"), "basic-research-share", share,
                TestRules.RULES.catalog());
    }

    @Test
    void raisingDongguansBasicResearchSharePastTheThresholdRemovesC2AndWhatRestsOnIt() {
        double threshold = TestRules.RULES.parameters().threshold("basic-research-share.low");
        Profile base = dongguanWithShare(threshold - 3);
        int index = base.indicatorsOrEmpty().size() - 1;
        Comparison c = SCENARIOS.compare(new ScenarioRequests.Compare(base, null, List.of(patch("more basic research",
                "[{\"op\": \"replace\", \"path\": \"/indicators/" + index + "/value\", \"value\": " + (threshold + 2) + "}]"))),
                Lang.EN);
        assertThat(c.base().constraints()).extracting(Advice.Diagnosis::id).contains("C2");
        Comparison.Outcome o = c.scenarios().get(0);
        assertThat(o.advice().constraints()).extracting(Advice.Diagnosis::id).doesNotContain("C2");
        org.gba.advisor.advice.ExplainedChange c2 = change(o, "C2");
        assertThat(c2.change().movement()).isEqualTo(Change.Movement.LEFT);
        assertThat(c2.evidence()).singleElement().satisfies(e -> {
            assertThat(e.rule()).isEqualTo("c2.basic-research-share-low");
            assertThat(e.points()).isNegative();
            assertThat(e.facts()).extracting(f -> f.path()).containsExactly("/indicators/" + index);
        });
        org.gba.advisor.advice.ExplainedChange cm1c = change(o, "CM1c");
        assertThat(cm1c.evidence()).anySatisfy(e -> assertThat(e.rule()).isEqualTo("cm1c.joint-basic-research"));
        assertThat(change(o, "M4").change().scoreDelta()).isNegative();
    }

    @Test
    void liftingTheBiomaterialsBarrierOfABiomedicineCityDropsTheWhitelistAction() {
        Comparison c = SCENARIOS.compare(new ScenarioRequests.Compare(null, "zhongshan", List.of(
                patch("barrier lifted", "[{\"op\": \"remove\", \"path\": \"/constraints/0\"}]"))), Lang.EN);
        assertThat(c.base().recommendations()).extracting(Advice.Recommendation::id).contains("CM4a");
        Comparison.Outcome o = c.scenarios().get(0);
        assertThat(o.advice().recommendations()).extracting(Advice.Recommendation::id).doesNotContain("CM4a", "CM4b");
        assertThat(change(o, "CM4a").change().movement()).isEqualTo(Change.Movement.LEFT);
        assertThat(change(o, "CM4a").evidence()).allSatisfy(e -> assertThat(e.points()).isNegative());
    }

    @Test
    void aMergePatchWorksTooAndSeveralScenariosAreComparedWithOneBase() {
        Comparison c = SCENARIOS.compare(new ScenarioRequests.Compare(null, "zhongshan", List.of(
                new ScenarioRequests.Scenario("no constraints", null, json("{\"constraints\": []}")),
                patch("nothing", "[]"))), Lang.ZH);
        assertThat(c.scenarios()).hasSize(2);
        assertThat(c.scenarios().get(0).advice().constraints()).extracting(Advice.Diagnosis::id).doesNotContain("C4b");
        assertThat(c.scenarios().get(1).diff()).isEmpty();
    }

    @Test
    void aPatchThatBreaksTheProfileNamesTheScenarioOperationAndField() {
        assertThatThrownBy(() -> SCENARIOS.compare(new ScenarioRequests.Compare(null, "dongguan", List.of(
                patch("fine", "[]"),
                patch("absurd", "[{\"op\": \"test\", \"path\": \"/id\", \"value\": \"dongguan\"},"
                        + "{\"op\": \"replace\", \"path\": \"/indicators/0/value\", \"value\": 400}]"))), Lang.EN))
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.scenario()).isEqualTo("absurd");
                    assertThat(e.scenarioIndex()).isEqualTo(1);
                    assertThat(e.operation()).isEqualTo(1);
                    assertThat(e.violations()).extracting(v -> v.pointer()).containsExactly("/indicators/0/value");
                });
        assertThatThrownBy(() -> SCENARIOS.compare(new ScenarioRequests.Compare(null, "dongguan", List.of(
                patch("missing path", "[{\"op\": \"remove\", \"path\": \"/assets/99\"}]"))), Lang.EN))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.operation()).isZero());
        assertThatThrownBy(() -> SCENARIOS.compare(new ScenarioRequests.Compare(null, "dongguan", List.of(
                patch("typo", "[{\"op\": \"add\", \"path\": \"/populaton\", \"value\": 1}]"))), Lang.EN))
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.operation()).isZero();
                    assertThat(e.violations()).extracting(v -> v.pointer()).containsExactly("/populaton");
                });
    }

    @Test
    void aSweepOverRdIntensityReportsATippingPointThatEvaluationsEitherSideConfirm() {
        SweepResult r = SCENARIOS.sweep(new ScenarioRequests.Sweep(null, "dongguan",
                new ScenarioRequests.Axis("gerd-gdp", 0.0, 6.0, 1000), null));
        assertThat(r.points()).hasSize(1000);
        assertThat(r.series()).anySatisfy(s -> assertThat(s.id()).isEqualTo("M4"));
        SweepResult.TippingPoint c2 = r.tippingPoints().stream()
                .filter(t -> t.id().equals("C2") && t.event() == SweepResult.Event.LEFT).findFirst().orElseThrow();
        double threshold = TestRules.RULES.parameters().threshold("gerd-gdp.low");
        assertThat(c2.below()).isLessThan(threshold).isCloseTo(threshold, org.assertj.core.data.Offset.offset(0.01));
        assertThat(c2.above()).isGreaterThanOrEqualTo(threshold);
        Profile dongguan = Fixtures.get("dongguan");
        assertThat(constraintsAt(dongguan, c2.below())).contains("C2");
        assertThat(constraintsAt(dongguan, c2.above())).doesNotContain("C2");
        assertThat(r.timing().evaluations()).isGreaterThanOrEqualTo(1000);
    }

    private static List<String> constraintsAt(Profile p, double gerd) {
        Profile changed = ScenarioService.withIndicator(p, "gerd-gdp", gerd, TestRules.RULES.catalog());
        return AdviceService.rank(TestRules.RULES, changed).constraints().stream().map(Ranked.Item::id).toList();
    }

    @Test
    void aTwoIndicatorGridGivesEveryPointAndTippingPointsAlongTheFirstAxis() {
        SweepResult r = SCENARIOS.sweep(new ScenarioRequests.Sweep(null, "dongguan",
                new ScenarioRequests.Axis("basic-research-share", 0.0, 30.0, 31),
                new ScenarioRequests.Axis("gerd-gdp", 1.0, 5.0, 5)));
        assertThat(r.points()).hasSize(155);
        assertThat(r.tippingPoints()).filteredOn(t -> t.id().equals("CM1c")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.second()).isNotNull());
    }

    @Test
    void sweepsAreBoundedAndChecked() {
        assertThatThrownBy(() -> SCENARIOS.sweep(new ScenarioRequests.Sweep(null, "dongguan",
                new ScenarioRequests.Axis("gerd-gdp", 0.0, 6.0, 100), new ScenarioRequests.Axis("basic-research-share", 0.0, 9.0, 11))))
                .isInstanceOfSatisfying(InvalidProfileException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.pointer()).containsExactly("/second/steps"));
        assertThatThrownBy(() -> SCENARIOS.sweep(new ScenarioRequests.Sweep(null, "dongguan",
                new ScenarioRequests.Axis("gdp-growth", 0.0, 200.0, 1), null)))
                .isInstanceOfSatisfying(InvalidProfileException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.pointer()).containsExactly("/axis/indicator", "/axis/steps"));
        assertThatThrownBy(() -> SCENARIOS.sweep(new ScenarioRequests.Sweep(Fixtures.get("dongguan"), "dongguan",
                new ScenarioRequests.Axis("gerd-gdp", 0.0, 6.0, 10), null))).isInstanceOf(InvalidProfileException.class);
    }
}
