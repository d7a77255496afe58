package org.gba.advisor.engine.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gba.advisor.vocabulary.Target;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Where rules write their evidence, as a session global: calling it changes no fact, so it cannot make a rule
 * fire again. The rule's id, name and section come from its own metadata and its points from the parameters
 * file, so a rule's action names only what it supports, the facts it used and the details for the wording.
 * Subclasses decide what a piece of evidence holds (one place's facts, or several places').
 *
 * @param <E> the evidence this ledger records
 */
public abstract class EvidenceLedger<E> {
    /** The key under which a specific names its catalog template. */
    public static final String TEMPLATE = "template";

    private final Parameters parameters;
    private final List<E> entries = new ArrayList<>();

    protected EvidenceLedger(Parameters parameters) {
        this.parameters = parameters;
    }

    /** {@code facts} may hold rule facts, fact references or collections of them. */
    public E support(RuleContext ctx, Target target, Object... facts) {
        return add(ctx, target, 1.0, Map.of(), facts);
    }

    /** As {@link #support}, with the weight scaled by {@code factor} (a severity, or an asset being built). */
    public E scaled(RuleContext ctx, Target target, double factor, Object... facts) {
        return add(ctx, target, factor, Map.of(), facts);
    }

    /**
     * As {@link #support}, also naming details for the action text: {@code template} picks the catalog
     * wording and {@code details} fill its placeholders (a name, a code, or collections of them).
     */
    public E specific(RuleContext ctx, Target target, String template, Map<String, ?> details, Object... facts) {
        return specific(ctx, target, 1.0, template, details, facts);
    }

    /** As {@link #specific(RuleContext, String, String, Map, Object...)}, with the weight scaled by {@code factor}. */
    public E specific(RuleContext ctx, Target target, double factor, String template, Map<String, ?> details,
                      Object... facts) {
        Map<String, List<String>> specifics = new LinkedHashMap<>();
        specifics.put(TEMPLATE, List.of(template));
        details.forEach((k, v) -> specifics.put(k, names(v)));
        return add(ctx, target, factor, specifics, facts);
    }

    /** Replaces the evidence recorded last (a subclass refining what it just recorded). */
    protected final void replaceLast(E e) {
        entries.set(entries.size() - 1, e);
    }

    public List<E> entries() {
        return List.copyOf(entries);
    }

    /** What one rule firing recorded, with its weight already looked up. */
    protected record Firing(String target, String ruleId, String ruleName, String section, double weight,
                            double factor, Map<String, List<String>> specifics) {
        public double points() {
            return weight * factor;
        }
    }

    protected abstract E evidence(Firing firing, Object[] facts);

    protected final E add(RuleContext ctx, Target target, double factor, Map<String, List<String>> specifics,
                          Object[] facts) {
        Rule rule = ctx.getRule();
        String id = String.valueOf(rule.getMetaData().get("id"));
        E e = evidence(new Firing(target.id(), id, rule.getName(), String.valueOf(rule.getMetaData().get("source")),
                parameters.weight(id), factor * reachFactor(facts), specifics), facts);
        entries.add(e);
        return e;
    }

    /** The smallest reach factor of the cited facts: evidence resting on a neighbour's asset counts for less. */
    private static double reachFactor(Object[] facts) {
        double least = 1.0;
        for (Object f : facts) {
            if (f instanceof Reachable r) {
                least = Math.min(least, r.reachFactor());
            } else if (f instanceof Collection<?> c) {
                least = Math.min(least, reachFactor(c.toArray()));
            }
        }
        return least;
    }

    private static List<String> names(Object values) {
        if (values instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).distinct().sorted().toList();
        }
        return List.of(String.valueOf(values));
    }
}
