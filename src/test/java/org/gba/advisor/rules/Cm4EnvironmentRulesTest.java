package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.vocabulary.AssetType.INDUSTRIAL_CLUSTER;
import static org.gba.advisor.vocabulary.ConstraintType.RULES_MISALIGNED;

import java.util.List;
import org.gba.advisor.testing.RuleFile;
import org.gba.advisor.vocabulary.ActionId;
import org.gba.advisor.vocabulary.Flow;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.Severity;
import org.junit.jupiter.api.Test;

/** rules/countermeasures/cm4-environment.drl: CM4a–e (§5.4). */
class Cm4EnvironmentRulesTest {
    private static final RuleFile FILE = RuleFile.of("countermeasures/cm4-environment.drl");



    static Profile bioCity(Severity severity) {
        return city("x").with(asset(INDUSTRIAL_CLUSTER).named("biomedicine park").fields("biomedicine"))
                .barrier(Flow.BIOLOGICAL_MATERIALS, severity).build();
    }

    @Test
    void aBiomaterialsBarrierCallsForTheWhitelistScaledBySeverity() {
        FILE.fires("cm4a.biomaterials-whitelist", ActionId.CM4a, city("x").barrier(Flow.BIOLOGICAL_MATERIALS, Severity.LOW).build());
        FILE.doesNotFire("cm4a.biomaterials-whitelist", city("x").barrier(Flow.DATA, Severity.HIGH).build());
    }

    @Test
    void biomedicalResearchBehindTheBarrierMakesTheWhitelistUrgent() {
        FILE.fires("cm4a.biomedicine-needs-whitelist", ActionId.CM4a, bioCity(Severity.MEDIUM));
        FILE.doesNotFire("cm4a.biomedicine-needs-whitelist", city("x").barrier(Flow.BIOLOGICAL_MATERIALS, Severity.HIGH).build());
    }

    @Test
    void aBiomedicineClusterBehindTheBarrierPilotsCustomsFacilitation() {
        var e = FILE.fires("cm4b.customs-pilot", bioCity(Severity.MEDIUM));
        assertThat(e.get(0).specifics()).containsEntry("cluster", List.of("biomedicine park"));
        FILE.doesNotFire("cm4b.customs-pilot", city("x").with(asset(INDUSTRIAL_CLUSTER).fields("biomedicine")).build());
    }

    @Test
    void blockedBiomedicalResearchNeedsAOneStopPlatform() {
        FILE.fires("cm4c.special-items-platform", ActionId.CM4c, bioCity(Severity.LOW));
        FILE.doesNotFire("cm4c.special-items-platform", city("x").with(asset(INDUSTRIAL_CLUSTER).fields("drones"))
                .barrier(Flow.BIOLOGICAL_MATERIALS, Severity.HIGH).build());
    }

    @Test
    void aBarrierCallsForDelegatedApprovalTheMoreTheSevererItIs() {
        double high = FILE.fires("cm4d.delegate-approval", ActionId.CM4d, bioCity(Severity.HIGH)).get(0).points();
        double low = FILE.fires("cm4d.delegate-approval", ActionId.CM4d, bioCity(Severity.LOW)).get(0).points();
        assertThat(high).isGreaterThan(low);
        FILE.doesNotFire("cm4d.delegate-approval", city("x").barrier(Flow.DATA, Severity.HIGH).build());
    }

    @Test
    void otherFlowBarriersAreNamedForRemoval() {
        var e = FILE.fires("cm4e.ease-other-flows", city("x").barrier(Flow.DATA, Severity.HIGH).build());
        assertThat(e.get(0).specifics()).containsEntry("flows", List.of("DATA"));
        assertThat(e.get(0).factor()).isEqualTo(1.5);
        FILE.doesNotFire("cm4e.ease-other-flows", city("x").barrier(Flow.BIOLOGICAL_MATERIALS, Severity.HIGH).build());
    }

    @Test
    void rulesThatDoNotConnectCallForAlignment() {
        FILE.fires("cm4e.align-rules", ActionId.CM4e, city("x").declare(RULES_MISALIGNED, Severity.MEDIUM).build());
        FILE.doesNotFire("cm4e.align-rules", city("x").barrier(Flow.FUNDS, Severity.MEDIUM).build());
    }
}
