package org.gba.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.city;

import java.util.List;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.junit.jupiter.api.Test;

/** Properties every advice has, for every fixture: scores rebuild from evidence, ranks, texts, gaps, provenance. */
class AdviceTest {
    private static final String IN_FORCE = "cm.extend-what-is-in-force";

    @Test
    void everyScoreIsTheSumOfItsEvidenceAndRanksFollowScores() {
        for (Profile p : Fixtures.all()) {
            for (Lang lang : Lang.values()) {
                Advice a = TestRules.ADVICE.advise(p, lang);
                a.models().forEach(m -> assertThat(m.score()).as(p.id() + " " + m.id()).isEqualTo(sum(m.because())));
                a.recommendations().forEach(r -> assertThat(r.score()).isEqualTo(sum(r.because())));
                a.constraints().forEach(c -> assertThat(c.severity()).isEqualTo(sum(c.because())));
                assertRanked(a.models().stream().map(Advice.ModelFit::score).toList(), a.models().stream().map(Advice.ModelFit::rank).toList());
                assertRanked(a.recommendations().stream().map(Advice.Recommendation::score).toList(),
                        a.recommendations().stream().map(Advice.Recommendation::rank).toList());
                a.recommendations().forEach(r -> {
                    assertThat(r.because()).isNotEmpty();
                    assertThat(r.actions()).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotContain("{"));
                    // an instrument in force scales the sum of the other reasons by its weight (Ranked.scaled)
                    double added = r.because().stream().filter(x -> !x.rule().equals(IN_FORCE))
                            .mapToDouble(Advice.Reason::points).sum();
                    assertThat(r.because()).allSatisfy(reason -> {
                        assertThat(reason.text()).isNotBlank();
                        if (reason.rule().equals(IN_FORCE)) {
                            assertThat(reason.points()).isIn(0.0, added * (reason.weight() - 1));
                        } else {
                            assertThat(reason.points()).isEqualTo(reason.weight() * reason.factor());
                        }
                    });
                });
            }
        }
    }

    @Test
    void allFourModelsAreAlwaysListed() {
        for (Profile p : Fixtures.all()) {
            assertThat(TestRules.ADVICE.advise(p, Lang.ZH).models()).extracting(Advice.ModelFit::id)
                    .containsExactlyInAnyOrder("M1", "M2", "M3", "M4");
        }
    }

    @Test
    void textsFollowTheLanguage() {
        Advice zh = TestRules.ADVICE.advise(Fixtures.get("dongguan"), Lang.ZH);
        Advice en = TestRules.ADVICE.advise(Fixtures.get("dongguan"), Lang.EN);
        assertThat(zh.profile().name()).isEqualTo("东莞");
        assertThat(en.profile().name()).isEqualTo("Dongguan");
        assertThat(zh.models().get(0).title()).isEqualTo("区域平台聚合模式");
        assertThat(en.models().get(0).title()).isEqualTo("Regional-platform aggregation");
        assertThat(zh.recommendations().get(0).actions().get(0)).contains("中国散裂中子源").contains("港澳高校")
                .doesNotContain("China Spallation Neutron Source");
        assertThat(en.recommendations().get(0).actions().get(0)).contains("China Spallation Neutron Source")
                .doesNotContain("中国散裂中子源");
    }

    @Test
    void aChineseAnswerNeverCarriesAnEnglishNameTheProfileGaveInChinese() {
        // issue 15: the Shenzhen page read "深化与The Hong Kong University of Science and Technology在人工智能…"
        Profile p = Fixtures.get("shenzhen");
        Advice zh = TestRules.ADVICE.advise(p, Lang.ZH);
        List<String> english = p.assetsOrEmpty().stream()
                .flatMap(a -> java.util.stream.Stream.concat(java.util.stream.Stream.of(a.name()),
                        a.partnersOrEmpty().stream().map(org.gba.advisor.vocabulary.Partner::name)))
                .filter(n -> !n.en().equals(n.zh())).map(org.gba.advisor.vocabulary.LocalizedName::en).toList();
        assertThat(english).isNotEmpty();
        List<String> texts = new java.util.ArrayList<>();
        zh.recommendations().forEach(r -> texts.addAll(r.actions()));
        zh.recommendations().forEach(r -> r.because().forEach(b -> b.facts().forEach(f -> texts.add(f.label()))));
        zh.models().forEach(m -> m.because().forEach(b -> b.facts().forEach(f -> texts.add(f.label()))));
        assertThat(texts).isNotEmpty().allSatisfy(t -> english.forEach(e -> assertThat(t).doesNotContain(e)));
    }

    @Test
    void aNeighboursAssetWithinReachIsNamedInChineseWithItsPlaceInAChineseAnswer() {
        Profile district = city("songshan-district").kind(org.gba.advisor.vocabulary.PlaceKind.DISTRICT).parent("dongguan")
                .reaches("dongguan", "中国散裂中子源", 10.0).build();
        Profile resolved = org.gba.advisor.profiles.Neighbours.builtIn(Fixtures.SAMPLES)
                .resolve(district, null, TestRules.RULES.parameters().reach());
        Advice zh = TestRules.ADVICE.advise(resolved, Lang.ZH);
        List<String> labels = zh.models().stream().flatMap(m -> m.because().stream()).flatMap(r -> r.facts().stream())
                .filter(f -> "/reach/0".equals(f.path())).map(org.gba.advisor.engine.facts.FactRef::label).toList();
        assertThat(labels).isNotEmpty().allSatisfy(l -> assertThat(l).contains("中国散裂中子源").contains("东莞")
                .doesNotContain("China Spallation Neutron Source").doesNotContain("Dongguan"));
    }

    @Test
    void aFigureIsLabelledByItsTitleInTheAnswersLanguageNotByItsCode() {
        // the Chinese page read "中国散裂中子源: projects"
        for (Lang lang : Lang.values()) {
            Advice a = TestRules.ADVICE.advise(Fixtures.get("dongguan"), lang);
            List<String> figures = a.models().stream().flatMap(m -> m.because().stream()).flatMap(r -> r.facts().stream())
                    .filter(f -> "figure".equals(f.kind())).map(org.gba.advisor.engine.facts.FactRef::label).toList();
            assertThat(figures).as("%s", lang).isNotEmpty().allSatisfy(l -> assertThat(l)
                    .doesNotEndWith(": projects").doesNotEndWith(": hk-macao-projects").doesNotContain(": teams-served"));
            assertThat(figures).contains(lang == Lang.ZH ? "中国散裂中子源: 完成课题数"
                    : "China Spallation Neutron Source: Research projects completed");
        }
    }

    @Test
    void everyFactIsLabelledInTheAnswersLanguageNotByItsCodes() {
        // a Hong Kong platform's Chinese answer read "FLOW_BARRIER:DATA (HIGH)", and "gerd-gdp", "BIG_SCIENCE_FACILITY: …"
        Profile p = org.gba.advisor.testing.ProfileBuilder.sar("hk-park", org.gba.advisor.vocabulary.Jurisdiction.HONG_KONG)
                .kind(org.gba.advisor.vocabulary.PlaceKind.PLATFORM).parent("hong-kong")
                .barrier(org.gba.advisor.vocabulary.Flow.DATA, org.gba.advisor.vocabulary.Severity.HIGH).build();
        for (Lang lang : Lang.values()) {
            List<org.gba.advisor.engine.facts.FactRef> facts = new java.util.ArrayList<>();
            Profile saidNo = city("said-no").answer(org.gba.advisor.vocabulary.Question.HK_MACAO_UNIVERSITY_TIE,
                    org.gba.advisor.vocabulary.Answer.NO).build();
            for (Profile each : List.of(p, saidNo, Fixtures.get("dongguan"), Fixtures.get("shenzhen"), Fixtures.get("guangzhou"))) {
                Advice a = TestRules.ADVICE.advise(each, lang);
                a.constraints().forEach(c -> c.because().forEach(r -> facts.addAll(r.facts())));
                a.models().forEach(m -> m.because().forEach(r -> facts.addAll(r.facts())));
                a.recommendations().forEach(r -> r.because().forEach(b -> facts.addAll(b.facts())));
            }
            assertThat(facts).extracting(org.gba.advisor.engine.facts.FactRef::kind)
                    .contains("constraint", "indicator", "asset", "figure", "answer");
            assertThat(facts).as("%s", lang).filteredOn(f -> !f.kind().equals("diagnosis") && !f.kind().equals("instrument"))
                    .allSatisfy(f -> assertThat(f.label()).as(f.path())
                            .doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b").doesNotContainPattern("^[a-z]+(-[a-z]+)+$")
                            .doesNotContainPattern("\\((LOW|MEDIUM|HIGH)\\)").doesNotEndWith(": YES").doesNotEndWith(": NO"));
        }
        Advice zh = TestRules.ADVICE.advise(p, Lang.ZH);
        assertThat(zh.constraints().get(0).because().get(0).facts().get(0).label()).contains("数据").contains("严重程度：高");
    }

    @Test
    void scoresAndPointsAreShownAsTheDecimalsTheyAreNotAsFloatingPointNoise() {
        // a hand-written district beside the neutron source scored 5.3999999999999995 (4 × 1.5 × 0.6 + …)
        Profile district = city("songshan-district").kind(org.gba.advisor.vocabulary.PlaceKind.DISTRICT).parent("dongguan")
                .reaches("dongguan", "China Spallation Neutron Source", 8.0).build();
        Advice a = TestRules.ADVICE.advise(org.gba.advisor.profiles.Neighbours.builtIn(Fixtures.SAMPLES)
                .resolve(district, null, TestRules.RULES.parameters().reach()), Lang.EN);
        Advice.ModelFit m4 = a.models().get(0);
        assertThat(m4.id()).isEqualTo("M4");
        assertThat(m4.because()).extracting(Advice.Reason::points).contains(3.6);
        assertThat(m4.score()).isEqualTo(m4.because().stream().mapToDouble(Advice.Reason::points).sum(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(String.valueOf(m4.score())).hasSizeLessThan(9);
    }

    @Test
    void provenanceNamesTheRulesVersionAndCountsEvaluations() {
        Advice a = TestRules.ADVICE.advise(Fixtures.get("dongguan"), Lang.EN);
        assertThat(a.provenance().rulesVersion()).isEqualTo(TestRules.RULES.version());
        assertThat(a.provenance().evaluations()).isGreaterThan(1);
        assertThat(a.provenance().rulesFired()).isPositive();
        assertThat(a.provenance().evaluatedAt()).isNotNull();
    }

    @Test
    void aDataGapIsReportedOnlyWhenAProbeChangedSomethingAndTheChangeIsReal() {
        Profile bare = city("bare").build();
        Advice a = TestRules.ADVICE.advise(bare, Lang.EN);
        Advice.DataGap share = a.dataGaps().stream().filter(g -> g.code().equals("basic-research-share"))
                .findFirst().orElseThrow();
        assertThat(share.probes()).singleElement().satisfies(probe -> {
            assertThat(probe.value()).isLessThan(TestRules.RULES.parameters().threshold("basic-research-share.low"));
            assertThat(probe.changes()).anySatisfy(c -> {
                assertThat(c.id()).isEqualTo("C2");
                assertThat(c.movement()).isEqualTo(Change.Movement.ENTERED);
            });
        });
        // Confirm by evaluating with the probed value: C2 is really diagnosed then.
        Profile probed = bare.withIndicator(new org.gba.advisor.vocabulary.Figure("basic-research-share",
                share.probes().get(0).value(), "%", 2022, "test", null));
        assertThat(AdviceService.rank(TestRules.RULES, probed).constraints()).extracting(Ranked.Item::id).contains("C2");
        Profile known = city("known").indicator("basic-research-share", 30).build();
        assertThat(TestRules.ADVICE.advise(known, Lang.EN).dataGaps()).extracting(Advice.DataGap::code)
                .doesNotContain("basic-research-share");
    }

    private static double sum(List<Advice.Reason> reasons) {
        return reasons.stream().mapToDouble(Advice.Reason::points).sum();
    }

    private static void assertRanked(List<Double> scores, List<Integer> ranks) {
        for (int i = 1; i < scores.size(); i++) {
            assertThat(scores.get(i)).isLessThanOrEqualTo(scores.get(i - 1));
        }
        assertThat(ranks).as("equal scores share a rank").isEqualTo(org.gba.advisor.testing.Ranks.competition(scores));
    }
}
