package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.testing.ProfileBuilder.sar;
import static org.gba.advisor.vocabulary.AssetType.ALUMNI_NETWORK;
import static org.gba.advisor.vocabulary.AssetType.BIG_SCIENCE_FACILITY;
import static org.gba.advisor.vocabulary.AssetType.INDUSTRIAL_CLUSTER;
import static org.gba.advisor.vocabulary.AssetType.JOINT_LAB;
import static org.gba.advisor.vocabulary.AssetType.UNIVERSITY_CAMPUS;

import java.util.List;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.SupplyChain;
import org.junit.jupiter.api.Test;

/** rules/countermeasures/cm2-talent.drl: CM2a–c (§5.2). */
class Cm2TalentRulesTest {
    static final String FILE = "countermeasures/cm2-talent.drl";

    static void fires(String id, String target, Profile p) {
        assertThat(TestRules.assertFires(FILE, id, p)).allSatisfy(e -> assertThat(e.target()).isEqualTo(target));
    }

    static void doesNotFire(String id, Profile p) {
        TestRules.assertDoesNotFire(FILE, id, p);
    }

    static Profile campus() {
        return city("x").with(asset(UNIVERSITY_CAMPUS).partner("HKUST", Jurisdiction.HONG_KONG)).build();
    }

    @Test
    void aWeakTalentChainLooksForPartnersStrongInTheLocalIndustrysFields() {
        var e = TestRules.assertFires(FILE, "cm2a.match-strong-fields",
                city("x").with(asset(INDUSTRIAL_CLUSTER).fields("drones", "biomedicine")).build());
        assertThat(e.get(0).specifics()).containsEntry("fields", List.of("biomedicine", "drones"));
        doesNotFire("cm2a.match-strong-fields", campus());
    }

    @Test
    void anExistingUniversityTieIsDeepenedInItsFields() {
        var e = TestRules.assertFires(FILE, "cm2a.deepen-existing-tie", city("x")
                .with(asset(JOINT_LAB).fields("low-carbon-energy").partner("HKUST", Jurisdiction.HONG_KONG)).build());
        assertThat(e.get(0).specifics()).containsEntry("university", List.of("HKUST"));
        doesNotFire("cm2a.deepen-existing-tie", city("x").with(asset(JOINT_LAB)).build());
        doesNotFire("cm2a.deepen-existing-tie", sar("hk", Jurisdiction.HONG_KONG)
                .with(asset(JOINT_LAB).partner("SYSU", Jurisdiction.GUANGDONG)).build());
    }

    @Test
    void aMainlandFacilityIsOfferedAsTheDrawAndNamed() {
        var e = TestRules.assertFires(FILE, "cm2b.offer-facility",
                city("dongguan").with(asset(BIG_SCIENCE_FACILITY).named("China Spallation Neutron Source")).build());
        assertThat(e.get(0).specifics()).containsEntry("facility", List.of("China Spallation Neutron Source"));
        doesNotFire("cm2b.offer-facility", sar("hk", Jurisdiction.HONG_KONG).with(asset(BIG_SCIENCE_FACILITY)).build());
    }

    @Test
    void aCompleteSupplyChainIsOfferedWhereTheTalentChainIsWeak() {
        fires("cm2b.offer-supply-chain", "CM2b", city("x")
                .with(asset(INDUSTRIAL_CLUSTER).named("drones").supplyChain(SupplyChain.COMPLETE)).build());
        doesNotFire("cm2b.offer-supply-chain", city("x").with(asset(INDUSTRIAL_CLUSTER).supplyChain(SupplyChain.PARTIAL)).build());
    }

    @Test
    void anAlumniNetworkIsUsedByName() {
        fires("cm2c.use-alumni-network", "CM2c", city("x").with(asset(ALUMNI_NETWORK).named("HKUST alumni")).build());
        doesNotFire("cm2c.use-alumni-network", campus());
    }

    @Test
    void aWeakTalentChainReachesTalentThroughAlumni() {
        fires("cm2c.alumni-for-talent-gap", "CM2c", city("x").build());
        doesNotFire("cm2c.alumni-for-talent-gap", campus());
    }
}
