package org.gba.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.vocabulary.AssetType.BIG_SCIENCE_FACILITY;
import static org.gba.advisor.vocabulary.AssetType.INDUSTRIAL_CLUSTER;
import static org.gba.advisor.vocabulary.AssetType.LEADING_FIRM;
import static org.gba.advisor.vocabulary.AssetType.UNIVERSITY_CAMPUS;
import static org.gba.advisor.vocabulary.AssetType.UNIVERSITY_INSTITUTE;

import java.util.List;
import org.gba.advisor.testing.Fixtures;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.AssetOrigin;
import org.gba.advisor.vocabulary.Flow;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.Lang;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.Severity;
import org.gba.advisor.vocabulary.SupplyChain;
import org.junit.jupiter.api.Test;

/**
 * The paper's own cases come out as the paper says, from profiles that state only facts. The fixtures are
 * the real places; a bare "Nanshan-like" profile shows the M1 result does not depend on Shenzhen's size.
 */
class PaperCasesTest {

    private static Advice advise(Profile p) {
        return TestRules.ADVICE.advise(p, Lang.EN);
    }

    private static Advice.Recommendation recommendation(Advice a, String id) {
        return a.recommendations().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not recommended for " + a.profile().id()));
    }

    private static Advice.ModelFit model(Advice a, String id) {
        return a.models().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aNanshanLikePlaceWithADroneMakerGrownFromResearchAndAFullSupplyChainFitsM1First() {
        Profile nanshan = city("nanshan-like")
                .with(asset(LEADING_FIRM).named("a drone maker").fields("drones").origin(AssetOrigin.RESEARCH_RESULT))
                .with(asset(INDUSTRIAL_CLUSTER).named("drone supply chain").fields("drones").supplyChain(SupplyChain.COMPLETE))
                .build();
        assertThat(advise(nanshan).models().get(0).id()).isEqualTo("M1");
        assertThat(advise(nanshan).certainty().topModelRobust()).as("a robust lead").isTrue();
        Advice shenzhen = advise(Fixtures.get("shenzhen"));
        assertThat(shenzhen.models().get(0).id()).isEqualTo("M1");
        assertThat(shenzhen.certainty().topModelRobust()).as("a robust lead").isTrue();
        assertThat(shenzhen.models().get(0).because()).extracting(Advice.Reason::rule)
                .contains("m1.firm-from-research-result", "m1.firm-anchors-its-chain", "m1.complete-supply-chain");
    }

    @Test
    void dongguanWithTheNeutronSourceFitsM4FirstAndOffersTheFacilityToHkUniversities() {
        Advice dongguan = advise(Fixtures.get("dongguan"));
        assertThat(dongguan.models().get(0).id()).isEqualTo("M4");
        assertThat(dongguan.certainty().topModelRobust()).as("a robust lead").isTrue();
        Advice.Recommendation cm2b = recommendation(dongguan, "CM2b");
        assertThat(cm2b.actions()).anySatisfy(a -> assertThat(a).contains("China Spallation Neutron Source")
                .contains("HK and Macao universit"));
        assertThat(cm2b.because()).anySatisfy(r -> assertThat(r.facts()).extracting(f -> f.path()).contains("/assets/0"));
    }

    @Test
    void hengqinWithTheUniversityOfMacauLabBranchIsStrongInM2() {
        Advice hengqin = advise(Fixtures.get("hengqin"));
        assertThat(model(hengqin, "M2").fit()).isEqualTo(Advice.Fit.STRONG);
        assertThat(hengqin.certainty().topModel()).isEqualTo("M2");
        assertThat(hengqin.certainty().topModelRobust()).as("a robust lead").isTrue();
        assertThat(model(hengqin, "M2").because()).extracting(Advice.Reason::rule).contains("m2.cross-border-lab");
    }

    @Test
    void nanshaWithHkustsInstituteAndCampusIsStrongInM3AndNamesItsSpecialties() {
        Advice nansha = advise(Fixtures.get("nansha"));
        assertThat(model(nansha, "M3").fit()).isEqualTo(Advice.Fit.STRONG);
        assertThat(nansha.certainty().topModel()).isEqualTo("M3");
        assertThat(nansha.certainty().topModelRobust()).as("a robust lead").isTrue();
        assertThat(model(nansha, "M3").because()).extracting(Advice.Reason::rule)
                .contains("m3.cross-border-university-institute", "m3.sar-university-campus");
        assertThat(recommendation(nansha, "CM3a").actions())
                .anySatisfy(a -> assertThat(a).contains("marine science", "biomedicine", "artificial intelligence"));
    }

    @Test
    void aBiomedicineCityWhoseMaterialsCannotCrossPutsCm4FirstWithWhitelistAndCustomsActions() {
        Advice zhongshan = advise(Fixtures.get("zhongshan"));
        assertThat(zhongshan.recommendations().get(0).countermeasure()).isEqualTo("CM4");
        assertThat(zhongshan.recommendations().get(0).id()).isEqualTo("CM4a");
        assertThat(zhongshan.recommendations().get(0).robustness().high()).as("first in 95% of the draws").isEqualTo(1);
        assertThat(recommendation(zhongshan, "CM4a").title()).contains("whitelist");
        assertThat(recommendation(zhongshan, "CM4b").title()).contains("customs");
        Profile bare = city("bio-city").with(asset(INDUSTRIAL_CLUSTER).named("biomedicine park").fields("biomedicine"))
                .with(asset(UNIVERSITY_CAMPUS).partner("HKU", Jurisdiction.HONG_KONG))
                .barrier(Flow.BIOLOGICAL_MATERIALS, Severity.HIGH).build();
        List<String> top = advise(bare).recommendations().stream().limit(4).map(Advice.Recommendation::id).toList();
        assertThat(top).contains("CM4a", "CM4b");
        assertThat(advise(bare).recommendations()).allSatisfy(r -> assertThat(r.countermeasure()).isIn("CM4", "CM2"));
    }

    @Test
    void liftingTheBarrierRemovesCm4() {
        Profile open = city("bio-city").with(asset(INDUSTRIAL_CLUSTER).fields("biomedicine"))
                .with(asset(BIG_SCIENCE_FACILITY)).with(asset(UNIVERSITY_INSTITUTE).partner("HKU", Jurisdiction.HONG_KONG)).build();
        assertThat(advise(open).recommendations()).noneSatisfy(r -> assertThat(r.countermeasure()).isEqualTo("CM4"));
    }
}
