package org.gba.advisor.advice;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gba.advisor.engine.facts.Evidence;
import org.gba.advisor.engine.facts.FactRef;

/**
 * One constraint, model or recommendation that entered, left or moved, with the evidence that appeared or
 * disappeared: the rules whose evidence changed and the facts they used. A what-if and a change of the rules
 * explain their changes alike.
 */
@Schema(name = "ExplainedChange")
public record ExplainedChange(Change change, List<EvidenceDelta> evidence) {

    /** Evidence of one rule that appeared (positive points) or disappeared (negative points). */
    public record EvidenceDelta(String rule, String ruleName, String section, double points, List<FactRef> facts) {
    }

    /** The changes from {@code before} to {@code after}, each with its evidence delta. */
    public static List<ExplainedChange> between(Ranked before, Ranked after) {
        return explain(after.changesFrom(before), before, after);
    }

    public static List<ExplainedChange> explain(List<Change> changes, Ranked before, Ranked after) {
        List<ExplainedChange> out = new ArrayList<>();
        for (Change c : changes) {
            List<Evidence> was = evidence(before, c);
            List<Evidence> now = evidence(after, c);
            List<EvidenceDelta> deltas = new ArrayList<>();
            deltas.addAll(minus(now, was, 1));
            deltas.addAll(minus(was, now, -1));
            out.add(new ExplainedChange(c, List.copyOf(deltas)));
        }
        return List.copyOf(out);
    }

    private static List<Evidence> evidence(Ranked r, Change c) {
        return r.list(c.kind()).stream().filter(i -> i.id().equals(c.id())).findFirst()
                .map(Ranked.Item::evidence).orElse(List.of());
    }

    /** Evidence in {@code a} that {@code b} lacks (as a multiset keyed by rule, points and facts). */
    private static List<EvidenceDelta> minus(List<Evidence> a, List<Evidence> b, int sign) {
        Map<String, Integer> counts = new HashMap<>();
        b.forEach(e -> counts.merge(key(e), 1, Integer::sum));
        List<EvidenceDelta> out = new ArrayList<>();
        for (Evidence e : a) {
            if (counts.merge(key(e), -1, Integer::sum) < 0) {
                out.add(new EvidenceDelta(e.ruleId(), e.ruleName(), e.section(), sign * e.points(), e.facts()));
            }
        }
        return out;
    }

    private static String key(Evidence e) {
        return e.ruleId() + "|" + e.points() + "|" + e.facts();
    }
}
