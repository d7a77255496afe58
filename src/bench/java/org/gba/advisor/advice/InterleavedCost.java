package org.gba.advisor.advice;

import jakarta.validation.Validation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.ProfileJson;
import org.gba.advisor.vocabulary.ProfileValidator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Why a fresh advice costs the server about twice the thread CPU that {@link AdviceCost} gives it: the advice's core
 * (evaluation, data-gap probes, intervals) timed on one profile object again and again (as {@code AdviceCost} does),
 * on distinct profiles (the load script's misses: the first indicator's value moved by 1e-6 each), on distinct
 * profiles after walking {@code cost.walk} MB of memory between calls, and inside a request's sequence (read the
 * body, validate, the core, the texts, the JSON), where only the core is timed. Medians of interleaved rounds, by
 * thread CPU time; the ratios to the first are what to read.
 *
 * <p>{@code ./mvnw -B -Pbench test-compile exec:exec@cost -Dcost.class=InterleavedCost -Dcost.args="20 shenzhen"}
 */
public final class InterleavedCost {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final int CALLS = 500;

    private InterleavedCost() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String fixture = args.length > 1 ? args[1] : "shenzhen";
        RuleBase rules = new RuleBaseLoader().load(Path.of("rules"));
        ProfileValidator validator = new ProfileValidator(Validation.buildDefaultValidatorFactory().getValidator());
        JsonMapper reader = ProfileJson.configure(JsonMapper.builder(), rules::catalog, validator).build();
        JsonMapper json = ProfileJson.MAPPER;
        byte[][] bodies = variants(Files.readString(Path.of("fixtures", fixture + ".json")), CALLS);
        Profile[] distinct = new Profile[CALLS];
        for (int i = 0; i < CALLS; i++) {
            distinct[i] = reader.readValue(bodies[i], Profile.class);
        }
        byte[] walk = new byte[Integer.getInteger("cost.walk", 4) << 20];
        String[] names = {"same", "distinct", "walked", "request", "read+valid", "texts+json"};
        double[][] ns = new double[names.length][rounds];
        System.out.printf("load average at start: %.2f; %s, %d calls per round, %d MB walked%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), fixture, CALLS,
                walk.length >> 20);
        for (int round = -rounds; round < rounds; round++) { // the first half warms the JIT up
            long sink = 0;
            long t = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < CALLS; i++) {
                sink += AdviceService.core(rules, distinct[0]).gaps().evaluations();
            }
            long same = CPU.getCurrentThreadCpuTime() - t;
            t = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < CALLS; i++) {
                sink += AdviceService.core(rules, distinct[i]).gaps().evaluations();
            }
            long apart = CPU.getCurrentThreadCpuTime() - t;
            long walked = 0;
            for (int i = 0; i < CALLS; i++) {
                for (int k = 0; k < walk.length; k += 64) {
                    walk[k]++;
                }
                t = CPU.getCurrentThreadCpuTime();
                sink += AdviceService.core(rules, distinct[i]).gaps().evaluations();
                walked += CPU.getCurrentThreadCpuTime() - t;
            }
            long read = 0;
            long core = 0;
            long written = 0;
            for (int i = 0; i < CALLS; i++) {
                long a = CPU.getCurrentThreadCpuTime();
                Profile profile = reader.readValue(bodies[i], Profile.class);
                validator.requireValid(profile, rules.catalog());
                long b = CPU.getCurrentThreadCpuTime();
                AdviceCache.Core c = AdviceService.core(rules, profile);
                long d = CPU.getCurrentThreadCpuTime();
                Advice advice = new AdviceWriter(rules, profile, Lang.EN).write(profile, c.ranked(), c.gaps(),
                        c.robustness(), Instant.EPOCH, false);
                sink += json.writeValueAsBytes(advice.withProvenance(null)).length;
                long e = CPU.getCurrentThreadCpuTime();
                read += b - a;
                core += d - b;
                written += e - d;
            }
            if (sink == 0) {
                throw new IllegalStateException();
            }
            if (round >= 0) {
                long[] all = {same, apart, walked, core, read, written};
                for (int k = 0; k < all.length; k++) {
                    ns[k][round] = (double) all[k] / CALLS;
                }
            }
        }
        double base = AdviceCost.median(ns[0]);
        for (int k = 0; k < names.length; k++) {
            System.out.printf("%-10s %7.1f µs  %5.2f of the core on one profile object%n", names[k],
                    AdviceCost.median(ns[k]) / 1000, AdviceCost.median(ns[k]) / base);
        }
    }

    /** The body with its first {@code "value"} moved by 1e-6 per variant, as {@code scripts/wrk-report.lua} does. */
    private static byte[][] variants(String body, int count) {
        Matcher m = Pattern.compile("\"value\"\\s*:\\s*([0-9.]+)").matcher(body);
        if (!m.find()) {
            throw new IllegalArgumentException("no \"value\" in the fixture to vary");
        }
        double value = Double.parseDouble(m.group(1));
        byte[][] bodies = new byte[count][];
        for (int i = 0; i < count; i++) {
            bodies[i] = (body.substring(0, m.start(1)) + String.format(java.util.Locale.ROOT, "%.6f", value + i * 1e-6)
                    + body.substring(m.end(1))).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return bodies;
    }
}
