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
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

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
        service.reply(TestRules.RULES, p, Lang.EN, false, answers::withoutProvenance); // asked once: not kept
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
    /**
     * What names the rules in a provenance (their version, when they were loaded, the engine) is written by the
     * mapper once per rules version, not for every answer: a mapper that counts the instants it writes (two per
     * provenance) writes none for the answers after the first of a version, and the answers are still its bytes.
     */
    @Test
    void theProvenancesFixedPartIsWrittenOncePerRulesVersion() {
        java.util.concurrent.atomic.AtomicInteger instants = new java.util.concurrent.atomic.AtomicInteger();
        JsonMapper counting = writingInstants((value, gen) -> {
            instants.incrementAndGet();
            gen.writeString(value.toString());
        });
        AdviceJson answers = new AdviceJson(counting);
        AdviceService service = new AdviceService(TestRules.ENGINE, Clock.systemUTC(), Fixtures.VALIDATOR,
                new AdviceCache(10));
        Profile p = Fixtures.get("shenzhen");
        for (int i = 0; i < 20; i++) {
            AdviceService.Reply reply = service.reply(TestRules.RULES, p, Lang.EN, false, answers::withoutProvenance);
            int before = instants.get();
            byte[] written = answers.bytes(reply);
            if (i > 0) {
                assertThat(instants.get() - before).as("instants written for answer %d", i).isZero();
            }
            assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(counting.writeValueAsString(
                    ProfileJson.MAPPER.readValue(written, Advice.class)));
            assertThat(reply.provenance().engine()).as("the engine's name, made once").isSameAs(
                    service.reply(TestRules.RULES, p, Lang.EN, false, answers::withoutProvenance).provenance().engine());
        }

        // another rules version: its own fixed part, written once
        java.nio.file.Path copy = org.gba.advisor.testing.RulesFolder.copy();
        org.gba.advisor.testing.RulesFolder.edit(copy.resolve("parameters.yaml"), text -> text + "\n# another version\n");
        org.gba.advisor.engine.RuleBase other = new org.gba.advisor.engine.RuleBaseLoader().load(copy);
        int before = instants.get();
        AdviceService.Reply reply = service.reply(other, p, Lang.EN, false, answers::withoutProvenance);
        Advice read = ProfileJson.MAPPER.readValue(answers.bytes(reply), Advice.class);
        assertThat(read.provenance().rulesVersion()).isEqualTo(other.version());
        assertThat(instants.get() - before).as("the new version's fixed part").isGreaterThan(0);
        before = instants.get();
        answers.bytes(service.reply(other, p, Lang.EN, false, answers::withoutProvenance));
        assertThat(instants.get()).isEqualTo(before);
    }

    /** A mapper that writes instants otherwise (here as numbers) writes every provenance itself: still its bytes. */
    @Test
    void aMapperWritingInstantsOtherwiseWritesTheWholeProvenance() {
        JsonMapper numbers = writingInstants((value, gen) -> gen.writeNumber(value.toEpochMilli()));
        AdviceJson answers = new AdviceJson(numbers);
        AdviceService service = new AdviceService(TestRules.ENGINE, Clock.systemUTC(), Fixtures.VALIDATOR,
                new AdviceCache(10));
        Profile p = Fixtures.get("zhaoqing");
        for (int i = 0; i < 2; i++) {
            AdviceService.Reply reply = service.reply(TestRules.RULES, p, Lang.ZH, false, answers::withoutProvenance);
            Advice advice = service.adviseWithRanking(TestRules.RULES, p, Lang.ZH, false).advice()
                    .withProvenance(reply.provenance());
            assertThat(new String(answers.bytes(reply), StandardCharsets.UTF_8))
                    .isEqualTo(numbers.writeValueAsString(advice))
                    .contains("\"evaluatedAt\":" + reply.provenance().evaluatedAt().toEpochMilli() + ",");
        }
    }

    /** The application's mapper with instants written by {@code write}. */
    private static JsonMapper writingInstants(java.util.function.BiConsumer<Instant, JsonGenerator> write) {
        return ProfileJson.configure(JsonMapper.builder()).addModule(new SimpleModule("instants")
                .addSerializer(Instant.class, new ValueSerializer<Instant>() {
                    @Override
                    public void serialize(Instant value, JsonGenerator gen, SerializationContext context) {
                        write.accept(value, gen);
                    }
                })).build();
    }
}
