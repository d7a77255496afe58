package org.gba.advisor.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gba.advisor.engine.Evaluation;
import org.gba.advisor.engine.RuleBaseLoader;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Evaluations per second on two threads sharing one rule base, each thread going round all the fixtures. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 12, time = 5)
@Measurement(iterations = 5, time = 2)
public class ThroughputBenchmark {
    @Param({"CLASSIC", "EXECUTABLE_MODEL"})
    public RuleBaseLoader.Mode mode;

    private BenchRules bench;
    private List<Profile> profiles;

    @Setup
    public void setUp() {
        bench = new BenchRules(mode);
        profiles = List.copyOf(bench.samples.all());
    }

    /** Each thread's place in the round of fixtures. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    public Evaluation evaluate(Cursor cursor) {
        Profile p = profiles.get(cursor.next);
        cursor.next = (cursor.next + 1) % profiles.size();
        return bench.rules.evaluate(p);
    }
}
