package org.gba.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gba.advisor.advice.AdviceService;
import org.gba.advisor.advice.Ranked;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Profile;
import org.junit.jupiter.api.Test;

/** The executable-model build of the same rules folder is a drop-in: same rules, same advice for every fixture. */
class ExecutableModelTest {
    private static final RuleBase EXECUTABLE = new RuleBaseLoader(RuleBaseLoader.Mode.EXECUTABLE_MODEL)
            .load(TestRules.RULES_DIR);

    @Test
    void itHasTheSameRulesAndVersion() {
        assertThat(EXECUTABLE.mode()).isEqualTo(RuleBaseLoader.Mode.EXECUTABLE_MODEL);
        assertThat(EXECUTABLE.rules()).isEqualTo(TestRules.RULES.rules());
        assertThat(EXECUTABLE.version()).isEqualTo(TestRules.RULES.version());
    }

    @Test
    void everyFixtureGetsTheSameRankingAndEvidence() {
        for (Profile p : Fixtures.all()) {
            Ranked classic = AdviceService.rank(TestRules.RULES, p);
            Ranked executable = AdviceService.rank(EXECUTABLE, p);
            assertThat(executable.evaluation().rulesFired()).as(p.id()).isEqualTo(classic.evaluation().rulesFired());
            for (Ranked.Kind kind : Ranked.Kind.values()) {
                assertThat(executable.list(kind)).as(p.id() + " " + kind).isEqualTo(classic.list(kind));
            }
        }
    }

    @Test
    void everyEvaluationIsReportedToTheObserver() {
        List<String> seen = new ArrayList<>();
        RuleBase observed = new RuleBaseLoader(RuleBaseLoader.Mode.CLASSIC,
                (version, nanos, ok) -> seen.add(version + " " + ok + " " + (nanos > 0))).load(TestRules.RULES_DIR);
        observed.evaluate(Fixtures.get("dongguan"));
        assertThat(seen).containsExactly(observed.version() + " true true");
    }
}
