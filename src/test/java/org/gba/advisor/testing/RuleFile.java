package org.gba.advisor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gba.advisor.engine.Evaluation;
import org.gba.advisor.engine.RuleInfo;
import org.gba.advisor.engine.facts.Evidence;
import org.gba.advisor.engine.facts.RegionEvidence;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.Target;

/**
 * One DRL file of the real rules folder under test, the shared fixture of every rule test class: it evaluates
 * without Spring, asserts that a rule of this file fires (positive points, cited facts, its section, its target)
 * or does not, and records what the engine itself fired, so that {@code RuleCoverageTest} can tell which rules
 * the suite saw firing and not firing.
 */
public final class RuleFile {
    /** What the engine did for each rule id in the assertions run so far, and which class tests which file. */
    public static final class Coverage {
        private final Map<String, Set<String>> outcomes = Collections.synchronizedMap(new LinkedHashMap<>());
        private final Map<String, Set<String>> testClasses = Collections.synchronizedMap(new LinkedHashMap<>());

        public Set<String> firedSeen() {
            return seen("fired");
        }

        public Set<String> notFiredSeen() {
            return seen("not fired");
        }

        /** The test classes that declared each file. */
        public Map<String, Set<String>> testClassesByFile() {
            synchronized (testClasses) {
                return Map.copyOf(testClasses);
            }
        }

        public void reset() {
            outcomes.clear();
            testClasses.clear();
        }

        private Set<String> seen(String outcome) {
            Set<String> out = new TreeSet<>();
            synchronized (outcomes) {
                outcomes.forEach((id, o) -> {
                    if (o.contains(outcome)) {
                        out.add(id);
                    }
                });
            }
            return out;
        }

        private void record(String ruleId, String outcome) {
            outcomes.computeIfAbsent(ruleId, k -> Collections.synchronizedSet(new TreeSet<>())).add(outcome);
        }
    }

    public static final Coverage COVERAGE = new Coverage();

    private final String file;

    private RuleFile(String file) {
        this.file = file;
    }

    /** The file, e.g. {@code diagnosis/c1-community.drl}; the calling class is recorded as its test class. */
    public static RuleFile of(String file) {
        String caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass().getName();
        COVERAGE.testClasses.computeIfAbsent(file, k -> Collections.synchronizedSet(new TreeSet<>())).add(caller);
        assertThat(TestRules.RULES.rules().values()).as("rules of " + file).extracting(RuleInfo::file).contains(file);
        return new RuleFile(file);
    }

    /** Asserts {@code ruleId} fires for the place, for {@code target}; returns its evidence for further checks. */
    public List<Evidence> fires(String ruleId, Target target, Profile place) {
        List<Evidence> evidence = fires(ruleId, place);
        assertThat(evidence).allSatisfy(e -> assertThat(e.target()).as(ruleId + " target").isEqualTo(target.id()));
        return evidence;
    }

    /** Asserts {@code ruleId} fires for the place, with positive points and cited facts. */
    public List<Evidence> fires(String ruleId, Profile place) {
        RuleInfo rule = rule(ruleId);
        List<String> fired = new ArrayList<>();
        List<Evidence> evidence = TestRules.RULES.evaluate(place, fired::add).evidence().stream()
                .filter(e -> e.ruleId().equals(ruleId)).toList();
        assertThat(fired).as(ruleId + " should fire").contains(ruleId);
        assertThat(evidence).as(ruleId + " should give evidence").isNotEmpty().allSatisfy(e -> {
            if (e.effect() == Evidence.Effect.SCALE) {
                // its points are known only when ranked: it scales the action's other evidence by its weight
                assertThat(e.weight()).isPositive();
            } else {
                assertThat(e.points()).isPositive();
            }
            assertThat(e.facts()).isNotEmpty();
            assertThat(e.section()).isEqualTo(rule.section());
        });
        COVERAGE.record(ruleId, "fired");
        return evidence;
    }

    public void doesNotFire(String ruleId, Profile place) {
        rule(ruleId);
        List<String> fired = new ArrayList<>();
        Evaluation evaluation = TestRules.RULES.evaluate(place, fired::add);
        List<Evidence> evidence = evaluation.evidence().stream().filter(e -> e.ruleId().equals(ruleId)).toList();
        // a latent firing (figures a rule needs are unknown, Ledger#banded) counts for nothing: as policy it did not fire
        long latent = evaluation.latent().stream().filter(e -> e.ruleId().equals(ruleId)).count();
        assertThat(fired.stream().filter(ruleId::equals).count()).as(ruleId + " should not fire").isEqualTo(latent);
        assertThat(evidence).as(ruleId + " should give no evidence").isEmpty();
        COVERAGE.record(ruleId, "not fired");
    }

    /**
     * Asserts that {@code ruleId} fires for the places evaluated together, for {@code target}, naming two places
     * and citing facts of each; returns its evidence.
     */
    public List<RegionEvidence> firesAcross(String ruleId, Target target, Profile... places) {
        RuleInfo rule = rule(ruleId);
        List<String> fired = new ArrayList<>();
        List<RegionEvidence> evidence = TestRules.RULES.evaluateRegion(List.of(places), fired::add).evidence()
                .stream().filter(e -> e.ruleId().equals(ruleId)).toList();
        assertThat(fired).as(ruleId + " should fire").contains(ruleId);
        assertThat(evidence).as(ruleId + " should give evidence").isNotEmpty().allSatisfy(e -> {
            assertThat(e.target()).as(ruleId + " target").isEqualTo(target.id());
            assertThat(e.points()).isPositive();
            assertThat(e.places()).hasSize(2);
            assertThat(e.facts()).extracting(f -> f.place()).filteredOn(p -> p != null).containsAll(e.places());
            assertThat(e.section()).isEqualTo(rule.section());
        });
        COVERAGE.record(ruleId, "fired");
        return evidence;
    }

    public void doesNotFireAcross(String ruleId, Profile... places) {
        rule(ruleId);
        List<String> fired = new ArrayList<>();
        List<RegionEvidence> evidence = TestRules.RULES.evaluateRegion(List.of(places), fired::add).evidence()
                .stream().filter(e -> e.ruleId().equals(ruleId)).toList();
        assertThat(fired).as(ruleId + " should not fire").doesNotContain(ruleId);
        assertThat(evidence).as(ruleId + " should give no evidence").isEmpty();
        COVERAGE.record(ruleId, "not fired");
    }

    private RuleInfo rule(String ruleId) {
        RuleInfo rule = TestRules.RULES.rules().get(ruleId);
        assertThat(rule).as("rule " + ruleId).isNotNull();
        assertThat(rule.file()).as("file of " + ruleId).isEqualTo(file);
        return rule;
    }
}
