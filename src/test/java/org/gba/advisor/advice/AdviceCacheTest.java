package org.gba.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Figure;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileJson;
import org.junit.jupiter.api.Test;

/** A cached answer is the same answer; another profile or another rules version is not served from the cache. */
class AdviceCacheTest {
    private final AdviceService cached = new AdviceService(TestRules.ENGINE, Clock.systemUTC(), Fixtures.VALIDATOR,
            new AdviceCache(100));

    @Test
    void theSameProfileIsAnsweredFromTheCacheWithTheSameAdvice() {
        Profile dongguan = Fixtures.get("dongguan");
        Advice first = cached.advise(dongguan, Lang.EN);
        Advice second = cached.advise(dongguan, Lang.ZH);
        assertThat(first.provenance().cached()).isFalse();
        assertThat(second.provenance().cached()).isTrue();
        assertThat(second.models()).extracting(Advice.ModelFit::id, Advice.ModelFit::score)
                .isEqualTo(first.models().stream().map(m -> org.assertj.core.groups.Tuple.tuple(m.id(), m.score())).toList());
        assertThat(second.recommendations()).hasSameSizeAs(first.recommendations());
        assertThat(second.dataGaps()).extracting(Advice.DataGap::code)
                .isEqualTo(first.dataGaps().stream().map(Advice.DataGap::code).toList());
        assertThat(second.models().get(0).title()).isEqualTo("区域平台聚合模式");
    }

    /** The profile is its own key: a copy read afresh from the same JSON hits, one changed figure misses. */
    @Test
    void anEqualProfileReadAgainHitsAndAChangedOneMisses() throws Exception {
        String json = ProfileJson.MAPPER.writeValueAsString(Fixtures.get("foshan"));
        cached.advise(ProfileJson.MAPPER.readValue(json, Profile.class), Lang.EN);
        assertThat(cached.advise(ProfileJson.MAPPER.readValue(json, Profile.class), Lang.EN).provenance().cached())
                .isTrue();
        Profile foshan = ProfileJson.MAPPER.readValue(json, Profile.class);
        Figure first = foshan.indicatorsOrEmpty().get(0);
        Profile changed = foshan.withIndicator(new Figure(first.code(), first.value() + 1e-6, first.unit(),
                first.year(), first.source(), first.note()));
        assertThat(cached.advise(changed, Lang.EN).provenance().cached()).isFalse();
    }

    @Test
    void anotherProfileOrAnotherRulesVersionMisses() {
        cached.advise(Fixtures.get("zhongshan"), Lang.EN);
        assertThat(cached.advise(Fixtures.get("zhuhai"), Lang.EN).provenance().cached()).isFalse();
        RuleEngine other = RuleEngine.serving(TestRules.RULES_DIR, new RuleBaseLoader().load(TestRules.RULES_DIR));
        AdviceService sameCacheOtherRules = new AdviceService(other, Clock.systemUTC(), Fixtures.VALIDATOR, new AdviceCache(100));
        assertThat(sameCacheOtherRules.advise(Fixtures.get("zhongshan"), Lang.EN).provenance().cached()).isFalse();
    }

    @Test
    void aCacheOfSizeZeroIsOff() {
        assertThat(TestRules.ADVICE.advise(Fixtures.get("dongguan"), Lang.EN).provenance().cached()).isFalse();
        assertThat(TestRules.ADVICE.advise(Fixtures.get("dongguan"), Lang.EN).provenance().cached()).isFalse();
    }
}
