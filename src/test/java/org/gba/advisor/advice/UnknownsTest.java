package org.gba.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.vocabulary.AssetType.BIG_SCIENCE_FACILITY;
import static org.gba.advisor.vocabulary.AssetType.INDUSTRIAL_CLUSTER;
import static org.gba.advisor.vocabulary.AssetType.UNIVERSITY_CAMPUS;

import java.util.List;
import org.gba.advisor.profiles.Neighbours;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Answer;
import org.gba.advisor.vocabulary.Flow;
import org.gba.advisor.vocabulary.InvalidProfileException;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.PlaceKind;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.Question;
import org.gba.advisor.vocabulary.Severity;
import org.gba.advisor.vocabulary.Violation;
import org.junit.jupiter.api.Test;

/** Advice that knows what it does not know: silence is asked about, thin data is provisional, measures in force count. */
class UnknownsTest {
    private static final Neighbours NEIGHBOURS = Neighbours.builtIn(Fixtures.SAMPLES);

    private static Advice advise(Profile p) {
        Profile resolved = NEIGHBOURS.resolve(p, null, TestRules.RULES.parameters().reach());
        assertThat(Fixtures.VALIDATOR.validate(resolved, TestRules.RULES.catalog())).as("valid").isEmpty();
        return TestRules.ADVICE.advise(resolved, Lang.EN);
    }

    @Test
    void anEmptyProfileGetsNoAdviceOnlyItsDataGapsAndItsCoverage() {
        Advice a = advise(city("empty").build());
        assertThat(a.recommendations()).isEmpty();
        assertThat(a.constraints()).isEmpty();
        assertThat(a.models()).hasSize(4).allSatisfy(m -> assertThat(m.fit()).isEqualTo(Advice.Fit.NONE));
        assertThat(a.coverage().share()).isZero();
        assertThat(a.coverage().provisional()).isTrue();
        assertThat(a.coverage().notice()).contains("Provisional").contains("65%");
        assertThat(a.dataGaps()).extracting(Advice.DataGap::kind).contains(Advice.GapKind.INDICATOR, Advice.GapKind.QUESTION);
        Advice.DataGap tie = a.dataGaps().stream().filter(g -> g.code().equals("CROSS_BORDER_TIE")).findFirst().orElseThrow();
        assertThat(tie.title()).contains("across the HK/Macao boundary");
        assertThat(tie.path()).isEqualTo("/checklist/-");
        assertThat(tie.probes()).anySatisfy(p -> {
            assertThat(p.answer()).isEqualTo(Answer.NO);
            assertThat(p.changes()).anySatisfy(c -> assertThat(c.id()).isEqualTo("C1"));
        });
        assertThat(TestRules.ADVICE.advise(city("empty").build(), Lang.ZH).coverage().notice()).contains("暂定");
    }

    @Test
    void coverageCountsIndicatorsQuestionsAndTheFiguresOfThePlacesAssets() {
        Profile p = city("some").indicator("gerd-gdp", 3).answer(Question.CROSS_BORDER_TIE, Answer.NO)
                .with(asset(BIG_SCIENCE_FACILITY)).build();
        Advice.Coverage c = advise(p).coverage();
        assertThat(c.parts()).extracting(Advice.CoveragePart::kind, Advice.CoveragePart::stated)
                .contains(org.assertj.core.groups.Tuple.tuple(Advice.GapKind.INDICATOR, 1),
                        // the facility answers FACILITY_ACCESS itself
                        org.assertj.core.groups.Tuple.tuple(Advice.GapKind.QUESTION, 2),
                        org.assertj.core.groups.Tuple.tuple(Advice.GapKind.ASSET_FIGURE, 0));
        assertThat(c.parts()).filteredOn(x -> x.kind() == Advice.GapKind.ASSET_FIGURE).singleElement()
                .satisfies(x -> assertThat(x.readable()).isEqualTo(4));
        assertThat(c.share()).isEqualTo((double) c.stated() / c.readable(), org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void anAssetFigureTheRulesBandIsAskedForWhereItWouldChangeTheAdvice() {
        Advice a = advise(city("f").with(asset(BIG_SCIENCE_FACILITY)).build());
        assertThat(a.dataGaps()).anySatisfy(g -> {
            assertThat(g.kind()).isEqualTo(Advice.GapKind.ASSET_FIGURE);
            assertThat(g.code()).isEqualTo("projects");
            assertThat(g.path()).isEqualTo("/assets/0/figures/-");
            assertThat(g.probes()).extracting(Advice.Probe::value).contains(1.0, 1000.0);
        });
    }

    @Test
    void anInstrumentInForceTurnsItsActionIntoItsExtendFormAtALowerPriorityWithTheReason() {
        Profile base = city("bio").with(asset(INDUSTRIAL_CLUSTER).fields("biomedicine"))
                .barrier(Flow.BIOLOGICAL_MATERIALS, Severity.HIGH).build();
        Advice.Recommendation before = recommendation(advise(base), "CM4a");
        Profile piloting = city("bio").with(asset(INDUSTRIAL_CLUSTER).fields("biomedicine"))
                .barrier(Flow.BIOLOGICAL_MATERIALS, Severity.HIGH).inForce("biomaterials-whitelist-pilot", 2023).build();
        Advice.Recommendation after = recommendation(advise(piloting), "CM4a");
        assertThat(before.form()).isEqualTo(Advice.Form.NEW);
        assertThat(after.form()).isEqualTo(Advice.Form.EXTEND);
        assertThat(after.score()).isEqualTo(before.score() * 0.5);
        assertThat(after.score()).isEqualTo(after.because().stream().mapToDouble(Advice.Reason::points).sum());
        assertThat(after.actions()).singleElement().satisfies(t -> assertThat(t).startsWith("Evaluate")
                .contains("Whitelist pilot for biomedical R&D items"));
        assertThat(after.inForce()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo("biomaterials-whitelist-pilot");
            assertThat(i.since()).isEqualTo(2023);
            assertThat(i.path()).isEqualTo("/instruments/0");
            assertThat(i.notice()).contains("Already in force").contains("since 2023");
        });
        assertThat(after.because()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo("cm.extend-what-is-in-force");
            assertThat(r.points()).isNegative();
        });
        // the other actions answering the barrier are not in force and keep their form
        assertThat(recommendation(advise(piloting), "CM4b").form()).isEqualTo(Advice.Form.NEW);
    }

    @Test
    void anAssetWithinReachCountsAtItsDistanceFactorAndNamesItsPlace() {
        Profile district = city("songshan-district").kind(PlaceKind.DISTRICT).parent("dongguan")
                .reaches("dongguan", "China Spallation Neutron Source", 10.0).build();
        Advice a = advise(district);
        Advice.ModelFit m4 = a.models().stream().filter(m -> m.id().equals("M4")).findFirst().orElseThrow();
        Advice.Reason facility = m4.because().stream().filter(r -> r.rule().equals("m4.big-facility")).findFirst().orElseThrow();
        double ownPoints = advise(city("own").with(asset(BIG_SCIENCE_FACILITY)
                .figure("projects", 900)).build()).models().stream().filter(m -> m.id().equals("M4")).findFirst()
                .orElseThrow().because().stream().filter(r -> r.rule().equals("m4.big-facility")).findFirst()
                .orElseThrow().points();
        assertThat(facility.factor()).isLessThan(1);
        assertThat(facility.facts()).anySatisfy(f -> {
            assertThat(f.path()).isEqualTo("/reach/0");
            assertThat(f.label()).contains("within reach, of Dongguan, 10 km away");
        });
        assertThat(facility.points()).isLessThan(ownPoints);
        // in Chinese the label says where the asset stands in Chinese, the neighbour's and the asset's names too
        Advice zh = TestRules.ADVICE.advise(NEIGHBOURS.resolve(district, null, TestRules.RULES.parameters().reach()), Lang.ZH);
        assertThat(zh.models().stream().filter(m -> m.id().equals("M4")).findFirst().orElseThrow().because().stream()
                .filter(r -> r.rule().equals("m4.big-facility")).findFirst().orElseThrow().facts())
                .anySatisfy(f -> {
                    assertThat(f.path()).isEqualTo("/reach/0");
                    assertThat(f.label()).contains("（东莞的邻近载体，距离 10 公里）").contains("散裂中子源")
                            .doesNotContain("within reach").doesNotContain("km away");
                });
        Profile further = city("d2").kind(PlaceKind.DISTRICT).parent("dongguan")
                .reaches("dongguan", "China Spallation Neutron Source", 50.0).build();
        double far = advise(further).models().stream().filter(m -> m.id().equals("M4")).findFirst().orElseThrow().score();
        assertThat(far).isLessThan(m4.score());
    }

    @Test
    void aNeighboursAssetMustExistAndLieWithinReach() {
        Profile wrong = city("d").kind(PlaceKind.DISTRICT).parent("dongguan")
                .reaches("dongguan", "No such facility", 5.0).reaches("atlantis", "x", 5.0)
                .reaches("dongguan", "China Spallation Neutron Source", 900.0).build();
        assertThatThrownBy(() -> NEIGHBOURS.resolve(wrong, null, TestRules.RULES.parameters().reach()))
                .isInstanceOf(InvalidProfileException.class)
                .satisfies(e -> assertThat(((InvalidProfileException) e).violations()).extracting(Violation::pointer)
                        .containsExactly("/reach/0/asset", "/reach/1/place", "/reach/2/distanceKm"));
    }

    @Test
    void aNoThatAnAssetBeliesAndAQuestionNotAskedOfThePlaceAreRefused() {
        Profile contradicted = city("x").with(asset(UNIVERSITY_CAMPUS).partner("HKU", Jurisdiction.HONG_KONG))
                .answer(Question.HK_MACAO_UNIVERSITY_TIE, Answer.NO).build();
        assertThat(Fixtures.VALIDATOR.validate(contradicted, TestRules.RULES.catalog()))
                .extracting(Violation::pointer, Violation::message)
                .contains(org.assertj.core.groups.Tuple.tuple("/checklist/0/answer",
                        "'HK_MACAO_UNIVERSITY_TIE' is answered NO, but the asset at /assets/0 shows YES"));
        Profile sarAsked = org.gba.advisor.testing.ProfileBuilder.sar("mo", Jurisdiction.MACAO)
                .answer(Question.HK_MACAO_UNIVERSITY_TIE, Answer.YES).build();
        assertThat(Fixtures.VALIDATOR.validate(sarAsked, TestRules.RULES.catalog())).extracting(Violation::pointer)
                .contains("/checklist/0/question");
    }

    @Test
    void aDistrictOrZoneNamesItsParentCity() {
        assertThat(Fixtures.VALIDATOR.validate(city("d").kind(PlaceKind.DISTRICT).build().withParent(null),
                TestRules.RULES.catalog())).extracting(Violation::pointer).contains("/parent");
        assertThat(Fixtures.VALIDATOR.validate(city("c").build().withParent("shenzhen"), TestRules.RULES.catalog()))
                .extracting(Violation::pointer).contains("/parent");
        assertThat(Fixtures.VALIDATOR.validate(city("z").kind(PlaceKind.ZONE).parent("shenzhen").build(),
                TestRules.RULES.catalog())).isEmpty();
    }

    private static Advice.Recommendation recommendation(Advice a, String id) {
        return a.recommendations().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not recommended: " + a.recommendations().stream()
                        .map(Advice.Recommendation::id).toList()));
    }
}
