package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.vocabulary.AssetType.INDUSTRIAL_CLUSTER;
import static org.gba.advisor.vocabulary.AssetType.STATE_KEY_LAB;
import static org.gba.advisor.vocabulary.ConstraintType.RULES_MISALIGNED;

import org.gba.advisor.testing.RuleFile;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.ConstraintId;
import org.gba.advisor.vocabulary.Flow;
import org.gba.advisor.vocabulary.Severity;
import org.junit.jupiter.api.Test;

/** rules/diagnosis/c4-environment.drl: C4a and C4b, the environment for cooperation (§3.2.4). */
class C4EnvironmentRulesTest {
    private static final RuleFile FILE = RuleFile.of("diagnosis/c4-environment.drl");



    @Test
    void rulesThatDoNotConnectAreDiagnosedAsC4a() {
        FILE.fires("c4a.rules-misaligned", ConstraintId.C4a, city("x").declare(RULES_MISALIGNED, Severity.MEDIUM).build());
        FILE.doesNotFire("c4a.rules-misaligned", city("x").barrier(Flow.DATA, Severity.MEDIUM).build());
    }

    @Test
    void anyDeclaredFlowBarrierIsDiagnosedAsC4bScaledBySeverity() {
        FILE.fires("c4b.flow-barrier", ConstraintId.C4b, city("x").barrier(Flow.PEOPLE, Severity.LOW).build());
        var low = TestRules.evidenceOf("c4b.flow-barrier", city("x").barrier(Flow.DATA, Severity.LOW).build());
        var high = TestRules.evidenceOf("c4b.flow-barrier", city("x").barrier(Flow.DATA, Severity.HIGH).build());
        assertThat(high.get(0).points()).isEqualTo(low.get(0).points() * 3);
        FILE.doesNotFire("c4b.flow-barrier", city("x").declare(RULES_MISALIGNED, Severity.HIGH).build());
    }

    @Test
    void aBiomaterialsBarrierWhereBiomedicalAssetsStandHoldsResearchBack() {
        FILE.fires("c4b.biomaterials-block-biomedicine", ConstraintId.C4b, city("x")
                .with(asset(INDUSTRIAL_CLUSTER).fields("biomedicine")).with(asset(STATE_KEY_LAB).fields("biomedicine"))
                .barrier(Flow.BIOLOGICAL_MATERIALS, Severity.HIGH).build());
        assertThat(TestRules.evidenceOf("c4b.biomaterials-block-biomedicine", city("x")
                .with(asset(INDUSTRIAL_CLUSTER).fields("biomedicine")).with(asset(STATE_KEY_LAB).fields("biomedicine"))
                .barrier(Flow.BIOLOGICAL_MATERIALS, Severity.HIGH).build())).as("once per barrier").hasSize(1);
    }

    @Test
    void withoutBiomedicalAssetsOrWithAnotherBarrierItDoesNotFire() {
        FILE.doesNotFire("c4b.biomaterials-block-biomedicine", city("x").with(asset(INDUSTRIAL_CLUSTER).fields("drones"))
                .barrier(Flow.BIOLOGICAL_MATERIALS, Severity.HIGH).build());
        FILE.doesNotFire("c4b.biomaterials-block-biomedicine", city("x").with(asset(INDUSTRIAL_CLUSTER).fields("biomedicine"))
                .barrier(Flow.DATA, Severity.HIGH).build());
    }
}
