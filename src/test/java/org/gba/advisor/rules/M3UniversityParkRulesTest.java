package org.gba.advisor.rules;

import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.testing.ProfileBuilder.sar;
import static org.gba.advisor.vocabulary.AssetType.INDUSTRIAL_CLUSTER;
import static org.gba.advisor.vocabulary.AssetType.UNIVERSITY;
import static org.gba.advisor.vocabulary.AssetType.UNIVERSITY_CAMPUS;
import static org.gba.advisor.vocabulary.AssetType.UNIVERSITY_INSTITUTE;

import org.gba.advisor.testing.RuleFile;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.ModelId;
import org.junit.jupiter.api.Test;

/** rules/models/m3-university-park.drl: M3, university-park aggregation (§4.3). */
class M3UniversityParkRulesTest {
    private static final RuleFile FILE = RuleFile.of("models/m3-university-park.drl");



    @Test
    void aHkOrMacaoUniversityCampusOnTheMainlandBuildsAUniversityPark() {
        FILE.fires("m3.sar-university-campus", ModelId.M3, city("x").with(asset(UNIVERSITY_CAMPUS).partner("HKUST", Jurisdiction.HONG_KONG)).build());
        FILE.doesNotFire("m3.sar-university-campus", city("x").with(asset(UNIVERSITY_CAMPUS).partner("SCUT", Jurisdiction.GUANGDONG)).build());
    }

    @Test
    void aCrossBorderUniversityInstituteSpreadsKnowledge() {
        FILE.fires("m3.cross-border-university-institute", ModelId.M3, city("x")
                .with(asset(UNIVERSITY_INSTITUTE).partner("HKUST", Jurisdiction.HONG_KONG)).build());
        FILE.doesNotFire("m3.cross-border-university-institute", city("x").with(asset(UNIVERSITY_INSTITUTE)).build());
    }

    @Test
    void aUniversityInstituteInTheSameFieldAsIndustryFormsAnAlliance() {
        FILE.fires("m3.university-meets-industry", ModelId.M3, city("x").with(asset(UNIVERSITY_INSTITUTE).fields("intelligent-connected-vehicles"))
                .with(asset(INDUSTRIAL_CLUSTER).fields("intelligent-connected-vehicles")).build());
        FILE.doesNotFire("m3.university-meets-industry", city("x").with(asset(UNIVERSITY_INSTITUTE).fields("ai"))
                .with(asset(INDUSTRIAL_CLUSTER).fields("lighting")).build());
    }

    @Test
    void anInstituteWithAProjectRecordTransfersKnowledge() {
        FILE.fires("m3.institute-project-record", ModelId.M3, city("x").with(asset(UNIVERSITY_INSTITUTE).figure("government-projects", 317)).build());
        FILE.doesNotFire("m3.institute-project-record", city("x").with(asset(UNIVERSITY_INSTITUTE)).build());
    }

    @Test
    void aSarUniversityReachingTheMainlandExtendsThePark() {
        FILE.fires("m3.sar-university-reaches-mainland", ModelId.M3, sar("hk", Jurisdiction.HONG_KONG)
                .with(asset(UNIVERSITY).partner("HKUST (Guangzhou)", Jurisdiction.GUANGDONG)).build());
        FILE.doesNotFire("m3.sar-university-reaches-mainland", sar("hk", Jurisdiction.HONG_KONG).with(asset(UNIVERSITY)).build());
        FILE.doesNotFire("m3.sar-university-reaches-mainland", city("x")
                .with(asset(UNIVERSITY).partner("HKU", Jurisdiction.HONG_KONG)).build());
    }
}
