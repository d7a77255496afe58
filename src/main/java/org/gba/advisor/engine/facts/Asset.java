package org.gba.advisor.engine.facts;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gba.advisor.vocabulary.AssetOrigin;
import org.gba.advisor.vocabulary.AssetStatus;
import org.gba.advisor.vocabulary.AssetType;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.LocalizedName;
import org.gba.advisor.vocabulary.Subject;
import org.gba.advisor.vocabulary.SupplyChain;

/**
 * Rule fact: one asset of the place. {@code crossBorder} is precomputed (a partner on the other side of
 * the HK/Macao boundary) so that rules read as policy rather than as set arithmetic. Names keep both
 * languages: a rule passes them to the ledger as they are, and the writer picks the answer's language.
 */
public final class Asset implements Traceable, Reachable {
    private final String path;
    private final AssetType type;
    private final LocalizedName name;
    private final Set<String> fields;
    private final List<LocalizedName> partnerNames;
    private final Set<Jurisdiction> partnerJurisdictions;
    private final boolean crossBorder;
    private final boolean crossBorderUniversity;
    private final LocalizedName universityPartner;
    private final Subject lead;
    private final SupplyChain supplyChain;
    private final AssetOrigin origin;
    private final AssetStatus status;
    private final Map<String, FactRef> figures;
    private final String source;
    private final String element;
    private Reach reach;

    public Asset(String path, AssetType type, LocalizedName name, Set<String> fields, List<LocalizedName> partnerNames,
                 Set<Jurisdiction> partnerJurisdictions, boolean crossBorder, LocalizedName universityPartner, Subject lead,
                 SupplyChain supplyChain, AssetOrigin origin, AssetStatus status, Map<String, FactRef> figures,
                 String source, String element) {
        this.path = path;
        this.type = type;
        this.name = name;
        this.fields = Set.copyOf(fields);
        this.partnerNames = List.copyOf(partnerNames);
        this.partnerJurisdictions = Set.copyOf(partnerJurisdictions);
        this.crossBorder = crossBorder;
        this.crossBorderUniversity = universityPartner != null;
        this.universityPartner = universityPartner;
        this.lead = lead;
        this.supplyChain = supplyChain;
        this.origin = origin;
        this.status = status == null ? AssetStatus.OPERATING : status;
        this.figures = Map.copyOf(figures);
        this.source = source;
        this.element = element;
    }

    /** Where the asset stands in the profile, e.g. {@code /assets/2}. */
    public String path() { return path; }
    public AssetType getType() { return type; }
    public LocalizedName getName() { return name; }
    public Set<String> getFields() { return fields; }
    public List<LocalizedName> getPartnerNames() { return partnerNames; }
    public Set<Jurisdiction> getPartnerJurisdictions() { return partnerJurisdictions; }
    public boolean isCrossBorder() { return crossBorder; }
    /** A university partner on the other side of the boundary: the tie that §3.2.3 and §5.2 are about. */
    public boolean isCrossBorderUniversity() { return crossBorderUniversity; }
    public Subject getLead() { return lead; }
    public SupplyChain getSupplyChain() { return supplyChain; }
    public AssetOrigin getOrigin() { return origin; }
    public AssetStatus getStatus() { return status; }
    public boolean isOperating() { return status == AssetStatus.OPERATING; }
    /**
     * The figures as a property the engine can watch: a data-gap probe changes only an asset's figures and tells the
     * engine so, and only the patterns that watch them ({@code @watch(figures)}) are matched again.
     */
    public Map<String, FactRef> getFigures() { return figures; }

    /** The known value of a figure, or null. */
    public Double figureValue(String code) {
        FactRef ref = figures.get(code);
        return ref == null ? null : ref.value();
    }

    /** A figure of the asset, or 0 when it is not known; use {@link #hasFigure} to tell the two apart. */
    public double figure(String code) {
        Double value = figureValue(code);
        return value == null ? 0.0 : value;
    }

    /**
     * The factor the figure gives a rule's weight, from its bands in the parameters; 1 when the figure is not known
     * (it is then asked for as a data gap).
     */
    public double band(Parameters parameters, String code) {
        return parameters.band(code, figureValue(code));
    }

    /** The largest factor among the given figures' bands (unknown ones count 1 only if none is known). */
    public double bestBand(Parameters parameters, String... codes) {
        return bestBand(parameters, java.util.Arrays.asList(codes), this::figureValue);
    }

    /** As {@link #bestBand(Parameters, String...)} for figures given by {@code valueOf} (null: not known). */
    public static double bestBand(Parameters parameters, List<String> codes,
                                  java.util.function.Function<String, Double> valueOf) {
        double best = -1;
        boolean anyKnown = false;
        for (String code : codes) {
            Double value = valueOf.apply(code);
            double f = parameters.band(code, value);
            if (value != null) {
                best = anyKnown ? Math.max(best, f) : f;
                anyKnown = true;
            }
        }
        return anyKnown ? best : 1.0;
    }

    /** These figures, to band a rule's points by ({@link Ledger#banded}). */
    public Bands bands(String... codes) {
        return new Bands(this, List.of(codes), Bands.Presence.ALWAYS);
    }

    /** The figure as a fact to cite in evidence, with its unit, year and source. */
    public FactRef figureRef(String code) {
        return figures.get(code);
    }

    public boolean hasFigure(String code) {
        return figures.containsKey(code);
    }

    public boolean sharesFieldWith(Asset other) {
        return !Collections.disjoint(fields, other.fields);
    }

    /** The first university partner across the boundary, for action texts such as "work with {university}". */
    public LocalizedName universityPartner() {
        return universityPartner == null ? name : universityPartner;
    }

    /**
     * Where an asset within reach of the place really stands: the neighbour's profile id and name, the distance
     * when known, and the factor it counts at for this place.
     */
    public record Reach(String place, String placeName, Double distanceKm, double factor) {
    }

    /** This asset with other figures, everything else the same (a probe of a figure changes only them). */
    public Asset withFigures(Map<String, FactRef> otherFigures) {
        return new Asset(path, type, name, fields, partnerNames, partnerJurisdictions, crossBorder, universityPartner,
                lead, supplyChain, origin, status, otherFigures, source, element).within(reach);
    }

    /** This asset as a neighbour's, within reach of the place being advised. */
    public Asset within(Reach reach) {
        this.reach = reach;
        return this;
    }

    /** Null for the place's own asset. */
    public Reach getReach() { return reach; }
    /** The asset belongs to a neighbouring place. */
    public boolean isReached() { return reach != null; }

    @Override
    public double reachFactor() {
        return reach == null ? 1.0 : reach.factor();
    }

    /** Scales a rule's weight: an asset still being built counts for less than one at work. */
    public double maturity(Parameters parameters) {
        return parameters.statusFactors().getOrDefault(status, 1.0);
    }

    /** The fields of all the given assets, for action texts such as "partners strong in {fields}". */
    public static java.util.SortedSet<String> fieldsOf(java.util.Collection<?> assets) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        for (Object a : assets) {
            out.addAll(((Asset) a).fields);
        }
        return out;
    }

    /** The names of all the given assets, in the order of their English names. */
    public static List<LocalizedName> namesOf(java.util.Collection<?> assets) {
        return assets.stream().map(a -> ((Asset) a).name)
                .sorted(java.util.Comparator.comparing(LocalizedName::en)).toList();
    }

    @Override
    public FactRef ref() {
        String where = reach == null ? "" : " — within reach, of " + reach.placeName()
                + (reach.distanceKm() == null ? "" : ", " + fmt(reach.distanceKm()) + " km away");
        return new FactRef(path, "asset", type.name() + ": " + name.en() + where, element, null, null, null, source);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
