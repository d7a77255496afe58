package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.testing.ProfileBuilder.platform;
import static org.gba.advisor.vocabulary.AssetType.PROVINCIAL_LAB;

import org.gba.advisor.testing.RuleFile;
import org.gba.advisor.vocabulary.ConstraintId;
import org.gba.advisor.vocabulary.Profile;
import org.junit.jupiter.api.Test;

/** rules/region/overlap.drl: places chasing one specialty with neither leading compete for resources (C2). */
class RegionOverlapRulesTest {
    private static final RuleFile FILE = RuleFile.of("region/overlap.drl");

    static void fires(String id, Profile... places) {
        assertThat(FILE.firesAcross(id, ConstraintId.C2, places)).singleElement().satisfies(e -> {
            assertThat(e.specifics().get("template")).containsExactly("division-of-labour");
        });
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
        FILE.doesNotFireAcross("region.c2.specialty-overlap", platform("alpha").specialties("ai", "data").build(),
                platform("beta").specialties("biomedicine").build());
        FILE.doesNotFireAcross("region.c2.specialty-overlap",
                platform("alpha").specialties("ai").with(asset(PROVINCIAL_LAB).fields("ai")).build(),
                platform("beta").specialties("ai").build());
    }
}
