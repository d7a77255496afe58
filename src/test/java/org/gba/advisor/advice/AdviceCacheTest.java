package org.gba.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.ProfileBuilder;
import org.gba.advisor.testing.RulesFolder;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.AssetType;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Figure;
import org.gba.advisor.vocabulary.InvalidProfileException;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileJson;
import org.gba.advisor.vocabulary.ProfileValidator;
import org.junit.jupiter.api.Test;

/** A cached answer is the same answer; another profile or another rules version is not served from the cache. */
class AdviceCacheTest {
    private final AdviceService cached = new AdviceService(TestRules.ENGINE, Clock.systemUTC(), Fixtures.VALIDATOR,
            new AdviceCache(100));

    /**
     * A profile asked for the first time is answered and not kept (most are asked once: a planner's what-if, an
     * official's new profile); asked again, it is computed again and kept; from then on it is answered from the
     * cache, in either language.
     */
    @Test
    void theSameProfileIsAnsweredFromTheCacheWithTheSameAdviceOnceAskedAgain() {
        Profile dongguan = Fixtures.get("dongguan");
        Advice first = cached.advise(dongguan, Lang.EN);
        Advice again = cached.advise(dongguan, Lang.EN);
        Advice second = cached.advise(dongguan, Lang.ZH);
        assertThat(first.provenance().cached()).isFalse();
        assertThat(again.provenance().cached()).as("asked once: not kept").isFalse();
        assertThat(second.provenance().cached()).isTrue();
        assertThat(cached.advise(dongguan, Lang.EN).provenance().cached()).isTrue();
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
        for (int i = 0; i < 2; i++) {
            cached.advise(ProfileJson.MAPPER.readValue(json, Profile.class), Lang.EN);
        }
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

    /**
     * A profile equal to one that passed validation under the same rules is not validated again (on a cache hit,
     * validation was a fifth of the request); an invalid one is refused every time, a changed one is validated, and
     * so is the same one under other rules or with the cache off.
     */
    @Test
    void aProfileThatPassedIsNotValidatedAgainUnderTheSameRules() throws Exception {
        AtomicInteger validations = new AtomicInteger();
        ProfileValidator counting = new ProfileValidator(counting(validations));
        AdviceService service = new AdviceService(TestRules.ENGINE, Clock.systemUTC(), counting, new AdviceCache(100));
        String json = ProfileJson.MAPPER.writeValueAsString(Fixtures.get("huizhou"));
        service.requireValid(TestRules.RULES, ProfileJson.MAPPER.readValue(json, Profile.class));
        service.requireValid(TestRules.RULES, ProfileJson.MAPPER.readValue(json, Profile.class));
        assertThat(validations).hasValue(1);

        Profile huizhou = ProfileJson.MAPPER.readValue(json, Profile.class);
        Figure first = huizhou.indicatorsOrEmpty().get(0);
        Profile invalid = huizhou.withIndicator(new Figure(first.code(), -1e12, first.unit(), first.year(),
                first.source(), first.note()));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> service.requireValid(TestRules.RULES, invalid))
                    .isInstanceOf(InvalidProfileException.class);
        }
        assertThat(validations).hasValue(3);

        // the same rules with one more comment: another version, another catalog for all the cache knows
        java.nio.file.Path copy = RulesFolder.copy();
        RulesFolder.edit(copy.resolve("parameters.yaml"), text -> text + "\n# another version\n");
        org.gba.advisor.engine.RuleBase otherRules = new RuleBaseLoader().load(copy);
        assertThat(otherRules.version()).isNotEqualTo(TestRules.RULES.version());
        service.requireValid(otherRules, huizhou);
        service.requireValid(otherRules, huizhou);
        assertThat(validations).hasValue(4);

        AdviceService off = new AdviceService(TestRules.ENGINE, Clock.systemUTC(), counting, AdviceCache.off());
        off.requireValid(TestRules.RULES, huizhou);
        off.requireValid(TestRules.RULES, huizhou);
        assertThat(validations).hasValue(6);
    }

    /**
     * A request checks its profile and then answers it: one lookup serves both, so a repeated profile is hashed once
     * per request (the hash walks the whole tree of records; it was taken twice, once for the validation memo and
     * once for the ranking) and compared with the kept one once.
     */
    @Test
    void aRepeatedProfileIsHashedAndComparedOncePerRequest() {
        AdviceService service = new AdviceService(TestRules.ENGINE, Clock.systemUTC(), Fixtures.VALIDATOR,
                new AdviceCache(100));
        AdviceJson answers = new AdviceJson(ProfileJson.MAPPER);
        Profile shenzhen = Fixtures.get("shenzhen");
        for (int i = 0; i < 2; i++) { // asked a second time, it is kept
            AdviceService.Checked first = service.requireValid(TestRules.RULES, shenzhen);
            assertThat(service.reply(first, shenzhen, Lang.EN, false, answers::withoutProvenance).provenance().cached())
                    .isFalse();
        }

        CountingList<Figure> indicators = new CountingList<>(shenzhen.indicatorsOrEmpty());
        Profile again = shenzhen.withIndicators(indicators); // equal, another instance, as a new request reads it
        AdviceService.Checked checked = service.requireValid(TestRules.RULES, again);
        AdviceService.Reply reply = service.reply(checked, again, Lang.EN, false, answers::withoutProvenance);
        assertThat(reply.provenance().cached()).isTrue();
        assertThat(indicators.hashes).as("hashed").isEqualTo(1);
        assertThat(indicators.comparisons).as("compared").isLessThanOrEqualTo(1);

        // a profile that resolving changed (its reach entries) is another one: looked up on its own
        Profile resolved = again.withReach(List.of());
        assertThat(service.reply(checked, resolved, Lang.EN, false, answers::withoutProvenance).provenance().cached())
                .isFalse();
    }

    /** A list that counts how often it is hashed and compared. */
    private static final class CountingList<T> extends java.util.ArrayList<T> {
        int hashes;
        int comparisons;

        CountingList(java.util.Collection<T> items) {
            super(items);
        }

        @Override
        public int hashCode() {
            hashes++;
            return super.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            comparisons++;
            return super.equals(other);
        }
    }

    /** Bean Validation, counting the profiles it is asked to check. */
    private static Validator counting(AtomicInteger count) {
        Validator real = Validation.buildDefaultValidatorFactory().getValidator();
        return new Validator() {
            @Override
            public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
                count.incrementAndGet();
                return real.validate(object, groups);
            }

            @Override
            public <T> Set<ConstraintViolation<T>> validateProperty(T object, String property, Class<?>... groups) {
                return real.validateProperty(object, property, groups);
            }

            @Override
            public <T> Set<ConstraintViolation<T>> validateValue(Class<T> type, String property, Object value,
                                                                 Class<?>... groups) {
                return real.validateValue(type, property, value, groups);
            }

            @Override
            public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
                return real.getConstraintsForClass(clazz);
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                return real.unwrap(type);
            }

            @Override
            public ExecutableValidator forExecutables() {
                return real.forExecutables();
            }
        };
    }

    /**
     * Requests for one profile that come while it is being computed wait for that computation instead of computing
     * it again (32 connections asking for one new place cost one computation, not 32); if it fails, a waiting one
     * computes it, and that is kept.
     */
    @Test
    void aProfileBeingComputedIsComputedOnceForEveryoneAskingMeanwhile() throws Exception {
        AdviceCache cache = new AdviceCache(10);
        Profile p = Fixtures.get("macao");
        AdviceCache.Core core = AdviceService.core(TestRules.RULES, p);
        AtomicInteger computed = new AtomicInteger();
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.function.Supplier<AdviceCache.Core> slow = () -> {
            computed.incrementAndGet();
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return core;
        };
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.Future<AdviceCache.Lookup> first = pool.submit(() -> cache.get(TestRules.RULES, p, slow));
            assertThat(started.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            java.util.List<java.util.concurrent.Future<AdviceCache.Lookup>> others = new java.util.ArrayList<>();
            for (int i = 0; i < 7; i++) {
                others.add(pool.submit(() -> cache.get(TestRules.RULES, p, slow)));
            }
            Thread.sleep(200);
            release.countDown();
            assertThat(first.get().hit()).isFalse();
            assertThat(first.get().core()).isSameAs(core);
            for (var other : others) {
                assertThat(other.get().hit()).isTrue();
                assertThat(other.get().core()).isSameAs(core);
            }
            assertThat(computed).hasValue(1);

            Profile q = Fixtures.get("zhuhai");
            java.util.concurrent.CountDownLatch failing = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Future<?> fails = pool.submit(() -> cache.get(TestRules.RULES, q, () -> {
                try {
                    failing.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                throw new IllegalStateException("the rules ran away");
            }));
            Thread.sleep(200);
            java.util.concurrent.Future<AdviceCache.Lookup> waiting = pool.submit(() -> cache.get(TestRules.RULES, q,
                    () -> core));
            Thread.sleep(200);
            failing.countDown();
            assertThatThrownBy(fails::get).hasCauseInstanceOf(IllegalStateException.class);
            assertThat(waiting.get().hit()).isFalse();
            assertThat(cache.get(TestRules.RULES, q, () -> core).hit()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Profiles asked for once are not kept, so a run of one-off profiles (a planner's sweep) neither fills the heap
     * nor pushes out the profiles portals ask for again and again; one asked for again meanwhile is kept.
     */
    @Test
    void oneOffProfilesAreNotKeptAndDoNotPushOutARepeatedOne() {
        AdviceCache cache = new AdviceCache(5);
        Profile macao = Fixtures.get("macao");
        AdviceCache.Core core = AdviceService.core(TestRules.RULES, macao);
        for (int i = 0; i < 2; i++) {
            assertThat(cache.get(TestRules.RULES, macao, () -> core).hit()).isFalse();
        }
        Figure first = macao.indicatorsOrEmpty().get(0);
        AtomicInteger computed = new AtomicInteger();
        for (int i = 1; i <= 50; i++) {
            Profile oneOff = macao.withIndicator(new Figure(first.code(), first.value() + i * 1e-6, first.unit(),
                    first.year(), first.source(), first.note()));
            assertThat(cache.get(TestRules.RULES, oneOff, () -> {
                computed.incrementAndGet();
                return core;
            }).hit()).isFalse();
        }
        assertThat(computed).hasValue(50);
        assertThat(cache.size()).as("only the repeated profile is kept").isEqualTo(1);
        assertThat(cache.get(TestRules.RULES, macao, () -> core).hit()).isTrue();
    }

    /**
     * A profile whose reach entries resolving changed is answered under the resolved profile; the entry that says the
     * profile as sent passed validation goes the same way: not kept when it is asked once, kept (so not validated
     * again) once it is asked again.
     */
    @Test
    void aResolvedProfileAskedOnceLeavesNothingBehindAndAskedAgainIsNotValidatedAgain() {
        AtomicInteger validations = new AtomicInteger();
        AdviceCache cache = new AdviceCache(100);
        AdviceService service = new AdviceService(TestRules.ENGINE, Clock.systemUTC(),
                new ProfileValidator(counting(validations)), cache);
        AdviceJson answers = new AdviceJson(ProfileJson.MAPPER);
        Profile sent = Fixtures.get("zhuhai");
        Profile resolved = sent.withReach(List.of()); // another instance, as resolving makes one
        AdviceService.Checked once = service.requireValid(TestRules.RULES, sent);
        assertThat(service.reply(once, resolved, Lang.EN, false, answers::withoutProvenance).provenance().cached())
                .isFalse();
        assertThat(cache.size()).as("asked once: nothing kept").isZero();

        for (int i = 0; i < 2; i++) {
            AdviceService.Checked checked = service.requireValid(TestRules.RULES, sent);
            service.reply(checked, sent.withReach(List.of()), Lang.EN, false, answers::withoutProvenance);
        }
        AdviceService.Checked third = service.requireValid(TestRules.RULES, sent);
        assertThat(service.reply(third, sent.withReach(List.of()), Lang.EN, false, answers::withoutProvenance)
                .provenance().cached()).isTrue();
        assertThat(validations).as("validated the first two times only").hasValue(2);
    }

    /** An entry weighs its answers and twice the longest (its profile and core), weighed again as answers are added. */
    @Test
    void aKeptProfileIsWeighedWithItsAnswersAndWeighedAgainWhenAnotherIsWritten() {
        AdviceCache cache = new AdviceCache(100, 100L << 20); // a floor of 1 MiB: weights below it read as it
        AdviceCache heavy = new AdviceCache(1 << 20, 1L << 30); // a floor of 1 KiB: the estimates themselves
        AdviceJson answers = new AdviceJson(ProfileJson.MAPPER);
        Profile shenzhen = Fixtures.get("shenzhen");
        AdviceService service = new AdviceService(TestRules.ENGINE, Clock.systemUTC(), Fixtures.VALIDATOR, heavy);
        byte[] en = null;
        for (int i = 0; i < 2; i++) {
            en = service.reply(TestRules.RULES, shenzhen, Lang.EN, false, answers::withoutProvenance).rest();
        }
        assertThat(heavy.size()).isEqualTo(1);
        assertThat(heavy.weight()).as("one answer and twice it, in KiB").isEqualTo(kib(3L * en.length));
        byte[] zh = service.reply(TestRules.RULES, shenzhen, Lang.ZH, false, answers::withoutProvenance).rest();
        assertThat(heavy.weight()).as("weighed again with the second language")
                .isEqualTo(kib(en.length + zh.length + 2L * Math.max(en.length, zh.length)));

        // a profile of many assets without figures probes far more than its answer's length would suggest (228 probes,
        // 91 KB of JSON): once answered it weighs by its answer, not by its probes
        ProfileBuilder many = ProfileBuilder.city("wide");
        for (int i = 0; i < 20; i++) {
            many.with(ProfileBuilder.asset(AssetType.BIG_SCIENCE_FACILITY).named("F" + i));
        }
        Profile wide = many.build();
        AdviceCache alone = new AdviceCache(1 << 20, 1L << 30);
        AdviceService wideService = new AdviceService(TestRules.ENGINE, Clock.systemUTC(), Fixtures.VALIDATOR, alone);
        byte[] wideEn = null;
        for (int i = 0; i < 2; i++) {
            wideEn = wideService.reply(TestRules.RULES, wide, Lang.EN, false, answers::withoutProvenance).rest();
        }
        long wideProbes = AdviceService.core(TestRules.RULES, wide).gaps().gaps().stream()
                .mapToLong(g -> g.probes().size()).sum();
        assertThat(wideProbes * 1024).as("its probes' estimate").isGreaterThan(2L * wideEn.length);
        assertThat(alone.weight()).isEqualTo(kib(3L * wideEn.length));

        AdviceService floored = new AdviceService(TestRules.ENGINE, Clock.systemUTC(), Fixtures.VALIDATOR, cache);
        for (int i = 0; i < 2; i++) {
            floored.reply(TestRules.RULES, shenzhen, Lang.EN, false, answers::withoutProvenance);
        }
        assertThat(cache.weight()).as("the budget's share of one entry").isEqualTo(1024);
    }

    /** A core kept without any answer written (the workbook's path) weighs 1 KiB per probe it made. */
    @Test
    void aCoreKeptWithoutAnAnswerIsWeighedByItsProbes() {
        AdviceCache cache = new AdviceCache(1 << 20, 1L << 30); // a floor of 1 KiB
        AdviceService service = new AdviceService(TestRules.ENGINE, Clock.systemUTC(), Fixtures.VALIDATOR, cache);
        Profile shenzhen = Fixtures.get("shenzhen");
        for (int i = 0; i < 2; i++) {
            service.advise(shenzhen, Lang.EN);
        }
        long probes = AdviceService.core(TestRules.RULES, shenzhen).gaps().gaps().stream()
                .mapToLong(g -> g.probes().size()).sum();
        assertThat(probes).isPositive();
        assertThat(cache.weight()).isEqualTo(probes);
    }

    /**
     * The budget bounds the bytes kept however many profiles fit the count; a profile heavier than the whole budget
     * is answered and not kept; and the count bounds small ones.
     */
    @Test
    void theBudgetBoundsTheBytesKeptAndTheCountTheProfiles() {
        AdviceJson answers = new AdviceJson(ProfileJson.MAPPER);
        Profile shenzhen = Fixtures.get("shenzhen");
        Figure first = shenzhen.indicatorsOrEmpty().get(0);
        byte[] en = TestRules.ADVICE.reply(TestRules.RULES, shenzhen, Lang.EN, false, answers::withoutProvenance)
                .rest();
        long one = kib(3L * en.length); // an answer and twice it: what one such profile weighs, in KiB

        long room = (3 * one + one / 2) * 1024; // three, in bytes
        AdviceCache budget = new AdviceCache(1000, room);
        AdviceService service = new AdviceService(TestRules.ENGINE, Clock.systemUTC(), Fixtures.VALIDATOR, budget);
        for (int v = 1; v <= 8; v++) {
            Profile variant = shenzhen.withIndicator(new Figure(first.code(), first.value() + v * 1e-6, first.unit(),
                    first.year(), first.source(), first.note()));
            for (int i = 0; i < 2; i++) {
                service.reply(TestRules.RULES, variant, Lang.EN, false, answers::withoutProvenance);
            }
            assertThat(budget.weight()).as("after %d profiles asked twice", v).isLessThanOrEqualTo(room / 1024);
        }
        assertThat(budget.size()).isBetween(1L, 3L);

        AdviceCache small = new AdviceCache(1000, one * 1024 / 2);
        AdviceService tooHeavy = new AdviceService(TestRules.ENGINE, Clock.systemUTC(), Fixtures.VALIDATOR, small);
        for (int i = 0; i < 3; i++) {
            assertThat(tooHeavy.reply(TestRules.RULES, shenzhen, Lang.EN, false, answers::withoutProvenance)
                    .provenance().cached()).as("heavier than the budget: never kept").isFalse();
            assertThat(small.size()).as("once Caffeine's upkeep ran").isZero();
        }

        AdviceCache counted = new AdviceCache(3, 1L << 40);
        AdviceService byCount = new AdviceService(TestRules.ENGINE, Clock.systemUTC(), Fixtures.VALIDATOR, counted);
        for (int v = 1; v <= 8; v++) {
            Profile variant = Fixtures.get("zhaoqing").withId("zhaoqing-" + v);
            for (int i = 0; i < 2; i++) {
                byCount.reply(TestRules.RULES, variant, Lang.EN, false, answers::withoutProvenance);
            }
        }
        assertThat(counted.size()).isEqualTo(3);
    }

    /** Bounds an operator may set at their extremes: the largest still keep a repeated profile, below a KiB is off. */
    @Test
    void extremeBoundsNeitherOverflowNorTurnTheCacheOffUnasked() {
        Profile macao = Fixtures.get("macao");
        AdviceCache.Core core = AdviceService.core(TestRules.RULES, macao);
        for (AdviceCache cache : List.of(new AdviceCache(Long.MAX_VALUE), new AdviceCache(Long.MAX_VALUE, Long.MAX_VALUE),
                new AdviceCache(1, Long.MAX_VALUE))) {
            cache.get(TestRules.RULES, macao, () -> core);
            cache.get(TestRules.RULES, macao, () -> core);
            assertThat(cache.get(TestRules.RULES, macao, () -> core).hit()).isTrue();
            assertThat(cache.size()).isEqualTo(1);
        }
        AdviceCache belowAKib = new AdviceCache(100, 1000);
        for (int i = 0; i < 3; i++) {
            assertThat(belowAKib.get(TestRules.RULES, macao, () -> core).hit()).isFalse();
        }
    }

    private static long kib(long bytes) {
        return (bytes + 1023) / 1024;
    }

    @Test
    void aCacheOfSizeZeroIsOff() {
        assertThat(TestRules.ADVICE.advise(Fixtures.get("dongguan"), Lang.EN).provenance().cached()).isFalse();
        assertThat(TestRules.ADVICE.advise(Fixtures.get("dongguan"), Lang.EN).provenance().cached()).isFalse();
    }
}
