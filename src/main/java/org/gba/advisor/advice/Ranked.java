package org.gba.advisor.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gba.advisor.engine.Evaluation;
import org.gba.advisor.engine.facts.Evidence;
import org.gba.advisor.vocabulary.Catalog;

/**
 * The language-neutral outcome of one evaluation: constraints, models and actions, each ranked by the plain
 * sum of its evidence points. Equal scores share a rank; within a tie the list is ordered by the larger single
 * piece of evidence, then the smaller id, so the order never depends on the order rules fired in.
 */
public record Ranked(List<Item> constraints, List<Item> models, List<Item> actions, Evaluation evaluation) {

    /** One ranked id with its score and the evidence that makes it up, largest first. */
    public record Item(String id, int rank, double score, List<Evidence> evidence) {
    }

    /** Which list an id belongs to. */
    public enum Kind { CONSTRAINT, MODEL, RECOMMENDATION }

    static final Comparator<Evidence> EVIDENCE_ORDER = Comparator.comparingDouble(Evidence::points).reversed()
            .thenComparing(Evidence::ruleId)
            .thenComparing(e -> e.facts().toString());

    public static Ranked of(Evaluation evaluation, Catalog catalog) {
        Map<String, List<Evidence>> byTarget = new LinkedHashMap<>();
        for (Evidence e : evaluation.evidence()) {
            byTarget.computeIfAbsent(e.target(), t -> new ArrayList<>()).add(e);
        }
        List<Item> constraints = rank(byTarget, catalog.constraints().keySet().stream().toList(), false);
        List<Item> models = rank(byTarget, catalog.models().keySet().stream().toList(), true);
        List<Item> actions = rank(byTarget, actionIds(catalog), false);
        return new Ranked(constraints, models, actions, evaluation);
    }

    private static List<Item> rank(Map<String, List<Evidence>> byTarget, List<String> ids, boolean keepEmpty) {
        List<Scored> scored = new ArrayList<>();
        for (String id : ids) {
            List<Evidence> evidence = scaled(byTarget.getOrDefault(id, List.of()));
            double score = Evidence.rounded(score(evidence));
            if (score <= 0 && !keepEmpty) {
                continue;
            }
            evidence.sort(EVIDENCE_ORDER);
            double top = evidence.isEmpty() ? 0 : evidence.get(0).points();
            scored.add(new Scored(id, score, top, List.copyOf(evidence)));
        }
        return ranks(scored);
    }

    private static List<String> actionIds(Catalog catalog) {
        return catalog.countermeasures().values().stream().flatMap(cm -> cm.actions().keySet().stream()).toList();
    }

    /** One id with its score, its largest piece of evidence (the tie-break) and that evidence, if kept. */
    private record Scored(String id, double score, double top, List<Evidence> evidence) {
    }

    /** Orders scored ids (score, then the larger single piece, then the id) and gives equal scores one rank. */
    private static List<Item> ranks(List<Scored> scored) {
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(Comparator.comparingDouble(Scored::top).reversed())
                .thenComparing(Scored::id));
        List<Item> items = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            // ties are shown as ties: equal scores share a rank (the order among them is only the tie-break's)
            if (i == 0 || !sameScore(s.score(), scored.get(i - 1).score())) {
                rank = i + 1;
            }
            items.add(new Item(s.id(), rank, s.score(), s.evidence()));
        }
        return List.copyOf(items);
    }

    /**
     * The sum of the points, added smallest first, so that it does not depend on the order the rules fired in: an
     * incremental evaluation records the same evidence in another order and must give the very same scores.
     */
    private static double score(List<Evidence> scaled) {
        double[] points = new double[scaled.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = scaled.get(i).points();
        }
        return sortedSum(points);
    }

    private static double sortedSum(double[] points) {
        java.util.Arrays.sort(points);
        double sum = 0;
        for (double p : points) {
            sum += p;
        }
        return sum;
    }

    /**
     * The ranking of a variant of {@code base}'s profile whose evidence differs by {@code added} and
     * {@code withdrawn} (pieces of the base evaluation's evidence, by identity), with the ids, ranks and scores that
     * {@link #of} gives the variant's full evidence; only the items whose evidence changed keep it (the others keep
     * none, which {@link #changesFrom} reads as the same reasons): enough for {@link #changesFrom}.
     */
    static Ranked variant(Basis basis, List<Evidence> added, List<Evidence> withdrawn) {
        Map<String, List<Evidence>> touched = new LinkedHashMap<>();
        for (Evidence e : withdrawn) {
            touched.computeIfAbsent(e.target(), t -> new ArrayList<>(basis.byTarget.getOrDefault(t, List.of())))
                    .removeIf(x -> x == e);
        }
        for (Evidence e : added) {
            touched.computeIfAbsent(e.target(), t -> new ArrayList<>(basis.byTarget.getOrDefault(t, List.of())))
                    .add(e);
        }
        Ranked base = basis.ranked;
        return new Ranked(variantList(base.constraints, basis.constraintIds, touched, false),
                variantList(base.models, basis.modelIds, touched, true),
                variantList(base.actions, basis.actionIds, touched, false), null);
    }

    /**
     * A ranking made ready to compare many variants with: its evidence by target, its items by id and the catalog's
     * ids, each worked out once instead of once per variant.
     */
    static final class Basis {
        private final Ranked ranked;
        private final Map<String, List<Evidence>> byTarget = new java.util.HashMap<>();
        private final java.util.Set<String> constraintIds;
        private final java.util.Set<String> modelIds;
        private final java.util.Set<String> actionIds;
        private final java.util.EnumMap<Kind, Map<String, Item>> index = new java.util.EnumMap<>(Kind.class);

        /**
         * {@code evidence} is the evaluation behind {@code ranked}, as the variants' withdrawn evidence names it (by
         * identity): a ranking made from an equal evaluation will not do.
         */
        Basis(Ranked ranked, List<Evidence> evidence, Catalog catalog) {
            this.ranked = ranked;
            evidence.forEach(e -> byTarget.computeIfAbsent(e.target(), t -> new ArrayList<>()).add(e));
            constraintIds = catalog.constraints().keySet();
            modelIds = catalog.models().keySet();
            actionIds = java.util.Set.copyOf(actionIds(catalog));
            for (Kind kind : Kind.values()) {
                index.put(kind, index(ranked.list(kind)));
            }
        }

    }

    private static List<Item> variantList(List<Item> base, java.util.Collection<String> ids,
                                          Map<String, List<Evidence>> touched, boolean keepEmpty) {
        List<Scored> scored = new ArrayList<>();
        for (Item i : base) {
            if (!touched.containsKey(i.id())) {
                scored.add(new Scored(i.id(), i.score(), i.evidence().isEmpty() ? 0 : i.evidence().get(0).points(),
                        List.of()));
            }
        }
        touched.forEach((id, evidence) -> {
            if (!ids.contains(id)) {
                return;
            }
            List<Evidence> scaledEvidence = scaled(evidence);
            double score = Evidence.rounded(score(scaledEvidence));
            if (score <= 0 && !keepEmpty) {
                return;
            }
            // the touched items keep their evidence, unsorted (sorting compares facts as text, which costs):
            // changesFrom reads only its rules (REWORDED)
            double top = scaledEvidence.stream().mapToDouble(Evidence::points).max().orElse(0);
            scored.add(new Scored(id, score, top, scaledEvidence));
        });
        return ranks(scored);
    }

    /**
     * The evidence with its SCALE pieces given their points: the sum of the others times (factor − 1), for the
     * smallest factor only (two instruments carrying out one action do not halve it twice). The score stays the
     * plain sum of the evidence.
     */
    static List<Evidence> scaled(List<Evidence> evidence) {
        double base = sortedSum(evidence.stream().filter(e -> e.effect() == Evidence.Effect.ADD)
                .mapToDouble(Evidence::points).toArray());
        Evidence strongest = evidence.stream().filter(e -> e.effect() == Evidence.Effect.SCALE)
                .min(Comparator.comparingDouble(Evidence::weight).thenComparing(e -> e.facts().toString())).orElse(null);
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.effect() == Evidence.Effect.ADD) {
                out.add(e);
            } else {
                out.add(e.withPoints(e == strongest ? base * (e.weight() - 1) : 0));
            }
        }
        return out;
    }

    static boolean sameScore(double a, double b) {
        return Math.abs(a - b) < 1e-9;
    }

    /** Whether an instrument in force already carries this item out. */
    public static boolean inForce(Item item) {
        return item.evidence().stream().anyMatch(e -> e.effect() == Evidence.Effect.SCALE);
    }

    public List<Item> list(Kind kind) {
        return switch (kind) {
            case CONSTRAINT -> constraints;
            case MODEL -> models;
            case RECOMMENDATION -> actions;
        };
    }

    /** What differs from {@code base}: ids that entered, left or moved, and scores that changed. */
    public List<Change> changesFrom(Ranked base) {
        java.util.EnumMap<Kind, Map<String, Item>> before = new java.util.EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            before.put(kind, index(base.list(kind)));
        }
        return changesFrom(base, before);
    }

    /** As {@link #changesFrom(Ranked)}, from a basis whose items are indexed already. */
    List<Change> changesFrom(Basis basis) {
        return changesFrom(basis.ranked, basis.index);
    }

    private List<Change> changesFrom(Ranked base, Map<Kind, Map<String, Item>> indexed) {
        List<Change> changes = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Map<String, Item> before = indexed.get(kind);
            Map<String, Item> after = index(list(kind));
            for (Item now : list(kind)) {
                Item was = before.get(now.id());
                boolean present = now.score() > 0;
                boolean wasPresent = was != null && was.score() > 0;
                if (present && !wasPresent) {
                    changes.add(new Change(kind, now.id(), Change.Movement.ENTERED, null, now.rank(), now.score()));
                } else if (!present && wasPresent) {
                    changes.add(new Change(kind, now.id(), Change.Movement.LEFT, was.rank(), null, -was.score()));
                } else if (present && (was.rank() != now.rank() || was.score() != now.score())) {
                    Change.Movement m = now.rank() < was.rank() ? Change.Movement.ROSE
                            : now.rank() > was.rank() ? Change.Movement.FELL : Change.Movement.RESCORED;
                    changes.add(new Change(kind, now.id(), m, was.rank(), now.rank(), now.score() - was.score()));
                } else if (present && !sameReasons(was, now)) {
                    changes.add(new Change(kind, now.id(), Change.Movement.REWORDED, was.rank(), now.rank(), 0));
                }
            }
            for (Item was : base.list(kind)) {
                if (!after.containsKey(was.id()) && was.score() > 0) {
                    changes.add(new Change(kind, was.id(), Change.Movement.LEFT, was.rank(), null, -was.score()));
                }
            }
        }
        return List.copyOf(changes);
    }

    /**
     * Whether two items rest on the same rules (a recorded answer keeps no evidence: it is taken to rest on the
     * same, since only ranks and scores were recorded).
     */
    private static boolean sameReasons(Item a, Item b) {
        if (a.evidence().isEmpty() || b.evidence().isEmpty()) {
            return true;
        }
        return a.evidence().stream().map(Evidence::ruleId).sorted().toList()
                .equals(b.evidence().stream().map(Evidence::ruleId).sorted().toList());
    }

    private static Map<String, Item> index(List<Item> items) {
        Map<String, Item> out = new LinkedHashMap<>();
        items.forEach(i -> out.put(i.id(), i));
        return out;
    }
}
