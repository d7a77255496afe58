package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.testing.ProfileBuilder.platform;
import static org.gba.advisor.testing.ProfileBuilder.sar;
import static org.gba.advisor.vocabulary.AssetType.INDUSTRIAL_CLUSTER;
import static org.gba.advisor.vocabulary.AssetType.LEADING_FIRM;
import static org.gba.advisor.vocabulary.AssetType.PROVINCIAL_LAB;
import static org.gba.advisor.vocabulary.AssetType.STATE_KEY_LAB;
import static org.gba.advisor.vocabulary.AssetType.UNIVERSITY;
import static org.gba.advisor.vocabulary.AssetType.UNIVERSITY_CAMPUS;

import org.gba.advisor.testing.RuleFile;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.ModelId;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.SupplyChain;
import org.junit.jupiter.api.Test;

/** rules/region/pairings.drl: research in one place meets industry in another (M1, M3); labs across the boundary (M2). */
class RegionPairingsRulesTest {
    private static final RuleFile FILE = RuleFile.of("region/pairings.drl");



    static Profile completeChain(String id, String field) {
        return city(id).with(asset(INDUSTRIAL_CLUSTER).fields(field).supplyChain(SupplyChain.COMPLETE)).build();
    }

    @Test
    void sarResearchMeetsAMainlandSupplyChainInItsFieldOrAFieldThatAppliesIt() {
        Profile hk = sar("hong-kong", Jurisdiction.HONG_KONG).with(asset(UNIVERSITY).fields("materials-science")).build();
        FILE.firesAcross("region.m1.incubate-in-sar-industrialise-on-mainland", ModelId.M1, hk, completeChain("dg", "materials-science"));
        // materials science is applied by equipment manufacturing (region.yaml applications)
        FILE.firesAcross("region.m1.incubate-in-sar-industrialise-on-mainland", ModelId.M1, hk, completeChain("dg", "equipment-manufacturing"));
        FILE.firesAcross("region.m1.incubate-in-sar-industrialise-on-mainland", ModelId.M1, hk,
                city("sz").with(asset(LEADING_FIRM).fields("materials-science")).build());
        FILE.doesNotFireAcross("region.m1.incubate-in-sar-industrialise-on-mainland", hk,
                city("zs").with(asset(INDUSTRIAL_CLUSTER).fields("materials-science").supplyChain(SupplyChain.PARTIAL)).build());
        FILE.doesNotFireAcross("region.m1.incubate-in-sar-industrialise-on-mainland", hk, completeChain("fs", "home-appliances"));
    }

    private static final String INCUBATE = "region.m1.incubate-in-sar-industrialise-on-mainland";

    private static double points(Profile research, Profile industry) {
        return FILE.firesAcross(INCUBATE, ModelId.M1, research, industry).stream()
                .mapToDouble(org.gba.advisor.engine.facts.RegionEvidence::points).sum();
    }

    @Test
    void researchMeetsIndustryInARelatedFieldAtItsFactorAndAnExactMatchScoresHighest() {
        var match = TestRules.RULES.regionData().fieldMatch();
        double weight = TestRules.RULES.parameters().weight(INCUBATE);
        Profile industry = completeChain("gz", "biomedicine");
        // the same field, a broader field (life science ⊃ biomedicine) and a sibling (medical devices), §5.4
        double exact = points(sar("hong-kong", Jurisdiction.HONG_KONG).with(asset(UNIVERSITY).fields("biomedicine")).build(), industry);
        double broader = points(sar("hong-kong", Jurisdiction.HONG_KONG).with(asset(UNIVERSITY).fields("life-science")).build(), industry);
        double sibling = points(sar("hong-kong", Jurisdiction.HONG_KONG).with(asset(UNIVERSITY).fields("medical-devices")).build(), industry);
        assertThat(exact).isEqualTo(weight);
        assertThat(broader).isEqualTo(weight * match.broader());
        assertThat(sibling).isEqualTo(weight * match.sibling());
        // a narrower field (chip design ⊂ electronic information)
        assertThat(points(sar("macao", Jurisdiction.MACAO).with(asset(STATE_KEY_LAB).fields("chip-design")).build(),
                completeChain("dg", "electronic-information"))).isEqualTo(weight * match.narrower());
        assertThat(exact).isGreaterThan(broader).isGreaterThan(sibling);
        // unrelated branches do not meet
        FILE.doesNotFireAcross(INCUBATE, sar("hong-kong", Jurisdiction.HONG_KONG)
                .with(asset(UNIVERSITY).fields("marine-science")).build(), industry);
    }

    @Test
    void researchInTheFieldAndInABroaderOneCountsOnceAtTheBetterFactor() {
        Profile hk = sar("hong-kong", Jurisdiction.HONG_KONG)
                .with(asset(UNIVERSITY).named("A").fields("biomedicine"))
                .with(asset(UNIVERSITY).named("B").fields("life-science", "medical-devices")).build();
        var evidence = FILE.firesAcross(INCUBATE, ModelId.M1, hk, completeChain("gz", "biomedicine"));
        assertThat(evidence).hasSize(1);
        assertThat(evidence.get(0).factor()).isEqualTo(1.0);
        assertThat(evidence.get(0).facts()).extracting(f -> f.path()).contains("/assets/0").doesNotContain("/assets/1");
        // with only related research, the better relation (broader 0.75 over sibling 0.5) is the one that counts
        Profile related = sar("hong-kong", Jurisdiction.HONG_KONG)
                .with(asset(UNIVERSITY).fields("life-science", "medical-devices")).build();
        assertThat(FILE.firesAcross(INCUBATE, ModelId.M1, related, completeChain("gz", "biomedicine")))
                .singleElement().satisfies(e -> assertThat(e.factor())
                        .isEqualTo(TestRules.RULES.regionData().fieldMatch().broader()));
    }

    @Test
    void aMainlandLabMeetsTheSupplyChainOfAnotherCityButNotOfItsOwn() {
        Profile lab = city("fs").with(asset(PROVINCIAL_LAB).fields("drones")).build();
        FILE.firesAcross("region.m1.lab-meets-industry-elsewhere", ModelId.M1, lab, completeChain("sz", "drones"));
        FILE.doesNotFireAcross("region.m1.lab-meets-industry-elsewhere",
                platform("hetao").parent("sz").with(asset(PROVINCIAL_LAB).fields("drones")).build(), completeChain("sz", "drones"));
        FILE.doesNotFireAcross("region.m1.lab-meets-industry-elsewhere", lab, completeChain("hz", "petrochemicals"));
    }

    @Test
    void aMainlandUniversityMeetsTheIndustryOfAnotherCity() {
        Profile campus = platform("nansha").parent("gz").with(asset(UNIVERSITY_CAMPUS).fields("microelectronics")).build();
        FILE.firesAcross("region.m3.university-meets-industry-elsewhere", ModelId.M3, campus, completeChain("dg", "electronic-information"));
        FILE.doesNotFireAcross("region.m3.university-meets-industry-elsewhere",
                sar("hong-kong", Jurisdiction.HONG_KONG).with(asset(UNIVERSITY).fields("microelectronics")).build(),
                completeChain("dg", "electronic-information"));
        FILE.doesNotFireAcross("region.m3.university-meets-industry-elsewhere", campus, completeChain("gz", "electronic-information"));
    }

    @Test
    void labsOnBothSidesOfTheBoundaryInOneFieldFormANetwork() {
        Profile macao = sar("macao", Jurisdiction.MACAO).with(asset(STATE_KEY_LAB).fields("chip-design")).build();
        FILE.firesAcross("region.m2.lab-network-across-the-boundary", ModelId.M2, macao,
                platform("hengqin").parent("zhuhai").with(asset(STATE_KEY_LAB).fields("chip-design")).build());
        FILE.doesNotFireAcross("region.m2.lab-network-across-the-boundary", macao,
                city("zh").with(asset(UNIVERSITY).fields("chip-design")).build());
        FILE.doesNotFireAcross("region.m2.lab-network-across-the-boundary", macao,
                city("zh").with(asset(PROVINCIAL_LAB).fields("marine-science")).build());
    }
}
