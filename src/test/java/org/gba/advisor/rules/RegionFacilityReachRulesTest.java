package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.testing.ProfileBuilder.platform;
import static org.gba.advisor.testing.ProfileBuilder.sar;
import static org.gba.advisor.vocabulary.AssetType.BIG_SCIENCE_FACILITY;
import static org.gba.advisor.vocabulary.AssetType.PROVINCIAL_LAB;
import static org.gba.advisor.vocabulary.AssetType.SUPERCOMPUTING_CENTRE;
import static org.gba.advisor.vocabulary.AssetType.UNIVERSITY;

import org.gba.advisor.testing.RuleFile;
import org.gba.advisor.vocabulary.ActionId;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.ModelId;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.Target;
import org.junit.jupiter.api.Test;

/** rules/region/facility-reach.drl: a facility in one place serves research in another (M4, CM2b). */
class RegionFacilityReachRulesTest {
    private static final RuleFile FILE = RuleFile.of("region/facility-reach.drl");

    static void fires(String id, Target target, Profile... places) {
        assertThat(FILE.firesAcross(id, target, places)).allSatisfy(e -> {
            assertThat(e.specifics().get("facility")).isNotEmpty();
        });
    }


    static final Profile NEUTRONS = city("dg").with(asset(BIG_SCIENCE_FACILITY).named("Neutron source")
            .fields("neutron-science")).build();

    @Test
    void aFacilityServesResearchGroupsOfAnotherPlaceInItsField() {
        fires("region.m4.facility-serves-research-elsewhere", ModelId.M4, NEUTRONS,
                sar("hong-kong", Jurisdiction.HONG_KONG).with(asset(UNIVERSITY).fields("neutron-science")).build());
        fires("region.m4.facility-serves-research-elsewhere", ModelId.M4,
                platform("nansha").parent("gz").with(asset(SUPERCOMPUTING_CENTRE).fields("high-performance-computing")).build(),
                city("sz").with(asset(PROVINCIAL_LAB).fields("high-performance-computing")).build());
        FILE.doesNotFireAcross("region.m4.facility-serves-research-elsewhere", NEUTRONS,
                sar("hong-kong", Jurisdiction.HONG_KONG).with(asset(UNIVERSITY).fields("marine-science")).build());
        FILE.doesNotFireAcross("region.m4.facility-serves-research-elsewhere", NEUTRONS,
                platform("songshan").parent("dg").with(asset(PROVINCIAL_LAB).fields("neutron-science")).build());
    }

    @Test
    void aMainlandFacilityIsTheDrawForSarUniversitiesInItsField() {
        fires("region.cm2b.offer-facility-to-sar-universities", ActionId.CM2b, NEUTRONS,
                sar("macao", Jurisdiction.MACAO).with(asset(UNIVERSITY).fields("neutron-science")).build());
        FILE.doesNotFireAcross("region.cm2b.offer-facility-to-sar-universities", NEUTRONS,
                city("gz").with(asset(UNIVERSITY).fields("neutron-science")).build());
        FILE.doesNotFireAcross("region.cm2b.offer-facility-to-sar-universities", NEUTRONS,
                sar("macao", Jurisdiction.MACAO).with(asset(PROVINCIAL_LAB).fields("neutron-science")).build());
    }
}
