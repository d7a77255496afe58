package org.gba.advisor.bench;

import java.util.concurrent.TimeUnit;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.engine.RuleEngine;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compiling the rules folder in each mode, i.e. what {@link RuleEngine#reload()} costs in a running service.
 * Single shots: JMH's first warm-up iteration in each fork is the cold compile of a fresh JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class CompileBenchmark {
    @Param({"CLASSIC", "EXECUTABLE_MODEL"})
    public RuleBaseLoader.Mode mode;

    private RuleEngine engine;

    @Setup
    public void setUp() {
        engine = new RuleEngine(BenchRules.RULES, new RuleBaseLoader(mode));
    }

    @Benchmark
    public RuleBase reload() {
        return engine.reload();
    }

    @TearDown
    public void tearDown() {
        engine.current().close();
    }
}
