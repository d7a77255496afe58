package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.testing.ProfileBuilder.sar;
import static org.gba.advisor.vocabulary.AssetType.INDUSTRIAL_CLUSTER;
import static org.gba.advisor.vocabulary.AssetType.UNIVERSITY;
import static org.gba.advisor.vocabulary.AssetType.UNIVERSITY_CAMPUS;
import static org.gba.advisor.vocabulary.AssetType.UNIVERSITY_INSTITUTE;

import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.Profile;
import org.junit.jupiter.api.Test;

/** rules/models/m3-university-park.drl: M3, university-park aggregation (§4.3). */
class M3UniversityParkRulesTest {
    static final String FILE = "models/m3-university-park.drl";

    static void fires(String id, Profile p) {
        assertThat(TestRules.assertFires(FILE, id, p)).allSatisfy(e -> assertThat(e.target()).isEqualTo("M3"));
    }

    static void doesNotFire(String id, Profile p) {
        TestRules.assertDoesNotFire(FILE, id, p);
    }

    @Test
    void aHkOrMacaoUniversityCampusOnTheMainlandBuildsAUniversityPark() {
        fires("m3.sar-university-campus", city("x").with(asset(UNIVERSITY_CAMPUS).partner("HKUST", Jurisdiction.HONG_KONG)).build());
        doesNotFire("m3.sar-university-campus", city("x").with(asset(UNIVERSITY_CAMPUS).partner("SCUT", Jurisdiction.GUANGDONG)).build());
    }

    @Test
    void aCrossBorderUniversityInstituteSpreadsKnowledge() {
        fires("m3.cross-border-university-institute", city("x")
                .with(asset(UNIVERSITY_INSTITUTE).partner("HKUST", Jurisdiction.HONG_KONG)).build());
        doesNotFire("m3.cross-border-university-institute", city("x").with(asset(UNIVERSITY_INSTITUTE)).build());
    }

    @Test
    void aUniversityInstituteInTheSameFieldAsIndustryFormsAnAlliance() {
        fires("m3.university-meets-industry", city("x").with(asset(UNIVERSITY_INSTITUTE).fields("intelligent-connected-vehicles"))
                .with(asset(INDUSTRIAL_CLUSTER).fields("intelligent-connected-vehicles")).build());
        doesNotFire("m3.university-meets-industry", city("x").with(asset(UNIVERSITY_INSTITUTE).fields("ai"))
                .with(asset(INDUSTRIAL_CLUSTER).fields("lighting")).build());
    }

    @Test
    void anInstituteWithAProjectRecordTransfersKnowledge() {
        fires("m3.institute-project-record", city("x").with(asset(UNIVERSITY_INSTITUTE).figure("government-projects", 317)).build());
        doesNotFire("m3.institute-project-record", city("x").with(asset(UNIVERSITY_INSTITUTE)).build());
    }

    @Test
    void aSarUniversityReachingTheMainlandExtendsThePark() {
        fires("m3.sar-university-reaches-mainland", sar("hk", Jurisdiction.HONG_KONG)
                .with(asset(UNIVERSITY).partner("HKUST (Guangzhou)", Jurisdiction.GUANGDONG)).build());
        doesNotFire("m3.sar-university-reaches-mainland", sar("hk", Jurisdiction.HONG_KONG).with(asset(UNIVERSITY)).build());
        doesNotFire("m3.sar-university-reaches-mainland", city("x")
                .with(asset(UNIVERSITY).partner("HKU", Jurisdiction.HONG_KONG)).build());
    }
}
