package org.gba.advisor.engine.facts;

import java.util.List;
import org.gba.advisor.vocabulary.Jurisdiction;

/** Region rule fact: a place belongs to a corridor or circle of §6 (region.yaml, or through its parent city). */
public final class Membership implements Located {
    private final String place;
    private final Jurisdiction jurisdiction;
    private final String group;
    private final RegionData.GroupKind kind;

    public Membership(String place, Jurisdiction jurisdiction, String group, RegionData.GroupKind kind) {
        this.place = place;
        this.jurisdiction = jurisdiction;
        this.group = group;
        this.kind = kind;
    }

    @Override public String getPlace() { return place; }
    @Override public Jurisdiction getJurisdiction() { return jurisdiction; }
    public String getGroup() { return group; }
    public RegionData.GroupKind getKind() { return kind; }

    @Override
    public List<RegionFact> refs() {
        return List.of(new RegionFact(place, "", "group", group, null, null, null, RegionData.FILE));
    }
}
