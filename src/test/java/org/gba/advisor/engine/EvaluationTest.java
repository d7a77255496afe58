package org.gba.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gba.advisor.advice.AdviceService;
import org.gba.advisor.advice.Ranked;
import org.gba.advisor.engine.facts.Evidence;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Profile;
import org.junit.jupiter.api.Test;

/** One shared rule base, one session per evaluation: same input, same answer, whatever runs beside it. */
class EvaluationTest {

    /** The ranking without the timing figure. */
    record Outcome(List<Ranked.Item> constraints, List<Ranked.Item> models, List<Ranked.Item> actions) {
        static Outcome of(Ranked r) {
            return new Outcome(r.constraints(), r.models(), r.actions());
        }
    }

    private static Outcome outcome(Profile p) {
        return Outcome.of(AdviceService.rank(TestRules.RULES, p));
    }

    @Test
    void theSameProfileAndRulesAlwaysGiveTheSameRanking() {
        for (Profile p : Fixtures.all()) {
            assertThat(outcome(p)).as(p.id()).isEqualTo(outcome(p));
        }
    }

    @Test
    void concurrentEvaluationsNeverSeeEachOthersFacts() throws Exception {
        List<Profile> profiles = Fixtures.all();
        Map<String, Outcome> serial = profiles.stream().collect(Collectors.toMap(Profile::id, EvaluationTest::outcome));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Map.Entry<String, Outcome>>> tasks = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (Profile p : profiles) {
                    tasks.add(() -> Map.entry(p.id(), outcome(p)));
                }
            }
            for (Future<Map.Entry<String, Outcome>> f : pool.invokeAll(tasks)) {
                Map.Entry<String, Outcome> result = f.get();
                assertThat(result.getValue()).as(result.getKey()).isEqualTo(serial.get(result.getKey()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noFixtureMakesTheRulesFireMoreThanOncePerPieceOfEvidence() {
        for (Profile p : Fixtures.all()) {
            Evaluation e = TestRules.evaluate(p);
            // Every firing writes evidence (or latent evidence); a re-firing rule would fire far more often than it writes.
            assertThat(e.rulesFired()).as(p.id()).isEqualTo(e.evidence().size() + e.latent().size()).isLessThan(100);
        }
    }

    @Test
    void evidenceCitesOnlyFactsOfTheProfile() {
        for (Profile p : Fixtures.all()) {
            for (Evidence e : TestRules.evaluate(p).evidence()) {
                assertThat(e.facts()).allSatisfy(f -> assertThat(f.path()).matches("(/(indicators|assets|constraints|instruments|checklist|reach)/\\d+(/figures/\\d+)?)?|#\\w+/[a-z0-9.\\-]+"));
            }
        }
    }

    @Test
    void rulesFireOnlyThroughTheirIds() {
        Map<String, Long> byRule = Fixtures.all().stream().flatMap(p -> TestRules.evaluate(p).evidence().stream())
                .collect(Collectors.groupingBy(Evidence::ruleId, Collectors.counting()));
        assertThat(byRule.keySet()).allSatisfy(id -> assertThat(TestRules.RULES.rules()).containsKey(id));
        assertThat(byRule.values().stream().map(Function.identity())).allSatisfy(n -> assertThat(n).isPositive());
    }
}
