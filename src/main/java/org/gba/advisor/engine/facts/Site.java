package org.gba.advisor.engine.facts;

import java.util.List;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.PlaceKind;

/** Region rule fact: one place of the session. */
public final class Site implements Located {
    private final String place;
    private final String name;
    private final PlaceKind kind;
    private final Jurisdiction jurisdiction;
    private final String parent;

    public Site(String place, String name, PlaceKind kind, Jurisdiction jurisdiction, String parent) {
        this.place = place;
        this.name = name;
        this.kind = kind;
        this.jurisdiction = jurisdiction;
        this.parent = parent;
    }

    @Override public String getPlace() { return place; }
    public String getName() { return name; }
    public PlaceKind getKind() { return kind; }
    @Override public Jurisdiction getJurisdiction() { return jurisdiction; }
    public String getParent() { return parent; }
    public boolean isSar() { return jurisdiction.isSar(); }
    public boolean isMainland() { return !jurisdiction.isSar(); }

    @Override
    public List<RegionFact> refs() {
        return List.of(new RegionFact(place, "", "place", name, null, null, null, null));
    }
}
