package org.gba.advisor.vocabulary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a profile's shape (Bean Validation) and its content against the catalog: known indicator, figure
 * and field codes, the catalog's units, values inside each indicator's bounds, no duplicates, a flow on
 * every flow barrier. Reports every problem with its JSON Pointer.
 */
public final class ProfileValidator {
    private final Validator validator;

    public ProfileValidator(Validator validator) {
        this.validator = validator;
    }

    /** Throws {@link InvalidProfileException} listing every problem, or returns the profile unchanged. */
    public Profile requireValid(Profile profile, Catalog catalog) {
        List<Violation> violations = validate(profile, catalog);
        if (!violations.isEmpty()) {
            throw new InvalidProfileException(violations);
        }
        return profile;
    }

    public List<Violation> validate(Profile profile, Catalog catalog) {
        List<Violation> out = new ArrayList<>();
        if (profile == null) {
            return List.of(new Violation("", "the body must be a profile object"));
        }
        for (ConstraintViolation<Profile> v : validator.validate(profile)) {
            out.add(new Violation(pointer(v.getPropertyPath().toString()), v.getMessage()));
        }
        checkKind(profile, out);
        checkFields("/specialties", profile.specialtiesOrEmpty(), catalog, out);
        checkFigures("/indicators", profile.indicatorsOrEmpty(), catalog.indicators().keySet(), catalog, out, true);
        List<ProfileAsset> assets = profile.assetsOrEmpty();
        for (int i = 0; i < assets.size(); i++) {
            ProfileAsset a = assets.get(i);
            if (a == null) {
                continue;
            }
            checkFields("/assets/" + i + "/fields", a.fieldsOrEmpty(), catalog, out);
            checkFigures("/assets/" + i + "/figures", a.figuresOrEmpty(), catalog.assetFigures().keySet(), catalog,
                    out, false);
        }
        List<ProfileConstraint> constraints = profile.constraintsOrEmpty();
        for (int i = 0; i < constraints.size(); i++) {
            ProfileConstraint c = constraints.get(i);
            if (c == null || c.type() == null) {
                continue;
            }
            if (c.type() == ConstraintType.FLOW_BARRIER && c.flow() == null) {
                out.add(new Violation("/constraints/" + i + "/flow", "a FLOW_BARRIER must name the flow it blocks"));
            }
            if (c.type() != ConstraintType.FLOW_BARRIER && c.flow() != null) {
                out.add(new Violation("/constraints/" + i + "/flow", "only a FLOW_BARRIER names a flow"));
            }
            if (c.field() != null && !catalog.fields().containsKey(c.field())) {
                out.add(unknownField("/constraints/" + i + "/field", c.field(), catalog));
            }
        }
        checkChecklist(profile, catalog, out);
        checkInstruments(profile, catalog, out);
        checkReach(profile, out);
        out.sort(Comparator.comparing(Violation::pointer).thenComparing(Violation::message));
        return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    /** One answer per question, only questions asked of the place, and no NO that an asset of the profile belies. */
    private static void checkChecklist(Profile p, Catalog catalog, List<Violation> out) {
        List<ChecklistAnswer> answers = p.checklistOrEmpty();
        Set<Question> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            ChecklistAnswer a = answers.get(i);
            if (a == null || a.question() == null) {
                continue;
            }
            String at = "/checklist/" + i;
            if (!seen.add(a.question())) {
                out.add(new Violation(at + "/question", "'" + a.question() + "' is answered twice"));
            }
            if (p.jurisdiction() != null && !a.question().appliesTo(p.jurisdiction())) {
                out.add(new Violation(at + "/question", "'" + a.question() + "' is not asked of a place in "
                        + p.jurisdiction() + ": " + catalog.questions().get(a.question()).help().en()));
            }
            if (a.answer() == Answer.NO) {
                Checklist.shownByAsset(a.question(), p).ifPresent(k -> out.add(new Violation(at + "/answer",
                        "'" + a.question() + "' is answered NO, but the asset at " + k.path() + " shows YES")));
            }
        }
    }

    private static void checkInstruments(Profile p, Catalog catalog, List<Violation> out) {
        List<InstrumentInForce> instruments = p.instrumentsOrEmpty();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < instruments.size(); i++) {
            InstrumentInForce in = instruments.get(i);
            if (in == null || in.code() == null) {
                continue;
            }
            String at = "/instruments/" + i + "/code";
            if (!catalog.instruments().containsKey(in.code())) {
                out.add(new Violation(at, "unknown instrument '" + in.code() + "'"
                        + Suggestions.hint(in.code(), catalog.instruments().keySet()) + "; known: "
                        + String.join(", ", new java.util.TreeSet<>(catalog.instruments().keySet()))));
            } else if (!seen.add(in.code())) {
                out.add(new Violation(at, "'" + in.code() + "' is given twice"));
            }
        }
    }

    private static void checkReach(Profile p, List<Violation> out) {
        List<AssetInReach> reach = p.reachOrEmpty();
        for (int i = 0; i < reach.size(); i++) {
            AssetInReach r = reach.get(i);
            if (r != null && r.place() != null && r.place().equals(p.id())) {
                out.add(new Violation("/reach/" + i + "/place", "an asset within reach belongs to another place; "
                        + "list the place's own assets under /assets"));
            }
        }
    }

    private static void checkKind(Profile p, List<Violation> out) {
        if (p.kind() == PlaceKind.SAR && p.jurisdiction() == Jurisdiction.GUANGDONG) {
            out.add(new Violation("/jurisdiction", "a SAR is in HONG_KONG or MACAO, not GUANGDONG"));
        }
        if (p.kind() == PlaceKind.CITY && p.jurisdiction() != null && p.jurisdiction().isSar()) {
            out.add(new Violation("/kind", "Hong Kong and Macao are of kind SAR, not CITY"));
        }
        if (p.parent() != null && p.parent().equals(p.id())) {
            out.add(new Violation("/parent", "a place cannot be its own parent"));
        }
        if (p.kind() != null && p.kind().hasParent() && p.parent() == null) {
            out.add(new Violation("/parent", "a " + p.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " names the city it belongs to"));
        }
        if (p.kind() != null && !p.kind().hasParent() && p.parent() != null) {
            out.add(new Violation("/parent", "a " + p.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " belongs to no other place"));
        }
    }

    private static void checkFields(String at, List<String> fields, Catalog catalog, List<Violation> out) {
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            if (f != null && !catalog.fields().containsKey(f)) {
                out.add(unknownField(at + "/" + i, f, catalog));
            }
        }
    }

    private static Violation unknownField(String at, String field, Catalog catalog) {
        return new Violation(at, "unknown field '" + field + "'" + Suggestions.hint(field, catalog.fields().keySet())
                + "; GET /api/v1/catalog lists the fields");
    }

    private static void checkFigures(String at, List<Figure> figures, Set<String> known, Catalog catalog,
                                     List<Violation> out, boolean indicators) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f == null || f.code() == null) {
                continue;
            }
            String here = at + "/" + i;
            if (!known.contains(f.code())) {
                out.add(new Violation(here + "/code", "unknown " + (indicators ? "indicator" : "figure") + " '"
                        + f.code() + "'" + Suggestions.hint(f.code(), known) + "; known: " + String.join(", ", known)));
                continue;
            }
            if (!seen.add(f.code())) {
                out.add(new Violation(here + "/code", "'" + f.code() + "' is given twice"));
            }
            String unit = indicators ? catalog.indicators().get(f.code()).unit()
                    : catalog.assetFigures().get(f.code()).unit();
            double min = indicators ? catalog.indicators().get(f.code()).min()
                    : catalog.assetFigures().get(f.code()).min();
            double max = indicators ? catalog.indicators().get(f.code()).max()
                    : catalog.assetFigures().get(f.code()).max();
            if (f.unit() != null && !f.unit().equals(unit)) {
                out.add(new Violation(here + "/unit", Units.refusal(f.code(), f.unit(), f.year(), unit, catalog)));
            }
            if (f.value() != null && (!Double.isFinite(f.value()) || f.value() < min || f.value() > max)) {
                out.add(new Violation(here + "/value", "'" + f.code() + "' must lie between " + fmt(min) + " and "
                        + fmt(max) + " " + unit + ", not " + f.value()));
            }
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** Bean Validation's {@code indicators[0].value} as the JSON Pointer {@code /indicators/0/value}. */
    public static String pointer(String propertyPath) {
        String p = propertyPath.replaceAll("\\.<[a-z ]+>", "").replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
        return p.isEmpty() ? "" : "/" + p;
    }

}
