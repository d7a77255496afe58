package org.gba.advisor.advice;

import jakarta.validation.Validation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.profiles.SampleProfiles;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the rank intervals cost beside the advice they are part of: one full advice (evaluation, data-gap probes,
 * intervals, texts; no cache) and the intervals alone (1,000 draws re-summing one ranking), per fixture, in µs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 2)
public class RobustnessBenchmark {
    @Param({"shenzhen", "nansha", "dongguan", "zhaoqing"})
    public String fixture;

    private RuleBase rules;
    private AdviceService advice;
    private Profile profile;
    private Ranked ranked;

    @Setup
    public void setUp() {
        rules = new RuleBaseLoader().load(Path.of("rules"));
        ProfileValidator validator = new ProfileValidator(Validation.buildDefaultValidatorFactory().getValidator());
        SampleProfiles samples = SampleProfiles.load(Path.of("fixtures"), validator, rules.catalog())
                .withReachResolved(rules.parameters().reach());
        advice = new AdviceService(RuleEngine.serving(Path.of("rules"), rules), Clock.systemUTC(), validator);
        profile = samples.get(fixture);
        ranked = AdviceService.rank(rules, profile);
    }

    @Benchmark
    public Advice advise() {
        return advice.advise(profile, Lang.EN);
    }

    @Benchmark
    public Robustness.Result intervals() {
        return Robustness.of(ranked, rules.parameters());
    }
}
