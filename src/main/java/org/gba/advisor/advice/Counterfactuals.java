package org.gba.advisor.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.facts.Parameters.Threshold;
import org.gba.advisor.engine.facts.Parameters;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.Figure;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileAsset;
import org.gba.advisor.vocabulary.ProfileConstraint;
import org.gba.advisor.vocabulary.ProfileJson;
import org.gba.advisor.vocabulary.ProfilePatches;
import org.gba.advisor.vocabulary.ProfileValidator;
import org.gba.advisor.vocabulary.Text;

/**
 * Finds, for each model or recommendation outside the top places, the cheapest single change that brings it
 * in, and for each top recommendation the cheapest single change that makes it unnecessary. The changes tried
 * come from the rules' own thresholds (one indicator moved just across), the declared constraints (one lifted)
 * and the asset templates of the parameters file (one added). Each change is made to the profile directly and
 * evaluated to predict its outcome; the one reported is then confirmed independently: its JSON Patch, as a client
 * would send it, is applied to the profile's JSON, validated and evaluated afresh, and {@code confirmed} says whether
 * that outcome is the predicted one. A confirmed change is preferred to a cheaper unconfirmed one.
 */
public final class Counterfactuals {
    static final String SOURCE = "counterfactual: a value the advisor tried, not a fact";

    private final RuleBase rules;
    private final ProfileValidator validator;

    public Counterfactuals(RuleBase rules, ProfileValidator validator) {
        this.rules = rules;
        this.validator = validator;
    }

    /** One single change to try: what it is, what it costs, the profile it makes and the JSON Patch that makes it. */
    record Candidate(Advice.ChangeType type, double cost, String path, Object from, Object to, String subject,
                     Profile changed, List<Map<String, Object>> patch) {
    }

    public List<Advice.Counterfactual> find(Profile profile, Ranked base, Lang lang) {
        Parameters.Counterfactuals settings = rules.parameters().counterfactuals();
        List<Tried> tried = new ArrayList<>();
        for (Candidate c : candidates(profile)) {
            if (validator.validate(c.changed(), rules.catalog()).isEmpty()) {
                tried.add(new Tried(c, Ranked.of(rules.evaluate(c.changed()), rules.catalog())));
            }
        }
        tried.sort(Comparator.comparingDouble((Tried t) -> t.candidate().cost())
                .thenComparing(t -> t.candidate().type())
                .thenComparing(t -> String.valueOf(t.candidate().path())));
        List<Advice.Counterfactual> out = new ArrayList<>();
        for (Ranked.Kind kind : List.of(Ranked.Kind.MODEL, Ranked.Kind.RECOMMENDATION)) {
            int top = kind == Ranked.Kind.MODEL ? settings.topModels() : settings.topRecommendations();
            for (String id : ids(kind)) {
                Ranked.Item now = item(base, kind, id);
                boolean inTop = now != null && now.score() > 0 && now.rank() <= top;
                Advice.Goal goal = inTop ? Advice.Goal.BECOME_UNNECESSARY : Advice.Goal.ENTER_TOP;
                if (inTop && kind == Ranked.Kind.MODEL) {
                    continue;
                }
                Advice.Counterfactual unconfirmed = null;
                for (Tried t : tried) {
                    Ranked.Item after = item(t.ranked(), kind, id);
                    if (!reaches(goal, after, top)) {
                        continue;
                    }
                    boolean confirmed = confirm(profile, t.candidate(), kind, id, after);
                    Advice.Counterfactual found = counterfactual(kind, id, goal, now, after, t, base, lang, confirmed);
                    if (confirmed) {
                        unconfirmed = null;
                        out.add(found);
                        break;
                    }
                    if (unconfirmed == null) {
                        unconfirmed = found;
                    }
                }
                if (unconfirmed != null) {
                    out.add(unconfirmed);
                }
            }
        }
        return List.copyOf(out);
    }

    private record Tried(Candidate candidate, Ranked ranked) {
    }

    private static boolean reaches(Advice.Goal goal, Ranked.Item after, int top) {
        boolean present = after != null && after.score() > 0;
        return goal == Advice.Goal.ENTER_TOP ? present && after.rank() <= top : !present;
    }

    /**
     * Whether the change's JSON Patch, applied to the profile's JSON as a client would send it, validated and
     * evaluated afresh, gives {@code id} the predicted rank and score ({@code expected}; null when it should be gone).
     */
    boolean confirm(Profile profile, Candidate c, Ranked.Kind kind, String id, Ranked.Item expected) {
        Profile patched;
        try {
            patched = ProfilePatches.applyJsonPatch(profile, ProfilePatches.toJson(c.patch()));
        } catch (ProfilePatches.PatchException e) {
            return false;
        }
        if (!validator.validate(patched, rules.catalog()).isEmpty()) {
            return false;
        }
        Ranked.Item again = item(Ranked.of(rules.evaluate(patched), rules.catalog()), kind, id);
        boolean gone = again == null || again.score() == 0;
        boolean expectedGone = expected == null || expected.score() == 0;
        return expectedGone ? gone : !gone && again.rank() == expected.rank() && again.score() == expected.score();
    }

    private List<String> ids(Ranked.Kind kind) {
        Catalog c = rules.catalog();
        return kind == Ranked.Kind.MODEL ? List.copyOf(c.models().keySet())
                : c.countermeasures().values().stream().flatMap(cm -> cm.actions().keySet().stream()).toList();
    }

    private static Ranked.Item item(Ranked r, Ranked.Kind kind, String id) {
        return r.list(kind).stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }

    List<Candidate> candidates(Profile profile) {
        Parameters p = rules.parameters();
        Parameters.Counterfactuals settings = p.counterfactuals();
        List<Candidate> out = new ArrayList<>();
        List<Figure> indicators = profile.indicatorsOrEmpty();
        p.thresholds().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> e.getValue().appliesTo(profile.jurisdiction())).forEach(e -> {
            Threshold t = e.getValue();
            Catalog.IndicatorEntry entry = rules.catalog().indicators().get(t.indicator());
            // a count read per another indicator moves by what its threshold is times that indicator
            double per = 1;
            if (t.per() != null) {
                int perIndex = indexOf(indicators, t.per());
                if (perIndex < 0) {
                    return;
                }
                per = indicators.get(perIndex).value() / t.scale();
            }
            double limit = t.valueFor(profile.kind()) * per;
            double step = step(limit);
            double fire = clamp(t.fires() == Parameters.Side.BELOW ? limit - step : limit, entry);
            double quiet = clamp(t.fires() == Parameters.Side.BELOW ? limit : limit - step, entry);
            int index = indexOf(indicators, t.indicator());
            if (index < 0) {
                Map<String, Object> figure = new LinkedHashMap<>();
                figure.put("code", t.indicator());
                figure.put("value", fire);
                figure.put("unit", entry.unit());
                figure.put("year", profile.year());
                figure.put("source", SOURCE);
                out.add(new Candidate(Advice.ChangeType.LEARN_INDICATOR, settings.learnIndicatorCost(),
                        "/indicators/-", null, fire, t.indicator(),
                        profile.withIndicator(new Figure(t.indicator(), fire, entry.unit(), profile.year(), SOURCE, null)),
                        List.of(op("add", "/indicators/-", figure))));
                return;
            }
            double now = indicators.get(index).value();
            boolean firesNow = t.fires() == Parameters.Side.BELOW ? now < limit : now >= limit;
            double target = firesNow ? quiet : fire;
            double relative = Math.abs(target - now) / Math.max(Math.abs(limit), 1e-9);
            String path = "/indicators/" + index + "/value";
            Figure known = indicators.get(index);
            out.add(new Candidate(Advice.ChangeType.MOVE_INDICATOR,
                    settings.indicatorMoveCostPerRelativeChange() * relative, path, now, target, t.indicator(),
                    profile.withIndicator(new Figure(known.code(), target, known.unit(), known.year(), known.source(),
                            known.note())),
                    List.of(op("replace", path, target))));
        });
        List<ProfileConstraint> constraints = profile.constraintsOrEmpty();
        for (int i = 0; i < constraints.size(); i++) {
            ProfileConstraint c = constraints.get(i);
            String subject = c.type().name() + (c.flow() == null ? "" : ":" + c.flow().name());
            out.add(new Candidate(Advice.ChangeType.LIFT_CONSTRAINT, settings.liftConstraintCost(), "/constraints/" + i,
                    subject, null, subject, profile.withoutConstraint(i), List.of(op("remove", "/constraints/" + i, null))));
        }
        for (Parameters.AssetTemplate template : settings.assets()) {
            if (applies(template.appliesTo(), profile.jurisdiction())) {
                Map<String, Object> asset = across(template.asset(), profile.jurisdiction());
                out.add(new Candidate(Advice.ChangeType.ADD_ASSET, template.cost(), "/assets/-", null,
                        asset.get("name"), String.valueOf(asset.get("type")),
                        profile.withAsset(ProfileJson.MAPPER.convertValue(asset, ProfileAsset.class)),
                        List.of(op("add", "/assets/-", asset))));
            }
        }
        return out;
    }

    private static boolean applies(String appliesTo, Jurisdiction place) {
        return switch (appliesTo) {
            case "MAINLAND" -> !place.isSar();
            case "SAR" -> place.isSar();
            default -> true;
        };
    }

    /** The template with ACROSS replaced by the other side of the boundary from the place. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> across(Map<String, Object> template, Jurisdiction place) {
        Map<String, Object> copy = new LinkedHashMap<>(template);
        Object partners = copy.get("partners");
        if (partners instanceof List<?> list) {
            List<Object> fixed = new ArrayList<>();
            for (Object p : list) {
                Map<String, Object> partner = new LinkedHashMap<>((Map<String, Object>) p);
                if ("ACROSS".equals(partner.get("jurisdiction"))) {
                    partner.put("jurisdiction", place.isSar() ? Jurisdiction.GUANGDONG.name() : Jurisdiction.HONG_KONG.name());
                }
                fixed.add(partner);
            }
            copy.put("partners", fixed);
        }
        return copy;
    }

    private static Map<String, Object> op(String op, String path, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("op", op);
        m.put("path", path);
        if (value != null) {
            m.put("value", value);
        }
        return m;
    }

    /** A readable step just across a threshold: one unit of the digit below its leading one. */
    static double step(double threshold) {
        double magnitude = Math.floor(Math.log10(Math.max(Math.abs(threshold), 1e-9)));
        return Math.pow(10, magnitude - 1);
    }

    private static double clamp(double v, Catalog.IndicatorEntry entry) {
        double rounded = Math.round(v * 1e6) / 1e6;
        return Math.max(entry.min(), Math.min(entry.max(), rounded));
    }

    private static int indexOf(List<Figure> indicators, String code) {
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private Advice.Counterfactual counterfactual(Ranked.Kind kind, String id, Advice.Goal goal, Ranked.Item now,
                                                 Ranked.Item after, Tried t, Ranked base, Lang lang,
                                                 boolean confirmed) {
        Candidate c = t.candidate();
        Advice.ChangeDescription change = new Advice.ChangeDescription(c.type(), describe(c, lang), c.path(),
                c.from(), c.type() == Advice.ChangeType.ADD_ASSET ? assetName(c, lang) : c.to(), c.cost(), c.patch());
        return new Advice.Counterfactual(kind, id, goal, now == null || now.score() == 0 ? null : now.rank(),
                now == null ? 0 : now.score(), change, after == null || after.score() == 0 ? null : after.rank(),
                after == null ? 0 : after.score(), t.ranked().changesFrom(base), confirmed);
    }

    private String describe(Candidate c, Lang lang) {
        Catalog catalog = rules.catalog();
        Text template = catalog.changes().get(c.type().name());
        String text = template.in(lang);
        switch (c.type()) {
            case MOVE_INDICATOR, LEARN_INDICATOR -> {
                Catalog.IndicatorEntry i = catalog.indicators().get(c.subject());
                text = text.replace("{indicator}", i.title().in(lang)).replace("{unit}", i.unit())
                        .replace("{from}", number(c.from())).replace("{to}", number(c.to()));
            }
            case ADD_ASSET -> text = text.replace("{asset}", assetName(c, lang));
            case LIFT_CONSTRAINT -> {
                String type = c.subject().split(":")[0];
                String flow = c.subject().contains(":") ? c.subject().split(":")[1] : null;
                String name = catalog.constraintTypes().get(type).title().in(lang)
                        + (flow == null ? "" : " (" + catalog.flows().get(flow).in(lang) + ")");
                text = text.replace("{constraint}", name);
            }
            default -> { }
        }
        return text;
    }

    /** The added asset's name in {@code lang}: the template's, else (a name given in English only) its type's title. */
    private String assetName(Candidate c, Lang lang) {
        if (c.to() instanceof Map<?, ?> name && name.get(lang.code()) != null) {
            return String.valueOf(name.get(lang.code()));
        }
        return lang == Lang.EN && !(c.to() instanceof Map<?, ?>) ? String.valueOf(c.to())
                : rules.catalog().assetTypes().get(c.subject()).title().in(lang);
    }

    private static String number(Object o) {
        if (o instanceof Double d) {
            return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
        }
        return String.valueOf(o);
    }
}
