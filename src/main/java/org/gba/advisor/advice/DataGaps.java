package org.gba.advisor.advice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gba.advisor.engine.ProbeSession;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.facts.Parameters.Threshold;
import org.gba.advisor.engine.facts.Parameters;
import org.gba.advisor.vocabulary.Answer;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.Checklist;
import org.gba.advisor.vocabulary.ChecklistAnswer;
import org.gba.advisor.vocabulary.Figure;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileAsset;
import org.gba.advisor.vocabulary.Question;

/**
 * Finds what a profile leaves unknown that would change its advice if known: indicators a threshold reads,
 * checklist questions neither answered nor shown by an asset, and asset figures the rules band. Each unknown is
 * probed by evaluating the profile again with a value (for an indicator, one on the side where each of its rules
 * fires; for a question, NO and YES; for a figure, a value in each of its bands) and kept, with the probes that moved
 * something, only if anything moved. Found, never guessed.
 */
final class DataGaps {
    static final String PROBE_SOURCE = "probe: a value tried by the advisor, not a fact";

    private DataGaps() {
    }

    /** One unknown with its probes that changed something; {@code path} is where its fact would go. */
    record Gap(Advice.GapKind kind, String code, String path, Integer asset, List<Advice.Probe> probes) {
    }

    /**
     * The gaps, the evaluations their probes took, and how many probes were answered from the base evidence alone,
     * without firing: a figure the rules read only to band points, an answer no pattern of the rules can match.
     */
    record Result(List<Gap> gaps, int evaluations, int withoutFiring) {
    }

    /** The data gaps of {@code profile}, whose ranking is {@code base}; incrementally where the rules allow. */
    static Result find(RuleBase rules, Profile profile, Ranked base) {
        if (!rules.incremental()) {
            return findByReevaluation(rules, profile, base);
        }
        try (ProbeSession session = rules.session(profile)) {
            return find(rules, profile, base, session);
        }
    }

    /**
     * As {@link #find(RuleBase, Profile, Ranked)}, probing in {@code session}, which was opened on {@code profile}
     * (and gave {@code base}); the session is left at the last probe.
     */
    static Result find(RuleBase rules, Profile profile, Ranked base, ProbeSession session) {
        return find(rules, profile, new Incremental(rules, base, session));
    }

    /** The reference method, kept for the tests: every probe is a plain evaluation of the probed profile. */
    static Result findByReevaluation(RuleBase rules, Profile profile, Ranked base) {
        return find(rules, profile, new Reevaluating(rules, base));
    }

    private static Result find(RuleBase rules, Profile profile, Probing probing) {
        List<Gap> gaps = new ArrayList<>();
        indicators(rules, profile, probing, gaps);
        questions(profile, probing, gaps);
        figures(rules, profile, probing, gaps);
        return new Result(List.copyOf(gaps), probing.evaluations(), probing.withoutFiring());
    }

    /** The indicators some threshold that judges this place reads (with what counts are read per), in a stable order. */
    static Set<String> readIndicators(Parameters parameters, Profile profile) {
        Set<String> out = new TreeSet<>();
        parameters.thresholds().values().stream().filter(t -> t.appliesTo(profile.jurisdiction())).forEach(t -> {
            out.add(t.indicator());
            if (t.per() != null) {
                out.add(t.per());
            }
        });
        return out;
    }

    /** The figure codes the rules band on an asset of this type. */
    static List<String> readFigures(Parameters parameters, ProfileAsset asset) {
        return parameters.figures().entrySet().stream()
                .filter(e -> e.getValue().assetTypes().contains(asset.type()))
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static void indicators(RuleBase rules, Profile profile, Probing probing, List<Gap> gaps) {
        Catalog catalog = rules.catalog();
        Map<String, Figure> known = new LinkedHashMap<>();
        profile.indicatorsOrEmpty().forEach(f -> known.putIfAbsent(f.code(), f));
        Map<String, List<Advice.Probe>> byIndicator = new LinkedHashMap<>();
        rules.parameters().thresholds().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> e.getValue().appliesTo(profile.jurisdiction())).forEach(e -> {
                    Threshold t = e.getValue();
                    double side = sideValue(t, t.valueFor(profile.kind()));
                    if (t.per() == null) {
                        if (!known.containsKey(t.indicator())) {
                            double value = clamp(side, catalog.indicators().get(t.indicator()));
                            probe(profile, probing, byIndicator, t.indicator(), e.getKey(),
                                    List.of(figure(catalog, profile, t.indicator(), value)), value);
                        }
                        return;
                    }
                    Figure count = known.get(t.indicator());
                    Figure per = known.get(t.per());
                    if (count == null && per != null) {
                        double value = clamp(side * per.value() / t.scale(), catalog.indicators().get(t.indicator()));
                        probe(profile, probing, byIndicator, t.indicator(), e.getKey(),
                                List.of(figure(catalog, profile, t.indicator(), value)), value);
                    } else if (count != null && per == null) {
                        double value = clamp(count.value() * t.scale() / side, catalog.indicators().get(t.per()));
                        probe(profile, probing, byIndicator, t.per(), e.getKey(),
                                List.of(figure(catalog, profile, t.per(), value)), value);
                    } else if (count == null) {
                        // neither is known: try a round denominator with the count it would take
                        double denominator = 100 * t.scale();
                        double value = clamp(side * denominator / t.scale(), catalog.indicators().get(t.indicator()));
                        probe(profile, probing, byIndicator, t.indicator(), e.getKey() + " (with " + t.per() + " "
                                        + fmt(denominator) + " " + catalog.indicators().get(t.per()).unit() + ")",
                                List.of(figure(catalog, profile, t.indicator(), value),
                                        figure(catalog, profile, t.per(), denominator)), value);
                    }
                });
        byIndicator.forEach((code, probes) -> gaps.add(new Gap(Advice.GapKind.INDICATOR, code, "/indicators/-", null,
                List.copyOf(probes))));
    }

    private static void probe(Profile profile, Probing probing, Map<String, List<Advice.Probe>> byIndicator,
                              String code, String basis, List<Figure> figures, double value) {
        Profile probed = profile;
        for (Figure f : figures) {
            probed = probed.withIndicator(f);
        }
        List<Change> changes = probing.indicatorChanges(probed, figures);
        if (!changes.isEmpty()) {
            byIndicator.computeIfAbsent(code, k -> new ArrayList<>()).add(new Advice.Probe(value, null, basis, changes));
        }
    }

    private static Figure figure(Catalog catalog, Profile profile, String code, double value) {
        return new Figure(code, value, catalog.indicators().get(code).unit(), profile.year(), PROBE_SOURCE, null);
    }

    /** A value well on the side where the threshold's rule fires: half of it below, twice it above. */
    private static double sideValue(Threshold t, double limit) {
        return t.fires() == Parameters.Side.BELOW ? limit / 2 : limit * 2;
    }

    private static double clamp(double v, Catalog.IndicatorEntry indicator) {
        double rounded = Math.round(v * 1000) / 1000.0;
        return Math.max(indicator.min(), Math.min(indicator.max(), rounded));
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static void questions(Profile profile, Probing probing, List<Gap> gaps) {
        Set<Question> known = Checklist.known(profile).keySet();
        for (Question q : Checklist.applicable(profile)) {
            if (known.contains(q)) {
                continue;
            }
            List<Advice.Probe> probes = new ArrayList<>();
            for (Answer answer : List.of(Answer.NO, Answer.YES)) {
                ChecklistAnswer probe = new ChecklistAnswer(q, answer, PROBE_SOURCE, null);
                List<Change> changes = probing.answerChanges(profile.withAnswer(probe), probe);
                if (!changes.isEmpty()) {
                    probes.add(new Advice.Probe(null, answer, null, changes));
                }
            }
            if (!probes.isEmpty()) {
                gaps.add(new Gap(Advice.GapKind.QUESTION, q.name(), "/checklist/-", null, List.copyOf(probes)));
            }
        }
    }

    private static void figures(RuleBase rules, Profile profile, Probing probing, List<Gap> gaps) {
        Parameters parameters = rules.parameters();
        List<ProfileAsset> assets = profile.assetsOrEmpty();
        for (int i = 0; i < assets.size(); i++) {
            ProfileAsset asset = assets.get(i);
            Set<String> stated = new TreeSet<>();
            asset.figuresOrEmpty().forEach(f -> stated.add(f.code()));
            for (String code : readFigures(parameters, asset)) {
                if (stated.contains(code)) {
                    continue;
                }
                String unit = rules.catalog().assetFigures().get(code).unit();
                List<Advice.Probe> probes = new ArrayList<>();
                for (Parameters.Band band : parameters.figures().get(code).bands()) {
                    double value = Math.max(1, band.from());
                    List<Change> changes = probing.figureChanges(profile, i, new Figure(code, value, unit,
                            profile.year(), PROBE_SOURCE, null));
                    if (!changes.isEmpty()) {
                        probes.add(new Advice.Probe(value, null, band.why(), changes));
                    }
                }
                if (!probes.isEmpty()) {
                    gaps.add(new Gap(Advice.GapKind.ASSET_FIGURE, code, "/assets/" + i + "/figures/-", i,
                            List.copyOf(probes)));
                }
            }
        }
    }

    private static Profile withFigure(Profile p, int index, Figure figure) {
        List<ProfileAsset> assets = new ArrayList<>(p.assetsOrEmpty());
        ProfileAsset a = assets.get(index);
        List<Figure> figures = new ArrayList<>(a.figuresOrEmpty());
        figures.add(figure);
        assets.set(index, new ProfileAsset(a.type(), a.name(), a.fields(), a.partners(), a.lead(), a.supplyChain(),
                a.origin(), a.status(), a.since(), figures, a.source(), a.note()));
        return p.withAssets(assets);
    }

    /** Evaluates probed profiles against the base ranking, counting the evaluations. */
    private interface Probing {
        /** What the probed profile's ranking changes from the base ranking. */
        List<Change> changes(Profile probed);

        /** As {@link #changes}, for a profile that is the data gaps' profile with {@code figures} added. */
        default List<Change> indicatorChanges(Profile probed, List<Figure> figures) {
            return changes(probed);
        }

        /** As {@link #changes}, for a profile that is the data gaps' profile with {@code answer} added. */
        default List<Change> answerChanges(Profile probed, ChecklistAnswer answer) {
            return changes(probed);
        }

        /** As {@link #changes}, for {@code profile} with {@code figure} added to the figures of asset {@code index}. */
        default List<Change> figureChanges(Profile profile, int index, Figure figure) {
            return changes(withFigure(profile, index, figure));
        }

        int evaluations();

        /** Probes answered from the base evidence alone, without firing a rule. */
        default int withoutFiring() {
            return 0;
        }
    }

    /** Each probed profile evaluated afresh: the plain method, and the reference for the incremental one. */
    private static final class Reevaluating implements Probing {
        private final RuleBase rules;
        private final Ranked base;
        private int evaluations;

        Reevaluating(RuleBase rules, Ranked base) {
            this.rules = rules;
            this.base = base;
        }

        @Override
        public List<Change> changes(Profile probed) {
            evaluations++;
            return Ranked.of(rules.evaluate(probed), rules.catalog()).changesFrom(base);
        }

        @Override
        public int evaluations() {
            return evaluations;
        }
    }

    /**
     * Each probed profile evaluated by moving one open session to it: only the facts that differ are replaced and
     * only the rules they touch fire; a probe that changes no evidence changes nothing, and otherwise only the
     * targets whose evidence changed are summed again.
     */
    private static final class Incremental implements Probing {
        private final RuleBase rules;
        private final Ranked base;
        private final ProbeSession session;
        private final Ranked.Basis basis;
        private int fresh;
        private int rebanded;
        private int unmatched;

        Incremental(RuleBase rules, Ranked base, ProbeSession session) {
            this.rules = rules;
            this.base = base;
            this.session = session;
            this.basis = new Ranked.Basis(base, session.base().evidence(), rules.catalog());
        }

        @Override
        public List<Change> changes(Profile probed) {
            if (session.changesNothing(probed)) {
                unmatched++;
                return List.of();
            }
            return changesOrFresh(probed, session.moveTo(probed));
        }

        @Override
        public List<Change> indicatorChanges(Profile probed, List<Figure> figures) {
            return changesOrFresh(probed, session.indicatorsAdded(probed, figures));
        }

        @Override
        public List<Change> answerChanges(Profile probed, ChecklistAnswer answer) {
            if (session.answerChangesNothing(answer)) {
                unmatched++;
                return List.of();
            }
            return changesOrFresh(probed, session.answerAdded(probed, answer));
        }

        /** The changes of a move's {@code delta}, or of a fresh evaluation where the session could not move. */
        private List<Change> changesOrFresh(Profile probed, ProbeSession.Delta delta) {
            if (delta == null) {
                fresh++;
                return Ranked.of(rules.evaluate(probed), rules.catalog()).changesFrom(base);
            }
            return delta.isEmpty() ? List.of() : changesOf(delta);
        }

        /** Figures the rules read only to band points change the base evidence's points alone: no firing needed. */
        @Override
        public List<Change> figureChanges(Profile profile, int index, Figure figure) {
            ProbeSession.Delta delta = session.figureAdded(index, figure);
            if (delta == null) {
                return changes(withFigure(profile, index, figure));
            }
            rebanded++;
            return delta.isEmpty() ? List.of() : changesOf(delta);
        }

        private List<Change> changesOf(ProbeSession.Delta delta) {
            return Ranked.changes(basis, delta.added(), delta.withdrawn());
        }

        @Override
        public int evaluations() {
            return session.moves() + fresh;
        }

        @Override
        public int withoutFiring() {
            return rebanded + unmatched;
        }
    }
}
