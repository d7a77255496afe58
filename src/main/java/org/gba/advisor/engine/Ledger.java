package org.gba.advisor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Where rules write their evidence, as a session global: calling it changes no fact, so it cannot make a
 * rule fire again. The rule's id, name and section come from its own metadata and its points from the
 * parameters file, so a rule's action names only what it supports and the facts it used.
 */
public final class Ledger {
    private final Parameters parameters;
    private final List<Evidence> entries = new ArrayList<>();

    public Ledger(Parameters parameters) {
        this.parameters = parameters;
    }

    /** {@code facts} may hold rule facts, fact references or collections of them. */
    public Evidence support(RuleContext ctx, String target, Object... facts) {
        return record(ctx, target, 1.0, Map.of(), facts);
    }

    /** As {@link #support}, with the weight scaled by {@code factor} (a declared constraint's severity). */
    public Evidence scaled(RuleContext ctx, String target, double factor, Object... facts) {
        return record(ctx, target, factor, Map.of(), facts);
    }

    /**
     * As {@link #support}, also naming place-specific details for the action text: {@code template} picks
     * the catalog wording and {@code details} fill its placeholders, e.g. facility → China Spallation Neutron
     * Source. A detail may be a name or a collection of names.
     */
    public Evidence specific(RuleContext ctx, String target, String template, Map<String, ?> details,
                             Object... facts) {
        return specific(ctx, target, 1.0, template, details, facts);
    }

    /** As {@link #specific(RuleContext, String, String, Map, Object...)}, with the weight scaled by {@code factor}. */
    public Evidence specific(RuleContext ctx, String target, double factor, String template, Map<String, ?> details,
                             Object... facts) {
        Map<String, List<String>> specifics = new LinkedHashMap<>();
        specifics.put(TEMPLATE, List.of(template));
        details.forEach((k, v) -> specifics.put(k, names(v)));
        return record(ctx, target, factor, specifics, facts);
    }

    /** The key under which a specific names its catalog template. */
    public static final String TEMPLATE = "template";

    public List<Evidence> entries() {
        return List.copyOf(entries);
    }

    private Evidence record(RuleContext ctx, String target, double factor, Map<String, List<String>> specifics,
                            Object[] facts) {
        Rule rule = ctx.getRule();
        String id = String.valueOf(rule.getMetaData().get("id"));
        double weight = parameters.weight(id);
        Evidence e = new Evidence(target, id, rule.getName(), String.valueOf(rule.getMetaData().get("source")),
                weight, factor, weight * factor, refs(facts), specifics);
        entries.add(e);
        return e;
    }

    private static List<FactRef> refs(Object[] facts) {
        List<FactRef> out = new ArrayList<>();
        for (Object f : facts) {
            addRef(out, f);
        }
        return List.copyOf(out);
    }

    private static void addRef(List<FactRef> out, Object f) {
        if (f instanceof Traceable t) {
            out.add(t.ref());
        } else if (f instanceof FactRef r) {
            out.add(r);
        } else if (f instanceof Collection<?> c) {
            c.forEach(x -> addRef(out, x));
        } else if (f != null) {
            throw new IllegalArgumentException("a rule cited something that is not a fact: " + f);
        }
    }

    private static List<String> names(Object values) {
        if (values instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).sorted().toList();
        }
        return List.of(String.valueOf(values));
    }
}
