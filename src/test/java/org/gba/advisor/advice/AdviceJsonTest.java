package org.gba.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileJson;
import org.junit.jupiter.api.Test;

/**
 * An answer written from the JSON kept with a cached ranking is, byte for byte, the mapper's JSON of the advice
 * with this answer's provenance: in both languages, with and without counterfactuals, missed or hit.
 */
class AdviceJsonTest {
    private final AdviceJson answers = new AdviceJson(ProfileJson.MAPPER);

    @Test
    void theJoinedAnswerIsTheMappersJsonOfTheWholeAdvice() {
        for (String id : new String[] {"shenzhen", "dongguan", "zhaoqing", "hong-kong"}) {
            Profile p = Fixtures.get(id);
            for (Lang lang : Lang.values()) {
                for (boolean counterfactuals : new boolean[] {false, true}) {
                    // the advice written the usual way from the same cached ranking, with the reply's provenance
                    AdviceService service = new AdviceService(TestRules.ENGINE, Clock.systemUTC(), Fixtures.VALIDATOR,
                            new AdviceCache(10));
                    AdviceService.Reply reply = service.reply(TestRules.RULES, p, lang, counterfactuals,
                            answers::withoutProvenance);
                    Advice advice = service.adviseWithRanking(TestRules.RULES, p, lang, counterfactuals).advice()
                            .withProvenance(reply.provenance());
                    assertThat(new String(answers.bytes(reply), StandardCharsets.UTF_8))
                            .as("%s %s %s", id, lang, counterfactuals)
                            .isEqualTo(ProfileJson.MAPPER.writeValueAsString(advice));
                }
            }
        }
    }

    @Test
    void aHitWritesTheSameJsonWithItsOwnTimeAndCachedMark() {
        Instant[] now = {Instant.parse("2026-12-02T00:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        int[] written = {0};
        AdviceService service = new AdviceService(TestRules.ENGINE, clock, Fixtures.VALIDATOR, new AdviceCache(10));
        Profile p = Fixtures.get("nansha");
        AdviceService.Reply first = service.reply(TestRules.RULES, p, Lang.EN, false, a -> {
            written[0]++;
            return answers.withoutProvenance(a);
        });
        now[0] = now[0].plusSeconds(60);
        AdviceService.Reply second = service.reply(TestRules.RULES, p, Lang.EN, false, a -> {
            written[0]++;
            return answers.withoutProvenance(a);
        });
        assertThat(written[0]).as("the second answer is not written again").isEqualTo(1);
        assertThat(second.rest()).isSameAs(first.rest());
        assertThat(first.provenance().cached()).isFalse();
        assertThat(second.provenance().cached()).isTrue();
        assertThat(second.provenance().evaluatedAt()).isEqualTo(now[0]);
        assertThat(second.provenance().evaluationMicros()).isEqualTo(first.provenance().evaluationMicros());
        Advice whole = ProfileJson.MAPPER.readValue(answers.bytes(second), Advice.class);
        assertThat(whole.provenance()).isEqualTo(second.provenance());
        assertThat(whole.withProvenance(null)).isEqualTo(
                ProfileJson.MAPPER.readValue(answers.bytes(first), Advice.class).withProvenance(null));

        // another language or the counterfactuals are another answer, written once each
        AdviceService.Reply zh = service.reply(TestRules.RULES, p, Lang.ZH, false, answers::withoutProvenance);
        AdviceService.Reply explained = service.reply(TestRules.RULES, p, Lang.EN, true, answers::withoutProvenance);
        assertThat(ProfileJson.MAPPER.readValue(answers.bytes(zh), Advice.class).lang()).isEqualTo("zh");
        assertThat(ProfileJson.MAPPER.readValue(answers.bytes(explained), Advice.class).counterfactuals()).isNotEmpty();
        assertThat(ProfileJson.MAPPER.readValue(answers.bytes(second), Advice.class).counterfactuals()).isNull();
    }
}
