package org.gba.advisor.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gba.advisor.engine.facts.Barrier;
import org.gba.advisor.engine.facts.FlowNeed;
import org.gba.advisor.engine.facts.Membership;
import org.gba.advisor.engine.facts.Parameters;
import org.gba.advisor.engine.facts.RegionData;
import org.gba.advisor.engine.facts.RegionFact;
import org.gba.advisor.engine.facts.Role;
import org.gba.advisor.engine.facts.Site;
import org.gba.advisor.engine.facts.Strength;
import org.gba.advisor.vocabulary.AssetType;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.ConstraintType;
import org.gba.advisor.vocabulary.FieldRelation;
import org.gba.advisor.vocabulary.LocalizedName;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileAsset;
import org.gba.advisor.vocabulary.ProfileConstraint;
import org.gba.advisor.vocabulary.SupplyChain;

/**
 * Turns validated profiles into region facts, each knowing its place and its JSON Pointer in that place's
 * profile. Facts are small and keyed by field so that rules join places on {@code field ==} (indexed), never
 * by scanning sets.
 */
final class RegionFacts {
    private RegionFacts() {
    }

    static List<Object> of(List<Profile> profiles, RegionData data, Parameters parameters, Catalog catalog) {
        List<Object> facts = new ArrayList<>();
        data.needs().byTarget().forEach((target, flows) -> flows.forEach(f -> facts.add(new FlowNeed(target, f))));
        data.needs().byField().forEach((field, flows) -> flows.forEach(f -> facts.add(new FlowNeed(field, f))));
        for (Profile p : profiles) {
            facts.addAll(of(p, data, parameters, catalog));
        }
        return facts;
    }

    static List<Object> of(Profile p, RegionData data, Parameters parameters, Catalog catalog) {
        List<Object> facts = new ArrayList<>();
        facts.add(new Site(p.id(), p.name().en(), p.kind(), p.jurisdiction(), p.parent()));
        for (String group : data.groupsOf(p)) {
            facts.add(new Membership(p.id(), p.jurisdiction(), group, data.groups().get(group).kind()));
        }
        // (role, field) → the assets behind it, in profile order
        Map<Role, Map<String, List<Integer>>> byRole = new LinkedHashMap<>();
        List<ProfileAsset> assets = p.assetsOrEmpty();
        for (int i = 0; i < assets.size(); i++) {
            Role role = data.roleOf(assets.get(i).type());
            if (role == null) {
                continue;
            }
            for (String field : assets.get(i).fieldsOrEmpty()) {
                byRole.computeIfAbsent(role, r -> new TreeMap<>()).computeIfAbsent(field, f -> new ArrayList<>()).add(i);
            }
        }
        byRole.forEach((role, fields) -> fields.forEach((field, indexes) ->
                facts.add(strength(p, role, field, null, 1.0, indexes))));
        facts.addAll(related(p, data, catalog, byRole));
        List<String> specialties = p.specialtiesOrEmpty();
        for (int i = 0; i < specialties.size(); i++) {
            String field = specialties.get(i);
            int level = 0;
            for (Role role : List.of(Role.LAB, Role.UNIVERSITY, Role.FACILITY, Role.INDUSTRY)) {
                level += byRole.getOrDefault(role, Map.of()).getOrDefault(field, List.of()).size();
            }
            RegionFact ref = new RegionFact(p.id(), "/specialties/" + i, "specialty", field, null, null, null,
                    p.specialtiesSource());
            facts.add(new Strength(p.id(), area(p), p.jurisdiction(), field, Role.SPECIALTY, null, 1.0, level, false, false,
                    List.of(), List.of(ref)));
        }
        List<ProfileConstraint> constraints = p.constraintsOrEmpty();
        for (int i = 0; i < constraints.size(); i++) {
            ProfileConstraint c = constraints.get(i);
            if (c.type() == ConstraintType.FLOW_BARRIER) {
                RegionFact ref = new RegionFact(p.id(), "/constraints/" + i, "constraint",
                        c.type().name() + ":" + c.flow().name() + " (" + c.severity().name() + ")", null, null, null,
                        c.source());
                facts.add(new Barrier(p.id(), p.jurisdiction(), c.flow(), parameters.factor(c.severity()), ref));
            }
        }
        return facts;
    }

    /**
     * Research counted for related fields, at the factor of the relation (region.yaml {@code fieldMatch}): a lab in
     * life science is also a lab, at a lower factor, for biomedicine (a narrower field of the catalog), a lab in chip
     * design for electronic information (its broader field) and for telecommunications (a sibling), and a lab in
     * materials science for equipment manufacturing, which applies it (region.yaml {@code applications}). Only the
     * best relation counts for each field, and none where the place already has research of that role in the field
     * itself, so a pairing never counts the same research twice.
     */
    private static List<Strength> related(Profile p, RegionData data, Catalog catalog,
                                          Map<Role, Map<String, List<Integer>>> byRole) {
        List<Strength> out = new ArrayList<>();
        for (Role role : List.of(Role.LAB, Role.UNIVERSITY)) {
            Map<String, List<Integer>> direct = byRole.getOrDefault(role, Map.of());
            Map<String, Double> best = new TreeMap<>();
            Map<String, TreeSet<Integer>> assetsFor = new TreeMap<>();
            Map<String, TreeSet<String>> viaFor = new TreeMap<>();
            direct.forEach((research, indexes) -> {
                for (String other : catalog.fields().keySet()) {
                    double factor = direct.containsKey(other) ? 0 : factor(research, other, data, catalog);
                    if (factor <= 0 || factor < best.getOrDefault(other, 0.0)) {
                        continue;
                    }
                    if (factor > best.getOrDefault(other, 0.0)) {
                        best.put(other, factor);
                        assetsFor.put(other, new TreeSet<>());
                        viaFor.put(other, new TreeSet<>());
                    }
                    assetsFor.get(other).addAll(indexes);
                    viaFor.get(other).add(research);
                }
            });
            best.forEach((field, factor) -> out.add(strength(p, role, field, String.join(", ", viaFor.get(field)),
                    factor, new ArrayList<>(assetsFor.get(field)))));
        }
        return out;
    }

    /** How much research in {@code research} counts for {@code other}: the better of its catalog relation and its applications. */
    private static double factor(String research, String other, RegionData data, Catalog catalog) {
        FieldRelation relation = catalog.relation(research, other);
        double byRelation = relation == FieldRelation.EXACT ? 0 : data.fieldMatch().factor(relation);
        double byApplication = data.applications().getOrDefault(research, List.of()).contains(other)
                ? data.fieldMatch().applied() : 0;
        return Math.max(byRelation, byApplication);
    }

    /** The city a place is part of, so that a platform is not paired with its own city. */
    private static String area(Profile p) {
        return p.parent() == null ? p.id() : p.parent();
    }

    private static Strength strength(Profile p, Role role, String field, String via, double factor,
                                     List<Integer> indexes) {
        List<RegionFact> refs = new ArrayList<>();
        List<LocalizedName> names = new ArrayList<>();
        boolean completeChain = false;
        boolean leadingFirm = false;
        for (int i : indexes) {
            ProfileAsset a = p.assetsOrEmpty().get(i);
            names.add(a.name());
            refs.add(new RegionFact(p.id(), "/assets/" + i, "asset", a.type().name() + ": " + a.name().en()
                    + (via == null ? "" : " (" + via + " → " + field + ")"), null, null, null, a.source()));
            completeChain |= a.type() == AssetType.INDUSTRIAL_CLUSTER && a.supplyChain() == SupplyChain.COMPLETE;
            leadingFirm |= a.type() == AssetType.LEADING_FIRM;
        }
        return new Strength(p.id(), area(p), p.jurisdiction(), field, role, via, factor, indexes.size(), completeChain,
                leadingFirm, names, refs);
    }
}
