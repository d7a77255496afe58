package org.gba.advisor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gba.advisor.engine.RegionEvaluation;
import org.gba.advisor.engine.facts.RegionEvidence;
import org.gba.advisor.region.RegionService;
import org.gba.advisor.vocabulary.Profile;

/** The region rules of the real rules folder evaluated over several profiles in one session, and assertions. No Spring. */
public final class TestRegion {
    private TestRegion() {
    }

    public static RegionEvaluation evaluate(Profile... profiles) {
        return RegionService.evaluate(TestRules.RULES, List.of(profiles));
    }

    public static List<RegionEvidence> evidenceOf(String ruleId, Profile... profiles) {
        return evaluate(profiles).evidence().stream().filter(e -> e.ruleId().equals(ruleId)).toList();
    }

    /**
     * Asserts that {@code ruleId}, a rule of {@code file}, fires for the places together, gives positive points,
     * names two places and cites facts of each; returns its evidence for further checks.
     */
    public static List<RegionEvidence> assertFires(String file, String ruleId, Profile... profiles) {
        assertThat(TestRules.RULES.rules()).containsKey(ruleId);
        assertThat(TestRules.RULES.rules().get(ruleId).file()).as("file of " + ruleId).isEqualTo(file);
        List<RegionEvidence> evidence = evidenceOf(ruleId, profiles);
        assertThat(evidence).as(ruleId + " should fire").isNotEmpty();
        assertThat(evidence).allSatisfy(e -> {
            assertThat(e.points()).isPositive();
            assertThat(e.places()).hasSize(2);
            assertThat(e.facts()).extracting(f -> f.place()).filteredOn(p -> p != null).containsAll(e.places());
            assertThat(e.section()).isEqualTo(TestRules.RULES.rules().get(ruleId).section());
        });
        return evidence;
    }

    public static void assertDoesNotFire(String file, String ruleId, Profile... profiles) {
        assertThat(TestRules.RULES.rules()).containsKey(ruleId);
        assertThat(TestRules.RULES.rules().get(ruleId).file()).as("file of " + ruleId).isEqualTo(file);
        assertThat(evidenceOf(ruleId, profiles)).as(ruleId + " should not fire").isEmpty();
    }
}
