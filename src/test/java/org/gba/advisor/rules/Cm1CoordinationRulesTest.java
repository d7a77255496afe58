package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.vocabulary.AssetType.BIG_SCIENCE_FACILITY;
import static org.gba.advisor.vocabulary.AssetType.UNIVERSITY_CAMPUS;
import static org.gba.advisor.vocabulary.ConstraintType.CHOKEPOINT_TECHNOLOGY;
import static org.gba.advisor.vocabulary.ConstraintType.LOW_TRANSFER;
import static org.gba.advisor.vocabulary.ConstraintType.SCATTERED_COOPERATION;
import static org.gba.advisor.vocabulary.Question.FACILITY_ACCESS;

import java.util.List;
import org.gba.advisor.testing.ProfileBuilder;
import org.gba.advisor.testing.RuleFile;
import org.gba.advisor.vocabulary.ActionId;
import org.gba.advisor.vocabulary.Answer;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.Severity;
import org.junit.jupiter.api.Test;

/** rules/countermeasures/cm1-coordination.drl: CM1a–c (§5.1). */
class Cm1CoordinationRulesTest {
    private static final RuleFile FILE = RuleFile.of("countermeasures/cm1-coordination.drl");



    /** A mainland place with a cross-border tie, so that C1 and C3b stay quiet unless a test adds them. */
    static ProfileBuilder tied() {
        return city("x").with(asset(UNIVERSITY_CAMPUS).partner("HKUST", Jurisdiction.HONG_KONG));
    }

    @Test
    void lowCoordinationCallsForTheTaskForces() {
        FILE.fires("cm1a.task-forces-coordinate", ActionId.CM1a, city("x")
                .answer(org.gba.advisor.vocabulary.Question.CROSS_BORDER_TIE, org.gba.advisor.vocabulary.Answer.NO).build());
        FILE.doesNotFire("cm1a.task-forces-coordinate", city("x").build());
        FILE.doesNotFire("cm1a.task-forces-coordinate", tied().build());
    }

    @Test
    void researchThatDoesNotReachIndustryCallsForAChainCommunity() {
        FILE.fires("cm1b.chain-community", ActionId.CM1b, tied().declare(LOW_TRANSFER, Severity.MEDIUM).build());
        FILE.doesNotFire("cm1b.chain-community", tied().build());
    }

    @Test
    void scatteredCooperationCallsForLeadUnitsButOtherC1SignalsDoNot() {
        FILE.fires("cm1b.lead-units-for-scattered-cooperation", ActionId.CM1b, tied().declare(SCATTERED_COOPERATION, Severity.MEDIUM).build());
        FILE.doesNotFire("cm1b.lead-units-for-scattered-cooperation", city("x").build());
    }

    @Test
    void weakBasicResearchWhereABigFacilityIsAtHandCallsForJointMajorResearch() {
        FILE.fires("cm1c.joint-basic-research", ActionId.CM1c, tied().declare(CHOKEPOINT_TECHNOLOGY, Severity.HIGH)
                .with(asset(BIG_SCIENCE_FACILITY)).build());
        FILE.fires("cm1c.joint-basic-research", ActionId.CM1c, tied().declare(CHOKEPOINT_TECHNOLOGY, Severity.HIGH)
                .answer(org.gba.advisor.vocabulary.Question.FACILITY_ACCESS, org.gba.advisor.vocabulary.Answer.YES).build());
        FILE.doesNotFire("cm1c.joint-basic-research", tied().build());
        FILE.doesNotFire("cm1c.joint-basic-research", tied().declare(CHOKEPOINT_TECHNOLOGY, Severity.HIGH).build());
    }

    @Test
    void weakBasicResearchWithoutAFacilityGetsTheBuildFirstFormNotTheBigScienceText() {
        var e = FILE.fires("cm1c.build-research-base-first", ActionId.CM1c,
                tied().declare(CHOKEPOINT_TECHNOLOGY, Severity.HIGH).answer(FACILITY_ACCESS, Answer.NO).build());
        assertThat(e.get(0).specifics()).containsEntry("template", List.of("build-first"));
        FILE.doesNotFire("cm1c.build-research-base-first", tied().declare(CHOKEPOINT_TECHNOLOGY, Severity.HIGH)
                .with(asset(BIG_SCIENCE_FACILITY)).build());
        FILE.doesNotFire("cm1c.build-research-base-first", tied().declare(CHOKEPOINT_TECHNOLOGY, Severity.HIGH).build());
    }

    @Test
    void whereItIsNotKnownWhetherAFacilityIsAtHandTheTextCoversBothCases() {
        var e = FILE.fires("cm1c.basic-research-either-way", ActionId.CM1c,
                tied().declare(CHOKEPOINT_TECHNOLOGY, Severity.HIGH).build());
        assertThat(e.get(0).specifics()).containsEntry("template", List.of("either-way"));
        FILE.doesNotFire("cm1c.basic-research-either-way", tied().declare(CHOKEPOINT_TECHNOLOGY, Severity.HIGH)
                .answer(FACILITY_ACCESS, Answer.NO).build());
        FILE.doesNotFire("cm1c.basic-research-either-way", tied().declare(CHOKEPOINT_TECHNOLOGY, Severity.HIGH)
                .with(asset(BIG_SCIENCE_FACILITY)).build());
    }

    @Test
    void aWorkingFacilityHostsBigScienceAndIsNamed() {
        var e = FILE.fires("cm1c.facility-hosts-big-science",
                tied().with(asset(BIG_SCIENCE_FACILITY).named("China Spallation Neutron Source")).build());
        assertThat(e.get(0).specifics()).containsEntry("facility", List.of("China Spallation Neutron Source"));
        FILE.doesNotFire("cm1c.facility-hosts-big-science", tied().with(asset(BIG_SCIENCE_FACILITY).underConstruction()).build());
    }
}
