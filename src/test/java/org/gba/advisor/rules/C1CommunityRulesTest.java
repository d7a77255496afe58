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
import static org.gba.advisor.vocabulary.Question.CROSS_BORDER_TIE;

import org.gba.advisor.engine.facts.Evidence;
import org.gba.advisor.testing.RuleFile;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Answer;
import org.gba.advisor.vocabulary.ConstraintId;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.Severity;
import org.junit.jupiter.api.Test;

/** rules/diagnosis/c1-community.drl: C1, an immature innovation community (§3.2.1). */
class C1CommunityRulesTest {
    private static final RuleFile FILE = RuleFile.of("diagnosis/c1-community.drl");



    @Test
    void aPlaceThatSaysItHasNoTieAcrossTheBoundaryHasAnImmatureCommunity() {
        FILE.fires("c1.no-cross-border-ties", ConstraintId.C1, city("x").with(asset(PROVINCIAL_LAB))
                .answer(CROSS_BORDER_TIE, Answer.NO).build());
        FILE.fires("c1.no-cross-border-ties", ConstraintId.C1, sar("hk", Jurisdiction.HONG_KONG)
                .with(asset(PROVINCIAL_LAB).partner("HKU", Jurisdiction.HONG_KONG)).answer(CROSS_BORDER_TIE, Answer.NO).build());
    }

    @Test
    void silenceIsNotNoAndATieAnAssetShowsIsYes() {
        // nothing said: the question is asked as a data gap, no lack is diagnosed
        FILE.doesNotFire("c1.no-cross-border-ties", city("x").with(asset(PROVINCIAL_LAB)).build());
        FILE.doesNotFire("c1.no-cross-border-ties", city("x")
                .with(asset(UNIVERSITY_CAMPUS).partner("HKUST", Jurisdiction.HONG_KONG)).build());
        FILE.doesNotFire("c1.no-cross-border-ties", sar("mo", Jurisdiction.MACAO)
                .with(asset(PROVINCIAL_LAB).partner("Hengqin", Jurisdiction.GUANGDONG)).build());
        FILE.doesNotFire("c1.no-cross-border-ties", city("x").answer(CROSS_BORDER_TIE, Answer.YES).build());
    }

    @Test
    void aDeclaredMissingCoordinationMechanismCountsByItsSeverity() {
        FILE.fires("c1.no-coordination-mechanism", ConstraintId.C1, city("x").declare(NO_COORDINATION_MECHANISM, Severity.HIGH).build());
        Evidence e = TestRules.evidenceOf("c1.no-coordination-mechanism",
                city("x").declare(NO_COORDINATION_MECHANISM, Severity.HIGH).build()).get(0);
        assertThat(e.points()).isEqualTo(e.weight() * 1.5);
        FILE.doesNotFire("c1.no-coordination-mechanism", city("x").declare(TALENT_SHORTAGE, Severity.HIGH).build());
    }

    @Test
    void scatteredCooperationIsDiagnosedOnlyWhenDeclared() {
        FILE.fires("c1.scattered-cooperation", ConstraintId.C1, city("x").declare(SCATTERED_COOPERATION, Severity.LOW).build());
        FILE.doesNotFire("c1.scattered-cooperation", city("x").build());
    }

    @Test
    void weakIntermediariesOrAResearchMarketMismatchHoldCoordinationBack() {
        FILE.fires("c1.weak-intermediaries", ConstraintId.C1, city("x").declare(WEAK_INTERMEDIARIES, Severity.MEDIUM).build());
        FILE.fires("c1.weak-intermediaries", ConstraintId.C1, city("x").declare(RESEARCH_MARKET_MISMATCH, Severity.MEDIUM).build());
        FILE.doesNotFire("c1.weak-intermediaries", city("x").declare(SCATTERED_COOPERATION, Severity.MEDIUM).build());
    }
}
