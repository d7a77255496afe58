package org.gba.advisor.advice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.gba.advisor.engine.facts.Evidence;
import org.gba.advisor.engine.facts.Parameters;

/**
 * How sure a ranking is. Rule firing does not depend on weights, so the evidence of one evaluation can be re-summed
 * under other weights without evaluating again: each draw multiplies every rule's points by its own factor, drawn
 * uniformly within ±spread from a fixed seed, and ranks the models and recommendations again. Each item then has its
 * median rank and its 5th–95th percentile rank, and the share of draws in which it stood first alone; the top model
 * is robust when that share reaches the parameters' level.
 */
final class Robustness {
    private Robustness() {
    }

    /** The intervals of every ranked model and recommendation, by id, and the verdict on the top model. */
    record Result(Map<String, Advice.RankInterval> models, Map<String, Advice.RankInterval> recommendations,
                  Advice.Certainty certainty) {
    }

    static Result of(Ranked ranked, Parameters parameters) {
        Parameters.Robustness settings = parameters.robustness();
        List<Ranked.Item> models = ranked.models().stream().filter(i -> i.score() > 0).toList();
        List<Ranked.Item> actions = ranked.actions().stream().filter(i -> i.score() > 0).toList();
        TreeSet<String> ruleIds = new TreeSet<>();
        for (Ranked.Item i : models) {
            i.evidence().forEach(e -> ruleIds.add(e.ruleId()));
        }
        for (Ranked.Item i : actions) {
            i.evidence().forEach(e -> ruleIds.add(e.ruleId()));
        }
        Map<String, Integer> index = new HashMap<>();
        for (String id : ruleIds) {
            index.put(id, index.size());
        }
        Draws modelDraws = new Draws(models, index, settings.draws());
        Draws actionDraws = new Draws(actions, index, settings.draws());
        SplittableRandom random = new SplittableRandom(settings.seed());
        double[] multiplier = new double[index.size()];
        for (int d = 0; d < settings.draws(); d++) {
            for (int r = 0; r < multiplier.length; r++) {
                multiplier[r] = 1 + settings.spread() * (2 * random.nextDouble() - 1);
            }
            modelDraws.draw(d, multiplier);
            actionDraws.draw(d, multiplier);
        }
        Map<String, Advice.RankInterval> modelIntervals = modelDraws.intervals();
        Advice.Certainty certainty;
        if (models.isEmpty()) {
            certainty = new Advice.Certainty(null, false, 0, settings.robustLevel(), settings.draws(), settings.spread());
        } else {
            Advice.RankInterval top = modelIntervals.get(models.get(0).id());
            certainty = new Advice.Certainty(models.get(0).id(), top.firstShare() >= settings.robustLevel(),
                    top.firstShare(), settings.robustLevel(), settings.draws(), settings.spread());
        }
        return new Result(modelIntervals, actionDraws.intervals(), certainty);
    }

    /** The items of one list and the rank each took in every draw. */
    private static final class Draws {
        private final List<Ranked.Item> items;
        private final int[][] rules;
        private final double[][] points;
        private final double[] scale;
        private final int[][] ranks;
        private final int[] aloneFirst;
        private final double[] scores;

        Draws(List<Ranked.Item> items, Map<String, Integer> index, int draws) {
            this.items = items;
            int n = items.size();
            rules = new int[n][];
            points = new double[n][];
            scale = new double[n];
            ranks = new int[n][draws];
            aloneFirst = new int[n];
            scores = new double[n];
            for (int i = 0; i < n; i++) {
                List<Evidence> adds = new ArrayList<>();
                double factor = 1;
                for (Evidence e : items.get(i).evidence()) {
                    if (e.effect() == Evidence.Effect.ADD) {
                        adds.add(e);
                    } else {
                        factor = Math.min(factor, e.weight());
                    }
                }
                rules[i] = adds.stream().mapToInt(e -> index.get(e.ruleId())).toArray();
                points[i] = adds.stream().mapToDouble(Evidence::points).toArray();
                scale[i] = factor;
            }
        }

        void draw(int d, double[] multiplier) {
            int n = items.size();
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int k = 0; k < rules[i].length; k++) {
                    sum += points[i][k] * multiplier[rules[i][k]];
                }
                scores[i] = sum * scale[i];
            }
            for (int i = 0; i < n; i++) {
                int above = 0;
                int equal = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        if (scores[j] > scores[i] + 1e-9) {
                            above++;
                        } else if (Ranked.sameScore(scores[j], scores[i])) {
                            equal++;
                        }
                    }
                }
                ranks[i][d] = above + 1;
                if (above == 0 && equal == 0) {
                    aloneFirst[i]++;
                }
            }
        }

        Map<String, Advice.RankInterval> intervals() {
            Map<String, Advice.RankInterval> out = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                int[] sorted = ranks[i].clone();
                Arrays.sort(sorted);
                int n = sorted.length;
                out.put(items.get(i).id(), new Advice.RankInterval(sorted[n / 2], sorted[(int) Math.floor(0.05 * (n - 1))],
                        sorted[(int) Math.ceil(0.95 * (n - 1))], Math.round(1000.0 * aloneFirst[i] / n) / 1000.0));
            }
            return out;
        }
    }
}
