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
import org.gba.advisor.profiles.Neighbours;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.RuleFile;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.ActionId;
import org.gba.advisor.vocabulary.Answer;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.PlaceKind;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.Question;
import org.gba.advisor.vocabulary.SupplyChain;
import org.junit.jupiter.api.Test;

/** rules/countermeasures/cm2-talent.drl: CM2a–c (§5.2). */
class Cm2TalentRulesTest {
    private static final RuleFile FILE = RuleFile.of("countermeasures/cm2-talent.drl");
    private static final Question NO_TIE = Question.HK_MACAO_UNIVERSITY_TIE;
    private static final Neighbours NEIGHBOURS = Neighbours.builtIn(Fixtures.SAMPLES);



    static Profile campus() {
        return city("x").with(asset(UNIVERSITY_CAMPUS).partner("HKUST", Jurisdiction.HONG_KONG)).build();
    }

    @Test
    void aWeakTalentChainLooksForPartnersStrongInTheLocalIndustrysFields() {
        var e = FILE.fires("cm2a.match-strong-fields",
                city("x").with(asset(INDUSTRIAL_CLUSTER).fields("drones", "biomedicine")).answer(NO_TIE, Answer.NO).build());
        assertThat(e.get(0).specifics()).containsEntry("fields", List.of("biomedicine", "drones"));
        FILE.doesNotFire("cm2a.match-strong-fields", campus());
    }

    @Test
    void anExistingUniversityTieIsDeepenedInItsFields() {
        var e = FILE.fires("cm2a.deepen-existing-tie", city("x")
                .with(asset(JOINT_LAB).fields("low-carbon-energy").partner("HKUST", Jurisdiction.HONG_KONG)).build());
        assertThat(e.get(0).specifics()).containsEntry("university", List.of("HKUST"));
        FILE.doesNotFire("cm2a.deepen-existing-tie", city("x").with(asset(JOINT_LAB)).build());
        FILE.doesNotFire("cm2a.deepen-existing-tie", sar("hk", Jurisdiction.HONG_KONG)
                .with(asset(JOINT_LAB).partner("SYSU", Jurisdiction.GUANGDONG)).build());
    }

    @Test
    void aNeighboursUniversityTieIsNotThePlacesOwnButOneToBuildOn() {
        // a district that says it has no HK or Macao university tie, beside Dongguan's neutron source and its partners
        Profile district = NEIGHBOURS.resolve(city("district").kind(PlaceKind.DISTRICT).parent("dongguan")
                .answer(NO_TIE, Answer.NO).reaches("dongguan", "China Spallation Neutron Source", 8.0).build(), null,
                TestRules.RULES.parameters().reach());
        FILE.doesNotFire("cm2a.deepen-existing-tie", district);
        var e = FILE.fires("cm2a.build-on-neighbours-tie", district);
        assertThat(e.get(0).specifics()).containsEntry("asset", List.of("China Spallation Neutron Source"))
                .containsKey("university");
        assertThat(e.get(0).factor()).as("counted at the distance factor").isLessThan(1);
        FILE.doesNotFire("cm2a.build-on-neighbours-tie", city("x")
                .with(asset(JOINT_LAB).fields("low-carbon-energy").partner("HKUST", Jurisdiction.HONG_KONG)).build());
    }

    @Test
    void aMainlandFacilityIsOfferedAsTheDrawAndNamed() {
        var e = FILE.fires("cm2b.offer-facility",
                city("dongguan").with(asset(BIG_SCIENCE_FACILITY).named("China Spallation Neutron Source")).build());
        assertThat(e.get(0).specifics()).containsEntry("facility", List.of("China Spallation Neutron Source"));
        FILE.doesNotFire("cm2b.offer-facility", sar("hk", Jurisdiction.HONG_KONG).with(asset(BIG_SCIENCE_FACILITY)).build());
    }

    @Test
    void aCompleteSupplyChainIsOfferedWhereTheTalentChainIsWeak() {
        FILE.fires("cm2b.offer-supply-chain", ActionId.CM2b, city("x")
                .with(asset(INDUSTRIAL_CLUSTER).named("drones").supplyChain(SupplyChain.COMPLETE)).answer(NO_TIE, Answer.NO).build());
        FILE.doesNotFire("cm2b.offer-supply-chain", city("x").with(asset(INDUSTRIAL_CLUSTER).supplyChain(SupplyChain.PARTIAL))
                .answer(NO_TIE, Answer.NO).build());
    }

    @Test
    void anAlumniNetworkIsUsedByName() {
        FILE.fires("cm2c.use-alumni-network", ActionId.CM2c, city("x").with(asset(ALUMNI_NETWORK).named("HKUST alumni")).build());
        FILE.doesNotFire("cm2c.use-alumni-network", campus());
    }

    @Test
    void aWeakTalentChainReachesTalentThroughAlumni() {
        FILE.fires("cm2c.alumni-for-talent-gap", ActionId.CM2c, city("x").answer(NO_TIE, Answer.NO).build());
        FILE.doesNotFire("cm2c.alumni-for-talent-gap", city("x").build());
        FILE.doesNotFire("cm2c.alumni-for-talent-gap", campus());
    }
}
