package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.testing.ProfileBuilder.sar;
import static org.gba.advisor.vocabulary.AssetType.JOINT_LAB;
import static org.gba.advisor.vocabulary.AssetType.PROVINCIAL_LAB;
import static org.gba.advisor.vocabulary.AssetType.RESEARCH_INSTITUTE;
import static org.gba.advisor.vocabulary.AssetType.STATE_KEY_LAB;
import static org.gba.advisor.vocabulary.AssetType.UNIVERSITY;

import org.gba.advisor.engine.facts.FactRef;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.Profile;
import org.junit.jupiter.api.Test;

/** rules/models/m2-rd-institutions.drl: M2, R&D-institution aggregation (§4.2). */
class M2RdInstitutionsRulesTest {
    static final String FILE = "models/m2-rd-institutions.drl";

    static void fires(String id, Profile p) {
        assertThat(TestRules.assertFires(FILE, id, p)).allSatisfy(e -> assertThat(e.target()).isEqualTo("M2"));
    }

    static void doesNotFire(String id, Profile p) {
        TestRules.assertDoesNotFire(FILE, id, p);
    }

    @Test
    void aLabWithAPartnerAcrossTheBoundaryAggregatesInstitutions() {
        fires("m2.cross-border-lab", city("hengqin").with(asset(STATE_KEY_LAB).partner("University of Macau", Jurisdiction.MACAO)).build());
        fires("m2.cross-border-lab", sar("mo", Jurisdiction.MACAO).with(asset(JOINT_LAB).partner("Hengqin", Jurisdiction.GUANGDONG)).build());
        doesNotFire("m2.cross-border-lab", city("x").with(asset(STATE_KEY_LAB).partner("SYSU", Jurisdiction.GUANGDONG)).build());
    }

    @Test
    void aStateOrProvincialLabIsABase() {
        fires("m2.high-level-lab", city("x").with(asset(PROVINCIAL_LAB)).build());
        doesNotFire("m2.high-level-lab", city("x").with(asset(JOINT_LAB)).with(asset(UNIVERSITY)).build());
    }

    @Test
    void aNewTypeResearchInstituteGathersResearchers() {
        fires("m2.research-institute", city("x").with(asset(RESEARCH_INSTITUTE)).build());
        doesNotFire("m2.research-institute", city("x").with(asset(UNIVERSITY)).build());
    }

    @Test
    void aLabThatRunsJointOrCommercialProjectsCitesTheFigure() {
        var evidence = TestRules.assertFires(FILE, "m2.lab-runs-joint-projects",
                city("x").with(asset(PROVINCIAL_LAB).figure("joint-projects", 61)).build());
        assertThat(evidence.get(0).facts()).extracting(FactRef::kind).contains("asset", "figure");
        fires("m2.lab-runs-joint-projects", city("x").with(asset(STATE_KEY_LAB).figure("commercial-projects", 17)).build());
        doesNotFire("m2.lab-runs-joint-projects", city("x").with(asset(STATE_KEY_LAB).figure("professors", 14)).build());
    }
}
