package org.gba.advisor.advice;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.vocabulary.Profile;

/**
 * What truth maintenance costs a plain evaluation: the rules as they are (diagnoses inserted logically) beside a
 * copy whose diagnoses are inserted outright, evaluated interleaved in one run, by thread CPU time (medians of
 * rounds over all fixtures): {@code ./mvnw -B -Pbench test-compile exec:exec@cost -Dcost.class=LogicalInsertCost}.
 */
public final class LogicalInsertCost {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private LogicalInsertCost() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        RuleBase logical = new RuleBaseLoader().load(Path.of("rules"));
        Path copy = Files.createTempDirectory("rules-insert");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path p : files.toList()) {
                Path to = copy.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.writeString(to, Files.readString(p).replace("insertLogical(", "insert("));
                }
            }
        }
        RuleBase outright = new RuleBaseLoader().load(copy);
        List<Profile> profiles = Fixtures.all();
        double[] a = new double[rounds];
        double[] b = new double[rounds];
        for (int r = -rounds; r < rounds; r++) {
            double ta = time(logical, profiles);
            double tb = time(outright, profiles);
            if (r >= 0) {
                a[r] = ta;
                b[r] = tb;
            }
        }
        System.out.printf("load average %.2f; µs of CPU per evaluation (mean over %d fixtures, median of %d rounds):"
                + " logical %.1f, outright %.1f, ratio %.3f%n", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage(), profiles.size(), rounds, median(a), median(b), median(a) / median(b));
        try (Stream<Path> files = Files.walk(copy)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static double time(RuleBase rules, List<Profile> profiles) {
        long start = CPU.getCurrentThreadCpuTime();
        int n = 0;
        for (int i = 0; i < 20; i++) {
            for (Profile p : profiles) {
                if (rules.evaluate(p).evidence().isEmpty() && p == null) {
                    throw new IllegalStateException();
                }
                n++;
            }
        }
        return (CPU.getCurrentThreadCpuTime() - start) / 1000.0 / n;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
