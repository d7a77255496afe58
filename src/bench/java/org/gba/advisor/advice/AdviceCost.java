package org.gba.advisor.advice;

import jakarta.validation.Validation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.profiles.SampleProfiles;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileValidator;

/**
 * What a fresh advice costs in plain evaluations, by CPU time of the measuring thread rather than wall time, so that
 * other processes on a shared machine (they take turns on the cores, not this thread's CPU time) change the ratios
 * little. Per fixture: one plain evaluation, each part of an advice (data gaps, intervals, texts) and the whole
 * {@link AdviceService#advise} without a cache, as medians of interleaved rounds, and each divided by the evaluation.
 *
 * <pre>./mvnw -B -Pbench test-compile exec:exec@cost [-Dcost.args="rounds fixture…"]</pre>
 * ({@code before} is the advice as it was made before incremental probing, one fresh evaluation per probe).
 */
public final class AdviceCost {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private AdviceCost() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        RuleBase rules = new RuleBaseLoader().load(Path.of("rules"));
        ProfileValidator validator = new ProfileValidator(Validation.buildDefaultValidatorFactory().getValidator());
        SampleProfiles samples = SampleProfiles.load(Path.of("fixtures"), validator, rules.catalog())
                .withReachResolved(rules.parameters().reach());
        AdviceService service = new AdviceService(RuleEngine.serving(Path.of("rules"), rules), Clock.systemUTC(),
                validator);
        List<String> fixtures = args.length > 1 ? List.of(args).subList(1, args.length)
                : samples.all().stream().map(Profile::id).sorted().toList();
        System.out.printf("load average at start: %.2f%n", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
        System.out.printf("%-10s %7s %7s %7s %7s %7s %7s %7s | %6s %6s %6s %6s %6s | %s%n", "fixture", "eval", "gaps",
                "plain", "robust", "write", "advise", "before", "gaps", "plain", "robust", "advise", "before",
                "probes");
        double[] sumRatio = new double[5];
        for (String id : fixtures) {
            Profile profile = samples.get(id);
            Ranked ranked = AdviceService.rank(rules, profile);
            DataGaps.Result gaps = DataGaps.find(rules, profile, ranked);
            Robustness.Result robustness = Robustness.of(ranked, rules.parameters());
            Map<String, Supplier<Object>> ops = new LinkedHashMap<>();
            ops.put("eval", () -> rules.evaluate(profile));
            ops.put("gaps", () -> DataGaps.find(rules, profile, ranked));
            ops.put("plain", () -> DataGaps.findByReevaluation(rules, profile, ranked));
            ops.put("robust", () -> Robustness.of(ranked, rules.parameters()));
            ops.put("write", () -> new AdviceWriter(rules, profile, Lang.EN).write(profile, ranked, gaps, robustness,
                    Instant.EPOCH, false));
            ops.put("advise", () -> service.advise(profile, Lang.EN));
            // the advice as it was before incremental probing: one fresh evaluation per data-gap probe
            ops.put("before", () -> {
                Ranked r = AdviceService.rank(rules, profile);
                return new AdviceWriter(rules, profile, Lang.EN).write(profile, r,
                        DataGaps.findByReevaluation(rules, profile, r), Robustness.of(r, rules.parameters()),
                        Instant.EPOCH, false);
            });
            String only = System.getProperty("cost.only");
            if (only != null) {
                // for a profiler: run one part for cost.seconds and nothing else
                long until = System.nanoTime() + Long.getLong("cost.seconds", 20) * 1_000_000_000L;
                while (System.nanoTime() < until) {
                    time(ops.get(only), 100);
                }
                continue;
            }
            Map<String, double[]> samplesNs = new LinkedHashMap<>();
            ops.keySet().forEach(k -> samplesNs.put(k, new double[rounds]));
            for (int warm = 0; warm < rounds; warm++) {
                ops.values().forEach(op -> time(op, 20));
            }
            for (int r = 0; r < rounds; r++) {
                for (Map.Entry<String, Supplier<Object>> op : ops.entrySet()) {
                    samplesNs.get(op.getKey())[r] = time(op.getValue(), 20);
                }
            }
            Map<String, Double> median = new LinkedHashMap<>();
            samplesNs.forEach((k, v) -> median.put(k, median(v)));
            double eval = median.get("eval");
            double[] ratio = {median.get("gaps") / eval, median.get("plain") / eval, median.get("robust") / eval,
                    median.get("advise") / eval, median.get("before") / eval};
            for (int i = 0; i < ratio.length; i++) {
                sumRatio[i] += ratio[i];
            }
            System.out.printf("%-10s %7.1f %7.1f %7.1f %7.1f %7.1f %7.1f %7.1f | %6.2f %6.2f %6.2f %6.2f %6.2f | %d%n",
                    id, eval / 1000, median.get("gaps") / 1000, median.get("plain") / 1000,
                    median.get("robust") / 1000, median.get("write") / 1000, median.get("advise") / 1000,
                    median.get("before") / 1000, ratio[0], ratio[1], ratio[2], ratio[3], ratio[4],
                    DataGaps.findByReevaluation(rules, profile, ranked).evaluations());
        }
        int n = fixtures.size();
        System.out.printf("%-10s %55s | %6.2f %6.2f %6.2f %6.2f %6.2f | (µs of thread CPU time; ratios to one evaluation)%n",
                "mean", "", sumRatio[0] / n, sumRatio[1] / n, sumRatio[2] / n, sumRatio[3] / n, sumRatio[4] / n);
    }

    /** Thread CPU nanoseconds per call, over {@code times} calls. */
    private static double time(Supplier<Object> op, int times) {
        long start = CPU.getCurrentThreadCpuTime();
        Object sink = null;
        for (int i = 0; i < times; i++) {
            sink = op.get();
        }
        long ns = CPU.getCurrentThreadCpuTime() - start;
        if (sink == null) {
            throw new IllegalStateException();
        }
        return (double) ns / times;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
