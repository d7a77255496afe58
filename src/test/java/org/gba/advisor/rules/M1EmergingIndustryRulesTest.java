package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.testing.ProfileBuilder.sar;
import static org.gba.advisor.testing.TestRules.RULES;
import static org.gba.advisor.vocabulary.AssetType.INCUBATOR_BASE;
import static org.gba.advisor.vocabulary.AssetType.INDUSTRIAL_CLUSTER;
import static org.gba.advisor.vocabulary.AssetType.LEADING_FIRM;

import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.AssetOrigin;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.SupplyChain;
import org.junit.jupiter.api.Test;

/** rules/models/m1-emerging-industry.drl: M1, emerging-industry aggregation (§4.1). */
class M1EmergingIndustryRulesTest {
    static final String FILE = "models/m1-emerging-industry.drl";

    static void fires(String id, Profile p) {
        assertThat(TestRules.assertFires(FILE, id, p)).allSatisfy(e -> assertThat(e.target()).isEqualTo("M1"));
    }

    static void doesNotFire(String id, Profile p) {
        TestRules.assertDoesNotFire(FILE, id, p);
    }

    @Test
    void aClusterWithACompleteSupplyChainSupportsM1AndOneBeingBuiltCountsForLess() {
        fires("m1.complete-supply-chain", city("x").with(asset(INDUSTRIAL_CLUSTER).supplyChain(SupplyChain.COMPLETE)).build());
        double built = TestRules.evidenceOf("m1.complete-supply-chain", city("x")
                .with(asset(INDUSTRIAL_CLUSTER).supplyChain(SupplyChain.COMPLETE).underConstruction()).build()).get(0).points();
        assertThat(built).isEqualTo(RULES.parameters().weight("m1.complete-supply-chain") / 2);
        doesNotFire("m1.complete-supply-chain", city("x").with(asset(INDUSTRIAL_CLUSTER).supplyChain(SupplyChain.PARTIAL)).build());
    }

    @Test
    void aFirmGrownFromAResearchResultIsThePattern() {
        fires("m1.firm-from-research-result", city("x").with(asset(LEADING_FIRM).origin(AssetOrigin.RESEARCH_RESULT)).build());
        doesNotFire("m1.firm-from-research-result", city("x").with(asset(LEADING_FIRM).origin(AssetOrigin.ESTABLISHED)).build());
    }

    @Test
    void aFirmWithACompleteChainInItsOwnFieldAnchorsIt() {
        fires("m1.firm-anchors-its-chain", city("x").with(asset(LEADING_FIRM).fields("drones"))
                .with(asset(INDUSTRIAL_CLUSTER).fields("drones").supplyChain(SupplyChain.COMPLETE)).build());
        doesNotFire("m1.firm-anchors-its-chain", city("x").with(asset(LEADING_FIRM).fields("drones"))
                .with(asset(INDUSTRIAL_CLUSTER).fields("lighting").supplyChain(SupplyChain.COMPLETE)).build());
    }

    @Test
    void aMainlandBaseForSarFoundersBesideIndustryIndustrialisesTheirResults() {
        fires("m1.industrialises-sar-results", city("x").with(asset(INCUBATOR_BASE).partner("HK founders", Jurisdiction.HONG_KONG))
                .with(asset(INDUSTRIAL_CLUSTER)).build());
        doesNotFire("m1.industrialises-sar-results", city("x").with(asset(INCUBATOR_BASE).partner("HK founders", Jurisdiction.HONG_KONG)).build());
        doesNotFire("m1.industrialises-sar-results", sar("hk", Jurisdiction.HONG_KONG)
                .with(asset(INCUBATOR_BASE).partner("Shenzhen", Jurisdiction.GUANGDONG)).with(asset(INDUSTRIAL_CLUSTER)).build());
    }

    @Test
    void manyHighTechEnterprisesMakeFirmsTheLead() {
        double high = RULES.parameters().threshold("hightech-enterprises.high");
        fires("m1.hightech-enterprise-base", city("x").indicator("hightech-enterprises", high).build());
        doesNotFire("m1.hightech-enterprise-base", city("x").indicator("hightech-enterprises", high - 1).build());
    }

    @Test
    void manyPctFilingsShowFirmsTurningResearchIntoProducts() {
        double high = RULES.parameters().threshold("pct-applications.high");
        fires("m1.pct-filings-high", city("x").indicator("pct-applications", high * 3).build());
        doesNotFire("m1.pct-filings-high", city("x").indicator("pct-applications", high - 1).build());
    }
}
