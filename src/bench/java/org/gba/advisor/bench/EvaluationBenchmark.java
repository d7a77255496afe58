package org.gba.advisor.bench;

import java.util.concurrent.TimeUnit;
import org.gba.advisor.advice.Advice;
import org.gba.advisor.engine.Evaluation;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
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
 * One warm evaluation (the rules alone) and one full advice (evaluation, data-gap probes, texts) per fixture,
 * in each build mode, in microseconds. The warm-up is long because on two cores the JIT needs it: a 6-second
 * warm-up left the figures still falling (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 1)
public class EvaluationBenchmark {
    @Param({"CLASSIC", "EXECUTABLE_MODEL"})
    public RuleBaseLoader.Mode mode;

    @Param({"dongguan", "foshan", "guangzhou", "hengqin", "hetao", "hong-kong", "huizhou", "jiangmen", "macao",
            "nansha", "qianhai", "shenzhen", "zhaoqing", "zhongshan", "zhuhai"})
    public String fixture;

    private BenchRules bench;
    private Profile profile;

    @Setup
    public void setUp() {
        bench = new BenchRules(mode);
        profile = bench.samples.get(fixture);
    }

    @Benchmark
    public Evaluation evaluate() {
        return bench.rules.evaluate(profile);
    }

    @Benchmark
    public Advice advise() {
        return bench.advice.advise(profile, Lang.EN);
    }
}
