package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.testing.ProfileBuilder.sar;
import static org.gba.advisor.vocabulary.AssetType.INDUSTRIAL_CLUSTER;
import static org.gba.advisor.vocabulary.AssetType.PROVINCIAL_LAB;
import static org.gba.advisor.vocabulary.AssetType.UNIVERSITY;

import org.gba.advisor.testing.RuleFile;
import org.gba.advisor.vocabulary.ActionId;
import org.gba.advisor.vocabulary.Flow;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.Severity;
import org.gba.advisor.vocabulary.SupplyChain;
import org.gba.advisor.vocabulary.Target;
import org.junit.jupiter.api.Test;

/** rules/region/friction.drl: a declared barrier on a flow a cross-border link needs gets the CM4 action that lifts it. */
class RegionFrictionRulesTest {
    private static final RuleFile FILE = RuleFile.of("region/friction.drl");

    static void fires(String id, Target target, Profile... places) {
        assertThat(FILE.firesAcross(id, target, places)).allSatisfy(e -> {
            assertThat(e.facts()).anySatisfy(f -> assertThat(f.path()).startsWith("/constraints/"));
        });
    }


    static final Profile CHAIN = city("dg").with(asset(INDUSTRIAL_CLUSTER).fields("equipment-manufacturing")
            .supplyChain(SupplyChain.COMPLETE)).build();

    static Profile hongKong(Flow barrier) {
        return sar("hong-kong", Jurisdiction.HONG_KONG).with(asset(UNIVERSITY).fields("materials-science"))
                .barrier(barrier, Severity.MEDIUM).build();
    }

    @Test
    void aBarrierOnAFlowTheLinkNeedsIsEasedForThatLink() {
        // an M1 link needs funds to cross (region.yaml needs.byTarget)
        fires("region.cm4e.ease-flow-for-link", ActionId.CM4e, hongKong(Flow.FUNDS), CHAIN);
        FILE.doesNotFireAcross("region.cm4e.ease-flow-for-link", hongKong(Flow.DATA), CHAIN);
        FILE.doesNotFireAcross("region.cm4e.ease-flow-for-link", hongKong(Flow.FUNDS),
                city("dg").with(asset(INDUSTRIAL_CLUSTER).fields("lighting").supplyChain(SupplyChain.COMPLETE)).build());
    }

    @Test
    void blockedBiologicalMaterialsGoOnTheListForALinkThatNeedsThem() {
        Profile hk = sar("hong-kong", Jurisdiction.HONG_KONG).with(asset(PROVINCIAL_LAB).fields("marine-science")).build();
        fires("region.cm4a.list-biomaterials-for-link", ActionId.CM4a, hk, city("gz").with(asset(PROVINCIAL_LAB)
                .fields("marine-science")).barrier(Flow.BIOLOGICAL_MATERIALS, Severity.HIGH).build());
        FILE.doesNotFireAcross("region.cm4a.list-biomaterials-for-link", hk, city("gz").with(asset(PROVINCIAL_LAB)
                .fields("marine-science")).barrier(Flow.DATA, Severity.HIGH).build());
        FILE.doesNotFireAcross("region.cm4a.list-biomaterials-for-link",
                sar("hong-kong", Jurisdiction.HONG_KONG).with(asset(PROVINCIAL_LAB).fields("chip-design")).build(),
                city("gz").with(asset(PROVINCIAL_LAB).fields("chip-design")).barrier(Flow.BIOLOGICAL_MATERIALS, Severity.HIGH).build());
    }
}
