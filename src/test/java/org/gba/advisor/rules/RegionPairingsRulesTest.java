package org.gba.advisor.rules;

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
