package org.gba.advisor.rules;

import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.testing.ProfileBuilder.sar;
import static org.gba.advisor.testing.TestRules.RULES;
import static org.gba.advisor.vocabulary.AssetType.ALUMNI_NETWORK;
import static org.gba.advisor.vocabulary.AssetType.INCUBATOR_BASE;
import static org.gba.advisor.vocabulary.AssetType.INDUSTRIAL_CLUSTER;
import static org.gba.advisor.vocabulary.AssetType.LEADING_FIRM;
import static org.gba.advisor.vocabulary.AssetType.UNIVERSITY;
import static org.gba.advisor.vocabulary.AssetType.UNIVERSITY_CAMPUS;
import static org.gba.advisor.vocabulary.ConstraintType.LOW_TALENT_MOBILITY;
import static org.gba.advisor.vocabulary.ConstraintType.LOW_TRANSFER;
import static org.gba.advisor.vocabulary.ConstraintType.TALENT_SHORTAGE;
import static org.gba.advisor.vocabulary.Question.HK_MACAO_UNIVERSITY_TIE;
import static org.gba.advisor.vocabulary.Question.INCUBATED_LEADING_FIRM;
import static org.gba.advisor.vocabulary.Question.SAR_INDUSTRY_PARTNER;

import org.gba.advisor.testing.RuleFile;
import org.gba.advisor.vocabulary.Answer;
import org.gba.advisor.vocabulary.AssetOrigin;
import org.gba.advisor.vocabulary.ConstraintId;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.Severity;
import org.junit.jupiter.api.Test;

/** rules/diagnosis/c3-chain-fusion.drl: C3a and C3b, chains that do not fuse (§3.2.3). */
class C3ChainFusionRulesTest {
    private static final RuleFile FILE = RuleFile.of("diagnosis/c3-chain-fusion.drl");
    static final double TURNOVER_LOW = RULES.parameters().threshold("tech-contract-turnover-gdp.low");
    static final double TERTIARY_LOW = RULES.parameters().threshold("tertiary-education-share.low");



    @Test
    void lowTechnologyContractTurnoverMeansLowTransfer() {
        FILE.fires("c3a.transfer-low", ConstraintId.C3a, city("x").indicator("tech-contract-turnover-gdp", TURNOVER_LOW / 2).build());
        FILE.doesNotFire("c3a.transfer-low", city("x").indicator("tech-contract-turnover-gdp", TURNOVER_LOW).build());
    }

    @Test
    void incubatorsWithoutAGrownFirmShowResultsAreNotScaledUp() {
        FILE.fires("c3a.incubators-without-breakouts", ConstraintId.C3a, city("x").with(asset(INCUBATOR_BASE))
                .with(asset(LEADING_FIRM).origin(AssetOrigin.ESTABLISHED)).answer(INCUBATED_LEADING_FIRM, Answer.NO).build());
        // an established firm alone says nothing of whether one grew from the incubators: unknown, not no
        FILE.doesNotFire("c3a.incubators-without-breakouts", city("x").with(asset(INCUBATOR_BASE))
                .with(asset(LEADING_FIRM).origin(AssetOrigin.ESTABLISHED)).build());
        FILE.doesNotFire("c3a.incubators-without-breakouts", city("x").with(asset(INCUBATOR_BASE))
                .with(asset(LEADING_FIRM).origin(AssetOrigin.INCUBATOR)).build());
        FILE.doesNotFire("c3a.incubators-without-breakouts", city("x").answer(INCUBATED_LEADING_FIRM, Answer.NO).build());
    }

    @Test
    void aDeclaredLowTransferRateIsDiagnosed() {
        FILE.fires("c3a.declared-low-transfer", ConstraintId.C3a, city("x").declare(LOW_TRANSFER, Severity.LOW).build());
        FILE.doesNotFire("c3a.declared-low-transfer", city("x").declare(TALENT_SHORTAGE, Severity.LOW).build());
    }

    @Test
    void sarResearchWithoutAnIndustrialPartnerAcrossTheBoundaryDoesNotReachIndustry() {
        FILE.fires("c3a.sar-research-without-industry-link", ConstraintId.C3a, sar("hk", Jurisdiction.HONG_KONG)
                .with(asset(UNIVERSITY).partner("HKUST (Guangzhou)", Jurisdiction.GUANGDONG))
                .answer(SAR_INDUSTRY_PARTNER, Answer.NO).build());
    }

    @Test
    void anIndustrialPartnerAcrossTheBoundaryOrAMainlandPlaceIsNotThatCase() {
        FILE.doesNotFire("c3a.sar-research-without-industry-link", sar("hk", Jurisdiction.HONG_KONG).with(asset(UNIVERSITY))
                .with(asset(INDUSTRIAL_CLUSTER).partner("Dongguan makers", Jurisdiction.GUANGDONG)).build());
        FILE.doesNotFire("c3a.sar-research-without-industry-link", city("x").with(asset(UNIVERSITY)).build());
        FILE.doesNotFire("c3a.sar-research-without-industry-link", sar("hk", Jurisdiction.HONG_KONG)
                .with(asset(UNIVERSITY)).build());
    }

    @Test
    void aSmallGraduateShareLimitsTheTalentChain() {
        FILE.fires("c3b.tertiary-share-low", ConstraintId.C3b, city("x").indicator("tertiary-education-share", TERTIARY_LOW - 1).build());
        FILE.doesNotFire("c3b.tertiary-share-low", city("x").indicator("tertiary-education-share", TERTIARY_LOW).build());
    }

    @Test
    void aMainlandPlaceWithoutAHkOrMacaoUniversityTieLacksUniversityCooperation() {
        FILE.fires("c3b.no-hk-macao-university-tie", ConstraintId.C3b, city("x").with(asset(UNIVERSITY_CAMPUS))
                .answer(HK_MACAO_UNIVERSITY_TIE, Answer.NO).build());
        FILE.doesNotFire("c3b.no-hk-macao-university-tie", city("x").with(asset(UNIVERSITY_CAMPUS)).build());
        FILE.doesNotFire("c3b.no-hk-macao-university-tie", city("x")
                .with(asset(ALUMNI_NETWORK).partner("HKUST", Jurisdiction.HONG_KONG)).build());
        FILE.doesNotFire("c3b.no-hk-macao-university-tie", sar("mo", Jurisdiction.MACAO).build());
    }

    @Test
    void declaredTalentShortagesOrLowMobilityWeakenTheTalentChain() {
        FILE.fires("c3b.declared-talent-gap", ConstraintId.C3b, city("x").declare(TALENT_SHORTAGE, Severity.HIGH).build());
        FILE.fires("c3b.declared-talent-gap", ConstraintId.C3b, city("x").declare(LOW_TALENT_MOBILITY, Severity.LOW).build());
        FILE.doesNotFire("c3b.declared-talent-gap", city("x").declare(LOW_TRANSFER, Severity.HIGH).build());
    }
}
