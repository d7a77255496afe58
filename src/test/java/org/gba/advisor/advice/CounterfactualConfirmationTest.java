package org.gba.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Profile;
import org.junit.jupiter.api.Test;

/** The confirmation of a counterfactual is an independent evaluation of its patch, and it can say no. */
class CounterfactualConfirmationTest {
    private final Counterfactuals counterfactuals = new Counterfactuals(TestRules.RULES, Fixtures.VALIDATOR);
    private final Profile zhongshan = Fixtures.get("zhongshan");

    private Counterfactuals.Candidate lift(List<Map<String, Object>> patch) {
        return new Counterfactuals.Candidate(Advice.ChangeType.LIFT_CONSTRAINT, 1, "/constraints/0", "FLOW_BARRIER",
                null, "FLOW_BARRIER", zhongshan.withoutConstraint(0), patch);
    }

    @Test
    void aPatchThatMakesThePredictedChangeIsConfirmed() {
        assertThat(counterfactuals.confirm(zhongshan, lift(List.of(Map.of("op", "remove", "path", "/constraints/0"))),
                Ranked.Kind.RECOMMENDATION, "CM4a", null)).isTrue();
    }

    @Test
    void aPatchThatDoesNotReproduceThePredictionIsNotConfirmed() {
        // the prediction lifted the barrier, but this patch changes nothing: CM4a is still recommended
        assertThat(counterfactuals.confirm(zhongshan, lift(List.of(Map.of("op", "test", "path", "/id",
                "value", "zhongshan"))), Ranked.Kind.RECOMMENDATION, "CM4a", null)).isFalse();
        // a patch that cannot be applied is not confirmed either
        assertThat(counterfactuals.confirm(zhongshan, lift(List.of(Map.of("op", "remove", "path", "/constraints/9"))),
                Ranked.Kind.RECOMMENDATION, "CM4a", null)).isFalse();
    }

    @Test
    void everyCounterfactualOfABuiltInPlaceIsConfirmed() {
        List<Advice.Counterfactual> found = counterfactuals.find(zhongshan, AdviceService.rank(TestRules.RULES, zhongshan),
                org.gba.advisor.vocabulary.Lang.EN);
        assertThat(found).isNotEmpty().allSatisfy(c -> assertThat(c.confirmed()).as(c.id()).isTrue());
    }
}
