package org.gba.advisor.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.gba.advisor.advice.AdviceService;
import org.gba.advisor.advice.ExplainedChange;
import org.gba.advisor.advice.Ranked;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.profiles.Neighbours;
import org.gba.advisor.profiles.SampleProfiles;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.Figure;
import org.gba.advisor.vocabulary.InvalidProfileException;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfilePatches;
import org.gba.advisor.vocabulary.ProfileValidator;
import org.gba.advisor.vocabulary.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Compares scenarios with a base profile and sweeps indicators. One request uses one rules version; the
 * evaluations of a sweep share it and run in parallel on a pool of the service's own, shut down with it.
 */
public class ScenarioService implements AutoCloseable {
    static final int MAX_POINTS = 1000;
    static final int BISECTIONS = 12;
    static final String SWEEP_SOURCE = "sweep: a value the advisor tried, not a fact";

    private final AdviceService advice;
    private final ProfileValidator validator;
    private final SampleProfiles samples;
    // A pool of its own, as wide as the machine: the common pool leaves one core to the caller.
    private final ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    private final Neighbours neighbours;

    public ScenarioService(AdviceService advice, ProfileValidator validator, SampleProfiles samples,
                           Neighbours neighbours) {
        this.neighbours = neighbours;
        this.advice = advice;
        this.validator = validator;
        this.samples = samples;
    }

    /** Stops the sweep pool; Spring calls this when the context closes. */
    @Override
    public void close() {
        pool.shutdown();
    }

    public Comparison compare(ScenarioRequests.Compare request, Lang lang) {
        RuleBase rules = advice.engine().current();
        Profile base = base(request.base(), request.baseId(), rules);
        Ranked baseRanked = AdviceService.rank(rules, base);
        List<Comparison.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < request.scenarios().size(); i++) {
            ScenarioRequests.Scenario s = request.scenarios().get(i);
            Profile changed = apply(base, s, i, rules);
            Ranked ranked = AdviceService.rank(rules, changed);
            outcomes.add(new Comparison.Outcome(s.name(), advice.advise(rules, changed, ranked, lang, false),
                    ExplainedChange.explain(ranked.changesFrom(baseRanked), baseRanked, ranked)));
        }
        return new Comparison(advice.advise(rules, base, baseRanked, lang, false), List.copyOf(outcomes));
    }

    private Profile base(Profile inline, String id, RuleBase rules) {
        if ((inline == null) == (id == null)) {
            throw new InvalidProfileException(List.of(new Violation("/base", "give exactly one of base and baseId")));
        }
        if (id != null) {
            return samples.get(id);
        }
        List<Violation> violations = validator.validate(inline, rules.catalog());
        try {
            if (violations.isEmpty()) {
                return neighbours.resolve(inline, rules.parameters().reach());
            }
        } catch (InvalidProfileException e) {
            violations = e.violations();
        }
        throw new InvalidProfileException(violations.stream()
                .map(v -> new Violation("/base" + v.pointer(), v.message())).toList());
    }

    private Profile apply(Profile base, ScenarioRequests.Scenario s, int index, RuleBase rules) {
        if ((s.patch() == null) == (s.mergePatch() == null)) {
            throw new ScenarioException(s.name(), index, null, "give exactly one of patch and mergePatch",
                    List.of(new Violation("/scenarios/" + index, "give exactly one of patch and mergePatch")));
        }
        Profile changed;
        try {
            changed = s.patch() != null ? ProfilePatches.applyJsonPatch(base, s.patch().toString())
                    : ProfilePatches.applyMergePatch(base, s.mergePatch().toString());
        } catch (ProfilePatches.PatchException e) {
            String where = e.operation() != null ? "/scenarios/" + index + "/patch/" + e.operation()
                    : e.pointer() != null ? e.pointer() : "/scenarios/" + index;
            throw new ScenarioException(s.name(), index, e.operation() != null ? e.operation()
                    : blame(s.patch(), e.pointer()), e.getMessage(), List.of(new Violation(where, e.getMessage())));
        }
        List<Violation> violations = validator.validate(changed, rules.catalog());
        if (violations.isEmpty()) {
            try {
                return neighbours.resolve(changed, rules.parameters().reach());
            } catch (InvalidProfileException e) {
                violations = e.violations();
            }
        }
        throw new ScenarioException(s.name(), index, blame(s.patch(), violations.get(0).pointer()),
                "scenario '" + s.name() + "' gives an invalid profile", violations);
    }

    /** The last patch operation whose path leads to the field at fault. */
    static Integer blame(JsonNode patch, String pointer) {
        if (patch == null || !patch.isArray() || pointer == null) {
            return null;
        }
        Integer found = null;
        for (int i = 0; i < patch.size(); i++) {
            JsonNode path = patch.get(i).get("path");
            if (path == null || !path.isString()) {
                continue;
            }
            String p = path.asString().replaceFirst("/-$", "");
            if (pointer.equals(p) || pointer.startsWith(p + "/") || p.startsWith(pointer + "/")) {
                found = i;
            }
        }
        return found;
    }

    public SweepResult sweep(ScenarioRequests.Sweep request) {
        long start = System.nanoTime();
        RuleBase rules = advice.engine().current();
        Profile base = base(request.base(), request.baseId(), rules);
        ScenarioRequests.Axis x = request.axis();
        ScenarioRequests.Axis y = request.second();
        checkAxis(x, "/axis", rules.catalog());
        if (y != null) {
            checkAxis(y, "/second", rules.catalog());
            if (y.indicator().equals(x.indicator())) {
                throw new InvalidProfileException(List.of(new Violation("/second/indicator", "sweep two different indicators")));
            }
        }
        int ny = y == null ? 1 : y.steps();
        if ((long) x.steps() * ny > MAX_POINTS) {
            throw new InvalidProfileException(List.of(new Violation(y == null ? "/axis/steps" : "/second/steps",
                    "a sweep has at most " + MAX_POINTS + " points, not " + (long) x.steps() * ny)));
        }
        List<SweepResult.Point> points = new ArrayList<>();
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < x.steps(); i++) {
                points.add(new SweepResult.Point(at(x, i), y == null ? null : at(y, j)));
            }
        }
        Map<SweepResult.Point, Ranked> memo = new ConcurrentHashMap<>();
        Catalog catalog = rules.catalog();
        List<Ranked> ranked = pool.submit(() -> IntStream.range(0, points.size()).parallel()
                .mapToObj(i -> evaluateAt(rules, base, x, y, points.get(i), memo)).toList()).join();
        List<SweepResult.Series> series = series(catalog, ranked);
        List<SweepResult.TippingPoint> tipping = new ArrayList<>();
        for (int j = 0; j < ny; j++) {
            for (int i = 1; i < x.steps(); i++) {
                int k = j * x.steps() + i;
                tipping.addAll(tipping(rules, base, x, y, points.get(k - 1), points.get(k), ranked.get(k - 1),
                        ranked.get(k), memo));
            }
        }
        return new SweepResult(x.indicator(), y == null ? null : y.indicator(), List.copyOf(points), series,
                List.copyOf(tipping), new SweepResult.Timing(memo.size(), (System.nanoTime() - start) / 1_000_000,
                        pool.getParallelism()));
    }

    private static void checkAxis(ScenarioRequests.Axis a, String at, Catalog catalog) {
        Catalog.IndicatorEntry entry = catalog.indicators().get(a.indicator());
        List<Violation> v = new ArrayList<>();
        if (entry == null) {
            v.add(new Violation(at + "/indicator", "unknown indicator '" + a.indicator() + "'"));
        } else {
            for (var end : List.of(Map.entry("from", a.from()), Map.entry("to", a.to()))) {
                if (!Double.isFinite(end.getValue()) || end.getValue() < entry.min() || end.getValue() > entry.max()) {
                    v.add(new Violation(at + "/" + end.getKey(), "must lie between " + entry.min() + " and " + entry.max()));
                }
            }
        }
        if (a.steps() < 2) {
            v.add(new Violation(at + "/steps", "a sweep needs at least 2 steps"));
        }
        if (a.from().equals(a.to())) {
            v.add(new Violation(at + "/to", "from and to must differ"));
        }
        if (!v.isEmpty()) {
            throw new InvalidProfileException(v);
        }
    }

    private static double at(ScenarioRequests.Axis a, int i) {
        return a.from() + (a.to() - a.from()) * i / (a.steps() - 1);
    }

    private static Ranked evaluateAt(RuleBase rules, Profile base, ScenarioRequests.Axis x, ScenarioRequests.Axis y,
                                     SweepResult.Point point, Map<SweepResult.Point, Ranked> memo) {
        return memo.computeIfAbsent(point, p -> {
            Profile changed = withIndicator(base, x.indicator(), p.value(), rules.catalog());
            if (y != null) {
                changed = withIndicator(changed, y.indicator(), p.second(), rules.catalog());
            }
            return Ranked.of(rules.evaluate(changed), rules.catalog());
        });
    }

    /** The profile with one indicator set to {@code value}, added if it was absent. */
    static Profile withIndicator(Profile p, String code, double value, Catalog catalog) {
        return p.withIndicator(new Figure(code, value, catalog.indicators().get(code).unit(), p.year(), SWEEP_SOURCE, null));
    }

    private static List<SweepResult.Series> series(Catalog catalog, List<Ranked> ranked) {
        List<SweepResult.Series> out = new ArrayList<>();
        for (Ranked.Kind kind : Ranked.Kind.values()) {
            List<String> ids = switch (kind) {
                case CONSTRAINT -> List.copyOf(catalog.constraints().keySet());
                case MODEL -> List.copyOf(catalog.models().keySet());
                case RECOMMENDATION -> catalog.countermeasures().values().stream()
                        .flatMap(cm -> cm.actions().keySet().stream()).toList();
            };
            for (String id : ids) {
                List<Double> scores = new ArrayList<>();
                List<Integer> ranks = new ArrayList<>();
                boolean ever = false;
                for (Ranked r : ranked) {
                    Ranked.Item item = find(r, kind, id);
                    boolean present = item != null && item.score() > 0;
                    ever |= present;
                    scores.add(item == null ? 0.0 : item.score());
                    ranks.add(present ? item.rank() : null);
                }
                if (ever) {
                    out.add(new SweepResult.Series(kind, id, scores, ranks));
                }
            }
        }
        return List.copyOf(out);
    }

    private static Ranked.Item find(Ranked r, Ranked.Kind kind, String id) {
        return r.list(kind).stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }

    private static boolean present(Ranked r, Ranked.Kind kind, String id) {
        Ranked.Item item = find(r, kind, id);
        return item != null && item.score() > 0;
    }

    private static String top(Ranked r, Ranked.Kind kind) {
        List<Ranked.Item> items = r.list(kind);
        return items.isEmpty() || items.get(0).score() <= 0 ? null : items.get(0).id();
    }

    private List<SweepResult.TippingPoint> tipping(RuleBase rules, Profile base, ScenarioRequests.Axis x,
                                                   ScenarioRequests.Axis y, SweepResult.Point lo, SweepResult.Point hi,
                                                   Ranked a, Ranked b, Map<SweepResult.Point, Ranked> memo) {
        List<SweepResult.TippingPoint> out = new ArrayList<>();
        for (Ranked.Kind kind : Ranked.Kind.values()) {
            Map<String, Boolean> ids = new LinkedHashMap<>();
            a.list(kind).forEach(i -> ids.put(i.id(), true));
            b.list(kind).forEach(i -> ids.put(i.id(), true));
            for (String id : ids.keySet()) {
                boolean was = present(a, kind, id);
                boolean is = present(b, kind, id);
                if (was != is) {
                    double[] edge = narrow(rules, base, x, y, lo, hi, r -> present(r, kind, id) == is, memo);
                    out.add(new SweepResult.TippingPoint(kind, id, is ? SweepResult.Event.ENTERED : SweepResult.Event.LEFT,
                            edge[0], edge[1], lo.second()));
                }
            }
            if (kind != Ranked.Kind.CONSTRAINT) {
                String topA = top(a, kind);
                String topB = top(b, kind);
                if (topB != null && !topB.equals(topA)) {
                    double[] edge = narrow(rules, base, x, y, lo, hi, r -> topB.equals(top(r, kind)), memo);
                    out.add(new SweepResult.TippingPoint(kind, topB, SweepResult.Event.TOOK_TOP, edge[0], edge[1], lo.second()));
                    if (topA != null) {
                        out.add(new SweepResult.TippingPoint(kind, topA, SweepResult.Event.LOST_TOP, edge[0], edge[1], lo.second()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Narrows [lo, hi] around the change by bisection in a one-indicator sweep; both returned ends have been
     * evaluated, {@code after} false at the first and true at the second. A grid keeps its grid interval.
     */
    private double[] narrow(RuleBase rules, Profile base, ScenarioRequests.Axis x, ScenarioRequests.Axis y,
                            SweepResult.Point lo, SweepResult.Point hi, java.util.function.Predicate<Ranked> after,
                            Map<SweepResult.Point, Ranked> memo) {
        double below = lo.value();
        double above = hi.value();
        if (y == null) {
            for (int i = 0; i < BISECTIONS; i++) {
                double mid = (below + above) / 2;
                if (after.test(evaluateAt(rules, base, x, null, new SweepResult.Point(mid, null), memo))) {
                    above = mid;
                } else {
                    below = mid;
                }
            }
        }
        return new double[] {below, above};
    }
}
