package org.gba.advisor.engine.facts;

import java.util.List;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.LocalizedName;

/**
 * Region rule fact: one place's strength of one role in one field, e.g. Dongguan / FACILITY /
 * materials-science, with the assets behind it. One fact per (place, field, role) keeps joins across places
 * to indexed equality on {@code field}. {@code via} names the research fields a strength was derived from
 * when research is counted for a related field: a broader, narrower or sibling field of the catalog's
 * vocabulary, or an industrial field that applies it (region.yaml {@code applications}), at the factor of
 * that relation; it is null for a field the assets name themselves.
 */
public final class Strength implements Located {
    private final String place;
    private final String area;
    private final Jurisdiction jurisdiction;
    private final String field;
    private final Role role;
    private final String via;
    private final double factor;
    private final int level;
    private final boolean completeChain;
    private final boolean leadingFirm;
    private final List<LocalizedName> names;
    private final List<RegionFact> refs;

    public Strength(String place, String area, Jurisdiction jurisdiction, String field, Role role, String via,
                    double factor, int level, boolean completeChain, boolean leadingFirm, List<LocalizedName> names,
                    List<RegionFact> refs) {
        this.place = place;
        this.area = area;
        this.jurisdiction = jurisdiction;
        this.field = field;
        this.role = role;
        this.via = via;
        this.factor = factor;
        this.level = level;
        this.completeChain = completeChain;
        this.leadingFirm = leadingFirm;
        this.names = List.copyOf(names);
        this.refs = List.copyOf(refs);
    }

    @Override public String getPlace() { return place; }
    @Override public Jurisdiction getJurisdiction() { return jurisdiction; }
    /** The city the place is part of: its parent for a platform, else the place itself. */
    public String getArea() { return area; }
    public String getField() { return field; }
    public Role getRole() { return role; }
    public String getVia() { return via; }
    /**
     * How much the strength counts in its field: 1 for the fields its assets name, less for research counted for a
     * related field (region.yaml {@code fieldMatch}).
     */
    public double getFactor() { return factor; }
    /** For a specialty: how many of the place's labs, universities, facilities and industries work in it. */
    public int getLevel() { return level; }
    /** An industrial cluster of the field with a complete local supply chain (§4.1). */
    public boolean isCompleteChain() { return completeChain; }
    /** A leading firm of the field (§4.1). */
    public boolean isLeadingFirm() { return leadingFirm; }
    public boolean isSar() { return jurisdiction.isSar(); }
    public boolean isMainland() { return !jurisdiction.isSar(); }
    /** The names of the assets behind it, for wordings such as "open {facility}". */
    public List<LocalizedName> getNames() { return names; }

    @Override
    public List<RegionFact> refs() {
        return refs;
    }

    @Override
    public String toString() {
        return place + "/" + role + "/" + field + (via == null ? "" : " via " + via);
    }
}
