package org.gba.advisor.region;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gba.advisor.engine.RegionEvaluation;
import org.gba.advisor.engine.RuleBase;
import org.gba.advisor.engine.RuleBaseLoader;
import org.gba.advisor.engine.facts.RegionEvidence;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.vocabulary.LocalizedName;
import org.gba.advisor.vocabulary.Profile;

/**
 * Times one region session over 15, 60 and 240 places (the fixtures, then copies of them under new ids),
 * after warming up, and prints the median with the evidence and pairings found, so growth can be read against
 * the output. Not a test: run it by hand, as docs/region.md says.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.mainClass=org.gba.advisor.region.RegionBenchmark -Dexec.classpathScope=test</pre>
 */
public final class RegionBenchmark {
    private RegionBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        RuleBase rules = new RuleBaseLoader().load(Path.of("rules"));
        List<Profile> fixtures = Fixtures.all();
        int[] sizes = {15, 60, 240};
        // warm up the JIT on every size first (on 2 shared cores it takes a while to reach full speed)
        long warmUntil = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            for (int n : sizes) {
                RegionService.evaluate(rules, places(fixtures, n));
            }
        }
        System.out.printf("%8s %10s %10s %12s %12s %14s %16s%n", "places", "facts-in", "evidence", "pairings",
                "median ms", "µs/evidence", "µs/place");
        for (int n : sizes) {
            List<Profile> places = places(fixtures, n);
            long[] nanos = new long[runs];
            RegionEvaluation last = null;
            for (int i = 0; i < runs; i++) {
                last = RegionService.evaluate(rules, places);
                nanos[i] = last.nanos();
            }
            Arrays.sort(nanos);
            double ms = nanos[runs / 2] / 1e6;
            long pairings = last.evidence().stream().filter(e -> e.group() == null).map(RegionEvidence::pairKey)
                    .distinct().count();
            int facts = rules.regionFactCount(places);
            System.out.printf("%8d %10d %10d %12d %12.2f %14.1f %16.1f%n", n, facts, last.evidence().size(), pairings,
                    ms, ms * 1000 / Math.max(1, last.evidence().size()), ms * 1000 / n);
        }
        rules.close();
    }

    /** The fixtures, then copies of them with the suffix -2, -3 … on every id (and on a platform's parent). */
    static List<Profile> places(List<Profile> fixtures, int n) {
        List<Profile> out = new ArrayList<>();
        for (int copy = 1; out.size() < n; copy++) {
            for (Profile p : fixtures) {
                if (out.size() == n) {
                    break;
                }
                out.add(copy == 1 ? p : renamed(p, "-" + copy));
            }
        }
        return out;
    }

    private static Profile renamed(Profile p, String suffix) {
        return new Profile(p.id() + suffix, new LocalizedName(p.name().zh() + suffix, p.name().en() + suffix), p.kind(),
                p.jurisdiction(), p.parent() == null ? null : p.parent() + suffix, p.year(), p.specialties(),
                p.specialtiesSource(), p.indicators(), p.assets(), p.constraints(), p.checklist(), p.instruments(),
                List.of(), p.note());
    }
}
