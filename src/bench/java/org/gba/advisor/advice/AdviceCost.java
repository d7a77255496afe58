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
import org.gba.advisor.vocabulary.ProfileJson;
import org.gba.advisor.vocabulary.ProfileValidator;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a fresh advice costs in plain evaluations, by CPU time of the measuring thread rather than wall time, so that
 * other processes on a shared machine (they take turns on the cores, not this thread's CPU time) change the ratios
 * little. Per fixture: one plain evaluation, each part of an advice (data gaps, intervals, texts) and the whole
 * {@link AdviceService#advise} without a cache, and what a request adds to it (reading the profile's JSON,
 * validating it, writing the answer's JSON without its provenance), as medians of interleaved rounds after as many rounds of warm-up over
 * every fixture, and each divided by the evaluation.
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
        JsonMapper json = ProfileJson.MAPPER;
        JsonMapper reader = ProfileJson.configure(JsonMapper.builder(), rules::catalog, validator).build();
        List<String> fixtures = args.length > 1 ? List.of(args).subList(1, args.length)
                : samples.all().stream().map(Profile::id).sorted().toList();
        System.out.printf("load average at start: %.2f%n", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
        Map<String, Double> sumRatio = new LinkedHashMap<>();
        boolean header = false;
        String only = System.getProperty("cost.only");
        Map<String, Map<String, Supplier<Object>>> opsByFixture = new LinkedHashMap<>();
        Map<String, Ranked> rankedByFixture = new LinkedHashMap<>();
        for (String id : fixtures) {
            Profile profile = samples.get(id);
            Ranked ranked = AdviceService.rank(rules, profile);
            DataGaps.Result gaps = DataGaps.find(rules, profile, ranked);
            Robustness.Result robustness = Robustness.of(ranked, rules.parameters());
            Map<String, Supplier<Object>> ops = new LinkedHashMap<>();
            ops.put("eval", () -> rules.evaluate(profile));
            ops.put("open", () -> {
                try (org.gba.advisor.engine.ProbeSession session = rules.session(profile)) {
                    return session.base();
                }
            });
            org.gba.advisor.engine.Evaluation evaluation = rules.evaluate(profile);
            ops.put("rank", () -> Ranked.of(evaluation, rules.catalog()));
            ops.put("gaps", () -> DataGaps.find(rules, profile, ranked));
            ops.put("plain", () -> DataGaps.findByReevaluation(rules, profile, ranked));
            ops.put("robust", () -> Robustness.of(ranked, rules.parameters()));
            ops.put("write", () -> new AdviceWriter(rules, profile, Lang.EN).write(profile, ranked, gaps, robustness,
                    Instant.EPOCH, false));
            ops.put("advise", () -> service.advise(profile, Lang.EN));
            // the request's own parts of a fresh advice: reading the body, validating it, writing the answer
            byte[] body = json.writeValueAsBytes(profile);
            ops.put("read", () -> reader.readValue(body, Profile.class));
            ops.put("valid", () -> validator.validate(profile, rules.catalog()));
            Advice written = service.advise(profile, Lang.EN).withProvenance(null);
            ops.put("json", () -> json.writeValueAsBytes(written));
            // the advice as it was before incremental probing: one fresh evaluation per data-gap probe
            ops.put("before", () -> {
                Ranked r = AdviceService.rank(rules, profile);
                return new AdviceWriter(rules, profile, Lang.EN).write(profile, r,
                        DataGaps.findByReevaluation(rules, profile, r), Robustness.of(r, rules.parameters()),
                        Instant.EPOCH, false);
            });
            opsByFixture.put(id, ops);
            rankedByFixture.put(id, ranked);
        }
        // warm the JIT up on every fixture before measuring any, so that a fixture's figures do not depend on how
        // many were measured before it
        for (int warm = 0; warm < rounds && only == null; warm++) {
            for (Map<String, Supplier<Object>> ops : opsByFixture.values()) {
                ops.values().forEach(op -> time(op, 20));
            }
        }
        for (String id : fixtures) {
            Profile profile = samples.get(id);
            Map<String, Supplier<Object>> ops = opsByFixture.get(id);
            Ranked ranked = rankedByFixture.get(id);
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
            for (int r = 0; r < rounds; r++) {
                for (Map.Entry<String, Supplier<Object>> op : ops.entrySet()) {
                    samplesNs.get(op.getKey())[r] = time(op.getValue(), 20);
                }
            }
            Map<String, Double> median = new LinkedHashMap<>();
            samplesNs.forEach((k, v) -> median.put(k, median(v)));
            double eval = median.get("eval");
            if (!header) {
                StringBuilder h = new StringBuilder(String.format("%-10s", "fixture"));
                median.keySet().forEach(k -> h.append(String.format(" %7s", k)));
                h.append(" |");
                median.keySet().stream().filter(k -> !k.equals("eval")).forEach(k -> h.append(String.format(" %6s", k)));
                System.out.println(h.append(" | probes"));
                header = true;
            }
            StringBuilder line = new StringBuilder(String.format("%-10s", id));
            median.values().forEach(v -> line.append(String.format(" %7.1f", v / 1000)));
            line.append(" |");
            median.forEach((k, v) -> {
                if (!k.equals("eval")) {
                    line.append(String.format(" %6.2f", v / eval));
                    sumRatio.merge(k, v / eval, Double::sum);
                }
            });
            DataGaps.Result found = DataGaps.find(rules, profile, ranked);
            System.out.println(line.append(" | ").append(DataGaps.findByReevaluation(rules, profile, ranked)
                    .evaluations()).append(" (").append(found.withoutFiring()).append(" without evaluating)"));
        }
        int n = fixtures.size();
        StringBuilder mean = new StringBuilder(String.format("%-10s", "mean"));
        mean.append(" ".repeat(8 * (sumRatio.size() + 1))).append(" |");
        sumRatio.values().forEach(v -> mean.append(String.format(" %6.2f", v / n)));
        System.out.println(mean.append(" | (µs of thread CPU time; ratios to one evaluation)"));
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

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
