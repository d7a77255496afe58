package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.testing.ProfileBuilder.sar;
import static org.gba.advisor.testing.TestRules.RULES;
import static org.gba.advisor.vocabulary.ConstraintType.CHOKEPOINT_TECHNOLOGY;
import static org.gba.advisor.vocabulary.ConstraintType.FACILITY_LOW_SPILLOVER;
import static org.gba.advisor.vocabulary.ConstraintType.PLATFORM_COMPETITION;

import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.Severity;
import org.junit.jupiter.api.Test;

/** rules/diagnosis/c2-basic-research.drl: C2, weak basic research (§3.2.2). */
class C2BasicResearchRulesTest {
    static final String FILE = "diagnosis/c2-basic-research.drl";
    static final double SHARE_LOW = RULES.parameters().threshold("basic-research-share.low");
    static final double GERD_LOW = RULES.parameters().threshold("gerd-gdp.low");

    static void fires(String id, Profile p) {
        assertThat(TestRules.assertFires(FILE, id, p)).allSatisfy(e -> assertThat(e.target()).isEqualTo("C2"));
    }

    static void doesNotFire(String id, Profile p) {
        TestRules.assertDoesNotFire(FILE, id, p);
    }

    @Test
    void aBasicResearchShareBelowTheThresholdIsWeak() {
        fires("c2.basic-research-share-low", city("x").indicator("basic-research-share", SHARE_LOW - 0.1).build());
    }

    @Test
    void aShareAtTheThresholdOrAnUnknownShareIsNot() {
        doesNotFire("c2.basic-research-share-low", city("x").indicator("basic-research-share", SHARE_LOW).build());
        doesNotFire("c2.basic-research-share-low", city("x").build());
    }

    @Test
    void aMainlandPlaceBelowTheNationalRdIntensityHasAThinBase() {
        fires("c2.rd-intensity-low", city("x").indicator("gerd-gdp", GERD_LOW - 0.5).build());
        doesNotFire("c2.rd-intensity-low", city("x").indicator("gerd-gdp", GERD_LOW + 0.5).build());
    }

    @Test
    void aSarsLowRdIntensityIsNotReadAsWeakBasicResearch() {
        doesNotFire("c2.rd-intensity-low", sar("hk", Jurisdiction.HONG_KONG).indicator("gerd-gdp", 1.0).build());
    }

    @Test
    void declaredChokePointsLowSpilloverAndCompetitionAreDiagnosed() {
        fires("c2.chokepoint-technology", city("x").declare(CHOKEPOINT_TECHNOLOGY, Severity.MEDIUM).build());
        fires("c2.facility-low-spillover", city("x").declare(FACILITY_LOW_SPILLOVER, Severity.MEDIUM).build());
        fires("c2.platform-competition", city("x").declare(PLATFORM_COMPETITION, Severity.MEDIUM).build());
    }

    @Test
    void undeclaredOnesAreNot() {
        Profile other = city("x").declare(FACILITY_LOW_SPILLOVER, Severity.MEDIUM).build();
        doesNotFire("c2.chokepoint-technology", other);
        doesNotFire("c2.platform-competition", other);
        doesNotFire("c2.facility-low-spillover", city("x").declare(PLATFORM_COMPETITION, Severity.LOW).build());
    }
}
