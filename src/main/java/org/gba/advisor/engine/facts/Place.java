package org.gba.advisor.engine.facts;

import java.util.Set;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.PlaceKind;

/** Rule fact: the place being advised, with its designated specialties. */
public final class Place implements Traceable {
    private final String id;
    private final String name;
    private final PlaceKind kind;
    private final Jurisdiction jurisdiction;
    private final String parent;
    private final Set<String> specialties;

    public Place(String id, String name, PlaceKind kind, Jurisdiction jurisdiction, String parent,
                 Set<String> specialties) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.jurisdiction = jurisdiction;
        this.parent = parent;
        this.specialties = Set.copyOf(specialties);
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public PlaceKind getKind() { return kind; }
    public Jurisdiction getJurisdiction() { return jurisdiction; }
    public String getParent() { return parent; }
    public Set<String> getSpecialties() { return specialties; }

    public boolean isMainland() { return jurisdiction == Jurisdiction.GUANGDONG; }
    public boolean isSar() { return jurisdiction.isSar(); }
    public boolean isPlatform() { return kind == PlaceKind.PLATFORM; }

    @Override
    public FactRef ref() {
        return FactRef.of("", "place", name);
    }
}
