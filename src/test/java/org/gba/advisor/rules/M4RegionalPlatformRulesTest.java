package org.gba.advisor.rules;

import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.testing.TestRules.RULES;
import static org.gba.advisor.vocabulary.AssetType.BIG_SCIENCE_FACILITY;
import static org.gba.advisor.vocabulary.AssetType.SCIENCE_PARK;
import static org.gba.advisor.vocabulary.AssetType.SUPERCOMPUTING_CENTRE;

import org.gba.advisor.testing.RuleFile;
import org.gba.advisor.vocabulary.ModelId;
import org.gba.advisor.vocabulary.Subject;
import org.junit.jupiter.api.Test;

/** rules/models/m4-regional-platform.drl: M4, regional-platform aggregation (§4.4). */
class M4RegionalPlatformRulesTest {
    private static final RuleFile FILE = RuleFile.of("models/m4-regional-platform.drl");



    @Test
    void aBigFacilityOrSupercomputingCentreAnchorsM4() {
        FILE.fires("m4.big-facility", ModelId.M4, city("x").with(asset(BIG_SCIENCE_FACILITY)).build());
        FILE.fires("m4.big-facility", ModelId.M4, city("x").with(asset(SUPERCOMPUTING_CENTRE)).build());
        FILE.doesNotFire("m4.big-facility", city("x").with(asset(SCIENCE_PARK)).build());
    }

    @Test
    void aFacilityServingSarTeamsDrawsResearchers() {
        FILE.fires("m4.facility-serves-sar-teams", ModelId.M4, city("x").with(asset(BIG_SCIENCE_FACILITY).figure("hk-macao-projects", 46)).build());
        FILE.fires("m4.facility-serves-sar-teams", ModelId.M4, city("x").with(asset(SUPERCOMPUTING_CENTRE).figure("teams-served", 200)).build());
        FILE.doesNotFire("m4.facility-serves-sar-teams", city("x").with(asset(BIG_SCIENCE_FACILITY).figure("projects", 900)).build());
        // known, but none: a facility that served no team from across the boundary does not draw them
        FILE.doesNotFire("m4.facility-serves-sar-teams", city("x").with(asset(BIG_SCIENCE_FACILITY)
                .figure("hk-macao-projects", 0).figure("teams-served", 0)).build());
    }

    @Test
    void aGovernmentLedParkIsARegionalPlatform() {
        FILE.fires("m4.government-led-platform", ModelId.M4, city("x").with(asset(SCIENCE_PARK).lead(Subject.GOVERNMENT)).build());
        FILE.doesNotFire("m4.government-led-platform", city("x").with(asset(SCIENCE_PARK).lead(Subject.ENTERPRISE)).build());
    }

    @Test
    void weakBasicResearchWhereAFacilityStandsCallsForM4() {
        double low = RULES.parameters().threshold("basic-research-share.low");
        FILE.fires("m4.facility-answers-weak-basic-research", ModelId.M4, city("x").with(asset(BIG_SCIENCE_FACILITY))
                .indicator("basic-research-share", low / 2).build());
        FILE.doesNotFire("m4.facility-answers-weak-basic-research", city("x").indicator("basic-research-share", low / 2).build());
        FILE.doesNotFire("m4.facility-answers-weak-basic-research", city("x").with(asset(BIG_SCIENCE_FACILITY))
                .indicator("basic-research-share", low * 2).build());
    }
}
