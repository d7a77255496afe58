package org.gba.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gba.advisor.testing.ProfileBuilder.asset;
import static org.gba.advisor.testing.ProfileBuilder.city;
import static org.gba.advisor.testing.ProfileBuilder.platform;
import static org.gba.advisor.testing.ProfileBuilder.sar;
import static org.gba.advisor.vocabulary.AssetType.INDUSTRIAL_CLUSTER;
import static org.gba.advisor.vocabulary.AssetType.PROVINCIAL_LAB;
import static org.gba.advisor.vocabulary.AssetType.STATE_KEY_LAB;

import org.gba.advisor.testing.RuleFile;
import org.gba.advisor.vocabulary.ActionId;
import org.gba.advisor.vocabulary.Jurisdiction;
import org.gba.advisor.vocabulary.Profile;
import org.gba.advisor.vocabulary.SupplyChain;
import org.gba.advisor.vocabulary.Target;
import org.junit.jupiter.api.Test;

/** rules/region/corridors.drl: links inside one corridor or circle of §6 are advice to that group (CM1a, CM1b). */
class RegionCorridorsRulesTest {
    private static final RuleFile FILE = RuleFile.of("region/corridors.drl");

    static void fires(String id, Target target, String group, Profile... places) {
        assertThat(FILE.firesAcross(id, target, places)).allSatisfy(e -> {
            assertThat(e.group()).isEqualTo(group);
        });
    }


    static Profile lab(ProfileBuilderStart start, String field) {
        return start.get().with(asset(STATE_KEY_LAB).fields(field)).build();
    }

    interface ProfileBuilderStart {
        org.gba.advisor.testing.ProfileBuilder get();
    }

    @Test
    void aCrossBorderLinkInsideOneCorridorIsForTheTaskForces() {
        Profile macao = lab(() -> sar("macao", Jurisdiction.MACAO), "chip-design");
        // Hengqin belongs to the groups of its parent city, Zhuhai: the Guangzhou–Zhuhai–Macao corridor
        fires("region.cm1a.task-force-for-group-link", ActionId.CM1a, "gz-zh-mo-corridor", macao,
                lab(() -> platform("hengqin").parent("zhuhai"), "chip-design"));
        FILE.doesNotFireAcross("region.cm1a.task-force-for-group-link", macao, lab(() -> city("huizhou"), "chip-design"));
    }

    @Test
    void aMainlandLinkInsideOneCircleShouldBecomeAChainCommunity() {
        Profile foshan = city("foshan").with(asset(PROVINCIAL_LAB).fields("equipment-manufacturing")).build();
        Profile zhaoqing = city("zhaoqing").with(asset(INDUSTRIAL_CLUSTER).fields("equipment-manufacturing")
                .supplyChain(SupplyChain.COMPLETE)).build();
        fires("region.cm1b.chain-community-for-group-link", ActionId.CM1b, "gz-fs-zq-circle", foshan, zhaoqing);
        Profile dongguan = city("dongguan").with(asset(INDUSTRIAL_CLUSTER).fields("equipment-manufacturing")
                .supplyChain(SupplyChain.COMPLETE)).build();
        FILE.doesNotFireAcross("region.cm1b.chain-community-for-group-link", foshan, dongguan);
    }
}
