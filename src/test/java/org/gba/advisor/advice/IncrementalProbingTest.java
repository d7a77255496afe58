package org.gba.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.gba.advisor.engine.Evaluation;
import org.gba.advisor.engine.ProbeSession;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.engine.facts.Evidence;
import org.gba.advisor.testing.GeneratedProfiles;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.ProfileBuilder;
import org.gba.advisor.testing.RulesFolder;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Answer;
import org.gba.advisor.vocabulary.Catalog;
import org.gba.advisor.vocabulary.ChecklistAnswer;
import org.gba.advisor.vocabulary.Figure;
import org.gba.advisor.vocabulary.LocalizedName;
import org.gba.advisor.vocabulary.ProfileAsset;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data gaps found by probing incrementally in one session are exactly those of the plain method, which
 * evaluates every probed profile afresh: for every fixture and for random profiles, with every kind of probe
 * (indicators, NO and YES answers, asset figures). So is the evidence the session holds after each move.
 */
class IncrementalProbingTest {
    private static final RuleBase RULES = TestRules.RULES;
    private static final Catalog CATALOG = RULES.catalog();
    private static final GeneratedProfiles GENERATED = new GeneratedProfiles(CATALOG);

    @Test
    void theRulesAllowIncrementalProbing() {
        assertThat(RULES.incremental()).isTrue();
    }

    @Test
    void everyFixtureGetsTheDataGapsOfThePlainMethod() {
        everyFixtureGetsTheDataGapsOfThePlainMethod(RULES);
    }

    /** The executable model (a deployment may choose it) builds other network nodes: the same must hold. */
    @Test
    void soItDoesWithTheExecutableModel() {
        RuleBase executable = new RuleBaseLoader(RuleBaseLoader.Mode.EXECUTABLE_MODEL).load(TestRules.RULES_DIR);
        try {
            assertThat(executable.incremental()).isTrue();
            everyFixtureGetsTheDataGapsOfThePlainMethod(executable);
            theSessionHoldsTheEvidenceOfAFreshEvaluationAfterEveryMove(executable);
        } finally {
            executable.close();
        }
    }

    private static void everyFixtureGetsTheDataGapsOfThePlainMethod(RuleBase rules) {
        int probes = 0;
        int rebanded = 0;
        for (Profile p : Fixtures.all()) {
            Ranked ranked = AdviceService.rank(rules, p);
            DataGaps.Result plain = DataGaps.findByReevaluation(rules, p, ranked);
            DataGaps.Result incremental = DataGaps.find(rules, p, ranked);
            assertSameGaps(incremental, plain, p.id());
            probes += plain.evaluations();
            rebanded += incremental.withoutFiring();
        }
        assertThat(probes).as("probes tried over the fixtures").isGreaterThan(200);
        assertThat(rebanded).as("figure probes answered from the base evidence").isGreaterThan(50);
    }

    /**
     * The same gaps, probe for probe; every probe either evaluated (a move or a fresh evaluation) or, for a figure the
     * rules read only to band points, answered from the base evidence.
     */
    private static void assertSameGaps(DataGaps.Result incremental, DataGaps.Result plain, String id) {
        assertThat(incremental.gaps()).as(id).isEqualTo(plain.gaps());
        assertThat(incremental.evaluations() + incremental.withoutFiring()).as(id).isEqualTo(plain.evaluations());
    }

    @Test
    void theSessionsFirstEvaluationIsThePlainOne() {
        for (Profile p : Fixtures.all()) {
            try (ProbeSession session = RULES.session(p)) {
                assertThat(Ranked.of(session.base(), CATALOG)).usingRecursiveComparison().ignoringFields("evaluation")
                        .as(p.id()).isEqualTo(AdviceService.rank(RULES, p));
                assertThat(session.base().evidence()).as(p.id()).isEqualTo(RULES.evaluate(p).evidence());
            }
        }
    }

    @Test
    void theSessionHoldsTheEvidenceOfAFreshEvaluationAfterEveryMove() {
        theSessionHoldsTheEvidenceOfAFreshEvaluationAfterEveryMove(RULES);
    }

    private static void theSessionHoldsTheEvidenceOfAFreshEvaluationAfterEveryMove(RuleBase rules) {
        int moves = 0;
        for (Profile p : Fixtures.all()) {
            List<Profile> variants = variants(p);
            try (ProbeSession session = rules.session(p)) {
                for (Profile v : variants) {
                    assertThat(session.supports(v)).as(p.id() + " → " + v.id()).isTrue();
                    session.evaluate(v);
                    moves++;
                    assertThat(sorted(session.evaluation())).as(p.id() + " → " + v.id())
                            .isEqualTo(sorted(rules.evaluate(v)));
                }
                // and back to where it started (matches undone and made again record new, equal evidence)
                session.evaluate(p);
                assertThat(sorted(session.evaluation())).isEqualTo(sorted(rules.evaluate(p)));
            }
        }
        assertThat(moves).as("moves tried over the fixtures").isGreaterThan(15 * 2 * Question.values().length);
    }

    /**
     * The data gaps' own moves (one more indicator or answer, planned from what the last such move added) hold the
     * evidence of a fresh evaluation, one after another and after a move of the general kind put other facts in the
     * session (they then move the general way).
     */
    @Test
    void movesThatOnlyAddFactsHoldTheEvidenceOfAFreshEvaluationToo() {
        int moves = 0;
        for (Profile p : Fixtures.all()) {
            try (ProbeSession session = RULES.session(p)) {
                for (int round = 0; round < 2; round++) {
                    for (Question q : org.gba.advisor.vocabulary.Checklist.applicable(p)) {
                        if (org.gba.advisor.vocabulary.Checklist.known(p).containsKey(q)) {
                            continue;
                        }
                        ChecklistAnswer no = new ChecklistAnswer(q, Answer.NO, "test", null);
                        Profile v = p.withAnswer(no);
                        assertThat(session.answerAdded(v, no)).as(p.id() + " " + q).isNotNull();
                        moves++;
                        assertThat(sorted(session.evaluation())).as(p.id() + " " + q).isEqualTo(sorted(RULES.evaluate(v)));
                        for (String code : List.of("gerd-gdp", "basic-research-share")) {
                            if (p.indicatorsOrEmpty().stream().anyMatch(f -> f.code().equals(code))) {
                                continue;
                            }
                            Figure f = new Figure(code, 0.01, CATALOG.indicators().get(code).unit(), 2024, "test", null);
                            Profile w = p.withIndicator(f);
                            assertThat(session.indicatorsAdded(w, List.of(f))).as(p.id() + " " + code).isNotNull();
                            moves++;
                            assertThat(sorted(session.evaluation())).as(p.id() + " " + code)
                                    .isEqualTo(sorted(RULES.evaluate(w)));
                        }
                    }
                    // a move of the general kind in between: another figure of the first asset
                    if (round == 0 && !p.assetsOrEmpty().isEmpty()) {
                        List<ProfileAsset> assets = new ArrayList<>(p.assetsOrEmpty());
                        ProfileAsset a = assets.get(0);
                        List<Figure> figures = new ArrayList<>(a.figuresOrEmpty());
                        figures.add(new Figure("projects", 3.0, "count", 2024, "test", null));
                        assets.set(0, new ProfileAsset(a.type(), a.name(), a.fields(), a.partners(), a.lead(),
                                a.supplyChain(), a.origin(), a.status(), a.since(), figures, a.source(), a.note()));
                        Profile moved = p.withAssets(assets);
                        session.evaluate(moved);
                        assertThat(sorted(session.evaluation())).isEqualTo(sorted(RULES.evaluate(moved)));
                    }
                }
            }
        }
        assertThat(moves).as("moves that only add facts").isGreaterThan(100);
    }

    /**
     * As an official of a place nobody tuned for might send it: nothing but the place, or one indicator and one asset
     * without figures. Every probe then adds facts to a nearly empty session, one after another (the moves that only
     * add facts); the gaps are still those of fresh evaluations, and they ask for the facts rather than diagnose a lack.
     */
    @Test
    void anEmptyOrHalfFilledProfileOfAnUntunedPlaceGetsTheDataGapsOfThePlainMethod() {
        Profile empty = ProfileBuilder.city("shanwei").build();
        Profile half = ProfileBuilder.city("shanwei").indicator("gerd-gdp", 1.1)
                .with(ProfileBuilder.asset(org.gba.advisor.vocabulary.AssetType.PROVINCIAL_LAB).named("A lab"))
                .build();
        for (Profile p : List.of(empty, half)) {
            assertThat(Fixtures.VALIDATOR.validate(p, CATALOG)).as(p.toString()).isEmpty();
            Ranked ranked = AdviceService.rank(RULES, p);
            DataGaps.Result plain = DataGaps.findByReevaluation(RULES, p, ranked);
            assertSameGaps(DataGaps.find(RULES, p, ranked), plain, p.id());
            assertSameGaps(AdviceService.core(RULES, p).gaps(), plain, p.id());
            assertThat(plain.gaps()).extracting(DataGaps.Gap::kind).as(p.id())
                    .contains(Advice.GapKind.INDICATOR, Advice.GapKind.QUESTION);
        }
    }

    /**
     * A worst caller's profile: as many assets as validation allows, all of one type and none with a figure. Its figure
     * probes (one per band of each figure the rules read of each asset) are all answered from the base evidence, so the
     * probes that fire are no more than those of the place without its assets: the rule engine's share of the work does
     * not grow with the assets' missing figures. With 20 such assets the gaps are those of fresh evaluations.
     */
    @Test
    void aProfileFullOfAssetsWithoutFiguresFiresNoMoreProbesThanThePlaceWithoutThem() {
        Profile bare = ProfileBuilder.city("wide").build();
        DataGaps.Result without = DataGaps.find(RULES, bare, AdviceService.rank(RULES, bare));
        for (int count : new int[] {20, 200}) {
            ProfileBuilder b = ProfileBuilder.city("wide");
            for (int i = 0; i < count; i++) {
                b.with(ProfileBuilder.asset(org.gba.advisor.vocabulary.AssetType.BIG_SCIENCE_FACILITY).named("F" + i));
            }
            Profile wide = b.build();
            assertThat(Fixtures.VALIDATOR.validate(wide, CATALOG)).isEmpty();
            Ranked ranked = AdviceService.rank(RULES, wide);
            DataGaps.Result found = DataGaps.find(RULES, wide, ranked);
            int figureProbes = 0;
            for (ProfileAsset a : wide.assetsOrEmpty()) {
                for (String code : DataGaps.readFigures(RULES.parameters(), a)) {
                    figureProbes += RULES.parameters().figures().get(code).bands().size();
                }
            }
            assertThat(figureProbes).as("figure probes of %d assets", count).isGreaterThanOrEqualTo(count);
            assertThat(found.withoutFiring()).as("answered without firing, %d assets", count)
                    .isGreaterThanOrEqualTo(figureProbes);
            assertThat(found.evaluations()).as("probes that fire, %d assets", count)
                    .isLessThanOrEqualTo(without.evaluations());
            if (count == 20) {
                assertSameGaps(found, DataGaps.findByReevaluation(RULES, wide, ranked), wide.id());
            }
        }
    }

    /** The evaluations metric counts the probes as before: the session's first evaluation and each move. */
    @Test
    void theObserverIsToldOfTheBaseEvaluationAndEveryMove() {
        List<Boolean> told = new ArrayList<>();
        RuleBase observed = new RuleBaseLoader(RuleBaseLoader.Mode.CLASSIC, (version, nanos, ok) -> told.add(ok))
                .load(TestRules.RULES_DIR);
        try {
            Profile p = Fixtures.get("dongguan");
            Ranked ranked = AdviceService.rank(observed, p);
            told.clear();
            DataGaps.Result gaps = DataGaps.find(observed, p, ranked);
            assertThat(gaps.evaluations()).isGreaterThan(5);
            assertThat(gaps.withoutFiring()).as("probes answered without evaluating").isGreaterThan(5);
            assertThat(told).hasSize(1 + gaps.evaluations()).containsOnly(true);
        } finally {
            observed.close();
        }
    }

    @Test
    void rulesThatInsertFactsOutrightAreProbedByReevaluation(@TempDir Path dir) throws Exception {
        Path copy = RulesFolder.copyTo(dir.resolve("rules"));
        RulesFolder.edit(copy.resolve("diagnosis/c1-community.drl"), t -> t.replaceFirst("insertLogical\\(", "insert("));
        RuleBase rules = new RuleBaseLoader().load(copy);
        try {
            assertThat(rules.incremental()).isFalse();
            assertThatThrownBy(() -> rules.session(Fixtures.get("dongguan"))).isInstanceOf(IllegalStateException.class);
            Profile p = Fixtures.get("dongguan");
            Ranked ranked = AdviceService.rank(rules, p);
            assertThat(DataGaps.find(rules, p, ranked)).isEqualTo(DataGaps.findByReevaluation(rules, p, ranked));
        } finally {
            rules.close();
        }
    }

    @Property(tries = 60)
    void randomProfilesGetTheDataGapsOfThePlainMethod(@ForAll("profiles") Profile p) {
        boolean valid = Fixtures.VALIDATOR.validate(p, CATALOG).isEmpty();
        Statistics.label("valid").collect(valid);
        if (!valid) {
            return;
        }
        Ranked ranked = AdviceService.rank(RULES, p);
        DataGaps.Result plain = DataGaps.findByReevaluation(RULES, p, ranked);
        Statistics.label("gaps").collect(plain.gaps().isEmpty() ? "none" : "some");
        assertSameGaps(DataGaps.find(RULES, p, ranked), plain, p.id());
        assertSameGaps(AdviceService.core(RULES, p).gaps(), plain, p.id());
    }

    @Test
    void movesThatChangeWhatACollectReadsAreLeftToAFreshEvaluation() {
        Profile p = Fixtures.get("guangzhou");
        List<ProfileAsset> fewer = new ArrayList<>(p.assetsOrEmpty());
        fewer.remove(0);
        try (ProbeSession session = RULES.session(p)) {
            assertThat(session.supports(p.withAssets(fewer))).isFalse();
            assertThatThrownBy(() -> session.evaluate(p.withAssets(fewer))).isInstanceOf(IllegalArgumentException.class);
            List<ProfileAsset> renamed = new ArrayList<>(p.assetsOrEmpty());
            ProfileAsset a = renamed.get(0);
            renamed.set(0, new ProfileAsset(a.type(), LocalizedName.of("another"), a.fields(), a.partners(), a.lead(),
                    a.supplyChain(), a.origin(), a.status(), a.since(), a.figures(), a.source(), a.note()));
            assertThat(session.supports(p.withAssets(renamed))).isFalse();
        }
    }

    /**
     * A figure the rules read only to band points is tried without firing: the base evidence with the rebanded
     * pieces in place of the old ones (and latent ones that now count) is, piece for piece, a fresh evaluation's.
     */
    @Test
    void aRebandedFigureGivesTheEvidenceOfAFreshEvaluation() {
        int rebanded = 0;
        for (Profile p : Fixtures.all()) {
            List<ProfileAsset> assets = p.assetsOrEmpty();
            try (ProbeSession session = RULES.session(p)) {
                for (int i = 0; i < assets.size(); i++) {
                    ProfileAsset a = assets.get(i);
                    for (String code : DataGaps.readFigures(RULES.parameters(), a)) {
                        for (var band : RULES.parameters().figures().get(code).bands()) {
                            for (double value : List.of(0.0, Math.max(1, band.from()))) {
                                List<Figure> figures = new ArrayList<>(a.figuresOrEmpty());
                                figures.removeIf(f -> f.code().equals(code));
                                figures.add(new Figure(code, value, "count", 2024, "test", null));
                                List<ProfileAsset> changed = new ArrayList<>(assets);
                                changed.set(i, new ProfileAsset(a.type(), a.name(), a.fields(), a.partners(), a.lead(),
                                        a.supplyChain(), a.origin(), a.status(), a.since(), figures, a.source(),
                                        a.note()));
                                Profile variant = p.withAssets(changed);
                                ProbeSession.Delta delta = session.rebanded(variant, i);
                                boolean added = a.figuresOrEmpty().stream().noneMatch(f -> f.code().equals(code));
                                if (!added) {
                                    // a stated figure replaced moves the others' citations: left to a move
                                    assertThat(delta).as(p.id() + " " + code).isNull();
                                    continue;
                                }
                                assertThat(delta).as(p.id() + " " + code).isNotNull();
                                // the data gaps' way, which never makes the variant: the very same delta
                                assertThat(session.figureAdded(i, figures.get(figures.size() - 1)))
                                        .as(p.id() + " " + code).isEqualTo(delta);
                                List<Evidence> evidence = new ArrayList<>(session.base().evidence());
                                delta.withdrawn().forEach(w -> assertThat(evidence.removeIf(e -> e == w)).isTrue());
                                evidence.addAll(delta.added());
                                assertThat(text(evidence)).as(p.id() + " /assets/" + i + " " + code + " " + value)
                                        .isEqualTo(text(RULES.evaluate(variant).evidence()));
                                rebanded += delta.isEmpty() ? 0 : 1;
                            }
                        }
                    }
                }
            }
        }
        assertThat(rebanded).as("figure variants that changed some evidence").isGreaterThan(50);
    }

    @Test
    void aVariantThatChangesMoreThanBandedFiguresIsNotRebanded() {
        Profile p = Fixtures.get("dongguan");
        try (ProbeSession session = RULES.session(p)) {
            List<ProfileAsset> assets = new ArrayList<>(p.assetsOrEmpty());
            ProfileAsset a = assets.get(0);
            assets.set(0, new ProfileAsset(a.type(), LocalizedName.of("another"), a.fields(), a.partners(), a.lead(),
                    a.supplyChain(), a.origin(), a.status(), a.since(), a.figures(), a.source(), a.note()));
            assertThat(session.rebanded(p.withAssets(assets), 0)).isNull();
            Profile moreIndicators = p.withIndicator(new Figure("gerd-gdp", 0.5, "%", 2024, "test", null));
            assertThat(session.rebanded(moreIndicators, 0)).isNull();
            ProfileAsset stating = assets.get(0);
            Figure stated = stating.figuresOrEmpty().get(0);
            assertThat(session.figureAdded(0, new Figure(stated.code(), stated.value() + 1, stated.unit(), 2024,
                    "test", null))).as("a figure the asset states already").isNull();
        }
    }

    /** Evidence in full, in a stable order. */
    private static List<String> text(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::toString).sorted().toList();
    }

    /**
     * Variants of a fixture: another indicator, each question answered NO and YES, and each asset with a value in
     * each band of each figure the rules read on it (replacing a stated one, too), one after another.
     */
    private static List<Profile> variants(Profile p) {
        List<Profile> out = new ArrayList<>();
        out.add(p.withIndicator(new Figure("gerd-gdp", 0.5, "%", 2024, "test", null)));
        for (Question q : Question.values()) {
            out.add(p.withAnswer(new ChecklistAnswer(q, Answer.NO, "test", null)));
            out.add(p.withAnswer(new ChecklistAnswer(q, Answer.YES, "test", null)));
        }
        List<ProfileAsset> assets = p.assetsOrEmpty();
        for (int i = 0; i < assets.size(); i++) {
            ProfileAsset a = assets.get(i);
            for (String code : DataGaps.readFigures(RULES.parameters(), a)) {
                for (var band : RULES.parameters().figures().get(code).bands()) {
                    List<Figure> figures = new ArrayList<>(a.figuresOrEmpty());
                    figures.removeIf(f -> f.code().equals(code));
                    figures.add(new Figure(code, Math.max(1, band.from()), "count", 2024, "test", null));
                    List<ProfileAsset> changed = new ArrayList<>(assets);
                    changed.set(i, new ProfileAsset(a.type(), a.name(), a.fields(), a.partners(), a.lead(),
                            a.supplyChain(), a.origin(), a.status(), a.since(), figures, a.source(), a.note()));
                    out.add(p.withAssets(changed));
                }
            }
        }
        return out;
    }

    /** The evidence as text, the facts a collect cites in path order (an update moves a fact to the list's end). */
    private static List<String> sorted(Evaluation e) {
        return e.evidence().stream().map(x -> new Evidence(x.target(), x.ruleId(), x.ruleName(), x.section(),
                        x.weight(), x.factor(), x.points(), x.facts().stream()
                        .sorted(Comparator.comparing(org.gba.advisor.engine.facts.FactRef::path)).toList(),
                        x.specifics(), x.effect()).toString())
                .sorted(Comparator.naturalOrder()).toList();
    }

    @Provide
    Arbitrary<Profile> profiles() {
        Arbitrary<Map<Question, Answer>> answers = Arbitraries.maps(Arbitraries.of(Question.class),
                Arbitraries.of(Answer.class)).ofMaxSize(4);
        Arbitrary<List<String>> instruments = Arbitraries.of(List.copyOf(CATALOG.instruments().keySet())).list()
                .uniqueElements().ofMaxSize(2);
        return Combinators.combine(GENERATED.kinds(), GENERATED.indicators(), GENERATED.assets(),
                GENERATED.constraints(), answers, instruments).as((kind, indicators, assets, constraints, said, inForce) -> {
                    ProfileBuilder b = GENERATED.build(kind, indicators, assets, constraints, List.of("biomedicine"));
                    said.forEach(b::answer);
                    inForce.forEach(code -> b.inForce(code, 2020));
                    return b.build();
                });
    }
}
