package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.testing.TestRules.RULES;
import static org.gba.advisor.vocabulary.AssetType.BIG_SCIENCE_FACILITY;
import static org.gba.advisor.vocabulary.AssetType.SCIENCE_PARK;
import static org.gba.advisor.vocabulary.AssetType.SUPERCOMPUTING_CENTRE;

import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.Subject;
import org.junit.jupiter.api.Test;

/** rules/models/m4-regional-platform.drl: M4, regional-platform aggregation (§4.4). */
class M4RegionalPlatformRulesTest {
    static final String FILE = "models/m4-regional-platform.drl";

    static void fires(String id, Profile p) {
        assertThat(TestRules.assertFires(FILE, id, p)).allSatisfy(e -> assertThat(e.target()).isEqualTo("M4"));
    }

    static void doesNotFire(String id, Profile p) {
        TestRules.assertDoesNotFire(FILE, id, p);
    }

    @Test
    void aBigFacilityOrSupercomputingCentreAnchorsM4() {
        fires("m4.big-facility", city("x").with(asset(BIG_SCIENCE_FACILITY)).build());
        fires("m4.big-facility", city("x").with(asset(SUPERCOMPUTING_CENTRE)).build());
        doesNotFire("m4.big-facility", city("x").with(asset(SCIENCE_PARK)).build());
    }

    @Test
    void aFacilityServingSarTeamsDrawsResearchers() {
        fires("m4.facility-serves-sar-teams", city("x").with(asset(BIG_SCIENCE_FACILITY).figure("hk-macao-projects", 46)).build());
        fires("m4.facility-serves-sar-teams", city("x").with(asset(SUPERCOMPUTING_CENTRE).figure("teams-served", 200)).build());
        doesNotFire("m4.facility-serves-sar-teams", city("x").with(asset(BIG_SCIENCE_FACILITY).figure("projects", 900)).build());
    }

    @Test
    void aGovernmentLedParkIsARegionalPlatform() {
        fires("m4.government-led-platform", city("x").with(asset(SCIENCE_PARK).lead(Subject.GOVERNMENT)).build());
        doesNotFire("m4.government-led-platform", city("x").with(asset(SCIENCE_PARK).lead(Subject.ENTERPRISE)).build());
    }

    @Test
    void weakBasicResearchWhereAFacilityStandsCallsForM4() {
        double low = RULES.parameters().threshold("basic-research-share.low");
        fires("m4.facility-answers-weak-basic-research", city("x").with(asset(BIG_SCIENCE_FACILITY))
                .indicator("basic-research-share", low / 2).build());
        doesNotFire("m4.facility-answers-weak-basic-research", city("x").indicator("basic-research-share", low / 2).build());
        doesNotFire("m4.facility-answers-weak-basic-research", city("x").with(asset(BIG_SCIENCE_FACILITY))
                .indicator("basic-research-share", low * 2).build());
    }
}
