package org.gba.advisor.rules;

import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.testing.ProfileBuilder.sar;
import static org.gba.advisor.testing.TestRules.RULES;
import static org.gba.advisor.vocabulary.ConstraintType.CHOKEPOINT_TECHNOLOGY;
import static org.gba.advisor.vocabulary.ConstraintType.FACILITY_LOW_SPILLOVER;
import static org.gba.advisor.vocabulary.ConstraintType.PLATFORM_COMPETITION;

import org.gba.advisor.testing.RuleFile;
import org.gba.advisor.vocabulary.ConstraintId;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.Severity;
import org.junit.jupiter.api.Test;

/** rules/diagnosis/c2-basic-research.drl: C2, weak basic research (§3.2.2). */
class C2BasicResearchRulesTest {
    private static final RuleFile FILE = RuleFile.of("diagnosis/c2-basic-research.drl");
    static final double SHARE_LOW = RULES.parameters().threshold("basic-research-share.low");
    static final double GERD_LOW = RULES.parameters().threshold("gerd-gdp.low");



    @Test
    void aBasicResearchShareBelowTheThresholdIsWeak() {
        FILE.fires("c2.basic-research-share-low", ConstraintId.C2, city("x").indicator("basic-research-share", SHARE_LOW - 0.1).build());
    }

    @Test
    void aShareAtTheThresholdOrAnUnknownShareIsNot() {
        FILE.doesNotFire("c2.basic-research-share-low", city("x").indicator("basic-research-share", SHARE_LOW).build());
        FILE.doesNotFire("c2.basic-research-share-low", city("x").build());
    }

    @Test
    void aMainlandPlaceBelowTheNationalRdIntensityHasAThinBase() {
        FILE.fires("c2.rd-intensity-low", ConstraintId.C2, city("x").indicator("gerd-gdp", GERD_LOW - 0.5).build());
        FILE.doesNotFire("c2.rd-intensity-low", city("x").indicator("gerd-gdp", GERD_LOW + 0.5).build());
    }

    @Test
    void aSarsLowRdIntensityIsNotReadAsWeakBasicResearch() {
        FILE.doesNotFire("c2.rd-intensity-low", sar("hk", Jurisdiction.HONG_KONG).indicator("gerd-gdp", 1.0).build());
    }

    @Test
    void declaredChokePointsLowSpilloverAndCompetitionAreDiagnosed() {
        FILE.fires("c2.chokepoint-technology", ConstraintId.C2, city("x").declare(CHOKEPOINT_TECHNOLOGY, Severity.MEDIUM).build());
        FILE.fires("c2.facility-low-spillover", ConstraintId.C2, city("x").declare(FACILITY_LOW_SPILLOVER, Severity.MEDIUM).build());
        FILE.fires("c2.platform-competition", ConstraintId.C2, city("x").declare(PLATFORM_COMPETITION, Severity.MEDIUM).build());
    }

    @Test
    void undeclaredOnesAreNot() {
        Profile other = city("x").declare(FACILITY_LOW_SPILLOVER, Severity.MEDIUM).build();
        FILE.doesNotFire("c2.chokepoint-technology", other);
        FILE.doesNotFire("c2.platform-competition", other);
        FILE.doesNotFire("c2.facility-low-spillover", city("x").declare(PLATFORM_COMPETITION, Severity.LOW).build());
    }
}
