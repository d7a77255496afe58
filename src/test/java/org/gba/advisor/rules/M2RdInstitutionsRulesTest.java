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
import org.gba.advisor.testing.RuleFile;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.ModelId;
import org.junit.jupiter.api.Test;

/** rules/models/m2-rd-institutions.drl: M2, R&D-institution aggregation (§4.2). */
class M2RdInstitutionsRulesTest {
    private static final RuleFile FILE = RuleFile.of("models/m2-rd-institutions.drl");



    @Test
    void aLabWithAPartnerAcrossTheBoundaryAggregatesInstitutions() {
        FILE.fires("m2.cross-border-lab", ModelId.M2, city("hengqin").with(asset(STATE_KEY_LAB).partner("University of Macau", Jurisdiction.MACAO)).build());
        FILE.fires("m2.cross-border-lab", ModelId.M2, sar("mo", Jurisdiction.MACAO).with(asset(JOINT_LAB).partner("Hengqin", Jurisdiction.GUANGDONG)).build());
        FILE.doesNotFire("m2.cross-border-lab", city("x").with(asset(STATE_KEY_LAB).partner("SYSU", Jurisdiction.GUANGDONG)).build());
    }

    @Test
    void aStateOrProvincialLabIsABase() {
        FILE.fires("m2.high-level-lab", ModelId.M2, city("x").with(asset(PROVINCIAL_LAB)).build());
        FILE.doesNotFire("m2.high-level-lab", city("x").with(asset(JOINT_LAB)).with(asset(UNIVERSITY)).build());
    }

    @Test
    void aNewTypeResearchInstituteGathersResearchers() {
        FILE.fires("m2.research-institute", ModelId.M2, city("x").with(asset(RESEARCH_INSTITUTE)).build());
        FILE.doesNotFire("m2.research-institute", city("x").with(asset(UNIVERSITY)).build());
    }

    @Test
    void aLabThatRunsJointOrCommercialProjectsCitesTheFigure() {
        var evidence = FILE.fires("m2.lab-runs-joint-projects",
                city("x").with(asset(PROVINCIAL_LAB).figure("joint-projects", 61)).build());
        assertThat(evidence.get(0).facts()).extracting(FactRef::kind).contains("asset", "figure");
        FILE.fires("m2.lab-runs-joint-projects", ModelId.M2, city("x").with(asset(STATE_KEY_LAB).figure("commercial-projects", 17)).build());
        FILE.doesNotFire("m2.lab-runs-joint-projects", city("x").with(asset(STATE_KEY_LAB).figure("professors", 14)).build());
    }
}
