package org.gba.advisor.engine.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gba.advisor.vocabulary.Jurisdiction;

/**
 * Where region rules write their evidence, as a session global (see {@link EvidenceLedger}: calling it changes no
 * fact, so no rule re-fires). The places of a piece of evidence are those of the facts it cites,
 * so a rule names only what it supports, the facts and the details for the wording.
 */
public final class RegionLedger extends EvidenceLedger<RegionEvidence> {

    public RegionLedger(Parameters parameters) {
        super(parameters);
    }

    @Override
    protected RegionEvidence evidence(Firing f, Object[] facts) {
        Cited cited = new Cited();
        for (Object fact : facts) {
            cited.add(fact);
        }
        return new RegionEvidence(f.target(), f.ruleId(), f.ruleName(), f.section(), f.weight(), f.factor(),
                f.points(), List.copyOf(cited.places), Set.copyOf(cited.jurisdictions), cited.group,
                List.copyOf(cited.refs), f.specifics());
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
}
