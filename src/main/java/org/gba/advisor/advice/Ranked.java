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
        List<String> actionIds = catalog.countermeasures().values().stream()
                .flatMap(cm -> cm.actions().keySet().stream()).toList();
        List<Item> actions = rank(byTarget, actionIds, false);
        return new Ranked(constraints, models, actions, evaluation);
    }

    private static List<Item> rank(Map<String, List<Evidence>> byTarget, List<String> ids, boolean keepEmpty) {
        record Scored(String id, double score, double top, List<Evidence> evidence) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String id : ids) {
            List<Evidence> evidence = scaled(byTarget.getOrDefault(id, List.of()));
            double score = Evidence.rounded(evidence.stream().mapToDouble(Evidence::points).sum());
            if (score <= 0 && !keepEmpty) {
                continue;
            }
            evidence.sort(EVIDENCE_ORDER);
            double top = evidence.isEmpty() ? 0 : evidence.get(0).points();
            scored.add(new Scored(id, score, top, List.copyOf(evidence)));
        }
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
     * The evidence with its SCALE pieces given their points: the sum of the others times (factor − 1), for the
     * smallest factor only (two instruments carrying out one action do not halve it twice). The score stays the
     * plain sum of the evidence.
     */
    static List<Evidence> scaled(List<Evidence> evidence) {
        double base = evidence.stream().filter(e -> e.effect() == Evidence.Effect.ADD).mapToDouble(Evidence::points).sum();
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
        List<Change> changes = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Map<String, Item> before = index(base.list(kind));
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
