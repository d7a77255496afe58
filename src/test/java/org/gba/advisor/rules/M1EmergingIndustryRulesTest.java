package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.testing.ProfileBuilder.sar;
import static org.gba.advisor.testing.TestRules.RULES;
import static org.gba.advisor.vocabulary.AssetType.INCUBATOR_BASE;
import static org.gba.advisor.vocabulary.AssetType.INDUSTRIAL_CLUSTER;
import static org.gba.advisor.vocabulary.AssetType.LEADING_FIRM;

import org.gba.advisor.testing.RuleFile;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.AssetOrigin;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.ModelId;
import org.gba.advisor.vocabulary.SupplyChain;
import org.junit.jupiter.api.Test;

/** rules/models/m1-emerging-industry.drl: M1, emerging-industry aggregation (§4.1). */
class M1EmergingIndustryRulesTest {
    private static final RuleFile FILE = RuleFile.of("models/m1-emerging-industry.drl");



    @Test
    void aClusterWithACompleteSupplyChainSupportsM1AndOneBeingBuiltCountsForLess() {
        FILE.fires("m1.complete-supply-chain", ModelId.M1, city("x").with(asset(INDUSTRIAL_CLUSTER).supplyChain(SupplyChain.COMPLETE)).build());
        double built = TestRules.evidenceOf("m1.complete-supply-chain", city("x")
                .with(asset(INDUSTRIAL_CLUSTER).supplyChain(SupplyChain.COMPLETE).underConstruction()).build()).get(0).points();
        assertThat(built).isEqualTo(RULES.parameters().weight("m1.complete-supply-chain") / 2);
        FILE.doesNotFire("m1.complete-supply-chain", city("x").with(asset(INDUSTRIAL_CLUSTER).supplyChain(SupplyChain.PARTIAL)).build());
    }

    @Test
    void aFirmGrownFromAResearchResultIsThePattern() {
        FILE.fires("m1.firm-from-research-result", ModelId.M1, city("x").with(asset(LEADING_FIRM).origin(AssetOrigin.RESEARCH_RESULT)).build());
        FILE.doesNotFire("m1.firm-from-research-result", city("x").with(asset(LEADING_FIRM).origin(AssetOrigin.ESTABLISHED)).build());
    }

    @Test
    void aFirmWithACompleteChainInItsOwnFieldAnchorsIt() {
        FILE.fires("m1.firm-anchors-its-chain", ModelId.M1, city("x").with(asset(LEADING_FIRM).fields("drones"))
                .with(asset(INDUSTRIAL_CLUSTER).fields("drones").supplyChain(SupplyChain.COMPLETE)).build());
        FILE.doesNotFire("m1.firm-anchors-its-chain", city("x").with(asset(LEADING_FIRM).fields("drones"))
                .with(asset(INDUSTRIAL_CLUSTER).fields("lighting").supplyChain(SupplyChain.COMPLETE)).build());
    }

    @Test
    void aMainlandBaseForSarFoundersBesideIndustryIndustrialisesTheirResults() {
        FILE.fires("m1.industrialises-sar-results", ModelId.M1, city("x").with(asset(INCUBATOR_BASE).partner("HK founders", Jurisdiction.HONG_KONG))
                .with(asset(INDUSTRIAL_CLUSTER)).build());
        FILE.doesNotFire("m1.industrialises-sar-results", city("x").with(asset(INCUBATOR_BASE).partner("HK founders", Jurisdiction.HONG_KONG)).build());
        FILE.doesNotFire("m1.industrialises-sar-results", sar("hk", Jurisdiction.HONG_KONG)
                .with(asset(INCUBATOR_BASE).partner("Shenzhen", Jurisdiction.GUANGDONG)).with(asset(INDUSTRIAL_CLUSTER)).build());
    }

    @Test
    void manyHighTechEnterprisesMakeFirmsTheLead() {
        double high = RULES.parameters().threshold("hightech-enterprises.high");
        FILE.fires("m1.hightech-enterprise-base", ModelId.M1, city("x").indicator("hightech-enterprises", high).build());
        FILE.doesNotFire("m1.hightech-enterprise-base", city("x").indicator("hightech-enterprises", high - 1).build());
    }

    @Test
    void manyPctFilingsShowFirmsTurningResearchIntoProducts() {
        double high = RULES.parameters().threshold("pct-applications.high");
        FILE.fires("m1.pct-filings-high", ModelId.M1, city("x").indicator("pct-applications", high * 3).build());
        FILE.doesNotFire("m1.pct-filings-high", city("x").indicator("pct-applications", high - 1).build());
    }
}
