package org.gba.advisor.bench;

import java.util.concurrent.TimeUnit;
import org.gba.advisor.advice.Ranked;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.scenario.ScenarioRequests;
import org.gba.advisor.scenario.ScenarioService;
import org.gba.advisor.scenario.SweepResult;
import org.gba.advisor.vocabulary.Figure;
import org.gba.advisor.vocabulary.Profile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A 1,000-point sweep of one fixture (issue 3's target: under 150 ms on two cores) beside 1,000 single
 * evaluations of the same profiles one after another on one thread, so the ratio shows what the sweep adds
 * (series, tipping points and their bisection) and what its parallel evaluation saves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
public class SweepBenchmark {
    private BenchRules bench;
    private ScenarioService scenarios;
    private ScenarioRequests.Sweep request;
    private Profile[] points;

    @Setup
    public void setUp() {
        bench = new BenchRules(RuleBaseLoader.Mode.CLASSIC);
        scenarios = new ScenarioService(bench.advice, bench.validator, bench.samples,
                org.gba.advisor.profiles.Neighbours.builtIn(bench.samples));
        request = new ScenarioRequests.Sweep(null, "dongguan", new ScenarioRequests.Axis("gerd-gdp", 0.0, 6.0, 1000), null);
        Profile dongguan = bench.samples.get("dongguan");
        points = new Profile[1000];
        for (int i = 0; i < points.length; i++) {
            points[i] = dongguan.withIndicator(new Figure("gerd-gdp", 6.0 * i / 999, "%", dongguan.year(), "bench", null));
        }
    }

    @Benchmark
    public SweepResult sweep1000() {
        return scenarios.sweep(request);
    }

    @Benchmark
    public void thousandSingleEvaluations(Blackhole bh) {
        for (Profile p : points) {
            bh.consume(Ranked.of(bench.rules.evaluate(p), bench.rules.catalog()));
        }
    }
}
