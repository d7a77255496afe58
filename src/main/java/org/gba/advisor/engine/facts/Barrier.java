package org.gba.advisor.engine.facts;

import java.util.List;
import org.gba.advisor.vocabulary.Flow;
import org.gba.advisor.vocabulary.Jurisdiction;

/** Region rule fact: a flow barrier (§3.2.4) one place declared, with its severity factor. */
public final class Barrier implements Located {
    private final String place;
    private final Jurisdiction jurisdiction;
    private final Flow flow;
    private final double factor;
    private final RegionFact ref;

    public Barrier(String place, Jurisdiction jurisdiction, Flow flow, double factor, RegionFact ref) {
        this.place = place;
        this.jurisdiction = jurisdiction;
        this.flow = flow;
        this.factor = factor;
        this.ref = ref;
    }

    @Override public String getPlace() { return place; }
    @Override public Jurisdiction getJurisdiction() { return jurisdiction; }
    public Flow getFlow() { return flow; }
    public double getFactor() { return factor; }

    @Override
    public List<RegionFact> refs() {
        return List.of(ref);
    }
}
