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
        scored.sort(ORDER);
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

        private java.util.Set<String> ids(Kind kind) {
            return switch (kind) {
                case CONSTRAINT -> constraintIds;
                case MODEL -> modelIds;
                case RECOMMENDATION -> actionIds;
            };
        }

    }

    /**
     * What a variant of the basis's profile whose evidence differs by {@code added} and {@code withdrawn} (pieces of
     * the basis's evidence, by identity) changes: what {@link #changesFrom} gives for {@link #of} the variant's full
     * evidence. Only the items whose evidence changed are summed again, and only in the lists they are in (in the
     * others every item keeps its score, so its rank, and its reasons); the touched items' evidence is left unsorted
     * (sorting compares facts as text), since the changes read only its rules (REWORDED).
     */
    static List<Change> changes(Basis basis, List<Evidence> added, List<Evidence> withdrawn) {
        if (added.isEmpty() && withdrawn.isEmpty()) {
            return List.of();
        }
        Map<String, List<Evidence>> touched = touched(basis, added, withdrawn);
        List<Change> changes = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            java.util.Set<String> ids = basis.ids(kind);
            boolean any = false;
            for (String id : touched.keySet()) {
                if (ids.contains(id)) {
                    any = true;
                    break;
                }
            }
            if (any) {
                variantChanges(kind, basis.ranked.list(kind), basis.index.get(kind), ids, touched, changes);
            }
        }
        return List.copyOf(changes);
    }

    private static Map<String, List<Evidence>> touched(Basis basis, List<Evidence> added, List<Evidence> withdrawn) {
        Map<String, List<Evidence>> touched = new LinkedHashMap<>();
        for (Evidence e : withdrawn) {
            touched.computeIfAbsent(e.target(), t -> new ArrayList<>(basis.byTarget.getOrDefault(t, List.of())))
                    .removeIf(x -> x == e);
        }
        for (Evidence e : added) {
            touched.computeIfAbsent(e.target(), t -> new ArrayList<>(basis.byTarget.getOrDefault(t, List.of())))
                    .add(e);
        }
        return touched;
    }

    /**
     * Adds to {@code changes} what the touched items change in one list, as {@code changesOf} the list ranked afresh
     * would: the untouched items keep their order, so the touched ones, summed again and sorted, are merged into it.
     */
    private static void variantChanges(Kind kind, List<Item> base, Map<String, Item> before,
                                       java.util.Set<String> ids, Map<String, List<Evidence>> touched,
                                       List<Change> changes) {
        boolean keepEmpty = kind == Kind.MODEL;
        List<Scored> moved = new ArrayList<>();
        java.util.Set<String> kept = new java.util.HashSet<>();
        touched.forEach((id, evidence) -> {
            if (!ids.contains(id)) {
                return;
            }
            List<Evidence> scaledEvidence = scaled(evidence);
            double score = Evidence.rounded(score(scaledEvidence));
            if (score <= 0 && !keepEmpty) {
                return;
            }
            // the touched items keep their evidence unsorted (sorting compares facts as text, which costs): the
            // changes read only its rules (REWORDED)
            double top = 0;
            for (Evidence e : scaledEvidence) {
                top = Math.max(top, e.points());
            }
            moved.add(new Scored(id, score, top, scaledEvidence));
            kept.add(id);
        });
        moved.sort(ORDER);
        int m = 0;
        int position = 0;
        int rank = 0;
        double previous = Double.NaN;
        for (int b = 0; b <= base.size(); b++) {
            Item stays = null;
            if (b < base.size()) {
                stays = base.get(b);
                if (touched.containsKey(stays.id())) {
                    continue;
                }
            }
            // the touched items that come before this one (all that are left, after the last)
            while (m < moved.size() && (stays == null || compare(moved.get(m), stays) < 0)) {
                Scored s = moved.get(m++);
                position++;
                if (position == 1 || !sameScore(s.score(), previous)) {
                    rank = position;
                }
                previous = s.score();
                change(kind, before.get(s.id()), new Item(s.id(), rank, s.score(), s.evidence()), changes);
            }
            if (stays != null) {
                position++;
                if (position == 1 || !sameScore(stays.score(), previous)) {
                    rank = position;
                }
                previous = stays.score();
                if (rank != stays.rank()) {
                    change(kind, stays, new Item(stays.id(), rank, stays.score(), List.of()), changes);
                }
            }
        }
        for (Item was : base) {
            if (touched.containsKey(was.id()) && !kept.contains(was.id()) && was.score() > 0) {
                changes.add(new Change(kind, was.id(), Change.Movement.LEFT, was.rank(), null, -was.score()));
            }
        }
    }

    /** The order of a ranked list: score, then the larger single piece of evidence, then the id. */
    private static final Comparator<Scored> ORDER = Ranked::compare;

    private static int compare(Scored a, Scored b) {
        int c = Double.compare(b.score(), a.score());
        if (c == 0) {
            c = Double.compare(b.top(), a.top());
        }
        return c != 0 ? c : a.id().compareTo(b.id());
    }

    /** As {@link #compare(Scored, Scored)} with an item of a ranked list, whose evidence is sorted largest first. */
    private static int compare(Scored a, Item b) {
        int c = Double.compare(b.score(), a.score());
        if (c == 0) {
            c = Double.compare(b.evidence().isEmpty() ? 0 : b.evidence().get(0).points(), a.top());
        }
        return c != 0 ? c : a.id().compareTo(b.id());
    }

    /**
     * The evidence with its SCALE pieces given their points: the sum of the others times (factor − 1), for the
     * smallest factor only (two instruments carrying out one action do not halve it twice). The score stays the
     * plain sum of the evidence.
     */
    static List<Evidence> scaled(List<Evidence> evidence) {
        // plain loops: this runs for every item of every data-gap probe
        Evidence strongest = null;
        int adds = 0;
        for (Evidence e : evidence) {
            if (e.effect() == Evidence.Effect.ADD) {
                adds++;
            } else if (strongest == null || weaker(e, strongest)) {
                strongest = e;
            }
        }
        if (strongest == null) {
            return new ArrayList<>(evidence);
        }
        double[] points = new double[adds];
        int a = 0;
        for (Evidence e : evidence) {
            if (e.effect() == Evidence.Effect.ADD) {
                points[a++] = e.points();
            }
        }
        double base = sortedSum(points);
        List<Evidence> out = new ArrayList<>(evidence.size());
        for (Evidence e : evidence) {
            if (e.effect() == Evidence.Effect.ADD) {
                out.add(e);
            } else {
                out.add(e.withPoints(e == strongest ? base * (e.weight() - 1) : 0));
            }
        }
        return out;
    }

    /** The smaller factor first, then the facts as text: which of two SCALE pieces {@link #scaled} gives points. */
    private static boolean weaker(Evidence e, Evidence than) {
        int c = Double.compare(e.weight(), than.weight());
        return c < 0 || c == 0 && e.facts().toString().compareTo(than.facts().toString()) < 0;
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

    private List<Change> changesFrom(Ranked base, Map<Kind, Map<String, Item>> indexed) {
        List<Change> changes = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            changesOf(kind, base.list(kind), indexed.get(kind), list(kind), changes);
        }
        return List.copyOf(changes);
    }

    /** Adds to {@code changes} what differs in one list from {@code base} (indexed by id as {@code before}). */
    private static void changesOf(Kind kind, List<Item> base, Map<String, Item> before, List<Item> now,
                                  List<Change> changes) {
        java.util.Set<String> after = new java.util.HashSet<>();
        for (Item item : now) {
            after.add(item.id());
            change(kind, before.get(item.id()), item, changes);
        }
        for (Item was : base) {
            if (!after.contains(was.id()) && was.score() > 0) {
                changes.add(new Change(kind, was.id(), Change.Movement.LEFT, was.rank(), null, -was.score()));
            }
        }
    }

    /** Adds to {@code changes} how {@code item} differs from what it was ({@code was}, null if not listed). */
    private static void change(Kind kind, Item was, Item item, List<Change> changes) {
        boolean present = item.score() > 0;
        boolean wasPresent = was != null && was.score() > 0;
        if (present && !wasPresent) {
            changes.add(new Change(kind, item.id(), Change.Movement.ENTERED, null, item.rank(), item.score()));
        } else if (!present && wasPresent) {
            changes.add(new Change(kind, item.id(), Change.Movement.LEFT, was.rank(), null, -was.score()));
        } else if (present && (was.rank() != item.rank() || was.score() != item.score())) {
            Change.Movement m = item.rank() < was.rank() ? Change.Movement.ROSE
                    : item.rank() > was.rank() ? Change.Movement.FELL : Change.Movement.RESCORED;
            changes.add(new Change(kind, item.id(), m, was.rank(), item.rank(), item.score() - was.score()));
        } else if (present && !sameReasons(was, item)) {
            changes.add(new Change(kind, item.id(), Change.Movement.REWORDED, was.rank(), item.rank(), 0));
        }
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
