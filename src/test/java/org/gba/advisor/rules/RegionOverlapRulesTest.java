package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.testing.ProfileBuilder.platform;
import static org.gba.advisor.vocabulary.AssetType.PROVINCIAL_LAB;

import org.gba.advisor.testing.TestRegion;
import org.gba.advisor.vocabulary.Profile;
import org.junit.jupiter.api.Test;

/** rules/region/overlap.drl: places chasing one specialty with neither leading compete for resources (C2). */
class RegionOverlapRulesTest {
    static final String FILE = "region/overlap.drl";

    static void fires(String id, Profile... places) {
        assertThat(TestRegion.assertFires(FILE, id, places)).singleElement().satisfies(e -> {
            assertThat(e.target()).isEqualTo("C2");
            assertThat(e.specifics().get("template")).containsExactly("division-of-labour");
        });
    }

    static void doesNotFire(String id, Profile... places) {
        TestRegion.assertDoesNotFire(FILE, id, places);
    }

    @Test
    void twoPlacesClaimingOneSpecialtyWithNeitherLeadingAreWarnedOnce() {
        fires("region.c2.specialty-overlap", platform("alpha").specialties("ai", "data").build(),
                platform("beta").specialties("ai").build());
        fires("region.c2.specialty-overlap",
                platform("alpha").specialties("ai").with(asset(PROVINCIAL_LAB).fields("ai")).build(),
                city("beta").specialties("ai").with(asset(PROVINCIAL_LAB).fields("ai")).build());
    }

    @Test
    void removingTheOverlapOrOnePlaceLeadingRemovesTheWarning() {
        doesNotFire("region.c2.specialty-overlap", platform("alpha").specialties("ai", "data").build(),
                platform("beta").specialties("biomedicine").build());
        doesNotFire("region.c2.specialty-overlap",
                platform("alpha").specialties("ai").with(asset(PROVINCIAL_LAB).fields("ai")).build(),
                platform("beta").specialties("ai").build());
    }
}
