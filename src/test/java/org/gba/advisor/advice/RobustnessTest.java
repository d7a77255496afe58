package org.gba.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.facts.Evidence;
import org.gba.advisor.engine.facts.Parameters;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.GeneratedProfiles;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Profile;
import org.junit.jupiter.api.Test;

/**
 * The rank intervals compare, draw by draw, only the items whose score bounds meet: they must be exactly what
 * comparing every pair in every draw gives (the reference below, as the intervals were first computed).
 */
class RobustnessTest {
    private static final RuleBase RULES = TestRules.RULES;
    private static final GeneratedProfiles GENERATED = new GeneratedProfiles(RULES.catalog());

    @Test
    void everyFixtureGetsTheIntervalsOfComparingEveryPair() {
        int varied = 0;
        int fixed = 0;
        for (Profile p : Fixtures.all()) {
            Ranked ranked = AdviceService.rank(RULES, p);
            Robustness.Result result = Robustness.of(ranked, RULES.parameters());
            assertThat(result).as(p.id()).isEqualTo(everyPair(ranked, RULES.parameters()));
            varied += result.recommendations().values().stream().filter(i -> i.low() != i.high()).count();
            fixed += result.recommendations().values().stream().filter(i -> i.low() == i.high()).count();
        }
        assertThat(varied).as("recommendations whose rank varies over the draws, over the fixtures").isPositive();
        assertThat(fixed).as("recommendations whose rank does not").isPositive();
    }

    @Test
    void theKeptMultipliersAreTheSeededStreamForAnyWidthAndFollowTheSettings() {
        Parameters.Robustness settings = RULES.parameters().robustness();
        double[][] wide = Robustness.Multipliers.of(settings, 70);
        double[][] narrow = Robustness.Multipliers.of(settings, 3);
        // rule r of draw d is the stream's d × width + r, whatever width was asked for before
        for (int width : new int[] {3, 70}) {
            double[][] m = width == 3 ? narrow : wide;
            assertThat(m).hasNumberOfRows(width);
            SplittableRandom random = new SplittableRandom(settings.seed());
            for (int k = 0; k < width * settings.draws(); k++) {
                assertThat(m[k % width][k / width]).as("width %d, position %d", width, k)
                        .isEqualTo(1 + settings.spread() * (2 * random.nextDouble() - 1));
            }
        }
        assertThat(Robustness.Multipliers.of(settings, 3)).as("kept per width").isSameAs(narrow);
        Parameters.Robustness reseeded = new Parameters.Robustness(settings.draws(), settings.spread(),
                settings.seed() + 1, settings.robustLevel(), settings.why());
        assertThat(Robustness.Multipliers.of(reseeded, 3)[0][0])
                .isEqualTo(1 + settings.spread() * (2 * new SplittableRandom(settings.seed() + 1).nextDouble() - 1));
        Parameters.Robustness fewer = new Parameters.Robustness(settings.draws() / 2, settings.spread(),
                settings.seed(), settings.robustLevel(), settings.why());
        assertThat(Robustness.Multipliers.of(fewer, 3)[0]).hasSize(settings.draws() / 2);
    }

    @Test
    void theKeptCopiesByRuleStayWithinTheirBoundHoweverManyWidthsAreAskedFor() {
        Parameters.Robustness settings = RULES.parameters().robustness();
        int widest = 0;
        long asked = 0;
        for (int width = 1; asked <= 2 * Robustness.Multipliers.KEPT_BY_RULE; width++) {
            asked += (long) width * settings.draws();
            Robustness.Multipliers.of(settings, width);
            assertThat(Robustness.Multipliers.keptByRule()).as("after width %d", width)
                    .isLessThanOrEqualTo(Robustness.Multipliers.KEPT_BY_RULE);
            widest = width;
        }
        // the copies made afresh after the bound are still the seeded stream's d × width + r
        double[][] last = Robustness.Multipliers.of(settings, widest);
        SplittableRandom random = new SplittableRandom(settings.seed());
        for (int k = 0; k < widest * settings.draws(); k++) {
            assertThat(last[k % widest][k / widest]).as("position %d", k)
                    .isEqualTo(1 + settings.spread() * (2 * random.nextDouble() - 1));
        }
    }

    @Test
    void aCopyLargerThanTheBoundIsUsedButNotKept() {
        Parameters.Robustness base = RULES.parameters().robustness();
        int draws = (int) (Robustness.Multipliers.KEPT_BY_RULE / 3) + 1;
        Parameters.Robustness many = new Parameters.Robustness(draws, base.spread(), base.seed(), base.robustLevel(),
                base.why());
        double[][] m = Robustness.Multipliers.of(many, 3);
        assertThat(Robustness.Multipliers.keptByRule()).isZero();
        SplittableRandom random = new SplittableRandom(base.seed());
        for (int k = 0; k < 3 * 1000; k++) {
            assertThat(m[k % 3][k / 3]).as("position %d", k)
                    .isEqualTo(1 + base.spread() * (2 * random.nextDouble() - 1));
        }
        assertThat(m[0]).hasSize(draws);
    }

    @Property(tries = 80)
    void soDoRandomProfiles(@ForAll("profiles") Profile p) {
        if (!Fixtures.VALIDATOR.validate(p, RULES.catalog()).isEmpty()) {
            return;
        }
        Ranked ranked = AdviceService.rank(RULES, p);
        assertThat(Robustness.of(ranked, RULES.parameters())).isEqualTo(everyPair(ranked, RULES.parameters()));
    }

    @Provide
    Arbitrary<Profile> profiles() {
        return Combinators.combine(GENERATED.kinds(), GENERATED.indicators(), GENERATED.assets(),
                GENERATED.constraints()).as((kind, indicators, assets, constraints) ->
                GENERATED.build(kind, indicators, assets, constraints, List.of("biomedicine")).build());
    }

    /** The intervals by ranking every item against every other in every draw. */
    private static Robustness.Result everyPair(Ranked ranked, Parameters parameters) {
        Parameters.Robustness settings = parameters.robustness();
        List<Ranked.Item> models = ranked.models().stream().filter(i -> i.score() > 0).toList();
        List<Ranked.Item> actions = ranked.actions().stream().filter(i -> i.score() > 0).toList();
        TreeSet<String> ruleIds = new TreeSet<>();
        models.forEach(i -> i.evidence().forEach(e -> ruleIds.add(e.ruleId())));
        actions.forEach(i -> i.evidence().forEach(e -> ruleIds.add(e.ruleId())));
        Map<String, Integer> index = new HashMap<>();
        ruleIds.forEach(id -> index.put(id, index.size()));
        int draws = settings.draws();
        int[][] modelRanks = new int[models.size()][draws];
        int[][] actionRanks = new int[actions.size()][draws];
        int[] modelFirst = new int[models.size()];
        int[] actionFirst = new int[actions.size()];
        SplittableRandom random = new SplittableRandom(settings.seed());
        double[] multiplier = new double[index.size()];
        for (int d = 0; d < draws; d++) {
            for (int r = 0; r < multiplier.length; r++) {
                multiplier[r] = 1 + settings.spread() * (2 * random.nextDouble() - 1);
            }
            rank(models, index, multiplier, modelRanks, modelFirst, d);
            rank(actions, index, multiplier, actionRanks, actionFirst, d);
        }
        Map<String, org.gba.advisor.advice.Advice.RankInterval> modelIntervals = intervals(models, modelRanks, modelFirst);
        Advice.Certainty certainty = models.isEmpty()
                ? new Advice.Certainty(null, false, 0, settings.robustLevel(), draws, settings.spread())
                : new Advice.Certainty(models.get(0).id(),
                modelIntervals.get(models.get(0).id()).firstShare() >= settings.robustLevel(),
                modelIntervals.get(models.get(0).id()).firstShare(), settings.robustLevel(), draws, settings.spread());
        return new Robustness.Result(modelIntervals, intervals(actions, actionRanks, actionFirst), certainty);
    }

    private static void rank(List<Ranked.Item> items, Map<String, Integer> index, double[] multiplier, int[][] ranks,
                             int[] first, int d) {
        double[] scores = new double[items.size()];
        for (int i = 0; i < items.size(); i++) {
            double sum = 0;
            double factor = 1;
            for (Evidence e : items.get(i).evidence()) {
                if (e.effect() == Evidence.Effect.ADD) {
                    sum += e.points() * multiplier[index.get(e.ruleId())];
                } else {
                    factor = Math.min(factor, e.weight());
                }
            }
            scores[i] = sum * factor;
        }
        for (int i = 0; i < items.size(); i++) {
            int above = 0;
            int equal = 0;
            for (int j = 0; j < items.size(); j++) {
                if (j != i && scores[j] > scores[i] + 1e-9) {
                    above++;
                } else if (j != i && Ranked.sameScore(scores[j], scores[i])) {
                    equal++;
                }
            }
            ranks[i][d] = above + 1;
            if (above == 0 && equal == 0) {
                first[i]++;
            }
        }
    }

    private static Map<String, Advice.RankInterval> intervals(List<Ranked.Item> items, int[][] ranks, int[] first) {
        Map<String, Advice.RankInterval> out = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            int[] sorted = ranks[i].clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            out.put(items.get(i).id(), new Advice.RankInterval(sorted[n / 2], sorted[(int) Math.floor(0.05 * (n - 1))],
                    sorted[(int) Math.ceil(0.95 * (n - 1))], Math.round(1000.0 * first[i] / n) / 1000.0));
        }
        return out;
    }
}
