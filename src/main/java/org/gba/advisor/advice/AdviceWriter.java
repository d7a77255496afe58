package org.gba.advisor.advice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.facts.Evidence;
import org.gba.advisor.engine.facts.EvidenceLedger;
import org.gba.advisor.engine.facts.FactRef;
import org.gba.advisor.engine.facts.Ledger;
import org.gba.advisor.engine.facts.Parameters;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Names;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileAsset;
import org.gba.advisor.vocabulary.Question;
import org.gba.advisor.vocabulary.Text;

/** Turns a ranked evaluation into the advice a person reads, in one language. */
final class AdviceWriter {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private final RuleBase rules;
    private final Catalog catalog;
    private final Lang lang;
    private final Profile profile;
    private final String placeName;
    private final Names names;
    private Robustness.Result robustness;

    AdviceWriter(RuleBase rules, Profile profile, Lang lang) {
        this.rules = rules;
        this.catalog = rules.catalog();
        this.lang = lang;
        this.profile = profile;
        this.placeName = profile.name().in(lang);
        this.names = Names.of(profile);
    }

    Advice write(Profile profile, Ranked ranked, DataGaps.Result gaps, Robustness.Result robustness,
                 Instant evaluatedAt, boolean cached) {
        this.robustness = robustness;
        Advice.Place place = new Advice.Place(profile.id(), placeName, profile.kind(), profile.jurisdiction(),
                profile.parent(), profile.year());
        Advice.Provenance provenance = provenance(rules, ranked, gaps, evaluatedAt, cached);
        Advice.Coverage coverage = Coverage.of(profile, rules.parameters());
        return new Advice(place, lang.code(), coverage.withNotice(coverage.provisional() ? notice("provisional",
                        Map.of("threshold", List.of(percent(coverage.threshold())),
                                "coverage", List.of(percent(coverage.share())))) : null),
                robustness.certainty(),
                ranked.models().stream().map(this::model).toList(),
                ranked.actions().stream().map(this::recommendation).toList(),
                ranked.constraints().stream().map(this::diagnosis).toList(),
                elements(ranked),
                gaps.gaps().stream().map(g -> gap(g, profile)).toList(),
                null, provenance);
    }

    /** Which rules answered and when; the timing and counts are those of the evaluation behind the ranking. */
    static Advice.Provenance provenance(RuleBase rules, Ranked ranked, DataGaps.Result gaps, Instant evaluatedAt,
                                        boolean cached) {
        return new Advice.Provenance(rules.version(), rules.loadedAt(), evaluatedAt, ranked.evaluation().nanos() / 1000,
                ranked.evaluation().rulesFired(), 1 + gaps.evaluations(), cached, rules.engineDescription());
    }

    private Advice.ModelFit model(Ranked.Item item) {
        Catalog.ModelEntry m = catalog.models().get(item.id());
        Catalog.Entry function = catalog.functions().get(m.function());
        Parameters.Ranking bands = rules.parameters().ranking();
        Advice.Fit fit = item.score() >= bands.strongFit() ? Advice.Fit.STRONG
                : item.score() >= bands.moderateFit() ? Advice.Fit.MODERATE
                : item.score() > 0 ? Advice.Fit.WEAK : Advice.Fit.NONE;
        return new Advice.ModelFit(item.id(), item.rank(), robustness.models().get(item.id()), item.score(), fit, t(m.title()), t(m.summary()),
                t(m.lead()), t(m.cooperation()), new Advice.Named(m.function(), t(function.title())),
                m.cases().stream().map(this::t).toList(), reasons(item), sections(m.section(), item));
    }

    private Advice.Recommendation recommendation(Ranked.Item item) {
        String cmId = catalog.countermeasureOf(item.id()).orElseThrow();
        Catalog.CountermeasureEntry cm = catalog.countermeasures().get(cmId);
        Catalog.ActionEntry action = cm.actions().get(item.id());
        Parameters.Ranking bands = rules.parameters().ranking();
        Advice.Priority priority = item.score() >= bands.highPriority() ? Advice.Priority.HIGH
                : item.score() >= bands.mediumPriority() ? Advice.Priority.MEDIUM : Advice.Priority.LOW;
        List<Advice.InForce> inForce = item.evidence().stream().filter(e -> e.effect() == Evidence.Effect.SCALE)
                .map(this::inForce).toList();
        return new Advice.Recommendation(item.id(), cmId, item.rank(), robustness.recommendations().get(item.id()),
                item.score(), priority,
                inForce.isEmpty() ? Advice.Form.NEW : Advice.Form.EXTEND, t(action.title()), t(cm.title()),
                inForce.isEmpty() ? actions(action, item.evidence()) : extend(action, inForce), inForce,
                reasons(item), sections(action.section(), item));
    }

    private Advice.Diagnosis diagnosis(Ranked.Item item) {
        Catalog.ConstraintEntry c = catalog.constraints().get(item.id());
        return new Advice.Diagnosis(item.id(), c.parent(), t(c.title()), t(c.summary()), c.element(), item.rank(),
                item.score(), reasons(item), sections(c.section(), item));
    }

    private List<Advice.ElementScore> elements(Ranked ranked) {
        List<Advice.ElementScore> out = new ArrayList<>();
        for (var e : catalog.elements().entrySet()) {
            String id = e.getKey();
            double strengths = ranked.models().stream().flatMap(m -> m.evidence().stream())
                    .filter(ev -> ev.facts().stream().anyMatch(f -> id.equals(f.element())))
                    .mapToDouble(Evidence::points).sum();
            double constraints = ranked.constraints().stream()
                    .filter(c -> id.equals(catalog.constraints().get(c.id()).element()))
                    .mapToDouble(Ranked.Item::score).sum();
            out.add(new Advice.ElementScore(id, t(e.getValue().title()), strengths, constraints));
        }
        return List.copyOf(out);
    }

    private Advice.DataGap gap(DataGaps.Gap gap, Profile profile) {
        return switch (gap.kind()) {
            case INDICATOR -> {
                Catalog.IndicatorEntry i = catalog.indicators().get(gap.code());
                yield new Advice.DataGap(gap.kind(), gap.code(), gap.path(), t(i.title()), null, i.unit(), i.element(),
                        i.standard(), gap.probes());
            }
            case QUESTION -> {
                Catalog.QuestionEntry q = catalog.questions().get(Question.valueOf(gap.code()));
                yield new Advice.DataGap(gap.kind(), gap.code(), gap.path(), t(q.text()), t(q.help()), null,
                        q.element(), q.section(), gap.probes());
            }
            case ASSET_FIGURE -> {
                Catalog.FigureEntry f = catalog.assetFigures().get(gap.code());
                ProfileAsset asset = profile.assetsOrEmpty().get(gap.asset());
                yield new Advice.DataGap(gap.kind(), gap.code(), gap.path(), asset.name().in(lang) + ": " + t(f.title()), null,
                        f.unit(), catalog.assetTypes().get(asset.type().name()).element(), null, gap.probes());
            }
        };
    }

    private Advice.InForce inForce(Evidence e) {
        org.gba.advisor.engine.facts.FactRef ref = e.facts().get(0);
        String code = e.specifics().get(Ledger.INSTRUMENT).get(0);
        Catalog.InstrumentEntry entry = catalog.instruments().get(code);
        String title = t(entry.title());
        String since = ref.year() == null ? "" : (lang == Lang.EN ? " since " + ref.year() : "（自" + ref.year() + "年起）");
        return new Advice.InForce(code, title, ref.year(), ref.path(),
                notice("inForce", Map.of("instrument", List.of(title), "since", List.of(since))));
    }

    /** The action's extend wording for each instrument in force that carries it out. */
    private List<String> extend(Catalog.ActionEntry action, List<Advice.InForce> inForce) {
        return inForce.stream().map(i -> fill(t(action.extend()), Map.of("instrument", List.of(i.title()))))
                .distinct().toList();
    }

    private String notice(String key, Map<String, List<String>> values) {
        String filled = fill(t(catalog.notices().get(key)), values);
        return filled == null ? t(catalog.notices().get(key)) : filled;
    }

    private static String percent(double share) {
        double p = Math.round(share * 1000) / 10.0;
        return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
    }

    private List<Advice.Reason> reasons(Ranked.Item item) {
        return item.evidence().stream().map(e -> new Advice.Reason(e.ruleId(), e.ruleName(),
                t(rules.rules().get(e.ruleId()).reason()), e.section(), e.weight(), e.factor(), e.points(),
                e.facts().stream().map(this::localized).toList()))
                .toList();
    }

    /** The fact's label in the answer's language: its codes' titles, its asset's name. */
    private FactRef localized(FactRef f) {
        String label = Names.label(profile, f.path(), catalog.factLabel(f.kind(), f.label(), lang), lang);
        return java.util.Objects.equals(label, f.label()) ? f
                : new FactRef(f.path(), f.kind(), label, f.element(), f.value(), f.unit(), f.year(), f.source());
    }

    private static List<String> sections(String own, Ranked.Item item) {
        Set<String> out = new LinkedHashSet<>();
        out.add(own);
        item.evidence().forEach(e -> out.add(e.section()));
        return List.copyOf(out);
    }

    /** Specific wordings from the evidence that named details, or the general wording when none did. */
    private List<String> actions(Catalog.ActionEntry action, List<Evidence> evidence) {
        // evidence naming the same template and details but for the fields is one line with the fields together:
        // two labs with one partner are one "deepen cooperation with it in these fields"
        Map<Map<String, List<String>>, java.util.TreeSet<String>> merged = new java.util.LinkedHashMap<>();
        for (Evidence e : evidence) {
            if (e.effect() == Evidence.Effect.SCALE || e.specifics().get(EvidenceLedger.TEMPLATE) == null) {
                continue;
            }
            Map<String, List<String>> rest = new java.util.TreeMap<>(e.specifics());
            List<String> fields = rest.remove("fields");
            merged.computeIfAbsent(rest, k -> new java.util.TreeSet<>()).addAll(fields == null ? List.of() : fields);
        }
        Set<String> lines = new LinkedHashSet<>();
        merged.forEach((rest, fields) -> {
            Map<String, List<String>> specifics = new java.util.HashMap<>(rest);
            if (!fields.isEmpty()) {
                specifics.put("fields", List.copyOf(fields));
            }
            Text text = action.templatesOrEmpty().get(rest.get(EvidenceLedger.TEMPLATE).get(0));
            String filled = text == null ? null : fill(t(text), specifics);
            if (filled != null) {
                lines.add(filled);
            }
        });
        if (lines.isEmpty()) {
            lines.add(t(action.text()));
        }
        return List.copyOf(lines);
    }

    /** Fills {placeholders}; null when a placeholder has no value, so the general wording is used instead. */
    private String fill(String template, Map<String, List<String>> specifics) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            List<String> values = key.equals("place") ? List.of(placeName) : specifics.get(key);
            if (values == null || (values.isEmpty() && !key.equals("since"))) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(join(key, values)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String join(String key, List<String> values) {
        if (values.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (String v : values) {
            Text named = key.equals("fields") ? (catalog.fields().containsKey(v) ? catalog.fields().get(v).title() : null)
                    : key.equals("flows") ? catalog.flows().get(v) : null;
            names.add(named == null ? this.names.in(v, lang) : t(named));
        }
        return String.join(lang == Lang.EN ? ", " : "、", names);
    }

    private String t(Text text) {
        return text == null ? null : text.in(lang);
    }
}
