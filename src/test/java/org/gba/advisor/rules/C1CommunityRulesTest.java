package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.testing.ProfileBuilder.sar;
import static org.gba.advisor.vocabulary.AssetType.PROVINCIAL_LAB;
import static org.gba.advisor.vocabulary.AssetType.UNIVERSITY_CAMPUS;
import static org.gba.advisor.vocabulary.ConstraintType.NO_COORDINATION_MECHANISM;
import static org.gba.advisor.vocabulary.ConstraintType.RESEARCH_MARKET_MISMATCH;
import static org.gba.advisor.vocabulary.ConstraintType.SCATTERED_COOPERATION;
import static org.gba.advisor.vocabulary.ConstraintType.TALENT_SHORTAGE;
import static org.gba.advisor.vocabulary.ConstraintType.WEAK_INTERMEDIARIES;

import org.gba.advisor.engine.facts.Evidence;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.Severity;
import org.junit.jupiter.api.Test;

/** rules/diagnosis/c1-community.drl: C1, an immature innovation community (§3.2.1). */
class C1CommunityRulesTest {
    static final String FILE = "diagnosis/c1-community.drl";

    static void fires(String id, Profile p) {
        assertThat(TestRules.assertFires(FILE, id, p)).allSatisfy(e -> assertThat(e.target()).isEqualTo("C1"));
    }

    static void doesNotFire(String id, Profile p) {
        TestRules.assertDoesNotFire(FILE, id, p);
    }

    @Test
    void aPlaceWithOnlyLocalAssetsHasNoCrossBorderTies() {
        fires("c1.no-cross-border-ties", city("x").with(asset(PROVINCIAL_LAB)).build());
        fires("c1.no-cross-border-ties", sar("hk", Jurisdiction.HONG_KONG)
                .with(asset(PROVINCIAL_LAB).partner("HKU", Jurisdiction.HONG_KONG)).build());
    }

    @Test
    void oneAssetWithAPartnerAcrossTheBoundaryIsATie() {
        doesNotFire("c1.no-cross-border-ties", city("x")
                .with(asset(UNIVERSITY_CAMPUS).partner("HKUST", Jurisdiction.HONG_KONG)).build());
        doesNotFire("c1.no-cross-border-ties", sar("mo", Jurisdiction.MACAO)
                .with(asset(PROVINCIAL_LAB).partner("Hengqin", Jurisdiction.GUANGDONG)).build());
    }

    @Test
    void aDeclaredMissingCoordinationMechanismCountsByItsSeverity() {
        fires("c1.no-coordination-mechanism", city("x").declare(NO_COORDINATION_MECHANISM, Severity.HIGH).build());
        Evidence e = TestRules.evidenceOf("c1.no-coordination-mechanism",
                city("x").declare(NO_COORDINATION_MECHANISM, Severity.HIGH).build()).get(0);
        assertThat(e.points()).isEqualTo(e.weight() * 1.5);
        doesNotFire("c1.no-coordination-mechanism", city("x").declare(TALENT_SHORTAGE, Severity.HIGH).build());
    }

    @Test
    void scatteredCooperationIsDiagnosedOnlyWhenDeclared() {
        fires("c1.scattered-cooperation", city("x").declare(SCATTERED_COOPERATION, Severity.LOW).build());
        doesNotFire("c1.scattered-cooperation", city("x").build());
    }

    @Test
    void weakIntermediariesOrAResearchMarketMismatchHoldCoordinationBack() {
        fires("c1.weak-intermediaries", city("x").declare(WEAK_INTERMEDIARIES, Severity.MEDIUM).build());
        fires("c1.weak-intermediaries", city("x").declare(RESEARCH_MARKET_MISMATCH, Severity.MEDIUM).build());
        doesNotFire("c1.weak-intermediaries", city("x").declare(SCATTERED_COOPERATION, Severity.MEDIUM).build());
    }
}
