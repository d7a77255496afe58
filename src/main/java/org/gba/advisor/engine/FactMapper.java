package org.gba.advisor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gba.advisor.engine.facts.Answered;
import org.gba.advisor.engine.facts.Asset;
import org.gba.advisor.engine.facts.DeclaredConstraint;
import org.gba.advisor.engine.facts.FactRef;
import org.gba.advisor.engine.facts.Indicator;
import org.gba.advisor.engine.facts.Instrument;
import org.gba.advisor.engine.facts.Parameters;
import org.gba.advisor.engine.facts.Place;
import org.gba.advisor.vocabulary.AssetInReach;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.Checklist;
import org.gba.advisor.vocabulary.Figure;
import org.gba.advisor.vocabulary.InstrumentInForce;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.LocalizedName;
import org.gba.advisor.vocabulary.Partner;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileAsset;
import org.gba.advisor.vocabulary.ProfileConstraint;

/**
 * Turns a validated profile into the facts the rules match, each knowing its JSON Pointer in the profile. Each fact
 * sits in a {@link Slot} (its kind and place in the profile) and is made from one {@code source}, the part of the
 * profile it stands for; equal sources in one slot of two profiles with the same place make equal facts, which is
 * what lets a {@link ProbeSession} move from one profile to a variant by replacing only the facts that differ.
 */
final class FactMapper {
    private FactMapper() {
    }

    /** Kinds of fact, in the order a plain evaluation inserts them. */
    enum Kind { PLACE, INDICATOR, ASSET, REACH, ANSWER, INSTRUMENT, CONSTRAINT }

    /** Where one fact sits: its kind and its index (for an answer, the question's ordinal). */
    record Slot(Kind kind, int index) {
    }

    /** One slot of a profile and what its fact is made from. */
    record Source(Slot slot, Object source) {
        boolean sameAs(Source other) {
            return other != null && (source == other.source || source.equals(other.source));
        }
    }

    static List<Object> facts(Profile profile, Parameters parameters, Catalog catalog) {
        List<Object> facts = new ArrayList<>();
        for (Source s : sources(profile)) {
            facts.add(fact(s, profile, parameters, catalog));
        }
        return facts;
    }

    /** The sources of every fact of {@code profile}, in insertion order; cheap: no fact is made. */
    static List<Source> sources(Profile profile) {
        List<Source> out = new ArrayList<>();
        out.add(new Source(new Slot(Kind.PLACE, 0), java.util.Arrays.asList(profile.id(), profile.name().en(),
                profile.kind(), profile.jurisdiction(), profile.parent(), profile.specialtiesOrEmpty())));
        add(out, Kind.INDICATOR, profile.indicatorsOrEmpty());
        add(out, Kind.ASSET, profile.assetsOrEmpty());
        add(out, Kind.REACH, profile.reachOrEmpty());
        Checklist.known(profile).values().forEach(k -> out.add(new Source(new Slot(Kind.ANSWER,
                k.question().ordinal()), k)));
        add(out, Kind.INSTRUMENT, profile.instrumentsOrEmpty());
        add(out, Kind.CONSTRAINT, profile.constraintsOrEmpty());
        return out;
    }

    private static void add(List<Source> out, Kind kind, List<?> parts) {
        for (int i = 0; i < parts.size(); i++) {
            out.add(new Source(new Slot(kind, i), parts.get(i)));
        }
    }

    /** The kinds whose facts are of a class with this simple name (an asset within reach is an Asset too). */
    static java.util.Set<Kind> kindsOf(String simpleClassName) {
        return switch (simpleClassName) {
            case "Place" -> java.util.EnumSet.of(Kind.PLACE);
            case "Indicator" -> java.util.EnumSet.of(Kind.INDICATOR);
            case "Asset" -> java.util.EnumSet.of(Kind.ASSET, Kind.REACH);
            case "Answered" -> java.util.EnumSet.of(Kind.ANSWER);
            case "Instrument" -> java.util.EnumSet.of(Kind.INSTRUMENT);
            case "DeclaredConstraint" -> java.util.EnumSet.of(Kind.CONSTRAINT);
            // Object, or a type we do not know: assume it may read anything
            default -> simpleClassName.equals("Object") ? java.util.EnumSet.allOf(Kind.class)
                    : java.util.EnumSet.noneOf(Kind.class);
        };
    }

    /** Whether two assets differ at most in their figures. */
    static boolean sameButFigures(ProfileAsset a, ProfileAsset b) {
        return java.util.Objects.equals(a.type(), b.type()) && java.util.Objects.equals(a.name(), b.name())
                && java.util.Objects.equals(a.fields(), b.fields()) && java.util.Objects.equals(a.partners(), b.partners())
                && a.lead() == b.lead() && a.supplyChain() == b.supplyChain() && a.origin() == b.origin()
                && a.status() == b.status() && java.util.Objects.equals(a.since(), b.since())
                && java.util.Objects.equals(a.source(), b.source()) && java.util.Objects.equals(a.note(), b.note());
    }

    /** The fact of asset {@code index} of {@code profile}, as an evaluation inserts it. */
    static Asset assetFact(Profile profile, int index, Catalog catalog) {
        ProfileAsset a = profile.assetsOrEmpty().get(index);
        return asset("/assets/" + index, a, profile.jurisdiction(), catalog.assetTypes().get(a.type().name()).element());
    }

    /** The figures of {@code base} with those of {@code a} from {@code kept} on put over them, by code. */
    static Map<String, FactRef> figureRefs(Asset base, ProfileAsset a, int kept, Catalog catalog) {
        Map<String, FactRef> figures = new HashMap<>(base.getFigures());
        putFigures(figures, base.path(), a, kept, catalog.assetTypes().get(a.type().name()).element());
        return figures;
    }

    /** The fact of figure {@code f}, were it at {@code position} in the figures of asset {@code a} at {@code path}. */
    static FactRef figureRef(String path, ProfileAsset a, int position, Figure f, String element) {
        return new FactRef(path + "/figures/" + position, "figure", a.name().en() + ": " + f.code(), element,
                f.value(), f.unit(), f.year(), f.source());
    }

    /** Figures {@code from} on of asset {@code a} as facts, a later figure of a code standing for it. */
    private static void putFigures(Map<String, FactRef> figures, String path, ProfileAsset a, int from,
                                   String element) {
        List<Figure> fs = a.figuresOrEmpty();
        for (int i = from; i < fs.size(); i++) {
            Figure f = fs.get(i);
            figures.put(f.code(), figureRef(path, a, i, f, element));
        }
    }

    /** The fact of one source of {@code profile}. */
    static Object fact(Source s, Profile profile, Parameters parameters, Catalog catalog) {
        int i = s.slot().index();
        return switch (s.slot().kind()) {
            case PLACE -> new Place(profile.id(), profile.name().en(), profile.kind(), profile.jurisdiction(),
                    profile.parent(), new HashSet<>(profile.specialtiesOrEmpty()));
            case INDICATOR -> {
                Figure f = (Figure) s.source();
                yield new Indicator("/indicators/" + i, f.code(), f.value(), f.unit(), f.year(), f.source(),
                        catalog.indicators().get(f.code()).element());
            }
            case ASSET -> assetFact(profile, i, catalog);
            case REACH -> {
                AssetInReach r = (AssetInReach) s.source();
                if (r.resolved() == null) {
                    throw new IllegalStateException("/reach/" + i + " was not resolved before evaluation");
                }
                ProfileAsset a = r.resolved().asset();
                double factor = parameters.reach().factor(r.distanceKm()).orElseThrow(() ->
                        new IllegalStateException("/reach/" + r.place() + " lies beyond reach"));
                yield asset("/reach/" + i, a, profile.jurisdiction(), catalog.assetTypes().get(a.type().name()).element())
                        .within(new Asset.Reach(r.place(), r.resolved().placeName().en(), r.distanceKm(), factor));
            }
            case ANSWER -> {
                Checklist.Known k = (Checklist.Known) s.source();
                yield new Answered(k.question(), k.answer(), k.path(), k.derived(), k.source());
            }
            case INSTRUMENT -> {
                InstrumentInForce in = (InstrumentInForce) s.source();
                Catalog.InstrumentEntry entry = catalog.instruments().get(in.code());
                yield new Instrument("/instruments/" + i, in.code(), in.name() != null ? in.name() : entry.title().en(),
                        in.since(), Set.copyOf(entry.carries()), in.source());
            }
            case CONSTRAINT -> {
                ProfileConstraint c = (ProfileConstraint) s.source();
                yield new DeclaredConstraint("/constraints/" + i, c.type(), c.flow(), c.field(), c.severity(),
                        parameters.factor(c.severity()), c.source(),
                        catalog.constraintTypes().get(c.type().name()).element());
            }
        };
    }

    private static Asset asset(String path, ProfileAsset a, Jurisdiction home, String element) {
        List<LocalizedName> partnerNames = new ArrayList<>();
        Set<Jurisdiction> partnerJurisdictions = new HashSet<>();
        for (Partner p : a.partnersOrEmpty()) {
            partnerNames.add(p.name());
            partnerJurisdictions.add(p.jurisdiction());
        }
        boolean crossBorder = a.crossBorderFrom(home);
        LocalizedName universityPartner = a.universityPartnerAcross(home).map(Partner::name).orElse(null);
        Map<String, FactRef> figures = new HashMap<>();
        putFigures(figures, path, a, 0, element);
        return new Asset(path, a.type(), a.name(), new HashSet<>(a.fieldsOrEmpty()), partnerNames,
                partnerJurisdictions, crossBorder, universityPartner, a.lead(), a.supplyChain(), a.origin(), a.status(), figures,
                a.source(), element);
    }
}
