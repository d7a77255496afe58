package org.gba.advisor.advice;

import java.util.ArrayList;
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
        Draws modelDraws = new Draws(models, index, settings.draws(), settings.spread());
        Draws actionDraws = new Draws(actions, index, settings.draws(), settings.spread());
        if (modelDraws.varies() || actionDraws.varies()) {
            int width = index.size();
            double[][] multipliers = Multipliers.of(settings, width);
            modelDraws.draw(multipliers, settings.draws());
            actionDraws.draw(multipliers, settings.draws());
        }
        Map<String, Advice.RankInterval> modelIntervals = modelDraws.intervals(settings.draws());
        Advice.Certainty certainty;
        if (models.isEmpty()) {
            certainty = new Advice.Certainty(null, false, 0, settings.robustLevel(), settings.draws(), settings.spread());
        } else {
            Advice.RankInterval top = modelIntervals.get(models.get(0).id());
            certainty = new Advice.Certainty(models.get(0).id(), top.firstShare() >= settings.robustLevel(),
                    top.firstShare(), settings.robustLevel(), settings.draws(), settings.spread());
        }
        return new Result(modelIntervals, actionDraws.intervals(settings.draws()), certainty);
    }

    /**
     * The items of one list and the rank each took in every draw. A score can move only within the bounds its points
     * reach at the extreme multipliers, so two items whose bounds do not meet keep their order in every draw: each
     * item is compared, draw by draw, only with the items its bounds meet, and an item that meets none keeps its rank
     * throughout. That gives the ranks a comparison of every pair would give, at a fraction of the cost.
     */
    private static final class Draws {
        /** Beyond the ranking's tie tolerance, for the rounding of sums at the bounds. */
        private static final double MARGIN = 1e-9 + 1e-7;
        private final List<Ranked.Item> items;
        private final int[][] rules;
        private final double[][] points;
        private final double[] scale;
        private final int[] certainlyAbove;
        private final int[][] uncertain;
        private final int[] drawn;
        private final int[][] rankCounts;
        private final int[] aloneFirst;

        Draws(List<Ranked.Item> items, Map<String, Integer> index, int draws, double spread) {
            this.items = items;
            int n = items.size();
            rules = new int[n][];
            points = new double[n][];
            scale = new double[n];
            aloneFirst = new int[n];
            rankCounts = new int[n][n + 2];
            double[] lo = new double[n];
            double[] hi = new double[n];
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
                double a = 0;
                double b = 0;
                for (double p : points[i]) {
                    a += Math.min(p * (1 - spread), p * (1 + spread));
                    b += Math.max(p * (1 - spread), p * (1 + spread));
                }
                lo[i] = Math.min(a * factor, b * factor);
                hi[i] = Math.max(a * factor, b * factor);
            }
            certainlyAbove = new int[n];
            uncertain = new int[n][];
            List<Integer> drawnItems = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<Integer> meets = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    if (j == i) {
                        continue;
                    }
                    if (lo[j] > hi[i] + MARGIN) {
                        certainlyAbove[i]++;
                    } else if (hi[j] >= lo[i] - MARGIN) {
                        meets.add(j);
                    }
                }
                uncertain[i] = meets.stream().mapToInt(Integer::intValue).toArray();
                if (uncertain[i].length > 0) {
                    drawnItems.add(i);
                } else {
                    rankCounts[i][certainlyAbove[i] + 1] = draws;
                    aloneFirst[i] = certainlyAbove[i] == 0 ? draws : 0;
                }
            }
            drawn = drawnItems.stream().mapToInt(Integer::intValue).toArray();
        }

        /** Whether any item's rank can change from draw to draw. */
        boolean varies() {
            return drawn.length > 0;
        }

        /**
         * Every draw, draw {@code d}'s multiplier of rule {@code r} at {@code multipliers[d × width + r]}. Item by
         * item over all draws at once (each inner loop runs over the draws, without branches), which is the same
         * count as draw by draw, several times faster.
         */
        void draw(double[][] multipliers, int draws) {
            double[][] drawnScores = new double[items.size()][];
            for (int i : drawn) {
                double[] score = new double[draws];
                for (int k = 0; k < rules[i].length; k++) {
                    double p = points[i][k];
                    double[] column = multipliers[rules[i][k]];
                    for (int d = 0; d < draws; d++) {
                        score[d] += p * column[d];
                    }
                }
                for (int d = 0; d < draws; d++) {
                    score[d] *= scale[i];
                }
                drawnScores[i] = score;
            }
            int[] above = new int[draws];
            boolean[] level = new boolean[draws];
            double[] beaten = new double[draws];
            int[][] partial = new int[4][items.size() + 1];
            for (int i : drawn) {
                double[] mine = drawnScores[i];
                java.util.Arrays.fill(above, 0);
                java.util.Arrays.fill(level, false);
                for (int d = 0; d < draws; d++) {
                    beaten[d] = mine[d] + 1e-9;
                }
                // standing level with another matters only for being first alone, so only where nothing is
                // certainly above
                boolean mayBeFirst = certainlyAbove[i] == 0;
                for (int j : uncertain[i]) {
                    double[] theirs = drawnScores[j];
                    for (int d = 0; d < draws; d++) {
                        above[d] += theirs[d] > beaten[d] ? 1 : 0;
                    }
                    if (mayBeFirst) {
                        for (int d = 0; d < draws; d++) {
                            level[d] |= Ranked.sameScore(theirs[d], mine[d]);
                        }
                    }
                }
                count(rankCounts[i], certainlyAbove[i] + 1, uncertain[i].length, above, draws, partial);
                if (mayBeFirst) {
                    // first alone: nothing above and nothing level
                    int alone = 0;
                    for (int d = 0; d < draws; d++) {
                        alone += above[d] == 0 && !level[d] ? 1 : 0;
                    }
                    aloneFirst[i] += alone;
                }
            }
        }

        /**
         * Adds to {@code counts} each draw's rank, {@code first} + {@code above[d]} (at most {@code most} above). Four
         * partial counts taken in turn, so that a run of draws with one rank does not make each increment wait for
         * the one before.
         */
        private static void count(int[] counts, int first, int most, int[] above, int draws, int[][] partial) {
            int[] c0 = partial[0];
            int[] c1 = partial[1];
            int[] c2 = partial[2];
            int[] c3 = partial[3];
            int d = 0;
            for (; d + 3 < draws; d += 4) {
                c0[above[d]]++;
                c1[above[d + 1]]++;
                c2[above[d + 2]]++;
                c3[above[d + 3]]++;
            }
            for (; d < draws; d++) {
                c0[above[d]]++;
            }
            for (int a = 0; a <= most; a++) {
                counts[first + a] += c0[a] + c1[a] + c2[a] + c3[a];
                c0[a] = 0;
                c1[a] = 0;
                c2[a] = 0;
                c3[a] = 0;
            }
        }

        Map<String, Advice.RankInterval> intervals(int draws) {
            Map<String, Advice.RankInterval> out = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                out.put(items.get(i).id(), new Advice.RankInterval(rankAt(i, draws / 2),
                        rankAt(i, (int) Math.floor(0.05 * (draws - 1))), rankAt(i, (int) Math.ceil(0.95 * (draws - 1))),
                        Math.round(1000.0 * aloneFirst[i] / draws) / 1000.0));
            }
            return out;
        }

        /** The rank at position {@code k} (from 0) of item {@code i}'s ranks over the draws, in ascending order. */
        private int rankAt(int i, int k) {
            int seen = 0;
            for (int rank = 1; rank < rankCounts[i].length; rank++) {
                seen += rankCounts[i][rank];
                if (seen > k) {
                    return rank;
                }
            }
            throw new IllegalStateException("no rank at " + k);
        }
    }

    /**
     * The draws' multipliers, one row of {@code width} per draw, as a {@link SplittableRandom} seeded with the
     * parameters' seed gives them in turn: the stream does not depend on the width, so one prefix of it, kept while
     * the seed, spread and number of draws stay the same, serves every width up to the widest asked for so far.
     * Drawing them is then done once per rules version instead of once per advice, and every draw is the one it was.
     */
    static final class Multipliers {
        private static volatile Multipliers kept;
        private final long seed;
        private final double spread;
        private final int draws;
        private final int width;
        private final double[] stream;
        /** How many multipliers the by-rule copies may hold together: 16 MB of them. */
        static final long KEPT_BY_RULE = 2_000_000;
        private final java.util.concurrent.ConcurrentHashMap<Integer, double[][]> byWidth =
                new java.util.concurrent.ConcurrentHashMap<>();
        private long keptByRule;

        private Multipliers(long seed, double spread, int draws, int width) {
            this.seed = seed;
            this.spread = spread;
            this.draws = draws;
            this.width = width;
            SplittableRandom random = new SplittableRandom(seed);
            stream = new double[draws * width];
            for (int k = 0; k < stream.length; k++) {
                stream[k] = 1 + spread * (2 * random.nextDouble() - 1);
            }
        }

        /**
         * The multipliers of every draw for {@code width} rules, by rule: rule {@code r}'s in draw {@code d} at
         * [r][d], the stream's d × width + r, so that the sums over the draws read them in a row. Kept per width
         * (8 KB per rule and width at 1,000 draws) up to {@link #KEPT_BY_RULE} multipliers in all: a rule base or a
         * run of profiles that asks for more widths starts the copies afresh rather than grow the heap.
         */
        static double[][] of(Parameters.Robustness settings, int width) {
            Multipliers m = kept;
            if (m == null || m.seed != settings.seed() || m.spread != settings.spread() || m.draws != settings.draws()
                    || m.width < width) {
                m = new Multipliers(settings.seed(), settings.spread(), settings.draws(),
                        Math.max(width, m == null ? 32 : m.width));
                kept = m;
            }
            double[][] columns = m.byWidth.get(width);
            return columns != null ? columns : m.keep(width);
        }

        private synchronized double[][] keep(int w) {
            double[][] columns = byWidth.get(w);
            if (columns == null) {
                columns = columns(w);
                long size = (long) w * draws;
                if (size > KEPT_BY_RULE) {
                    return columns; // larger than all the copies may be: used once, not kept
                }
                if (keptByRule + size > KEPT_BY_RULE) {
                    byWidth.clear();
                    keptByRule = 0;
                }
                byWidth.put(w, columns);
                keptByRule += size;
            }
            return columns;
        }

        /** How many multipliers the kept by-rule copies hold now (for the tests). */
        static long keptByRule() {
            Multipliers m = kept;
            if (m == null) {
                return 0;
            }
            synchronized (m) {
                return m.keptByRule;
            }
        }

        private double[][] columns(int w) {
            double[][] out = new double[w][draws];
            for (int d = 0; d < draws; d++) {
                for (int r = 0; r < w; r++) {
                    out[r][d] = stream[d * w + r];
                }
            }
            return out;
        }
    }
}
