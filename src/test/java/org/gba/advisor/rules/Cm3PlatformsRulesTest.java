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
import org.gba.advisor.testing.RuleFile;
import org.gba.advisor.vocabulary.ActionId;
import org.gba.advisor.vocabulary.Severity;
import org.junit.jupiter.api.Test;

/** rules/countermeasures/cm3-platforms.drl: CM3a–b (§5.3). */
class Cm3PlatformsRulesTest {
    private static final RuleFile FILE = RuleFile.of("countermeasures/cm3-platforms.drl");



    @Test
    void aPlatformBecomesASourceInItsOwnSpecialties() {
        var e = FILE.fires("cm3a.platform-specialties",
                platform("nansha").specialties("marine-science", "biomedicine", "ai").build());
        assertThat(e.get(0).specifics().get("fields")).containsExactly("ai", "biomedicine", "marine-science");
        FILE.doesNotFire("cm3a.platform-specialties", platform("x").build());
        FILE.doesNotFire("cm3a.platform-specialties", city("x").specialties("ai").build());
    }

    @Test
    void weakBasicResearchOnAPlatformCallsForOriginalResults() {
        FILE.fires("cm3a.platform-weak-basic-research", ActionId.CM3a, platform("x").declare(CHOKEPOINT_TECHNOLOGY, Severity.MEDIUM).build());
        FILE.doesNotFire("cm3a.platform-weak-basic-research", city("x").declare(CHOKEPOINT_TECHNOLOGY, Severity.MEDIUM).build());
    }

    @Test
    void labsOnAPlatformAreItsSources() {
        FILE.fires("cm3a.platform-labs-as-sources", ActionId.CM3a, platform("x").with(asset(STATE_KEY_LAB)).build());
        FILE.doesNotFire("cm3a.platform-labs-as-sources", city("x").with(asset(STATE_KEY_LAB)).build());
    }

    @Test
    void anIncubatorBaseIsNamedAsWhereToFindPromisingFirms() {
        var e = FILE.fires("cm3b.scale-incubated-firms",
                platform("hengqin").with(asset(INCUBATOR_BASE).named("Macao Youth Entrepreneurship Valley")).build());
        assertThat(e.get(0).specifics()).containsEntry("incubator", List.of("Macao Youth Entrepreneurship Valley"));
        FILE.doesNotFire("cm3b.scale-incubated-firms", platform("x").build());
    }

    @Test
    void resultsThatAreNotIndustrialisedWhereThereAreBasesCallForScaleUp() {
        FILE.fires("cm3b.transfer-gap", ActionId.CM3b, city("x").declare(LOW_TRANSFER, Severity.MEDIUM)
                .with(asset(INCUBATOR_BASE)).build());
        FILE.doesNotFire("cm3b.transfer-gap", city("x").declare(LOW_TRANSFER, Severity.MEDIUM).build());
        FILE.doesNotFire("cm3b.transfer-gap", city("x").build());
    }

    @Test
    void withoutAnIncubationBaseTheTextSaysSetOneUpFirst() {
        var e = FILE.fires("cm3b.build-incubation-first", ActionId.CM3b, city("x").declare(LOW_TRANSFER, Severity.MEDIUM)
                .answer(org.gba.advisor.vocabulary.Question.INCUBATION_BASE, org.gba.advisor.vocabulary.Answer.NO).build());
        assertThat(e.get(0).specifics()).containsEntry("template", java.util.List.of("build-first"));
        FILE.doesNotFire("cm3b.build-incubation-first", city("x").declare(LOW_TRANSFER, Severity.MEDIUM)
                .with(asset(INCUBATOR_BASE)).build());
        FILE.doesNotFire("cm3b.build-incubation-first", city("x").declare(LOW_TRANSFER, Severity.MEDIUM).build());
    }

    @Test
    void whereItIsNotKnownWhetherThereAreBasesTheTextCoversBothCases() {
        var e = FILE.fires("cm3b.incubation-either-way", ActionId.CM3b, city("x").declare(LOW_TRANSFER, Severity.MEDIUM).build());
        assertThat(e.get(0).specifics()).containsEntry("template", java.util.List.of("either-way"));
        FILE.doesNotFire("cm3b.incubation-either-way", city("x").declare(LOW_TRANSFER, Severity.MEDIUM)
                .with(asset(INCUBATOR_BASE)).build());
    }
}
