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
import org.gba.advisor.vocabulary.Partner;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileAsset;
import org.gba.advisor.vocabulary.ProfileConstraint;

/** Turns a validated profile into the facts the rules match, each knowing its JSON Pointer in the profile. */
final class FactMapper {
    private FactMapper() {
    }

    static List<Object> facts(Profile profile, Parameters parameters, Catalog catalog) {
        List<Object> facts = new ArrayList<>();
        facts.add(new Place(profile.id(), profile.name().en(), profile.kind(), profile.jurisdiction(),
                profile.parent(), new HashSet<>(profile.specialtiesOrEmpty())));
        List<Figure> indicators = profile.indicatorsOrEmpty();
        for (int i = 0; i < indicators.size(); i++) {
            Figure f = indicators.get(i);
            facts.add(new Indicator("/indicators/" + i, f.code(), f.value(), f.unit(), f.year(), f.source(),
                    catalog.indicators().get(f.code()).element()));
        }
        List<ProfileAsset> assets = profile.assetsOrEmpty();
        for (int i = 0; i < assets.size(); i++) {
            facts.add(asset("/assets/" + i, assets.get(i), profile.jurisdiction(),
                    catalog.assetTypes().get(assets.get(i).type().name()).element()));
        }
        List<AssetInReach> reach = profile.reachOrEmpty();
        for (int i = 0; i < reach.size(); i++) {
            AssetInReach r = reach.get(i);
            if (r.resolved() == null) {
                throw new IllegalStateException("/reach/" + i + " was not resolved before evaluation");
            }
            ProfileAsset a = r.resolved().asset();
            double factor = parameters.reach().factor(r.distanceKm()).orElseThrow(() ->
                    new IllegalStateException("/reach/" + r.place() + " lies beyond reach"));
            facts.add(asset("/reach/" + i, a, profile.jurisdiction(), catalog.assetTypes().get(a.type().name()).element())
                    .within(new Asset.Reach(r.place(), r.resolved().placeName().en(), r.distanceKm(), factor)));
        }
        Checklist.known(profile).values().forEach(k ->
                facts.add(new Answered(k.question(), k.answer(), k.path(), k.derived(), k.source())));
        List<InstrumentInForce> instruments = profile.instrumentsOrEmpty();
        for (int i = 0; i < instruments.size(); i++) {
            InstrumentInForce in = instruments.get(i);
            Catalog.InstrumentEntry entry = catalog.instruments().get(in.code());
            facts.add(new Instrument("/instruments/" + i, in.code(), in.name() != null ? in.name() : entry.title().en(),
                    in.since(), Set.copyOf(entry.carries()), in.source()));
        }
        List<ProfileConstraint> constraints = profile.constraintsOrEmpty();
        for (int i = 0; i < constraints.size(); i++) {
            ProfileConstraint c = constraints.get(i);
            facts.add(new DeclaredConstraint("/constraints/" + i, c.type(), c.flow(), c.field(), c.severity(),
                    parameters.factor(c.severity()), c.source(),
                    catalog.constraintTypes().get(c.type().name()).element()));
        }
        return facts;
    }

    private static Asset asset(String path, ProfileAsset a, Jurisdiction home, String element) {
        List<String> partnerNames = new ArrayList<>();
        Set<Jurisdiction> partnerJurisdictions = new HashSet<>();
        for (Partner p : a.partnersOrEmpty()) {
            partnerNames.add(p.name());
            partnerJurisdictions.add(p.jurisdiction());
        }
        boolean crossBorder = a.crossBorderFrom(home);
        String universityPartner = a.universityPartnerAcross(home).map(Partner::name).orElse(null);
        Map<String, FactRef> figures = new HashMap<>();
        List<Figure> fs = a.figuresOrEmpty();
        for (int i = 0; i < fs.size(); i++) {
            Figure f = fs.get(i);
            figures.put(f.code(), new FactRef(path + "/figures/" + i, "figure", a.name() + ": " + f.code(),
                    element, f.value(), f.unit(), f.year(), f.source()));
        }
        return new Asset(path, a.type(), a.name(), new HashSet<>(a.fieldsOrEmpty()), partnerNames,
                partnerJurisdictions, crossBorder, universityPartner, a.lead(), a.supplyChain(), a.origin(), a.status(), figures,
                a.source(), element);
    }
}
