package org.gba.advisor.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gba.advisor.engine.Ledger;
import org.gba.advisor.engine.Parameters;
import org.gba.advisor.profile.Jurisdiction;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Where region rules write their evidence, as a session global (like the single-place {@link Ledger}: calling
 * it changes no fact, so no rule re-fires). The places of a piece of evidence are those of the facts it cites,
 * so a rule names only what it supports, the facts and the details for the wording.
 */
public final class RegionLedger {
    private final Parameters parameters;
    private final List<RegionEvidence> entries = new ArrayList<>();

    public RegionLedger(Parameters parameters) {
        this.parameters = parameters;
    }

    public RegionEvidence support(RuleContext ctx, String target, Object... facts) {
        return record(ctx, target, 1.0, Map.of(), facts);
    }

    public RegionEvidence scaled(RuleContext ctx, String target, double factor, Object... facts) {
        return record(ctx, target, factor, Map.of(), facts);
    }

    /**
     * As {@link #support}, naming details for the wording: {@code template} picks a text of region.yaml and
     * {@code details} fill its placeholders (a place id, a field code, a name, or collections of them).
     */
    public RegionEvidence specific(RuleContext ctx, String target, String template, Map<String, ?> details,
                                   Object... facts) {
        return specific(ctx, target, 1.0, template, details, facts);
    }

    public RegionEvidence specific(RuleContext ctx, String target, double factor, String template,
                                   Map<String, ?> details, Object... facts) {
        Map<String, List<String>> specifics = new LinkedHashMap<>();
        specifics.put(Ledger.TEMPLATE, List.of(template));
        details.forEach((k, v) -> specifics.put(k, names(v)));
        return record(ctx, target, factor, specifics, facts);
    }

    public List<RegionEvidence> entries() {
        return List.copyOf(entries);
    }

    private RegionEvidence record(RuleContext ctx, String target, double factor, Map<String, List<String>> specifics,
                                  Object[] facts) {
        Rule rule = ctx.getRule();
        String id = String.valueOf(rule.getMetaData().get("id"));
        double weight = parameters.weight(id);
        Cited cited = new Cited();
        for (Object f : facts) {
            cited.add(f);
        }
        RegionEvidence e = new RegionEvidence(target, id, rule.getName(),
                String.valueOf(rule.getMetaData().get("source")), weight, factor, weight * factor,
                List.copyOf(cited.places), Set.copyOf(cited.jurisdictions), cited.group, List.copyOf(cited.refs),
                specifics);
        entries.add(e);
        return e;
    }

    /** What a rule cited: the places in order, their jurisdictions, the group, and the facts to show. */
    private static final class Cited {
        final Set<String> places = new LinkedHashSet<>();
        final Set<Jurisdiction> jurisdictions = EnumSet.noneOf(Jurisdiction.class);
        final List<RegionFact> refs = new ArrayList<>();
        String group;

        void add(Object f) {
            if (f instanceof Located l) {
                places.add(l.getPlace());
                jurisdictions.add(l.getJurisdiction());
                refs.addAll(l.refs());
                if (f instanceof Membership m) {
                    group = m.getGroup();
                }
            } else if (f instanceof RegionEvidence e) {
                places.addAll(e.places());
                jurisdictions.addAll(e.jurisdictions());
                // the link, then the facts of each place it rests on, so the answer shows both places' facts
                refs.add(e.ref());
                e.facts().stream().filter(r -> !refs.contains(r)).forEach(refs::add);
            } else if (f instanceof Collection<?> c) {
                c.forEach(this::add);
            } else if (f != null) {
                throw new IllegalArgumentException("a region rule cited something that is not a fact: " + f);
            }
        }
    }

    private static List<String> names(Object values) {
        if (values instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).distinct().sorted().toList();
        }
        return List.of(String.valueOf(values));
    }
}
