package org.gba.advisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gba.advisor.advice.Advice;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileJson;
import org.junit.jupiter.api.Test;

/** Every counterfactual of every fixture, applied as a scenario, gives the result it predicted. */
class CounterfactualsTest {

    @Test
    void everyCounterfactualOfEveryFixtureComesTrueAsAScenario() {
        int checked = 0;
        for (Profile p : Fixtures.all()) {
            List<Advice.Counterfactual> found = TestRules.ADVICE.counterfactuals(p, Lang.EN);
            assertThat(found).as(p.id()).isNotEmpty();
            for (Advice.Counterfactual cf : found) {
                assertThat(cf.confirmed()).isTrue();
                String patch = ProfileJson.MAPPER.writeValueAsString(cf.change().patch());
                Comparison c = ScenarioServiceTest.SCENARIOS.compare(new ScenarioRequests.Compare(null, p.id(),
                        List.of(ScenarioServiceTest.patch(cf.id(), patch))), Lang.EN);
                Advice after = c.scenarios().get(0).advice();
                Integer rank = rankOf(after, cf.kind(), cf.id());
                assertThat(rank).as(p.id() + " " + cf.id() + " after " + cf.change().summary()).isEqualTo(cf.predictedRank());
                if (cf.goal() == Advice.Goal.ENTER_TOP) {
                    int top = cf.kind() == org.gba.advisor.advice.Ranked.Kind.MODEL
                            ? TestRules.RULES.parameters().counterfactuals().topModels()
                            : TestRules.RULES.parameters().counterfactuals().topRecommendations();
                    assertThat(rank).isNotNull().isLessThanOrEqualTo(top);
                } else {
                    assertThat(rank).isNull();
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void theSmallestChangeIsChosenAndDescribedInBothLanguages() {
        Profile zhongshan = Fixtures.get("zhongshan");
        Advice.Counterfactual en = find(TestRules.ADVICE.counterfactuals(zhongshan, Lang.EN), "CM4a");
        assertThat(en.goal()).isEqualTo(Advice.Goal.BECOME_UNNECESSARY);
        assertThat(en.change().type()).isEqualTo(Advice.ChangeType.LIFT_CONSTRAINT);
        assertThat(en.change().summary()).contains("biological research materials");
        assertThat(en.change().patch()).containsExactly(Map.of("op", "remove", "path", "/constraints/0"));
        Advice.Counterfactual zh = find(TestRules.ADVICE.counterfactuals(zhongshan, Lang.ZH), "CM4a");
        assertThat(zh.change().summary()).contains("生物研究材料");
    }

    @Test
    void anAssetToAddIsNamedInTheAnswersLanguage() {
        int named = 0;
        for (Profile p : Fixtures.all()) {
            for (Lang lang : Lang.values()) {
                for (Advice.Counterfactual cf : TestRules.ADVICE.counterfactuals(p, lang)) {
                    if (cf.change().type() != Advice.ChangeType.ADD_ASSET) {
                        continue;
                    }
                    assertThat(cf.change().to()).as("%s %s %s", p.id(), lang, cf.id()).isInstanceOf(String.class);
                    String name = (String) cf.change().to();
                    named++;
                    assertThat(cf.change().summary()).contains(name);
                    if (lang == Lang.ZH) {
                        assertThat(name).as("%s %s", p.id(), cf.id()).doesNotContainPattern("[A-Za-z]{3,}");
                    } else {
                        assertThat(name).doesNotContainPattern("\\p{IsHan}");
                    }
                }
            }
        }
        assertThat(named).as("the fixtures' counterfactuals add assets").isGreaterThan(4);
    }

    @Test
    void adviceCarriesCounterfactualsOnlyWhenAskedFor() {
        assertThat(TestRules.ADVICE.advise(Fixtures.get("dongguan"), Lang.EN).counterfactuals()).isNull();
        assertThat(TestRules.ADVICE.advise(Fixtures.get("dongguan"), Lang.EN, true).counterfactuals()).isNotEmpty();
    }

    private static Advice.Counterfactual find(List<Advice.Counterfactual> all, String id) {
        return all.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Integer rankOf(Advice a, org.gba.advisor.advice.Ranked.Kind kind, String id) {
        return switch (kind) {
            case MODEL -> a.models().stream().filter(m -> m.id().equals(id) && m.score() > 0).map(Advice.ModelFit::rank)
                    .findFirst().orElse(null);
            case RECOMMENDATION -> a.recommendations().stream().filter(r -> r.id().equals(id))
                    .map(Advice.Recommendation::rank).findFirst().orElse(null);
            case CONSTRAINT -> a.constraints().stream().filter(c -> c.id().equals(id)).map(Advice.Diagnosis::rank)
                    .findFirst().orElse(null);
        };
    }
}
