package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.testing.ProfileBuilder.platform;
import static org.gba.advisor.vocabulary.AssetType.INCUBATOR_BASE;
import static org.gba.advisor.vocabulary.AssetType.STATE_KEY_LAB;
import static org.gba.advisor.vocabulary.ConstraintType.CHOKEPOINT_TECHNOLOGY;
import static org.gba.advisor.vocabulary.ConstraintType.LOW_TRANSFER;

import java.util.List;
import org.gba.advisor.testing.TestRules;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.Severity;
import org.junit.jupiter.api.Test;

/** rules/countermeasures/cm3-platforms.drl: CM3a–b (§5.3). */
class Cm3PlatformsRulesTest {
    static final String FILE = "countermeasures/cm3-platforms.drl";

    static void fires(String id, String target, Profile p) {
        assertThat(TestRules.assertFires(FILE, id, p)).allSatisfy(e -> assertThat(e.target()).isEqualTo(target));
    }

    static void doesNotFire(String id, Profile p) {
        TestRules.assertDoesNotFire(FILE, id, p);
    }

    @Test
    void aPlatformBecomesASourceInItsOwnSpecialties() {
        var e = TestRules.assertFires(FILE, "cm3a.platform-specialties",
                platform("nansha").specialties("marine-science", "biomedicine", "ai").build());
        assertThat(e.get(0).specifics().get("fields")).containsExactly("ai", "biomedicine", "marine-science");
        doesNotFire("cm3a.platform-specialties", platform("x").build());
        doesNotFire("cm3a.platform-specialties", city("x").specialties("ai").build());
    }

    @Test
    void weakBasicResearchOnAPlatformCallsForOriginalResults() {
        fires("cm3a.platform-weak-basic-research", "CM3a", platform("x").declare(CHOKEPOINT_TECHNOLOGY, Severity.MEDIUM).build());
        doesNotFire("cm3a.platform-weak-basic-research", city("x").declare(CHOKEPOINT_TECHNOLOGY, Severity.MEDIUM).build());
    }

    @Test
    void labsOnAPlatformAreItsSources() {
        fires("cm3a.platform-labs-as-sources", "CM3a", platform("x").with(asset(STATE_KEY_LAB)).build());
        doesNotFire("cm3a.platform-labs-as-sources", city("x").with(asset(STATE_KEY_LAB)).build());
    }

    @Test
    void anIncubatorBaseIsNamedAsWhereToFindPromisingFirms() {
        var e = TestRules.assertFires(FILE, "cm3b.scale-incubated-firms",
                platform("hengqin").with(asset(INCUBATOR_BASE).named("Macao Youth Entrepreneurship Valley")).build());
        assertThat(e.get(0).specifics()).containsEntry("incubator", List.of("Macao Youth Entrepreneurship Valley"));
        doesNotFire("cm3b.scale-incubated-firms", platform("x").build());
    }

    @Test
    void resultsThatAreNotIndustrialisedCallForScaleUp() {
        fires("cm3b.transfer-gap", "CM3b", city("x").declare(LOW_TRANSFER, Severity.MEDIUM).build());
        doesNotFire("cm3b.transfer-gap", city("x").build());
    }
}
