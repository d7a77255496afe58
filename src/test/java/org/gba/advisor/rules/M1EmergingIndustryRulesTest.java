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
    void manyHighTechEnterprisesForThePlacesResidentsMakeFirmsTheLead() {
        double high = RULES.parameters().threshold("hightech-enterprises.high");
        // 500 (10,000 persons) = 5 million residents
        FILE.fires("m1.hightech-enterprise-base", ModelId.M1, city("x").indicator("population", 500)
                .indicator("hightech-enterprises", high * 500).build());
        FILE.doesNotFire("m1.hightech-enterprise-base", city("x").indicator("population", 500)
                .indicator("hightech-enterprises", high * 500 - 1).build());
        // a count alone says nothing of density: no firing, and population is asked for
        FILE.doesNotFire("m1.hightech-enterprise-base", city("x").indicator("hightech-enterprises", 100000).build());
        // the register is the mainland's: a SAR is not judged by it
        FILE.doesNotFire("m1.hightech-enterprise-base", org.gba.advisor.testing.ProfileBuilder.sar("hk",
                org.gba.advisor.vocabulary.Jurisdiction.HONG_KONG).indicator("population", 750)
                .indicator("hightech-enterprises", 100000).build());
    }

    @Test
    void aDistrictIsJudgedAgainstTheDistrictThreshold() {
        double city = RULES.parameters().threshold("hightech-enterprises.high");
        double district = RULES.parameters().thresholds().get("hightech-enterprises.high").byKind()
                .get(org.gba.advisor.vocabulary.PlaceKind.DISTRICT);
        assertThat(district).isGreaterThan(city);
        double between = (city + district) / 2 * 100;
        FILE.fires("m1.hightech-enterprise-base", ModelId.M1, city("a-city").indicator("population", 100)
                .indicator("hightech-enterprises", between).build());
        FILE.doesNotFire("m1.hightech-enterprise-base", city("a-district").kind(org.gba.advisor.vocabulary.PlaceKind.DISTRICT)
                .parent("shenzhen").indicator("population", 100).indicator("hightech-enterprises", between).build());
        FILE.fires("m1.hightech-enterprise-base", ModelId.M1, city("a-district").kind(org.gba.advisor.vocabulary.PlaceKind.DISTRICT)
                .parent("shenzhen").indicator("population", 100).indicator("hightech-enterprises", district * 100).build());
    }

    @Test
    void manyPctFilingsForTheSizeOfTheEconomyShowFirmsTurningResearchIntoProducts() {
        double high = RULES.parameters().threshold("pct-applications.high");
        // a GDP of 10,000 (100 million yuan) is 1,000 billion yuan
        FILE.fires("m1.pct-filings-high", ModelId.M1, city("x").indicator("gdp", 10000)
                .indicator("pct-applications", high * 1000).build());
        FILE.doesNotFire("m1.pct-filings-high", city("x").indicator("gdp", 10000)
                .indicator("pct-applications", high * 1000 - 1).build());
        FILE.doesNotFire("m1.pct-filings-high", city("x").indicator("pct-applications", 1e6).build());
    }
}
